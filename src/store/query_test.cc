// Queries: dyad and period parsing, ISO weeks, and series and event lists
// over a small store whose answers are counted by hand.
#include "store/query.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "store/export.h"
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
  events::EventLocation location = {};
};

// A place as the geo stage records it.
events::EventLocation Place(const std::string& name, const std::string& type, const std::string& iso3,
                            double lat, double lon, int64_t geonameid = 0) {
  events::EventLocation l;
  l.name = name;
  l.type = type;
  l.country_iso3 = iso3;
  l.country_fips = iso3.substr(0, 2);
  if (type == "city") {
    l.adm1 = "Region of " + name;
    l.adm1_code = "07";
  }
  l.lat = lat;
  l.lon = lon;
  l.geonameid = geonameid;
  l.from = "sentence";
  return l;
}

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
      e.location = s.location;
      if (s.code == "190") e.plover_type = "ASSAULT";
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

TEST_P(QueryTest, KeysetPagesCoverEveryEventOnceUnderInserts) {
  Query q;  // every event: 5 canonical ones
  std::vector<int64_t> seen;
  for (int page = 0; page < 10; ++page) {
    auto events = QueryEvents(*store_, q, 2, 0);
    ASSERT_TRUE(events.ok()) << events.status().ToString();
    if (events->empty()) break;
    for (const EventRecord& e : *events) seen.push_back(e.canonical_id);
    q.after = EventKey{events->back().date_start, events->back().canonical_id};
    if (page == 0) {
      // A newer event stored between pages is not on the later pages.
      Put("late", {{"FRA", "DEU", "036", 1, 4, 20250101}});
      ASSERT_TRUE(store_->Commit().ok());
    }
  }
  EXPECT_EQ(seen.size(), 5u);
  std::vector<int64_t> unique = seen;
  std::sort(unique.begin(), unique.end());
  EXPECT_EQ(std::unique(unique.begin(), unique.end()), unique.end());
  q.after = EventKey{"April", 1};
  EXPECT_EQ(QueryEvents(*store_, q, 2, 0).status().code(), Status::kInvalidArgument);
}

TEST_P(QueryTest, PloverTypeFilter) {
  Query q;
  q.plover_type = "assault";
  auto events = QueryEvents(*store_, q, 10, 0);
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ(events->front().code, "190");
  q.plover_type = "NO SUCH";
  EXPECT_EQ(QueryEvents(*store_, q, 10, 0).status().code(), Status::kInvalidArgument);
}

TEST(ParseNearTest, PointAndRadius) {
  auto n = ParseNear("50.45,30.52");
  ASSERT_TRUE(n.ok());
  EXPECT_DOUBLE_EQ(n->lat, 50.45);
  EXPECT_DOUBLE_EQ(n->lon, 30.52);
  EXPECT_DOUBLE_EQ(n->km, 50);
  auto k = ParseNear("-18.14,179.9,12.5");
  ASSERT_TRUE(k.ok());
  EXPECT_DOUBLE_EQ(k->km, 12.5);
  for (const char* bad : {"", "50.45", "50.45,", "a,b", "91,0", "0,181", "0,0,0", "0,0,-5", "1,2,3,4", "1,2x"}) {
    EXPECT_EQ(ParseNear(bad).status().code(), Status::kInvalidArgument) << bad;
  }
}

TEST(DistanceKmTest, Haversine) {
  EXPECT_NEAR(DistanceKm(0, 0, 1, 0), 111.195, 0.001);  // a degree of meridian
  EXPECT_NEAR(DistanceKm(48.8566, 2.3522, 51.5074, -0.1278), 343.5, 0.5);  // Paris-London
  EXPECT_NEAR(DistanceKm(-18.14, 179.9, -18.14, -179.9), 21.1, 0.1);  // across the antimeridian
  EXPECT_DOUBLE_EQ(DistanceKm(10, 20, 10, 20), 0);
}

