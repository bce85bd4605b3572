// Export: each format on a store built by hand (column counts, values, RFC
// 4180 quoting, JSON shape), the order and paging, date bounds, errors, and
// GDELT's actor columns from CAMEO codes. The GDELT acceptance test against
// dyad's CAMEO table is tests/export_cli_test.cc (it reads events/' table).
#include "store/export.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "store/gdelt_actor.h"
#include "store/store.h"

namespace dyad::store {
namespace {

std::string Home() {
  const char* home = std::getenv("DYAD_HOME");
  return home != nullptr ? home : ".";
}

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

// One event: source and target (code, name), CAMEO code, date, sentence.
struct Spec {
  std::string source, source_name, target, target_name, code;
  int32_t date;
  int sentence = 0;
};

// An article whose sentence i reads "<source name> acted on <target name>."
// for the i-th spec, so that offsets and texts are real.
struct Article {
  ingest::Article article;
  std::vector<events::Event> events;
  std::vector<actors::ActorMention> mentions;
  std::vector<std::string> sentences;

  Article(const std::string& id, const std::string& outlet, const std::string& date,
          const std::vector<Spec>& specs) {
    article.id = id;
    article.source = outlet;
    article.date = date;
    article.url = "https://www." + outlet + ".example/" + id;
    for (const Spec& s : specs) {
      while (sentences.size() <= static_cast<size_t>(s.sentence)) sentences.push_back("");
      events::Event e;
      e.article_id = id;
      e.date = s.date;
      const uint32_t at = static_cast<uint32_t>(article.text.size());
      e.source = {s.source, s.source.substr(0, 3), s.source.size() > 3 ? s.source.substr(3) : "",
                  s.source_name, at, at + static_cast<uint32_t>(s.source_name.size())};
      std::string sentence = s.source_name + " acted on ";
      e.evidence = {static_cast<size_t>(s.sentence), "acted", e.source.end + 1, e.source.end + 6,
                    "ACT ON [" + s.code + "]", "test:1"};
      e.has_target = !s.target.empty();
      if (e.has_target) {
        const uint32_t t = at + static_cast<uint32_t>(sentence.size());
        e.target = {s.target, s.target.substr(0, 3), "", s.target_name, t,
                    t + static_cast<uint32_t>(s.target_name.size())};
      }
      sentence += (e.has_target ? s.target_name : "it") + ", \"they\" said.";
      sentences[s.sentence] = sentence;
      article.text += sentence + " ";
      e.code = s.code;
      e.root_code = s.code.substr(0, 2);
      e.quad_class = 3;
      e.goldstein = -2.0;
      e.plover_type = "ACCUSE";
      events.push_back(e);
    }
  }
  CodedArticle coded() const { return {&article, &events, &mentions, &sentences}; }
};

class ExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/dyad_export_test_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    StoreOptions o;
    o.target = dir_ + "/e.db";
    auto s = EventStore::Open(o);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
    // Canonical events: India->Pakistan 112 on 05-01 (3 mentions, 2
    // articles, 2 outlets); the UN -> Turkey 036 on 05-03; Russia 190 with
    // no target, undated.
    Put(Article("a1", "reuters", "2024-05-01",
                {{"INDGOV", "Indian officials", "PAKGOV", "Pakistan", "112", 20240501, 0},
                 {"INDGOV", "Indian officials", "PAKGOV", "Pakistan", "112", 20240501, 2}}));
    Put(Article("a2", "afp", "2024-05-02",
                {{"INDGOV", "India", "PAKGOV", "Islamabad", "112", 20240502, 1},
                 {"IGOUNO", "the UN", "TUR", "Turkey", "036", 20240503, 0}}));
    Put(Article("a3", "tass", "", {{"RUSMIL", "Russian forces", "", "", "190", 0, 0}}));
    ASSERT_TRUE(store_->Commit().ok());
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  void Put(const Article& a) {
    auto put = store_->Put(a.coded());
    ASSERT_TRUE(put.ok()) << put.status().ToString();
  }

