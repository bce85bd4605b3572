// Queries: dyad and period parsing, ISO weeks, and series and event lists
// over a small store whose answers are counted by hand.
#include "store/query.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "store/test_target.h"

namespace dyad::store {
namespace {

TEST(ParseDyadTest, DirectedAndBothWays) {
  auto d = ParseDyad("usa-chn");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->source, "USA");
  EXPECT_EQ(d->target, "CHN");
  EXPECT_FALSE(d->both_directions);
  auto b = ParseDyad("INDGOV~PAK");
  ASSERT_TRUE(b.ok());
  EXPECT_TRUE(b->both_directions);
  EXPECT_EQ(DyadName(*b), "INDGOV~PAK");
  for (const char* bad : {"USA", "USA-", "-CHN", "US A-CHN", "USA/CHN", "USA-CHN-RUS"}) {
    EXPECT_EQ(ParseDyad(bad).status().code(), Status::kInvalidArgument) << bad;
  }
}

TEST(PeriodTest, LabelsAndBounds) {
  EXPECT_EQ(PeriodOf("2024-04-09", Period::kDay), "2024-04-09");
  EXPECT_EQ(PeriodOf("2024-04-09", Period::kMonth), "2024-04");
  EXPECT_EQ(PeriodOf("2024-04-09", Period::kYear), "2024");
  EXPECT_EQ(PeriodOf("2024-04-09", Period::kWeek), "2024-W15");
  // ISO weeks belong to the year of their Thursday.
  EXPECT_EQ(PeriodOf("2021-01-03", Period::kWeek), "2020-W53");
  EXPECT_EQ(PeriodOf("2019-12-30", Period::kWeek), "2020-W01");
  auto week = PeriodBounds("2020-W53", Period::kWeek);
  ASSERT_TRUE(week.ok());
  EXPECT_EQ(week->first, "2020-12-28");
  EXPECT_EQ(week->second, "2021-01-03");
  auto feb = PeriodBounds("2024-02", Period::kMonth);
  ASSERT_TRUE(feb.ok());
  EXPECT_EQ(feb->second, "2024-02-29");
  EXPECT_FALSE(PeriodBounds("2023-W53", Period::kWeek).ok());  // 2023 has 52 weeks
  EXPECT_FALSE(PeriodBounds("2024-13", Period::kMonth).ok());
  EXPECT_FALSE(PeriodBounds("2024-04", Period::kDay).ok());
  EXPECT_EQ(ParsePeriod("fortnight").status().code(), Status::kInvalidArgument);
}

struct Spec {
  std::string source, target, code;
  int quad;
  double goldstein;
  int32_t date;
};

class QueryTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  void SetUp() override {
    target_ = TestTarget::Create(GetParam());
    if (target_ == nullptr) GTEST_SKIP() << kPostgresqlSkipMessage;
    StoreOptions o;
    o.target = target_->target();
    auto s = EventStore::Open(o);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
    // Two reports of one USA -> CHN criticism, a Chinese reply, a US
    // meeting, an unrelated dyad.
    Put("a1", {{"USAGOV", "CHNGOV", "111", 3, -2, 20240402}, {"CHNGOV", "USA", "112", 3, -2, 20240403},
               {"USA", "CHN", "036", 1, 4, 20240520}, {"RUSMIL", "UKR", "190", 4, -10, 20240402}});
    Put("a2", {{"USAGOV", "CHNGOV", "111", 3, -2, 20240402}});
    Put("a3", {{"USAMIL", "CHN", "061", 2, 6, 20240704}});
    ASSERT_TRUE(store_->Commit().ok());
  }
  void TearDown() override {
    store_.reset();
  }

  void Put(const std::string& id, const std::vector<Spec>& specs) {
    articles_.push_back(std::make_unique<Stored>());
    Stored& st = *articles_.back();
    st.article.id = id;
    st.article.url = "https://news.example/" + id;
    st.article.text = "text " + id;
    st.sentences = {"The sentence of " + id + "."};
    for (const Spec& s : specs) {
      events::Event e;
      e.article_id = id;
      e.date = s.date;
      e.source = {s.source, s.source.substr(0, 3), "", "", 0, 3};
      e.target = {s.target, s.target.substr(0, 3), "", "", 4, 7};
      e.has_target = true;
      e.code = s.code;
      e.root_code = s.code.substr(0, 2);
      e.quad_class = s.quad;
      e.goldstein = s.goldstein;
      e.evidence.begin = static_cast<uint32_t>(st.events.size());
      e.evidence.verb = "verb" + s.code;
      st.events.push_back(e);
    }
    auto put = store_->Put({&st.article, &st.events, &st.mentions, &st.sentences});
    ASSERT_TRUE(put.ok()) << put.status().ToString();
  }

  struct Stored {
    ingest::Article article;
    std::vector<events::Event> events;
    std::vector<actors::ActorMention> mentions;
    std::vector<std::string> sentences;
  };
  std::unique_ptr<TestTarget> target_;
  std::unique_ptr<EventStore> store_;
  std::vector<std::unique_ptr<Stored>> articles_;
};