// Located events: Kyiv; 9.9 and 10.1 km north of a point near it; Lviv
// (UKR, placed at the region); Paris; two points either side of the
// antimeridian in Fiji; one by the North Pole; and one of unknown place.
class LocatedQueryTest : public QueryTest {
 protected:
  void SetUp() override {
    QueryTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto kyiv = Place("Kyiv", "city", "UKR", 50.4501, 30.5234, 703448);
    kyiv.begin = 5;  // "g1" in "text g1", in bytes
    kyiv.end = 7;
    Put("g1", {{"RUSMIL", "UKR", "190", 4, -10, 20240601, kyiv},
               {"RUSMIL", "UKR", "195", 4, -10, 20240602, Place("North", "city", "UKR", 50.45 + 0.0890, 30.52)},
               {"RUSMIL", "UKR", "194", 4, -10, 20240603, Place("Farther", "city", "UKR", 50.45 + 0.0909, 30.52)},
               {"UKRGOV", "RUS", "111", 3, -2, 20240604, Place("Lviv Oblast", "adm1", "UKR", 49.83, 24.02)},
               {"FRA", "UKR", "036", 1, 4, 20240605, Place("Paris", "city", "FRA", 48.8566, 2.3522, 2988507)},
               {"FJI", "NZL", "040", 1, 1, 20240606, Place("Suva", "city", "FJI", -18.1416, 178.4419)},
               {"FJI", "AUS", "042", 1, 1, 20240607, Place("Taveuni East", "city", "FJI", -18.14, -179.9)},
               {"NOR", "DNK", "043", 1, 2.8, 20240609, Place("Pole Camp", "city", "GRL", 89.9, 0)},
               {"CHN", "USA", "112", 3, -2, 20240608}});
    ASSERT_TRUE(store_->Commit().ok());
  }

  std::vector<std::string> Names(const Query& q) {
    auto events = QueryEvents(*store_, q, 100, 0);
    EXPECT_TRUE(events.ok()) << events.status().ToString();
    std::vector<std::string> names;
    if (events.ok()) {
      for (const EventRecord& e : *events) names.push_back(e.location.known() ? e.location.name : "?");
    }
    std::sort(names.begin(), names.end());
    return names;
  }
  int64_t SeriesTotal(const Query& q) {
    auto series = QuerySeries(*store_, q);
    EXPECT_TRUE(series.ok()) << series.status().ToString();
    int64_t total = 0;
    if (series.ok()) {
      for (const SeriesPoint& p : *series) total += p.total;
    }
    return total;
  }
};

TEST_P(LocatedQueryTest, LocationRoundTripsThroughPutQueryAndExport) {
  Query q;
  q.code = "190";
  q.from = "2024-06";
  auto events = QueryEvents(*store_, q, 10, 1);
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 1u);
  const events::EventLocation& l = events->front().location;
  EXPECT_EQ(l.name, "Kyiv");
  EXPECT_EQ(l.type, "city");
  EXPECT_EQ(l.country_iso3, "UKR");
  EXPECT_EQ(l.country_fips, "UK");
  EXPECT_EQ(l.adm1, "Region of Kyiv");
  EXPECT_EQ(l.adm1_code, "07");
  EXPECT_NEAR(l.lat, 50.4501, 1e-9);
  EXPECT_NEAR(l.lon, 30.5234, 1e-9);
  EXPECT_EQ(l.geonameid, 703448);
  EXPECT_EQ(l.begin, 5);
  EXPECT_EQ(l.end, 7);
  EXPECT_EQ(l.from, "sentence");
  auto json = nlohmann::json::parse(EventsJson(q, *events));
  EXPECT_EQ(json["events"][0]["location"]["name"], "Kyiv");
  EXPECT_EQ(json["events"][0]["location"]["geonameid"], 703448);
  EXPECT_EQ(json["events"][0]["location"]["start"], 5);
  // Unknown places are null; older events too.
  q.code = "112";
  q.from = "2024-06-08";
  auto unknown = QueryEvents(*store_, q, 10, 0);
  ASSERT_TRUE(unknown.ok());
  ASSERT_EQ(unknown->size(), 1u);
  EXPECT_FALSE(unknown->front().location.known());
  EXPECT_TRUE(nlohmann::json::parse(EventsJson(q, *unknown))["events"][0]["location"].is_null());

  // Export as JSON lines: the same place on the event and its mention.
  std::ostringstream out, mentions;
  ExportOptions options;
  options.from = "2024-06-01";
  options.to = "2024-06-01";
  auto counts = ExportEvents(*store_, options, &out, &mentions);
  ASSERT_TRUE(counts.ok()) << counts.status().ToString();
  ASSERT_EQ(counts->events, 1);
  for (const std::string& line : {out.str(), mentions.str()}) {
    auto record = nlohmann::json::parse(line);
    EXPECT_EQ(record["location"]["name"], "Kyiv") << line;
    EXPECT_EQ(record["location"]["country_iso3"], "UKR");
    EXPECT_EQ(record["location"]["lat"], 50.4501);
    EXPECT_EQ(record["location"]["from"], "sentence");
  }
}

