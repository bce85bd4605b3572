// `dyad ingest`: the examples stored once however often they are ingested,
// and a store killed mid-ingest that opens and is finished by a rerun; on
// SQLite always and on PostgreSQL when DYAD_TEST_POSTGRESQL names a server
// (each store in a fresh schema: store/pg_test_schema.h). Both back ends
// must hold the same rows after the same ingest.
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
#include <vector>

#include "run_dyad.h"
#include "store/pg_test_schema.h"
#include "store/sql.h"
#include "store/store.h"

namespace dyad::testing {
namespace {

using ::testing::HasSubstr;

enum class Backend { kSqlite, kPostgresql };

// Quoted for /bin/sh: a URL has '?' and '&'.
std::string Quoted(const std::string& s) { return "'" + s + "'"; }

// Stores for one test: files in a temporary directory, or schemas on the
// server of DYAD_TEST_POSTGRESQL, dropped when the test ends.
class StoreCliTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (pg() && store::PostgresqlTestUrl().empty()) GTEST_SKIP() << store::kPostgresqlSkipMessage;
    dir_ = MakeTempDir();
  }
  void TearDown() override {
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }
  bool pg() const { return GetParam() == Backend::kPostgresql; }

  // A new, empty store target named `name` in this test.
  std::string NewTarget(const std::string& name) {
    if (!pg()) return dir_ + "/" + name + ".db";
    auto schema = store::ScratchSchema::Create(store::PostgresqlTestUrl());
    EXPECT_TRUE(schema.ok()) << schema.status().ToString();
    if (!schema.ok()) return "postgresql://unreachable";
    schemas_.push_back(std::move(*schema));
    return schemas_.back()->url();
  }

  std::string dir_;
  std::vector<std::unique_ptr<store::ScratchSchema>> schemas_;
};

std::string BackendName(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "Sqlite" : "Postgresql";
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreCliTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgresql), BackendName);

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

const char kExamples[] = "examples/wire.jsonl examples/reuters-style.txt examples/world-feed.rss";

TEST_P(StoreCliTest, IngestingTwiceStoresOnce) {
  const std::string db = NewTarget("ex");
  const std::string inputs = kExamples;
  RunResult first = RunDyad("ingest --db " + Quoted(db) + " " + inputs);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_THAT(first.err, HasSubstr("dyad ingest: "));
  EXPECT_THAT(first.err, HasSubstr(" unchanged; "));
  store::StoreCounts c1 = Counts(db);
  EXPECT_GT(c1.articles, 3);
  EXPECT_GT(c1.mentions, 0);
  // The same events as `dyad code`, since the chain is the same.
  EXPECT_EQ(c1.events, CodedEvents(inputs));

  RunResult second = RunDyad("ingest --db " + Quoted(db) + " " + inputs);
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_THAT(second.err, HasSubstr(" 0 new, 0 replaced, " + std::to_string(c1.articles) + " unchanged"));
  store::StoreCounts c2 = Counts(db);
  EXPECT_EQ(c2.articles, c1.articles);
  EXPECT_EQ(c2.events, c1.events);
  EXPECT_EQ(c2.mentions, c1.mentions);
  EXPECT_EQ(c2.canonical_events, c1.canonical_events);
}