  // Exports in `format`; *mentions gets the mentions when not null.
  std::string Export(ExportFormat format, std::string* mentions = nullptr, ExportOptions o = {}) {
    o.format = format;
    o.home = Home();
    std::ostringstream events_out, mentions_out;
    auto counts = ExportEvents(*store_, o, &events_out, mentions != nullptr ? &mentions_out : nullptr);
    EXPECT_TRUE(counts.ok()) << counts.status().ToString();
    if (mentions != nullptr) *mentions = mentions_out.str();
    return events_out.str();
  }

  std::string dir_;
  std::unique_ptr<EventStore> store_;
};

TEST_F(ExportTest, GdeltRowsHave61ColumnsInGdeltsOrder) {
  std::string mentions;
  const std::vector<std::string> rows = Lines(Export(ExportFormat::kGdelt, &mentions));
  ASSERT_EQ(rows.size(), 3u);  // Undated first, then by date.
  for (const std::string& row : rows) EXPECT_EQ(Split(row, '\t').size(), 61u) << row;
  const std::vector<std::string> undated = Split(rows[0], '\t');
  EXPECT_EQ(undated[5], "RUSMIL");
  EXPECT_EQ(undated[1], "");
  EXPECT_EQ(undated[15], "");  // No Actor2.
  const std::vector<std::string> c = Split(rows[1], '\t');
  EXPECT_EQ(c[1], "20240501");
  EXPECT_EQ(c[2], "202405");
  EXPECT_EQ(c[3], "2024");
  EXPECT_EQ(c[4], "2024.3315");  // 2024 + (4 * 30 + 1) / 365
  EXPECT_EQ(c[5], "INDGOV");
  EXPECT_EQ(c[6], "INDIAN OFFICIALS");
  EXPECT_EQ(c[7], "IND");
  EXPECT_EQ(c[12], "GOV");
  EXPECT_EQ(c[15], "PAKGOV");
  EXPECT_EQ(c[17], "PAK");
  EXPECT_EQ(c[25], "1");  // First mention in the article's first sentence.
  EXPECT_EQ(c[26], "112");
  EXPECT_EQ(c[27], "112");
  EXPECT_EQ(c[28], "11");
  EXPECT_EQ(c[29], "3");
  EXPECT_EQ(c[30], "-2.0");
  EXPECT_EQ(c[31], "3");  // NumMentions
  EXPECT_EQ(c[32], "2");  // NumSources
  EXPECT_EQ(c[33], "2");  // NumArticles
  EXPECT_EQ(c[34], "");   // AvgTone
  // No place for the event (ActionGeo empty); its actors stand at their
  // countries (Actor1Geo India, Actor2Geo Pakistan, both Type 1).
  EXPECT_EQ(c[35], "1");
  EXPECT_EQ(c[36], "India");
  EXPECT_EQ(c[37], "IN");
  EXPECT_EQ(c[43], "1");
  EXPECT_EQ(c[44], "Pakistan");
  for (size_t i = 51; i < 59; ++i) EXPECT_EQ(c[i], "") << "geo column " << i;
  EXPECT_EQ(c[59], "20240501000000");
  EXPECT_EQ(c[60], "https://www.reuters.example/a1");
  const std::vector<std::string> un = Split(rows[2], '\t');
  EXPECT_EQ(un[5], "IGOUNO");
  EXPECT_EQ(un[7], "");     // No country
  EXPECT_EQ(un[8], "UNO");  // Known group
  EXPECT_EQ(un[12], "IGO");
  EXPECT_EQ(un[25], "1");
  EXPECT_EQ(un[27], "036");

  const std::vector<std::string> m = Lines(mentions);
  ASSERT_EQ(m.size(), 5u);  // Every event row once.
  for (const std::string& row : m) EXPECT_EQ(Split(row, '\t').size(), 16u) << row;
  const std::vector<std::string> m1 = Split(m[1], '\t');
  EXPECT_EQ(m1[0], c[0]);
  EXPECT_EQ(m1[1], "20240501000000");
  EXPECT_EQ(m1[2], "20240501000000");
  EXPECT_EQ(m1[4], "reuters");
  EXPECT_EQ(m1[5], "https://www.reuters.example/a1");
  EXPECT_EQ(m1[6], "1");
  EXPECT_EQ(m1[7], "0");   // "Indian officials" opens the text.
  EXPECT_EQ(m1[8], "26");  // "Indian officials acted on " is 26 code points.
  EXPECT_EQ(m1[9], "17");
  // The second mention of that event: a1's third sentence, then a2's.
  EXPECT_EQ(Split(m[2], '\t')[6], "3");
  EXPECT_EQ(Split(m[3], '\t')[5], "https://www.afp.example/a2");
  EXPECT_EQ(Split(m[3], '\t')[0], c[0]);
  EXPECT_EQ(Split(m[0], '\t')[8], "-1");  // No target.
}

TEST_F(ExportTest, JsonlIsDyadCodesRecordWithCanonicalFields) {
  std::string mentions;
  const std::vector<std::string> lines = Lines(Export(ExportFormat::kJsonl, &mentions));
  ASSERT_EQ(lines.size(), 3u);
  const auto j = nlohmann::json::parse(lines[1]);
  EXPECT_TRUE(lines[1].starts_with("{\"canonical_id\":")) << lines[1];
  EXPECT_EQ(j["article_id"], "a1");
  EXPECT_EQ(j["date"], "2024-05-01");
  EXPECT_EQ(j["date_end"], "2024-05-02");
  EXPECT_EQ(j["source"]["code"], "INDGOV");
  EXPECT_EQ(j["source"]["text"], "Indian officials");
  EXPECT_EQ(j["source"]["start"], 0);
  EXPECT_EQ(j["target"]["country"], "PAK");
  EXPECT_EQ(j["code"], "112");
  EXPECT_EQ(j["quad_class"], 3);
  EXPECT_EQ(j["plover"]["type"], "ACCUSE");
  EXPECT_EQ(j["evidence"]["verb"], "acted");
  EXPECT_EQ(j["evidence"]["sentence"], 1);
  EXPECT_EQ(j["negated"], false);
  EXPECT_EQ(j["num_mentions"], 3);
  EXPECT_EQ(j["num_sentences"], 3);
  EXPECT_EQ(j["num_articles"], 2);
  EXPECT_EQ(j["num_sources"], 2);
  EXPECT_EQ(j["url"], "https://www.reuters.example/a1");
  EXPECT_TRUE(nlohmann::json::parse(lines[0])["target"].is_null());
  const std::vector<std::string> m = Lines(mentions);
  ASSERT_EQ(m.size(), 5u);
  for (const std::string& line : m) {
    const auto mj = nlohmann::json::parse(line);
    EXPECT_TRUE(mj.contains("canonical_id") && mj.contains("url") && mj.contains("evidence")) << line;
  }
  EXPECT_EQ(nlohmann::json::parse(m[3])["article_id"], "a2");
  EXPECT_EQ(nlohmann::json::parse(m[3])["canonical_id"], j["canonical_id"]);
}

TEST_F(ExportTest, CsvQuotesPerRfc4180) {
  std::string mentions;
  const std::string csv = Export(ExportFormat::kCsv, &mentions);
  const std::vector<std::string> lines = Lines(csv);
  ASSERT_EQ(lines.size(), 4u);  // Header and three events.
  for (const std::string& l : lines) EXPECT_TRUE(l.ends_with("\r")) << "CRLF line ends";
  EXPECT_TRUE(lines[0].starts_with("canonical_id,date_start,date_end,source_code,"));
  // The evidence sentence has a comma and quotes: quoted, quotes doubled.
  EXPECT_TRUE(lines[2].ends_with(",\"Indian officials acted on Pakistan, \"\"they\"\" said.\",,,,,,,\r"))
      << lines[2];
  EXPECT_NE(lines[2].find(",INDGOV,IND,GOV,PAKGOV,PAK,,112,11,3,-2,ACCUSE,3,3,2,2,a1,"),
            std::string::npos)
      << lines[2];
  EXPECT_EQ(Lines(mentions).size(), 6u);
  EXPECT_TRUE(mentions.starts_with("canonical_id,article_id,ordinal,"));
}

TEST_F(ExportTest, TsvHasAHeaderAndFlatRows) {
  std::string mentions;
  const std::vector<std::string> lines = Lines(Export(ExportFormat::kTsv, &mentions));
  ASSERT_EQ(lines.size(), 4u);
  const size_t columns = Split(lines[0], '\t').size();
  EXPECT_EQ(columns, 28u);
  for (const std::string& l : lines) EXPECT_EQ(Split(l, '\t').size(), columns) << l;
  EXPECT_EQ(Split(lines[2], '\t')[20], "Indian officials acted on Pakistan, \"they\" said.");
  const std::vector<std::string> m = Lines(mentions);
  ASSERT_EQ(m.size(), 6u);
  for (const std::string& l : m) EXPECT_EQ(Split(l, '\t').size(), Split(m[0], '\t').size()) << l;
}

// Events of June 2024, placed by the geo stage: a Russian strike placed at
// Ukraine (a country), a US event in the state of Georgia, an Australian
// event in Sydney against China, and one of unknown place. Values as dyad's
// gazetteer (data/geo) has them.
class LocatedExportTest : public ExportTest {
 protected:
  void SetUp() override {
    ExportTest::SetUp();
    if (HasFatalFailure()) return;
    Article a("g1", "reuters", "2024-06-01",
              {{"RUSMIL", "Russian forces", "UKR", "Ukraine", "190", 20240601, 0},
               {"USAGOV", "Washington", "", "", "040", 20240602, 1},
               {"AUSGOV", "Canberra", "CHN", "Beijing", "036", 20240603, 2},
               {"FRA", "France", "DEU", "Germany", "042", 20240604, 3}});
    a.events[0].location = {"Ukraine", "country", "UKR", "UP", "", "", 48.4843, 31.3305, 690791, -1, -1, "target"};
    a.events[1].location = {"Georgia", "adm1", "USA", "US", "Georgia", "GA", 33.4254, -83.8906, 0, 60, 67, "sentence"};
    a.events[2].location = {"Sydney", "city", "AUS", "AS", "New South Wales", "02", -33.8678, 151.2073, 2147714,
                            -1, -1, "dateline"};
    Put(a);
    ASSERT_TRUE(store_->Commit().ok());
  }