TEST_P(LocatedQueryTest, CountryOfEvent) {
  Query q;
  q.country_of_event = "ukr";
  EXPECT_EQ(Names(q), (std::vector<std::string>{"Farther", "Kyiv", "Lviv Oblast", "North"}));
  EXPECT_EQ(SeriesTotal(q), 4);
  q.dyad = *ParseDyad("RUS-UKR");  // with the other filters
  EXPECT_EQ(Names(q), (std::vector<std::string>{"Farther", "Kyiv", "North"}));
  q.dyad.reset();
  q.country_of_event = "FRA";
  EXPECT_EQ(Names(q), (std::vector<std::string>{"Paris"}));
  q.country_of_event = "USA";  // the CHN-USA event has no place
  EXPECT_TRUE(Names(q).empty());
  q.country_of_event = "UK";
  EXPECT_EQ(QueryEvents(*store_, q, 10, 0).status().code(), Status::kInvalidArgument);
}

TEST_P(LocatedQueryTest, NearKeepsEventsJustInsideTheRadius) {
  Query q;
  q.near = Near{50.45, 30.52, 10};
  EXPECT_EQ(Names(q), (std::vector<std::string>{"Kyiv", "North"}));  // 9.9 km in, 10.1 km out
  EXPECT_EQ(SeriesTotal(q), 2);
  q.near->km = 10.2;
  EXPECT_EQ(Names(q), (std::vector<std::string>{"Farther", "Kyiv", "North"}));
  q.near->km = 600;  // Lviv is ~470 km west
  EXPECT_EQ(Names(q), (std::vector<std::string>{"Farther", "Kyiv", "Lviv Oblast", "North"}));
  q.code = "19";
  EXPECT_EQ(SeriesTotal(q), 3);
  q.code.clear();
  q.near = Near{48.85, 2.35};  // the default 50 km
  EXPECT_EQ(Names(q), (std::vector<std::string>{"Paris"}));
  q.near = Near{0, 0, 0};
  EXPECT_EQ(QuerySeries(*store_, q).status().code(), Status::kInvalidArgument);
}

TEST_P(LocatedQueryTest, NearAcrossTheAntimeridianAndAPole) {
  Query q;
  q.near = Near{-18.14, 179.9, 100};  // Taveuni East is 21 km away, Suva 154 km
  EXPECT_EQ(Names(q), (std::vector<std::string>{"Taveuni East"}));
  q.near->km = 200;
  EXPECT_EQ(Names(q), (std::vector<std::string>{"Suva", "Taveuni East"}));
  q.near = Near{-18.14, -179.95, 200};  // from the other side
  EXPECT_EQ(Names(q), (std::vector<std::string>{"Suva", "Taveuni East"}));
  q.near = Near{89.95, 180, 20};  // the circle holds the pole: 16.7 km over it
  EXPECT_EQ(Names(q), (std::vector<std::string>{"Pole Camp"}));
  q.near->km = 15;
  EXPECT_TRUE(Names(q).empty());
}

// A canonical event takes the most precise place among its first day's
// reports, else its first later located report's (without offsets, which
// would point into another article).
TEST_P(LocatedQueryTest, CanonicalEventTakesTheFirstDaysMostPrecisePlace) {
  const auto country = Place("Syria", "country", "SYR", 35, 38);
  auto city = Place("Aleppo", "city", "SYR", 36.2, 37.16, 170063);
  city.begin = 5;
  city.end = 11;
  const auto later = Place("Idlib", "city", "SYR", 35.93, 36.63);
  Put("s1", {{"SYRMIL", "SYRREB", "190", 4, -10, 20240701, country}});
  Put("s2", {{"SYRMIL", "SYRREB", "190", 4, -10, 20240701, city}});
  Put("s3", {{"SYRMIL", "SYRREB", "190", 4, -10, 20240702, later}});
  Put("s4", {{"SYRGOV", "TUR", "111", 3, -2, 20240710}});
  Put("s5", {{"SYRGOV", "TUR", "111", 3, -2, 20240711, later}});
  ASSERT_TRUE(store_->Commit().ok());
  Query q;
  q.actor = "SYR";
  auto events = QueryEvents(*store_, q, 10, 0);
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 2u);
  EXPECT_EQ((*events)[0].num_mentions, 2);
  EXPECT_EQ((*events)[0].location.name, "Idlib");  // the first day had none
  EXPECT_EQ((*events)[0].location.begin, -1);
  EXPECT_EQ((*events)[1].num_mentions, 3);
  EXPECT_EQ((*events)[1].location.name, "Aleppo");  // a city beats a country
  EXPECT_EQ((*events)[1].location.geonameid, 170063);
  EXPECT_EQ((*events)[1].location.begin, -1);  // s2 is not the first report
}

INSTANTIATE_TEST_SUITE_P(Backends, LocatedQueryTest, kTestBackends, TestBackendName);

}  // namespace
}  // namespace dyad::store