TEST(StoreCli, UsageErrors) {
  // Nothing listens on port 1 of the loopback: refused at once.
  RunResult pg = RunDyad("ingest --db 'postgresql://me:secret@127.0.0.1:1/dyad' examples/wire.jsonl");
  EXPECT_EQ(pg.exit_code, 2);
  EXPECT_THAT(pg.err, HasSubstr("postgresql://me@127.0.0.1:1/dyad: cannot connect"));
  EXPECT_THAT(pg.err, ::testing::Not(HasSubstr("secret")));
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

TEST_P(StoreCliTest, KilledIngestLeavesAConsistentStore) {
  const std::string input = dir_ + "/many.jsonl";
  const int kArticles = 300;
  WriteFile(input, ManyArticles(kArticles));
  const std::string db = NewTarget("killed");

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
    if (!pg() && !std::filesystem::exists(db)) continue;
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

  RunResult rerun = RunDyad("ingest --batch 10 --db " + Quoted(db) + " " + input);
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  EXPECT_THAT(rerun.err, HasSubstr(std::to_string(killed.articles) + " unchanged"));
  store::StoreCounts done = Counts(db);
  EXPECT_EQ(done.articles, kArticles);

  // The same as one uninterrupted ingest: nothing lost, nothing doubled.
  const std::string clean = NewTarget("clean");
  RunResult once = RunDyad("ingest --batch 10 --db " + Quoted(clean) + " " + input);
  ASSERT_EQ(once.exit_code, 0) << once.err;
  store::StoreCounts expected = Counts(clean);
  EXPECT_EQ(done.events, expected.events);
  EXPECT_EQ(done.mentions, expected.mentions);
  EXPECT_EQ(done.canonical_events, expected.canonical_events);
  EXPECT_GT(expected.events, 0);
}

// Every row of a table, in key order, as text: the same on both engines
// when they hold the same values (integers and text alike; doubles through
// AsText's fixed six decimals).
std::vector<std::string> Dump(const std::string& target, const std::string& table,
                              const std::string& order) {
  std::vector<std::string> rows;
  store::StoreOptions o;
  o.target = target;
  o.must_exist = true;
  auto s = store::EventStore::Open(o);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  if (!s.ok()) return rows;
  Status st = (*s)->connection().Run("SELECT * FROM " + table + " ORDER BY " + order, {},
                                     [&](const store::Row& r) {
                                       std::string line;
                                       for (const store::Value& v : r) {
                                         line += store::IsNull(v) ? "NULL" : store::AsText(v);
                                         line += '|';
                                       }
                                       rows.push_back(line);
                                       return true;
                                     });
  EXPECT_TRUE(st.ok()) << st.ToString();
  return rows;
}

// The differential test of both back ends: one corpus, ingested into each
// twice, leaves the same counts and the same rows in every table, and
// `dyad query` prints the same answers from both.
TEST(StoreCli, SqliteAndPostgresqlHoldTheSameRows) {
  if (store::PostgresqlTestUrl().empty()) GTEST_SKIP() << store::kPostgresqlSkipMessage;
  const std::string dir = MakeTempDir();
  const std::string input = dir + "/many.jsonl";
  WriteFile(input, ManyArticles(60));
  const std::string sqlite = dir + "/same.db";
  auto schema = store::ScratchSchema::Create(store::PostgresqlTestUrl());
  ASSERT_TRUE(schema.ok()) << schema.status().ToString();
  const std::string pg = (*schema)->url();
  for (const std::string& db : {sqlite, pg, sqlite, pg}) {
    RunResult r = RunDyad("ingest --batch 7 --db " + Quoted(db) + " " + kExamples + " " + input);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  store::StoreCounts a = Counts(sqlite), b = Counts(pg);
  EXPECT_GT(a.events, 0);
  EXPECT_EQ(a.articles, b.articles);
  EXPECT_EQ(a.events, b.events);
  EXPECT_EQ(a.mentions, b.mentions);
  EXPECT_EQ(a.canonical_events, b.canonical_events);
  const struct {
    const char* table;
    const char* order;
  } tables[] = {{"articles", "id"},
                {"events", "article_id, ordinal"},
                {"mentions", "article_id, ordinal"},
                {"canonical_events", "canonical_id"},
                {"settings", "name"},
                {"schema_version", "version"}};
  for (const auto& t : tables) {
    EXPECT_EQ(Dump(sqlite, t.table, t.order), Dump(pg, t.table, t.order)) << t.table;
  }
  // And `dyad query` answers alike, series and event lists.
  for (const char* query : {"--by month --format json", "--by day --format csv",
                            "--actor TUR --by week --format json --weight mentions",
                            "--events --format csv --limit 1000", "--events --limit 1000"}) {
    RunResult a = RunDyad(std::string("query --db ") + Quoted(sqlite) + " " + query);
    RunResult b = RunDyad(std::string("query --db ") + Quoted(pg) + " " + query);
    ASSERT_EQ(a.exit_code, 0) << query << ": " << a.err;
    ASSERT_EQ(b.exit_code, 0) << query << ": " << b.err;
    EXPECT_GT(a.out.size(), 100u) << query;
    EXPECT_EQ(a.out, b.out) << query;
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dyad::testing