  std::vector<std::vector<std::string>> Rows(ExportFormat format) {
    ExportOptions o;
    o.from = "2024-06-01";
    o.to = "2024-06-30";
    std::vector<std::vector<std::string>> rows;
    for (const std::string& line : Lines(Export(format, nullptr, o))) {
      rows.push_back(Split(line, format == ExportFormat::kCsv ? ',' : '\t'));
    }
    return rows;
  }
};

// Columns 36-59 (0-based 35-58): Actor1Geo_*, Actor2Geo_*, ActionGeo_*, each
// Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.
std::vector<std::string> GeoBlock(const std::vector<std::string>& row, int block) {
  return std::vector<std::string>(row.begin() + 35 + 8 * block, row.begin() + 43 + 8 * block);
}

TEST_F(LocatedExportTest, GdeltGeoColumns) {
  const auto rows = Rows(ExportFormat::kGdelt);
  ASSERT_EQ(rows.size(), 4u);
  for (const auto& row : rows) ASSERT_EQ(row.size(), 61u);
  // A country: Type 1, FIPS code as ADM1Code and FeatureID. The Russian
  // actor stands in Russia (the event lies elsewhere), Ukraine in Ukraine.
  using V = std::vector<std::string>;
  EXPECT_EQ(GeoBlock(rows[0], 2), (V{"1", "Ukraine", "UP", "UP", "", "48.4843", "31.3305", "UP"}));
  const V russia = GeoBlock(rows[0], 0);
  EXPECT_EQ((V{russia[0], russia[1], russia[2], russia[3], russia[4], russia[7]}),
            (V{"1", "Russia", "RS", "RS", "", "RS"}));
  EXPECT_FALSE(russia[5].empty());
  EXPECT_EQ(GeoBlock(rows[0], 1), GeoBlock(rows[0], 2));
  // A US state: Type 2, "State, Country", FIPS country + state code; no
  // target, no Actor2Geo.
  EXPECT_EQ(GeoBlock(rows[1], 2), (V{"2", "Georgia, United States", "US", "USGA", "", "33.4254", "-83.8906", "USGA"}));
  EXPECT_EQ(GeoBlock(rows[1], 0), GeoBlock(rows[1], 2));
  EXPECT_EQ(GeoBlock(rows[1], 1), V(8, ""));
  // A world city: Type 4, "City, Region, Country", its GeoNames id; the
  // Chinese target stands in China.
  EXPECT_EQ(GeoBlock(rows[2], 2), (V{"4", "Sydney, New South Wales, Australia", "AS", "AS02", "", "-33.8678",
                                     "151.2073", "2147714"}));
  EXPECT_EQ(GeoBlock(rows[2], 0), GeoBlock(rows[2], 2));
  EXPECT_EQ(GeoBlock(rows[2], 1)[1], "China");
  EXPECT_EQ(GeoBlock(rows[2], 1)[7], "CH");
  // Unknown place: no ActionGeo, and each actor stands at its country, as
  // GDELT places actors whose event it cannot place.
  EXPECT_EQ(GeoBlock(rows[3], 2), V(8, ""));
  EXPECT_EQ(GeoBlock(rows[3], 0)[1], "France");
  EXPECT_EQ(GeoBlock(rows[3], 0)[7], "FR");
  EXPECT_EQ(GeoBlock(rows[3], 1)[1], "Germany");
  EXPECT_EQ(GeoBlock(rows[3], 1)[7], "GM");
}

TEST_F(LocatedExportTest, FlatRowsEndWithTheLocation) {
  const auto rows = Rows(ExportFormat::kTsv);
  ASSERT_EQ(rows.size(), 5u);  // header and four events
  using V = std::vector<std::string>;
  EXPECT_EQ(V(rows[0].end() - 7, rows[0].end()),
            (V{"location_name", "location_type", "location_country_iso3", "location_adm1", "location_lat",
               "location_lon", "location_geonameid"}));
  EXPECT_EQ(V(rows[3].end() - 7, rows[3].end()),
            (V{"Sydney", "city", "AUS", "New South Wales", "-33.8678", "151.2073", "2147714"}));
  EXPECT_EQ(V(rows[2].end() - 7, rows[2].end()), (V{"Georgia", "adm1", "USA", "Georgia", "33.4254", "-83.8906", ""}));
  EXPECT_EQ(V(rows[4].end() - 7, rows[4].end()), V(7, ""));
  const auto jsonl = Rows(ExportFormat::kJsonl);
  const auto j = nlohmann::json::parse(jsonl[1][0]);
  EXPECT_EQ(j["location"]["adm1_code"], "GA");
  EXPECT_EQ(j["location"]["start"], 60);
  EXPECT_TRUE(j["location"]["geonameid"].is_null());
  EXPECT_TRUE(nlohmann::json::parse(jsonl[3][0])["location"].is_null());
}

TEST_F(ExportTest, PagesOfOneGiveTheSameBytes) {
  for (ExportFormat f : {ExportFormat::kGdelt, ExportFormat::kJsonl, ExportFormat::kCsv}) {
    std::string m_all, m_paged;
    const std::string all = Export(f, &m_all);
    ExportOptions o;
    o.page_size = 1;
    EXPECT_EQ(Export(f, &m_paged, o), all);
    EXPECT_EQ(m_paged, m_all);
  }
}

TEST_F(ExportTest, DateBoundsKeepEventsStartingWithin) {
  ExportOptions o;
  o.from = "2024-05-02";
  std::vector<std::string> rows = Lines(Export(ExportFormat::kGdelt, nullptr, o));
  ASSERT_EQ(rows.size(), 1u);  // Only the UN's 05-03 event; the undated one is out.
  EXPECT_EQ(Split(rows[0], '\t')[1], "20240503");
  o.from = "";
  o.to = "2024-05-01";
  rows = Lines(Export(ExportFormat::kGdelt, nullptr, o));
  ASSERT_EQ(rows.size(), 2u);  // Undated and 05-01.
  o.from = "2024-05-01";
  rows = Lines(Export(ExportFormat::kGdelt, nullptr, o));
  ASSERT_EQ(rows.size(), 1u);
}

TEST_F(ExportTest, Errors) {
  std::ostringstream out;
  ExportOptions o;
  o.from = "May 1";
  EXPECT_EQ(ExportEvents(*store_, o, &out, nullptr).status().code(), Status::kInvalidArgument);
  o = {};
  o.page_size = 0;
  EXPECT_EQ(ExportEvents(*store_, o, &out, nullptr).status().code(), Status::kInvalidArgument);
  o = {};
  o.format = ExportFormat::kGdelt;
  o.home = dir_ + "/no-home";
  EXPECT_EQ(ExportEvents(*store_, o, &out, nullptr).status().code(), Status::kNotFound);
  std::ostringstream bad;
  bad.setstate(std::ios::badbit);
  EXPECT_EQ(ExportEvents(*store_, {}, &bad, nullptr).status().code(), Status::kIOError);
  EXPECT_EQ(ParseExportFormat("gdelt"), ExportFormat::kGdelt);
  EXPECT_EQ(ParseExportFormat("xml"), std::nullopt);
}

TEST(GdeltActor, DecomposesCameoCodes) {
  auto parts = ActorCodeParts::Load(Home());
  ASSERT_TRUE(parts.ok()) << parts.status().ToString();
  struct Case {
    const char *code, *stored_country, *country, *group, *ethnic, *rel1, *rel2, *type1, *type2, *type3;
  };
  const Case kCases[] = {
      {"USAGOV", "USA", "USA", "", "", "", "", "GOV", "", ""},
      {"HUNGOVMIL", "", "HUN", "", "", "", "", "GOV", "MIL", ""},
      {"IGOUNO", "", "", "UNO", "", "", "", "IGO", "", ""},
      {"IGOWSTNAT", "", "WST", "NAT", "", "", "", "IGO", "", ""},  // As GDELT's own rows.
      {"MOS", "", "", "", "", "MOS", "", "", "", ""},              // Religion before ethnic.
      {"USASUN", "", "USA", "", "", "SUN", "", "", "", ""},        // Second country-ish part.
      {"COPGOV", "", "", "", "", "", "", "COP", "GOV", ""},        // Police before Copts.
      {"---GOV", "TUR", "TUR", "", "", "", "", "GOV", "", ""},     // Country from context.
      {"---REB", "---", "", "", "", "", "", "REB", "", ""},
      {"CHRCTH", "", "", "", "", "CHR", "CTH", "", "", ""},
      {"GZA", "", "GZA", "", "", "", "", "", "", ""},                // A region.
      {"USAGOVMILLEG", "", "USA", "", "", "", "", "GOV", "MIL", "LEG"},
      {"XQZ", "", "", "", "", "", "", "", "", ""},                   // Unknown part.
  };
  for (const Case& c : kCases) {
    const GdeltActor a = parts->Decompose(c.code, c.stored_country);
    EXPECT_EQ(a.country, c.country) << c.code;
    EXPECT_EQ(a.known_group, c.group) << c.code;
    EXPECT_EQ(a.ethnic, c.ethnic) << c.code;
    EXPECT_EQ(a.religion1, c.rel1) << c.code;
    EXPECT_EQ(a.religion2, c.rel2) << c.code;
    EXPECT_EQ(a.types[0], c.type1) << c.code;
    EXPECT_EQ(a.types[1], c.type2) << c.code;
    EXPECT_EQ(a.types[2], c.type3) << c.code;
  }
}

TEST(GdeltActor, ParseErrorsNameTheLine) {
  EXPECT_TRUE(ActorCodeParts::Parse("# c\ncode\tpart\tlabel\nUSA\tcountry\tUS\n", "c.tsv").ok());
  auto bad = ActorCodeParts::Parse("USA\tcountry\tUS\nABC\tplanet\tx\n", "c.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Status::kCorruption);
  EXPECT_EQ(bad.status().message(), "c.tsv:2: unknown part \"planet\"");
  EXPECT_FALSE(ActorCodeParts::Parse("US\tcountry\n", "c.tsv").ok());
  EXPECT_FALSE(ActorCodeParts::Parse("# nothing\n", "c.tsv").ok());
}

}  // namespace
}  // namespace dyad::store
