// `dyad ingest`: the examples stored once however often they are ingested,
// and a store killed mid-ingest that opens and is finished by a rerun.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "run_dyad.h"
#include "store/store.h"

namespace dyad::testing {
namespace {

using ::testing::HasSubstr;

store::StoreCounts Counts(const std::string& db) {
  store::StoreOptions o;
  o.target = db;
  o.must_exist = true;
  auto s = store::EventStore::Open(o);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  if (!s.ok()) return {};
  auto c = (*s)->Counts();
  EXPECT_TRUE(c.ok()) << c.status().ToString();
  return c.ok() ? *c : store::StoreCounts{};
}

// Events `dyad code` writes for the same input.
int64_t CodedEvents(const std::string& args) {
  RunResult r = RunDyad("code " + args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return std::count(r.out.begin(), r.out.end(), '\n');
}

TEST(StoreCli, IngestingTwiceStoresOnce) {
  const std::string dir = MakeTempDir();
  const std::string db = dir + "/ex.db";
  const std::string inputs = "examples/wire.jsonl examples/reuters-style.txt examples/world-feed.rss";
  RunResult first = RunDyad("ingest --db " + db + " " + inputs);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_THAT(first.err, HasSubstr("dyad ingest: "));
  EXPECT_THAT(first.err, HasSubstr(" unchanged; "));
  store::StoreCounts c1 = Counts(db);
  EXPECT_GT(c1.articles, 3);
  EXPECT_GT(c1.mentions, 0);
  // The same events as `dyad code`, since the chain is the same.
  EXPECT_EQ(c1.events, CodedEvents(inputs));

  RunResult second = RunDyad("ingest --db " + db + " " + inputs);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_THAT(second.err, HasSubstr(" 0 new, 0 replaced, " + std::to_string(c1.articles) + " unchanged"));
  store::StoreCounts c2 = Counts(db);
  EXPECT_EQ(c2.articles, c1.articles);
  EXPECT_EQ(c2.events, c1.events);
  EXPECT_EQ(c2.mentions, c1.mentions);
  std::filesystem::remove_all(dir);
}

TEST(StoreCli, UsageErrors) {
  RunResult pg = RunDyad("ingest --db postgresql://localhost/dyad examples/wire.jsonl");
  EXPECT_EQ(pg.exit_code, 2);
  EXPECT_THAT(pg.err, HasSubstr("PostgreSQL"));
  EXPECT_EQ(RunDyad("ingest --batch 0 examples/wire.jsonl").exit_code, 2);
  RunResult help = RunDyad("ingest --help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_THAT(help.out, HasSubstr("--db"));
  EXPECT_THAT(help.out, HasSubstr("Examples:"));
}

// A few hundred distinct articles made from the examples' sentences.
std::string ManyArticles(int n) {
  const char* kSentences[] = {
      "Turkey's Foreign Ministry summoned Sweden's ambassador on Friday to protest a rally.",
      "Russian Foreign Minister Sergei Lavrov urged Ankara to halt its purchases of Western arms.",
      "Chinese President Xi Jinping met French President Emmanuel Macron in Paris.",
      "Israeli forces attacked Hamas positions in Gaza, the army said.",
  };
  std::string out;
  for (int i = 0; i < n; ++i) {
    nlohmann::json j;
    j["id"] = "many-" + std::to_string(i);
    j["date"] = "2024-05-03";
    j["text"] = std::string(kSentences[i % 4]) + " " + kSentences[(i + 1) % 4] + " Story " +
                std::to_string(i) + ".";
    out += j.dump() + "\n";
  }
  return out;
}

TEST(StoreCli, KilledIngestLeavesAConsistentStore) {
  const std::string dir = MakeTempDir();
  const std::string input = dir + "/many.jsonl";
  const int kArticles = 300;
  WriteFile(input, ManyArticles(kArticles));
  const std::string db = dir + "/killed.db";

  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    setenv("DYAD_HOME", DYAD_SOURCE_DIR, 1);
    if (chdir(DYAD_SOURCE_DIR) != 0) _exit(127);
    if (freopen("/dev/null", "w", stderr) == nullptr) _exit(127);
    execl(DYAD_BINARY, DYAD_BINARY, "ingest", "--batch", "10", "--db", db.c_str(), input.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  // Kill it once some batches are committed and before it is done.
  int64_t seen = 0;
  for (int i = 0; i < 3000 && seen < 30; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (!std::filesystem::exists(db)) continue;
    store::StoreOptions o;
    o.target = db;
    o.must_exist = true;
    o.busy_timeout_ms = 1000;
    auto s = store::EventStore::Open(o);
    if (!s.ok()) continue;  // Still creating the schema.
    auto c = (*s)->Counts();
    if (c.ok()) seen = c->articles;
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "ingest finished before it could be killed";
  store::StoreCounts killed = Counts(db);
  EXPECT_GE(killed.articles, 30);
  EXPECT_LT(killed.articles, kArticles);
  EXPECT_EQ(killed.articles % 10, 0) << "only whole batches are committed";

  RunResult rerun = RunDyad("ingest --batch 10 --db " + db + " " + input);
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_THAT(rerun.err, HasSubstr(std::to_string(killed.articles) + " unchanged"));
  store::StoreCounts done = Counts(db);
  EXPECT_EQ(done.articles, kArticles);

  // The same as one uninterrupted ingest: nothing lost, nothing doubled.
  const std::string clean = dir + "/clean.db";
  RunResult once = RunDyad("ingest --batch 10 --db " + clean + " " + input);
  ASSERT_EQ(once.exit_code, 0) << once.err;
  store::StoreCounts expected = Counts(clean);
  EXPECT_EQ(done.events, expected.events);
  EXPECT_EQ(done.mentions, expected.mentions);
  EXPECT_GT(expected.events, 0);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dyad::testing
