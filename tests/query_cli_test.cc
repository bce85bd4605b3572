// `dyad query` over a store of the examples, and what `dyad ingest` promises
// besides storing once: Ctrl-C commits and a rerun finishes, --recode
// replaces, a new dedup window regroups.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "run_dyad.h"
#include "store/store.h"

namespace dyad::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

const char* kInputs = "examples/wire.jsonl examples/reuters-style.txt examples/world-feed.rss";

store::StoreCounts Counts(const std::string& db) {
  store::StoreOptions o;
  o.target = db;
  o.must_exist = true;
  o.busy_timeout_ms = 2000;
  auto s = store::EventStore::Open(o);
  if (!s.ok()) return {};
  auto c = (*s)->Counts();
  return c.ok() ? *c : store::StoreCounts{};
}

class QueryCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new std::string(MakeTempDir());
    db_ = new std::string(*dir_ + "/ex.db");
    RunResult r = RunDyad("ingest --db " + *db_ + " " + kInputs);
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() {
    std::filesystem::remove_all(*dir_);
    delete dir_;
    delete db_;
  }
  static std::string* dir_;
  static std::string* db_;
};
std::string* QueryCli::dir_ = nullptr;
std::string* QueryCli::db_ = nullptr;

TEST_F(QueryCli, JsonSeriesCountsEveryDatedCanonicalEventOnce) {
  RunResult r = RunDyad("query --db " + *db_ + " --by year --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["query"]["by"], "year");
  int64_t total = 0;
  for (const auto& p : doc["series"]) {
    const auto& c = p["counts"];
    EXPECT_EQ(c["total"], c["verbal_cooperation"].get<int64_t>() + c["material_cooperation"].get<int64_t>() +
                              c["verbal_conflict"].get<int64_t>() + c["material_conflict"].get<int64_t>());
    total += c["total"].get<int64_t>();
    EXPECT_GE(p["index"].get<double>(), -1);
    EXPECT_LE(p["index"].get<double>(), 1);
  }
  const store::StoreCounts counts = Counts(*db_);
  EXPECT_GT(total, 0);
  EXPECT_LE(total, counts.canonical_events);
  EXPECT_LE(counts.canonical_events, counts.events);
}

TEST_F(QueryCli, EventsListTheirEvidence) {
  RunResult r = RunDyad("query --db " + *db_ + " --events --limit 3 --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto doc = nlohmann::json::parse(r.out);
  ASSERT_FALSE(doc["events"].empty());
  EXPECT_LE(doc["events"].size(), 3u);
  const auto& first = doc["events"][0];
  ASSERT_FALSE(first["mentions"].empty());
  EXPECT_FALSE(first["mentions"][0]["sentence_text"].get<std::string>().empty());
  EXPECT_GE(first["num_mentions"].get<int64_t>(), 1);
  // The point the event belongs to lists it again.
  const std::string month = first["date"].get<std::string>().substr(0, 7);
  RunResult point = RunDyad("query --db " + *db_ + " --by month --period " + month + " --limit 1000 --format csv");
  ASSERT_EQ(point.exit_code, 0) << point.err;
  EXPECT_THAT(point.out, StartsWith("canonical_id,date,"));
  EXPECT_THAT(point.out, HasSubstr(std::to_string(first["canonical_id"].get<int64_t>())));
}

// Every listed event carries "location" (null or dyad code's object), and
// the place filters keep only events placed there.
TEST_F(QueryCli, PlaceFilters) {
  RunResult all = RunDyad("query --db " + *db_ + " --events --limit 1000 --mentions 0 --format json");
  ASSERT_EQ(all.exit_code, 0) << all.err;
  auto doc = nlohmann::json::parse(all.out);
  ASSERT_FALSE(doc["events"].empty());
  std::string country;
  for (const auto& e : doc["events"]) {
    ASSERT_TRUE(e.contains("location")) << e.dump();
    if (!e["location"].is_null() && country.empty()) country = e["location"]["country_iso3"];
  }
  if (country.empty()) country = "UKR";  // nothing placed: the filter keeps nothing
  RunResult in = RunDyad("query --db " + *db_ + " --events --limit 1000 --format json --country-of-event " +
                         country);
  ASSERT_EQ(in.exit_code, 0) << in.err;
  auto placed = nlohmann::json::parse(in.out);
  EXPECT_EQ(placed["query"]["country_of_event"], country);
  for (const auto& e : placed["events"]) EXPECT_EQ(e["location"]["country_iso3"], country) << e.dump();
  RunResult near = RunDyad("query --db " + *db_ + " --near 50.45,30.52,25 --by year --format json");
  ASSERT_EQ(near.exit_code, 0) << near.err;
  EXPECT_EQ(nlohmann::json::parse(near.out)["query"]["near"]["km"], 25.0);
  RunResult bad = RunDyad("query --db " + *db_ + " --near 50.45");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_THAT(bad.err, HasSubstr("LAT,LON"));
  EXPECT_EQ(RunDyad("query --db " + *db_ + " --country-of-event Ukraine").exit_code, 2);
}

TEST_F(QueryCli, TableAndCsv) {
  RunResult table = RunDyad("query --db " + *db_ + " --by year");
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_THAT(table.out, StartsWith("period "));
  RunResult csv = RunDyad("query --db " + *db_ + " --dyad USA~CHN --format csv");
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_THAT(csv.out, StartsWith("period,events,verbal_cooperation,"));
}

TEST_F(QueryCli, UsageErrorsSayWhatToDo) {
  RunResult missing = RunDyad("query --db " + *dir_ + "/none.db --dyad USA-CHN");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_THAT(missing.err, HasSubstr("dyad ingest"));
  RunResult dyad = RunDyad("query --db " + *db_ + " --dyad USA");
  EXPECT_EQ(dyad.exit_code, 2);
  EXPECT_THAT(dyad.err, HasSubstr("USA-CHN"));
  EXPECT_EQ(RunDyad("query --db " + *db_ + " --by fortnight").exit_code, 2);
  EXPECT_EQ(RunDyad("query --db " + *db_ + " --from yesterday").exit_code, 2);
  EXPECT_EQ(RunDyad("query --db " + *db_ + " --by week --period 2024-04").exit_code, 2);
}

TEST(IngestCli, RecodeReplacesAndANewWindowRegroups) {
  const std::string dir = MakeTempDir();
  const std::string db = dir + "/r.db";
  ASSERT_EQ(RunDyad("ingest --db " + db + " " + kInputs).exit_code, 0);
  const store::StoreCounts before = Counts(db);
  RunResult recode = RunDyad("ingest --recode --db " + db + " " + kInputs);
  ASSERT_EQ(recode.exit_code, 0) << recode.err;
  EXPECT_THAT(recode.err, HasSubstr(" 0 new, " + std::to_string(before.articles) + " replaced"));
  const store::StoreCounts after = Counts(db);
  EXPECT_EQ(after.events, before.events);
  EXPECT_EQ(after.canonical_events, before.canonical_events);
  // A year-long window can only merge groups.
  ASSERT_EQ(RunDyad("ingest --dedup-window 365 --db " + db, "").exit_code, 0);
  EXPECT_LE(Counts(db).canonical_events, before.canonical_events);
  EXPECT_EQ(RunDyad("ingest --dedup-window 2 --one-a-day --db " + db, "").exit_code, 2);
  std::filesystem::remove_all(dir);
}

// Distinct articles that code to events.
std::string ManyArticles(int n) {
  const char* kSentences[] = {
      "Turkey's Foreign Ministry summoned Sweden's ambassador on Friday to protest a rally.",
      "Chinese President Xi Jinping met French President Emmanuel Macron in Paris.",
      "Israeli forces attacked Hamas positions in Gaza, the army said.",
  };
  std::string out;
  for (int i = 0; i < n; ++i) {
    nlohmann::json j;
    j["id"] = "int-" + std::to_string(i);
    j["date"] = "2024-05-0" + std::to_string(1 + i % 9);
    j["text"] = std::string(kSentences[i % 3]) + " Report " + std::to_string(i) + ".";
    out += j.dump() + "\n";
  }
  return out;
}

TEST(IngestCli, CtrlCCommitsWhatWasCodedAndARerunFinishes) {
  const std::string dir = MakeTempDir();
  const std::string input = dir + "/many.jsonl";
  const int kArticles = 400;
  WriteFile(input, ManyArticles(kArticles));
  const std::string db = dir + "/int.db", log = dir + "/err.txt";
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    setenv("DYAD_HOME", DYAD_SOURCE_DIR, 1);
    if (chdir(DYAD_SOURCE_DIR) != 0) _exit(127);
    if (freopen(log.c_str(), "w", stderr) == nullptr) _exit(127);
    execl(DYAD_BINARY, DYAD_BINARY, "ingest", "--batch", "10", "--db", db.c_str(), input.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  for (int i = 0; i < 3000 && Counts(db).articles < 20; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  kill(pid, SIGINT);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status)) << "ingest did not exit by itself after Ctrl-C";
  if (WEXITSTATUS(status) == 0) GTEST_SKIP() << "ingest finished before the interrupt";
  EXPECT_EQ(WEXITSTATUS(status), 130);
  const std::string err = ReadFileOrDie(log);
  EXPECT_THAT(err, HasSubstr("interrupted"));
  EXPECT_THAT(err, HasSubstr("articles read"));
  const store::StoreCounts stopped = Counts(db);
  EXPECT_GE(stopped.articles, 20);
  EXPECT_LT(stopped.articles, kArticles);

  RunResult rerun = RunDyad("ingest --batch 10 --db " + db + " " + input);
  ASSERT_EQ(rerun.exit_code, 0) << rerun.err;
  const std::string clean = dir + "/clean.db";
  ASSERT_EQ(RunDyad("ingest --db " + clean + " " + input).exit_code, 0);
  const store::StoreCounts done = Counts(db), expected = Counts(clean);
  EXPECT_EQ(done.articles, kArticles);
  EXPECT_EQ(done.events, expected.events);
  EXPECT_EQ(done.canonical_events, expected.canonical_events);
  EXPECT_GT(expected.canonical_events, 0);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dyad::testing