TEST_P(QueryTest, DirectedDyadByMonthCountsCanonicalEventsOnce) {
  Query q;
  q.dyad = *ParseDyad("USA-CHN");
  auto series = QuerySeries(*store_, q);
  ASSERT_TRUE(series.ok()) << series.status().ToString();
  ASSERT_EQ(series->size(), 4u);  // April to July, June empty
  EXPECT_EQ((*series)[0].period, "2024-04");
  EXPECT_EQ((*series)[0].counts[2], 1);  // the criticism, reported twice, once
  EXPECT_EQ((*series)[0].total, 1);
  EXPECT_DOUBLE_EQ((*series)[0].index, -1);
  EXPECT_EQ((*series)[1].counts[0], 1);
  EXPECT_DOUBLE_EQ((*series)[1].goldstein_mean, 4);
  EXPECT_EQ((*series)[2].period, "2024-06");
  EXPECT_EQ((*series)[2].total, 0);
  EXPECT_EQ((*series)[3].counts[1], 1);  // USAMIL counts as USA
}

TEST_P(QueryTest, BothDirectionsCodeAndDates) {
  Query q;
  q.dyad = *ParseDyad("USA~CHN");
  q.code = "11";
  q.from = "2024-04";
  q.to = "2024-04-30";
  q.by = Period::kWeek;
  auto series = QuerySeries(*store_, q);
  ASSERT_TRUE(series.ok());
  int64_t total = 0;
  for (const SeriesPoint& p : *series) total += p.total;
  EXPECT_EQ(total, 2);  // 111 one way, 112 the other
  EXPECT_EQ(series->front().period, "2024-W14");  // April 1st, a Monday
  EXPECT_EQ(series->back().period, "2024-W18");
  q.weight = Weight::kMentions;
  auto weighted = QuerySeries(*store_, q);
  ASSERT_TRUE(weighted.ok());
  total = 0;
  for (const SeriesPoint& p : *weighted) total += p.total;
  EXPECT_EQ(total, 3);
}

TEST_P(QueryTest, ActorAndCodePrefixes) {
  Query q;
  q.actor = "usagov";  // not USAMIL, not plain USA
  auto series = QuerySeries(*store_, q);
  ASSERT_TRUE(series.ok());
  ASSERT_EQ(series->size(), 1u);
  EXPECT_EQ(series->front().total, 1);
  q.actor = "RUS";
  q.code = "19";
  series = QuerySeries(*store_, q);
  ASSERT_TRUE(series.ok());
  ASSERT_EQ(series->size(), 1u);
  EXPECT_EQ(series->front().counts[3], 1);
  q.code = "1x";
  EXPECT_EQ(QuerySeries(*store_, q).status().code(), Status::kInvalidArgument);
  q.code.clear();
  q.from = "April";
  EXPECT_EQ(QuerySeries(*store_, q).status().code(), Status::kInvalidArgument);
}

TEST_P(QueryTest, EventsCarryTheirMentionsAndUrls) {
  Query q;
  q.dyad = *ParseDyad("USA-CHN");
  q.code = "111";
  auto events = QueryEvents(*store_, q, 10, 5);
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 1u);
  const EventRecord& e = events->front();
  EXPECT_EQ(e.num_mentions, 2);
  EXPECT_EQ(e.num_articles, 2);
  ASSERT_EQ(e.mentions.size(), 2u);
  EXPECT_EQ(e.mentions[0].url, "https://news.example/a1");
  EXPECT_EQ(e.mentions[1].sentence_text, "The sentence of a2.");
  auto json = nlohmann::json::parse(EventsJson(q, *events));
  EXPECT_EQ(json["events"][0]["mentions"][1]["article_id"], "a2");
  EXPECT_EQ(json["query"]["dyad"], "USA-CHN");
}

TEST_P(QueryTest, SeriesJsonHasTheDocumentedShape) {
  Query q;
  q.dyad = *ParseDyad("USA-CHN");
  auto series = QuerySeries(*store_, q);
  ASSERT_TRUE(series.ok());
  auto json = nlohmann::json::parse(SeriesJson(q, *series));
  EXPECT_EQ(json["query"]["by"], "month");
  EXPECT_EQ(json["series"][0]["period"], "2024-04");
  EXPECT_EQ(json["series"][0]["counts"]["verbal_conflict"], 1);
  EXPECT_EQ(json["series"][0]["goldstein"]["sum"], -2.0);
  EXPECT_EQ(json["series"][0]["index"], -1.0);
}

TEST_P(QueryTest, NothingMatchedIsAnEmptySeries) {
  Query q;
  q.dyad = *ParseDyad("FRA-DEU");
  auto series = QuerySeries(*store_, q);
  ASSERT_TRUE(series.ok());
  EXPECT_TRUE(series->empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, QueryTest, kTestBackends, TestBackendName);

}  // namespace
}  // namespace dyad::store
