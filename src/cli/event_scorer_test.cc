// Tests of the gold-file scorer: the semantics of score_events.py, mode by mode.
#include "cli/event_scorer.h"

#include <gtest/gtest.h>

namespace dyad::cli {
namespace {

GoldRecord Record(std::vector<GoldEvent> gold) {
  GoldRecord r;
  r.id = "r1";
  r.gold = std::move(gold);
  return r;
}

const PloverTable& Plover() {
  static const PloverTable table = ParsePloverTable(
      "# comment\ncameo\tplover_type\n04\tCONSULT\n040\tCONSULT\n042\tCONSULT\n19\tASSAULT\n190\tASSAULT\n"
      "112\tACCUSE\n190\tFIRST-ROW-WINS-NOT\n");
  return table;
}

RecordScore Score(MatchMode mode, const GoldRecord& r, const std::vector<PredictedEvent>& p) {
  return EventScorer(mode, &Plover()).Score(r, p);
}

TEST(EventScorer, MatchesByModeFromTable) {
  struct Case {
    MatchMode mode;
    PredictedEvent pred;
    GoldEvent gold;
    bool match;
  } cases[] = {
      {MatchMode::kExact, {"USAGOV", "CHN", "042"}, {"USAGOV", "CHN", "042"}, true},
      {MatchMode::kExact, {"USA", "CHN", "042"}, {"USAGOV", "CHN", "042"}, false},
      {MatchMode::kExact, {"usagov", "chn", " 042 "}, {"USAGOV", "CHN", "042"}, true},
      {MatchMode::kExact, {"ROM", "CHN", "042"}, {"ROU", "CHN", "042"}, true},  // CAMEO vs ISO
      {MatchMode::kExact, {"USA", "", "010"}, {"USA", "---", "010"}, true},      // "" is "---"
      {MatchMode::kExact, {"USA", "CHN", "010"}, {"USA", "---", "010"}, false},  // no wildcard in exact
      {MatchMode::kCountryRoot, {"USAGOV", "CHNMIL", "043"}, {"USA", "CHN", "042"}, true},
      {MatchMode::kCountryRoot, {"USA", "CHN", "051"}, {"USA", "CHN", "042"}, false},
      {MatchMode::kCountryRoot, {"USA", "CHN", "042"}, {"USA", "---REB", "042"}, true},  // wildcard
      {MatchMode::kCountryRoot, {"USA", "", "042"}, {"USA", "---REB", "042"}, true},     // "---" is ""
      {MatchMode::kPlover, {"USA", "CHN", "042"}, {"USA", "CHN", "CONSULT"}, true},
      {MatchMode::kPlover, {"USA", "RUS", "042"}, {"USA", "", "CONSULT"}, true},  // gold names no target
      {MatchMode::kPlover, {"USA", "CHN", "0431"}, {"USA", "CHN", "CONSULT"}, true},  // by the root
      {MatchMode::kPlover, {"USA", "CHN", "195"}, {"USA", "CHN", "FIGHT"}, true},     // 0.5b1 name
      {MatchMode::kPlover, {"USA", "CHN", "112"}, {"USA", "CHN", "INVESTIGATE"}, true},
      {MatchMode::kPlover, {"USA", "CHN", "190"}, {"USA", "CHN", "042"}, false},
  };
  for (const auto& c : cases) {
    const RecordScore s = Score(c.mode, Record({c.gold}), {c.pred});
    EXPECT_EQ(s.tp, c.match ? 1 : 0) << c.pred.source << " " << c.pred.target << " " << c.pred.code << " vs "
                                     << c.gold.source << " " << c.gold.target << " " << c.gold.code;
    EXPECT_EQ(s.fp + s.fn, c.match ? 0 : 2);
  }
}

TEST(EventScorer, PloverLeavesOutCodesWithoutType) {
  // 010 (a statement) has no PLOVER type: neither a hit nor extra.
  const RecordScore s = Score(MatchMode::kPlover, Record({{"USA", "CHN", "CONSULT"}}), {{"USA", "CHN", "010"}});
  EXPECT_EQ(s.tp, 0);
  EXPECT_EQ(s.fp, 0);
  EXPECT_EQ(s.fn, 1);
}

TEST(EventScorer, OptionalEventsAreNeitherOwedNorWrong) {
  GoldEvent optional{"USA", "CHN", "043", true};
  RecordScore s = Score(MatchMode::kExact, Record({{"USA", "CHN", "042"}, optional}),
                        {{"USA", "CHN", "042"}, {"USA", "CHN", "043"}});
  EXPECT_EQ(s.tp, 1);
  EXPECT_EQ(s.fp, 0);
  EXPECT_EQ(s.fn, 0);
  s = Score(MatchMode::kExact, Record({optional}), {});
  EXPECT_EQ(s.fn, 0);
}

TEST(EventScorer, CountsEachKeyOnceAndGoldOnce) {
  // Two predictions of the same triple count once; two equal gold events are owed once.
  RecordScore s = Score(MatchMode::kExact, Record({{"USA", "CHN", "042"}, {"USA", "CHN", "042"}}),
                        {{"USA", "CHN", "042"}, {"USA", "CHN", "042"}, {"USA", "RUS", "042"}, {"USA", "RUS", ""}});
  EXPECT_EQ(s.tp, 1);
  EXPECT_EQ(s.fp, 1);
  EXPECT_EQ(s.fn, 0);
  ASSERT_EQ(s.extra.size(), 1u);
  EXPECT_EQ(s.extra[0], 2u);  // The first prediction of the extra key.
  // In country-root mode two gold events can share a key, and one prediction
  // hits only one of them.
  s = Score(MatchMode::kCountryRoot, Record({{"USAGOV", "CHN", "042"}, {"USAMIL", "CHN", "043"}}),
            {{"USA", "CHN", "040"}});
  EXPECT_EQ(s.tp, 1);
  EXPECT_EQ(s.fn, 0);  // Both gold events fold to one key.
  s = Score(MatchMode::kCountryRoot, Record({{"USA", "---", "042"}, {"USA", "CHN", "042"}}),
            {{"USA", "CHN", "042"}});
  EXPECT_EQ(s.tp, 1);
  EXPECT_EQ(s.fn, 1);
  ASSERT_EQ(s.missed.size(), 1u);
  EXPECT_EQ(s.missed[0], 1u);  // The first open gold key took the hit.
}

TEST(EventScorer, SkipsSettingsTests) {
  struct Case {
    const char* line;
    bool skipped;
  } cases[] = {
      {R"({"id":"a","text":"t","gold":[]})", false},
      {R"({"id":"a","gold":[],"options":"x"})", true},
      {R"({"id":"a","gold":[],"options":""})", false},
      {R"({"id":"a","gold":[],"expect":[1]})", true},
      {R"({"id":"a","gold":[],"expect":[]})", false},
      {R"({"id":"a","gold":[],"config_changed":true})", true},
      {R"({"id":"a","gold":[],"after_final":1})", true},
      {R"({"id":"a","gold":[],"after_final":0})", false},
      {R"({"id":"a","gold":[],"evaluate":"false"})", true},
      {R"({"id":"a","gold":[],"evaluate":false})", true},
      {R"({"id":"a","gold":[],"evaluate":"true"})", false},
  };
  for (const auto& c : cases) {
    auto r = ParseGoldRecord(c.line);
    ASSERT_TRUE(r.ok()) << c.line;
    EXPECT_EQ(r->settings_test, c.skipped) << c.line;
  }
}

TEST(EventScorer, ParsesGoldRecords) {
  auto r = ParseGoldRecord(
      R"({"id": 7, "text": "x", "category": "DEMO", "gold": [{"source": "USA", "target": "CHN", "code": 42, "optional": true}]})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->id, "7");
  EXPECT_EQ(r->category, "DEMO");
  ASSERT_EQ(r->gold.size(), 1u);
  EXPECT_EQ(r->gold[0].code, "42");
  EXPECT_TRUE(r->gold[0].optional);
  EXPECT_EQ(ParseGoldRecord(R"({"text": "x"})").status().code(), Status::kDataError);
  EXPECT_EQ(ParseGoldRecord("{not json").status().code(), Status::kDataError);
  EXPECT_EQ(ParseGoldRecord(R"({"id": "a", "gold": [{"source": "USA"}]})").status().code(), Status::kDataError);
  EXPECT_EQ(ParseGoldRecord(R"({"id": "a"})")->category, "all");
}

TEST(EventScorer, Arithmetic) {
  Counts c;
  EXPECT_EQ(SummaryLine(c, 0), "F1=0.000 P=0.000 R=0.000 tp=0 fp=0 fn=0 records=0");
  c.fn = 3;  // Nothing predicted: precision 0, recall 0.
  EXPECT_EQ(SummaryLine(c, 2), "F1=0.000 P=0.000 R=0.000 tp=0 fp=0 fn=3 records=2");
  c = {3, 1, 2};  // P 0.75, R 0.6, F1 2*0.45/1.35
  EXPECT_EQ(SummaryLine(c, 5), "F1=0.667 P=0.750 R=0.600 tp=3 fp=1 fn=2 records=5");
  c = {1, 0, 0};
  EXPECT_EQ(SummaryLine(c, 1), "F1=1.000 P=1.000 R=1.000 tp=1 fp=0 fn=0 records=1");
  EXPECT_EQ(CategoryLine("DEMO", {3, 0, 12}), "DEMO           tp=   3 fp=   0 fn=  12");
  EXPECT_EQ(CategoryLine("A-LONG-CATEGORY-NAME", {1, 2, 3}), "A-LONG-CATEGORY-NAME tp=   1 fp=   2 fn=   3");
}

TEST(EventScorer, TotalsByCategory) {
  ScoreTotals t;
  RecordScore a;
  a.tp = 2;
  a.fn = 1;
  RecordScore b;
  b.fp = 4;
  t.Add("X", a);
  t.Add("Y", b);
  t.Add("X", b);
  EXPECT_EQ(t.all.tp, 2);
  EXPECT_EQ(t.all.fp, 8);
  EXPECT_EQ(t.by_category["X"].fp, 4);
  EXPECT_EQ(t.by_category["Y"].fn, 0);
}

}  // namespace
}  // namespace dyad::cli
