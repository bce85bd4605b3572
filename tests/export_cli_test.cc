// `dyad export`, and the GDELT acceptance test of issue 8: every row of a
// GDELT export has exactly 61 tab-separated columns, and its EventCode,
// EventBaseCode, EventRootCode, QuadClass and GoldsteinScale agree with
// dyad's own CAMEO table (data/cameo/events.tsv, read by the events stage's
// loader); every mentions row has 16. Checked on the examples as `dyad
// ingest` codes them, and on a store holding one event of every CAMEO code.
// Also: JSON lines parse, usage errors, --help, and a golden export of
// examples/wire.jsonl (DYAD_UPDATE_GOLDEN=1 rewrites it).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "events/cameo_table.h"
#include "run_dyad.h"
#include "store/export.h"
#include "store/store.h"

namespace dyad::testing {
namespace {

using ::testing::HasSubstr;

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t at; (at = s.find(sep, start)) != std::string::npos; start = at + 1) {
    out.push_back(s.substr(start, at - start));
  }
  out.push_back(s.substr(start));
  return out;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines = Split(s, '\n');
  if (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

const events::CameoTable& Table() {
  static const events::CameoTable* table = [] {
    auto t = events::CameoTable::Load(DYAD_SOURCE_DIR);
    EXPECT_TRUE(t.ok()) << t.status().ToString();
    return t.ok() ? new events::CameoTable(std::move(*t)) : nullptr;
  }();
  return *table;
}

// The acceptance checks on a GDELT event export; returns the event ids.
std::set<std::string> CheckGdeltEvents(const std::string& out) {
  std::set<std::string> ids;
  for (const std::string& row : Lines(out)) {
    const std::vector<std::string> c = Split(row, '\t');
    EXPECT_EQ(c.size(), 61u) << row;
    if (c.size() != 61) continue;
    ids.insert(c[0]);
    const std::string& code = c[26];
    const events::CameoEventInfo* info = Table().Find(code);
    EXPECT_NE(info, nullptr) << "EventCode " << code << " is not in events.tsv: " << row;
    if (info == nullptr) continue;
    EXPECT_EQ(info->code, code) << "EventCode " << code << " is only known by a parent";
    const std::string base = code.size() >= 3 ? code.substr(0, 3) : code + "0";
    EXPECT_EQ(c[27], base) << row;
    const events::CameoEventInfo* base_info = Table().Find(c[27]);
    EXPECT_TRUE(base_info != nullptr && base_info->code == c[27]) << "EventBaseCode not in events.tsv: " << row;
    EXPECT_EQ(c[28], info->root) << row;
    EXPECT_EQ(c[29], std::to_string(info->quad_class)) << row;
    EXPECT_NEAR(std::strtod(c[30].c_str(), nullptr), info->goldstein, 0.05) << row;
  }
  return ids;
}

void CheckGdeltMentions(const std::string& out, const std::set<std::string>& event_ids) {
  for (const std::string& row : Lines(out)) {
    const std::vector<std::string> c = Split(row, '\t');
    EXPECT_EQ(c.size(), 16u) << row;
    EXPECT_TRUE(event_ids.count(c[0])) << "mention of no exported event: " << row;
  }
}

store::StoreCounts Counts(const std::string& db) {
  store::StoreOptions o;
  o.target = db;
  o.must_exist = true;
  auto s = store::EventStore::Open(o);
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  if (!s.ok()) return {};
  auto c = (*s)->Counts();
  return c.ok() ? *c : store::StoreCounts{};
}

const char* kExamples =
    "examples/wire.jsonl examples/reuters-style.txt examples/world-feed.rss "
    "examples/security-feed.atom examples/ministry-statement.html examples/border-talks-page.html";

TEST(ExportCli, GdeltOfIngestedExamplesAgreesWithCameoTable) {
  const std::string dir = MakeTempDir();
  const std::string db = dir + "/ex.db";
  RunResult in = RunDyad("ingest --db " + db + " " + kExamples);
  ASSERT_EQ(in.exit_code, 0) << in.err;
  const store::StoreCounts counts = Counts(db);
  ASSERT_GT(counts.canonical_events, 3);

  RunResult gdelt = RunDyad("export --db " + db + " --format gdelt --mentions " + dir + "/m.tsv");
  ASSERT_EQ(gdelt.exit_code, 0) << gdelt.err;
  EXPECT_EQ(static_cast<int64_t>(Lines(gdelt.out).size()), counts.canonical_events);
  const std::set<std::string> ids = CheckGdeltEvents(gdelt.out);
  EXPECT_EQ(static_cast<int64_t>(ids.size()), counts.canonical_events) << "GLOBALEVENTIDs repeat";
  const std::string mentions = ReadFileOrDie(dir + "/m.tsv");
  EXPECT_EQ(static_cast<int64_t>(Lines(mentions).size()), counts.events);
  CheckGdeltMentions(mentions, ids);
  EXPECT_THAT(gdelt.err, HasSubstr("dyad export: " + std::to_string(counts.canonical_events) +
                                   " events, " + std::to_string(counts.events) + " mentions written"));

  RunResult jsonl = RunDyad("export --db " + db + " --format jsonl");
  ASSERT_EQ(jsonl.exit_code, 0) << jsonl.err;
  const std::vector<std::string> lines = Lines(jsonl.out);
  EXPECT_EQ(static_cast<int64_t>(lines.size()), counts.canonical_events);
  int64_t mention_sum = 0;
  for (const std::string& line : lines) {
    const auto j = nlohmann::json::parse(line, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << line;
    EXPECT_TRUE(ids.count(std::to_string(j["canonical_id"].get<int64_t>()))) << line;
    mention_sum += j["num_mentions"].get<int64_t>();
  }
  EXPECT_EQ(mention_sum, counts.events);  // Every event row belongs to one canonical event.

  for (const char* f : {"csv", "tsv"}) {
    RunResult r = RunDyad("export --db " + db + " --format " + f);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(static_cast<int64_t>(Lines(r.out).size()), counts.canonical_events + 1) << f;
  }
  std::filesystem::remove_all(dir);
}

// One event of every code of events.tsv, valued as the coder values them.
TEST(ExportCli, GdeltOfEveryCameoCodeAgreesWithCameoTable) {
  const std::string dir = MakeTempDir();
  store::StoreOptions o;
  o.target = dir + "/all.db";
  auto opened = store::EventStore::Open(o);
  ASSERT_TRUE(opened.ok()) << opened.status().ToString();
  std::unique_ptr<store::EventStore> db = std::move(*opened);
  ingest::Article article;
  article.id = "all-codes";
  article.url = "https://example.org/all";
  article.text = "USA GOV";
  std::vector<events::Event> evs;
  int codes = 0;
  std::istringstream tsv(ReadFileOrDie(std::string(DYAD_SOURCE_DIR) + "/data/cameo/events.tsv"));
  for (std::string line; std::getline(tsv, line);) {
    if (line.empty() || line[0] == '#' || line.starts_with("code\t")) continue;
    const events::CameoEventInfo* info = Table().Find(Split(line, '\t')[0]);
    ASSERT_NE(info, nullptr) << line;
    events::Event e;
    e.article_id = article.id;
    e.date = 20240501 + codes % 20;
    e.source = {"USAGOV", "USA", "GOV", "", 0, 3};
    e.target = {"RUSMIL", "RUS", "MIL", "", 4, 7};
    e.has_target = true;
    e.code = info->code;
    e.root_code = info->root;
    e.quad_class = info->quad_class;
    e.goldstein = info->goldstein;
    evs.push_back(e);
    ++codes;
  }
  ASSERT_GT(codes, 300);
  std::vector<actors::ActorMention> none;
  ASSERT_TRUE(db->Put({&article, &evs, &none, nullptr}).ok());
  ASSERT_TRUE(db->Commit().ok());
  store::ExportOptions x;
  x.format = store::ExportFormat::kGdelt;
  x.home = DYAD_SOURCE_DIR;
  std::ostringstream events_out, mentions_out;
  auto written = store::ExportEvents(*db, x, &events_out, &mentions_out);
  ASSERT_TRUE(written.ok()) << written.status().ToString();
  EXPECT_EQ(written->events, codes);
  EXPECT_EQ(written->mentions, codes);
  const std::set<std::string> ids = CheckGdeltEvents(events_out.str());
  EXPECT_EQ(static_cast<int>(ids.size()), codes);
  CheckGdeltMentions(mentions_out.str(), ids);
  db.reset();
  std::filesystem::remove_all(dir);
}

TEST(ExportCli, GoldenWireExport) {
  const std::string dir = MakeTempDir();
  const std::string db = dir + "/wire.db";
  RunResult in = RunDyad("ingest --db " + db + " examples/wire.jsonl");
  ASSERT_EQ(in.exit_code, 0) << in.err;
  RunResult r = RunDyad("export --db " + db + " --format gdelt --mentions " + dir + "/m.tsv");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string got = r.out + "--- mentions\n" + ReadFileOrDie(dir + "/m.tsv");
  const std::string golden = std::string(DYAD_SOURCE_DIR) + "/tests/golden/export/wire.jsonl.gdelt.expected";
  if (std::getenv("DYAD_UPDATE_GOLDEN") != nullptr) {
    WriteFile(golden, got);
  } else {
    EXPECT_EQ(got, ReadFileOrDie(golden)) << "golden mismatch; DYAD_UPDATE_GOLDEN=1 rewrites it";
  }
  std::filesystem::remove_all(dir);
}

TEST(ExportCli, UsageErrors) {
  const std::string dir = MakeTempDir();
  RunResult missing = RunDyad("export --db " + dir + "/none.db --format gdelt");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_THAT(missing.err, HasSubstr(dir + "/none.db"));
  EXPECT_THAT(missing.err, HasSubstr("dyad ingest"));
  EXPECT_FALSE(std::filesystem::exists(dir + "/none.db")) << "export must not create a store";
  RunResult in = RunDyad("ingest --db " + dir + "/w.db examples/wire.jsonl");
  ASSERT_EQ(in.exit_code, 0) << in.err;
  EXPECT_EQ(RunDyad("export --db " + dir + "/w.db --format xml").exit_code, 2);
  RunResult bad_date = RunDyad("export --db " + dir + "/w.db --from 2024/05/01");
  EXPECT_EQ(bad_date.exit_code, 2);
  EXPECT_THAT(bad_date.err, HasSubstr("YYYY-MM-DD"));
  RunResult help = RunDyad("export --help");
  EXPECT_EQ(help.exit_code, 0);
  for (const char* s : {"--db", "--format", "--mentions", "--from", "--to", "61", "Examples:"}) {
    EXPECT_THAT(help.out, HasSubstr(s));
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dyad::testing
