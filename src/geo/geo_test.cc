// The gazetteer (the shipped one, under DYAD_HOME, and small made-up ones),
// place keys, place phrases and event locations from hand-built sentences.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <fstream>

#include "geo/geo.h"
#include "geo/location_json.h"
#include "geo/place_finder.h"

namespace dyad::geo {
namespace {

std::string Home() {
  const char* h = std::getenv("DYAD_HOME");
  return h != nullptr ? h : ".";
}

const Gazetteer& Shipped() {
  static const Gazetteer* g = [] {
    GeoOptions o;
    o.home = Home();
    auto r = Gazetteer::Load(o);
    if (!r.ok()) {
      ADD_FAILURE() << r.status().ToString();
      std::abort();
    }
    return r->release();
  }();
  return *g;
}

std::string WriteTemp(const std::string& name, const std::string& content) {
  std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path) << content;
  return path;
}

TEST(PlaceKey, FoldsCaseAccentsApostrophesAndPunctuation) {
  EXPECT_EQ(PlaceKey("Sant Julià de Lòria"), "sant julia de loria");
  EXPECT_EQ(PlaceKey("SANT JULIA DE LORIA"), "sant julia de loria");
  EXPECT_EQ(PlaceKey("Dar‘ā"), "dara");
  EXPECT_EQ(PlaceKey("Dar'a"), "dara");
  EXPECT_EQ(PlaceKey("U.S."), "u s");
  EXPECT_EQ(PlaceKey("Washington, D.C."), "washington d c");
  EXPECT_EQ(PlaceKey("  São  Paulo "), "sao paulo");
  EXPECT_EQ(PlaceKey("Łódź"), "lodz");
  EXPECT_EQ(PlaceKey("Mazār-e Sharīf"), "mazar e sharif");
  EXPECT_EQ(PlaceKey(""), "");
}

TEST(Gazetteer, LoadsTheShippedFileQuickly) {
  GeoOptions o;
  o.home = Home();
  auto start = std::chrono::steady_clock::now();
  auto g = Gazetteer::Load(o);
  auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_GT((*g)->countries().size(), 240u);
  EXPECT_GT((*g)->regions().size(), 3000u);
  EXPECT_GT((*g)->places().size(), 170000u);
  // Not a timing test (bench/geo_bench measures it); a guard against a
  // load that went quadratic.
  EXPECT_LT(ms, 5000.0);
}

TEST(Gazetteer, FindsCountriesByTheirNamesAndCodes) {
  const Gazetteer& g = Shipped();
  const Country* us = g.CountryByIso3("USA");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->fips, "US");
  EXPECT_EQ(g.CountryByIso2("GE")->iso3, "GEO");
  EXPECT_EQ(g.CountryByIso3("XXX"), nullptr);
  for (const char* name : {"United States", "U.S.", "USA", "America"}) {
    bool found = false;
    for (uint32_t e : g.Find(name)) found |= e == us->place;
    EXPECT_TRUE(found) << name;
  }
  events::EventLocation l = g.ToLocation(us->place);
  EXPECT_EQ(l.type, "country");
  EXPECT_EQ(l.country_iso3, "USA");
  EXPECT_EQ(l.geonameid, 6252001);
  EXPECT_EQ(l.adm1, "");
}

TEST(Gazetteer, FindsCitiesUnderNewsSpellings) {
  const Gazetteer& g = Shipped();
  auto has = [&](const char* name, const char* iso3) {
    for (uint32_t e : g.Find(name)) {
      const Place& p = g.place(e);
      if (p.type == PlaceType::kCity && g.country_of(p).iso3 == iso3) return true;
    }
    return false;
  };
  EXPECT_TRUE(has("Kiev", "UKR"));
  EXPECT_TRUE(has("Kyiv", "UKR"));
  EXPECT_TRUE(has("Fallujah", "IRQ"));
  EXPECT_TRUE(has("Basra", "IRQ"));
  EXPECT_TRUE(has("Sao Paulo", "BRA"));
  EXPECT_TRUE(has("St. Petersburg", "RUS"));
  EXPECT_TRUE(has("Washington", "USA"));
  EXPECT_FALSE(has("Atlantis", "GRC"));
}

TEST(Gazetteer, MalformedRecordNamesFileAndLine) {
  std::string path = WriteTemp("bad-gazetteer.tsv",
                               "# comment\n"
                               "C\tXA\tXAA\tXA\t1\tXland\t\t1.0\t2.0\t100\n"
                               "P\tXA\t01\tnot-a-number\tXtown\t\t1.0\t2.0\t5\n");
  GeoOptions o;
  o.gazetteer_file = path;
  auto g = Gazetteer::Load(o);
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().message().find("bad-gazetteer.tsv:3"), std::string::npos) << g.status().ToString();
}

TEST(Gazetteer, MissingFileSaysHowToMakeIt) {
  GeoOptions o;
  o.gazetteer_file = ::testing::TempDir() + "/no-such-gazetteer.tsv.zst";
  auto g = Gazetteer::Load(o);
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), Status::kNotFound);
  EXPECT_NE(g.status().message().find("build-gazetteer"), std::string::npos);
}

// A sentence from words, each with its head (1-based, 0 root) and tag.
struct Word {
  const char* form;
  int head;
  const char* upos;
  const char* deprel;
  const char* xpos = "_";
  bool glued = false;  // No space after it ("al" of "al-Anbar").
};

struct Built {
  ingest::Article article;
  std::vector<text::Sentence> sentences;
  std::vector<std::vector<text::WordAnalysis>> analyses;
};

void AddSentence(Built* b, const std::vector<Word>& words) {
  text::Sentence s;
  std::vector<text::WordAnalysis> a;
  if (!b->article.text.empty()) b->article.text += " ";
  s.begin = static_cast<uint32_t>(b->article.text.size());
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && !words[i - 1].glued) b->article.text += " ";
    text::Token t;
    t.begin = static_cast<uint32_t>(b->article.text.size());
    b->article.text += words[i].form;
    t.end = static_cast<uint32_t>(b->article.text.size());
    t.form = words[i].form;
    t.space_after = !words[i].glued;
    s.tokens.push_back(t);
    text::WordAnalysis w;
    w.head = words[i].head < 0 ? "_" : std::to_string(words[i].head);
    w.upos = words[i].upos;
    w.deprel = words[i].deprel;
    w.xpos = words[i].xpos;
    w.lemma = words[i].form;
    a.push_back(w);
  }
  s.end = static_cast<uint32_t>(b->article.text.size());
  b->sentences.push_back(s);
  b->analyses.push_back(a);
}

events::Event EventAt(const Built& b, size_t sentence, size_t verb_token, const char* source_country,
                      const char* target_country, const char* code) {
  events::Event e;
  e.evidence.sentence = sentence;
  e.evidence.begin = b.sentences[sentence].tokens[verb_token].begin;
  e.evidence.end = b.sentences[sentence].tokens[verb_token].end;
  e.source.country = source_country;
  e.target.country = target_country;
  e.target.code = target_country;  // A bare country code: the country itself.
  e.has_target = true;
  e.code = code;
  e.root_code = std::string(code).substr(0, 2);
  return e;
}

events::EventLocation LocateOne(const Built& b, events::Event e,
                                const std::vector<actors::ActorMention>& mentions = {}) {
  EventLocator locator(&Shipped());
  std::vector<events::Event> events{e};
  locator.Locate(b.article, b.sentences, b.analyses, mentions, &events);
  return events[0].location;
}

TEST(EventLocator, PlaceAttachedToTheVerb) {
  // "The two leaders met in Sydney on Friday ."
  Built b;
  AddSentence(&b, {{"The", 3, "DET", "det"}, {"two", 3, "NUM", "nummod"}, {"leaders", 4, "NOUN", "nsubj"},
                   {"met", 0, "VERB", "root"}, {"in", 6, "ADP", "case"}, {"Sydney", 4, "PROPN", "obl"},
                   {"on", 8, "ADP", "case"}, {"Friday", 4, "PROPN", "obl"}, {".", 4, "PUNCT", "punct"}});
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 3, "AUS", "CHN", "040"));
  EXPECT_EQ(l.name, "Sydney");
  EXPECT_EQ(l.type, "city");
  EXPECT_EQ(l.country_iso3, "AUS");
  EXPECT_EQ(l.country_fips, "AS");
  EXPECT_EQ(l.from, "sentence");
  EXPECT_NEAR(l.lat, -33.87, 0.05);
  EXPECT_NEAR(l.lon, 151.21, 0.05);
  EXPECT_EQ(b.article.text.substr(l.begin, l.end - l.begin), "Sydney");
  nlohmann::ordered_json j = LocationJson(l);
  EXPECT_EQ(j["name"], "Sydney");
  EXPECT_EQ(j["from"], "sentence");
}

TEST(EventLocator, PlaceNearTheObject) {
  // "Troops shelled villages near Kharkiv ."
  Built b;
  AddSentence(&b, {{"Troops", 2, "NOUN", "nsubj"}, {"shelled", 0, "VERB", "root"}, {"villages", 2, "NOUN", "obj"},
                   {"near", 5, "ADP", "case"}, {"Kharkiv", 3, "PROPN", "nmod"}, {".", 2, "PUNCT", "punct"}});
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 1, "RUS", "UKR", "195"));
  EXPECT_EQ(l.name, "Kharkiv");
  EXPECT_EQ(l.country_iso3, "UKR");
}

TEST(EventLocator, PlaceOfAnotherClauseIsNotTheEvents) {
  // "Iran , which trades in Dubai , criticized France ." : Dubai hangs from
  // "trades", not from "criticized".
  Built b;
  AddSentence(&b, {{"Iran", 7, "PROPN", "nsubj"}, {",", 4, "PUNCT", "punct"}, {"which", 4, "PRON", "nsubj"},
                   {"trades", 1, "VERB", "acl:relcl"}, {"in", 6, "ADP", "case"}, {"Dubai", 4, "PROPN", "obl"},
                   {"criticized", 0, "VERB", "root"}, {"France", 7, "PROPN", "obj"}, {".", 7, "PUNCT", "punct"}});
  EXPECT_FALSE(LocateOne(b, EventAt(b, 0, 6, "IRN", "FRA", "111")).known());
}

std::vector<Word> SaidIn(const char* place) {
  // "Officials met in PLACE ."
  return {{"Officials", 2, "NOUN", "nsubj"}, {"met", 0, "VERB", "root"}, {"in", 4, "ADP", "case"},
          {place, 2, "PROPN", "obl"}, {".", 2, "PUNCT", "punct"}};
}

TEST(EventLocator, CountriesNamedAsPlacesAreCountriesNotTowns) {
  for (const char* name : {"China", "Jordan", "Lebanon", "USA"}) {
    Built b;
    AddSentence(&b, SaidIn(name));
    events::EventLocation l = LocateOne(b, EventAt(b, 0, 1, "USA", "FRA", "040"));
    EXPECT_EQ(l.type, "country") << name;
  }
}

TEST(EventLocator, CityStatesAreTheirCity) {
  Built b;
  AddSentence(&b, SaidIn("Hong Kong"));
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 1, "CHN", "GBR", "040"));
  EXPECT_EQ(l.type, "city");
  EXPECT_EQ(l.country_iso3, "HKG");
  Built s;
  AddSentence(&s, SaidIn("Djibouti"));
  EXPECT_EQ(LocateOne(s, EventAt(s, 0, 1, "CHN", "GBR", "040")).type, "city");
  Built f;
  AddSentence(&f, SaidIn("France"));  // Paris holds a sixth of France: the country stays.
  EXPECT_EQ(LocateOne(f, EventAt(f, 0, 1, "CHN", "GBR", "040")).type, "country");
}

TEST(EventLocator, ACountryBecomesTheDatelinesCityInIt) {
  Built b;
  b.article.dateline = "BAGHDAD";
  b.article.text = "BAGHDAD - ";
  b.article.body_begin = static_cast<uint32_t>(b.article.text.size());
  b.article.text.pop_back();
  AddSentence(&b, SaidIn("Iraq"));
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 1, "IRQ", "IRN", "040"));
  EXPECT_EQ(l.name, "Baghdad");
  EXPECT_EQ(l.from, "sentence");
  EXPECT_EQ(l.begin, 0);
}

TEST(EventLocator, TheCapitalOfACountryNamedByItsAdjectiveOrItself) {
  // "Gunmen kidnapped workers in the Afghan capital ."
  Built b;
  AddSentence(&b, {{"Gunmen", 2, "NOUN", "nsubj"}, {"kidnapped", 0, "VERB", "root"}, {"workers", 2, "NOUN", "obj"},
                   {"in", 7, "ADP", "case"}, {"the", 7, "DET", "det"}, {"Afghan", 7, "ADJ", "amod"},
                   {"capital", 2, "NOUN", "obl"}, {".", 2, "PUNCT", "punct"}});
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 1, "AFG", "USA", "181"));
  EXPECT_EQ(l.name, "Kabul");
  EXPECT_EQ(l.type, "city");
  EXPECT_EQ(b.article.text.substr(l.begin, l.end - l.begin), "Afghan capital");
  // "Troops fired in Venezuela 's capital ."
  Built v;
  AddSentence(&v, {{"Troops", 2, "NOUN", "nsubj"}, {"fired", 0, "VERB", "root"}, {"in", 6, "ADP", "case"},
                   {"Venezuela", 6, "PROPN", "nmod:poss"}, {"'s", 4, "PART", "case"}, {"capital", 2, "NOUN", "obl"},
                   {".", 2, "PUNCT", "punct"}});
  EXPECT_EQ(LocateOne(v, EventAt(v, 0, 1, "VEN", "VEN", "190")).name, "Caracas");
  EXPECT_EQ(Shipped().CountryByDemonym("South Korean")->iso3, "KOR");
  EXPECT_EQ(Shipped().CountryByDemonym("Martian"), nullptr);
}

TEST(EventLocator, TheCapitalIsTheStorysCountrys) {
  // Headline "Kenya braces for strike"; "Police arrested protesters in the capital ."
  Built b;
  b.article.title = "Kenya braces for strike";
  AddSentence(&b, {{"Police", 2, "NOUN", "nsubj"}, {"arrested", 0, "VERB", "root"}, {"protesters", 2, "NOUN", "obj"},
                   {"in", 6, "ADP", "case"}, {"the", 6, "DET", "det"}, {"capital", 2, "NOUN", "obl"},
                   {".", 2, "PUNCT", "punct"}});
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 1, "KEN", "KEN", "173"));
  EXPECT_EQ(l.name, "Nairobi");
  EXPECT_EQ(l.from, "sentence");
  EXPECT_EQ(b.article.text.substr(l.begin, l.end - l.begin), "the capital");
}

TEST(EventLocator, GeorgiaFollowsTheStory) {
  {
    Built b;
    AddSentence(&b, SaidIn("Georgia"));
    AddSentence(&b, {{"Protesters", 2, "NOUN", "nsubj"}, {"marched", 0, "VERB", "root"}, {"in", 4, "ADP", "case"},
                     {"Tbilisi", 2, "PROPN", "obl"}, {".", 2, "PUNCT", "punct"}});
    events::EventLocation l = LocateOne(b, EventAt(b, 0, 1, "RUS", "FRA", "040"));
    EXPECT_EQ(l.type, "country");
    EXPECT_EQ(l.country_iso3, "GEO");
  }
  {
    Built b;
    AddSentence(&b, SaidIn("Georgia"));
    AddSentence(&b, {{"Protesters", 2, "NOUN", "nsubj"}, {"marched", 0, "VERB", "root"}, {"in", 4, "ADP", "case"},
                     {"Atlanta", 2, "PROPN", "obl"}, {".", 2, "PUNCT", "punct"}});
    events::EventLocation l = LocateOne(b, EventAt(b, 0, 1, "USA", "FRA", "040"));
    EXPECT_EQ(l.type, "adm1");
    EXPECT_EQ(l.country_iso3, "USA");
    EXPECT_EQ(l.adm1_code, "GA");
  }
}

TEST(EventLocator, QualifiedPlaceIsTheOneInTheQualifier) {
  // "Officials met in Paris , Texas ."
  Built b;
  AddSentence(&b, {{"Officials", 2, "NOUN", "nsubj"}, {"met", 0, "VERB", "root"}, {"in", 4, "ADP", "case"},
                   {"Paris", 2, "PROPN", "obl"}, {",", 6, "PUNCT", "punct"}, {"Texas", 4, "PROPN", "appos"},
                   {".", 2, "PUNCT", "punct"}});
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 1, "USA", "FRA", "040"));
  EXPECT_EQ(l.name, "Paris");
  EXPECT_EQ(l.country_iso3, "USA");
  EXPECT_EQ(l.adm1, "Texas");
  Built plain;
  AddSentence(&plain, SaidIn("Paris"));
  EXPECT_EQ(LocateOne(plain, EventAt(plain, 0, 1, "USA", "GBR", "040")).country_iso3, "FRA");
}

TEST(EventLocator, WashingtonActingIsNoPlace) {
  // "Washington warned Moscow ." : both are actors, neither a place.
  Built b;
  AddSentence(&b, {{"Washington", 2, "PROPN", "nsubj"}, {"warned", 0, "VERB", "root"},
                   {"Moscow", 2, "PROPN", "obj"}, {".", 2, "PUNCT", "punct"}});
  actors::ActorMention w{0, 0, 10, 0, 0, "USAGOV", "USA", "GOV", "dictionary", "Washington", "organisation"};
  actors::ActorMention m{0, 18, 24, 2, 2, "RUSGOV", "RUS", "GOV", "dictionary", "Moscow", "organisation"};
  EXPECT_FALSE(LocateOne(b, EventAt(b, 0, 1, "USA", "RUS", "111"), {w, m}).known());
}

TEST(EventLocator, DatelineWhenTheEventIsLocalToIt) {
  Built b;
  b.article.dateline = "NAJAF, Iraq";
  b.article.text = "NAJAF, Iraq - ";
  b.article.body_begin = static_cast<uint32_t>(b.article.text.size());
  b.article.text.pop_back();
  AddSentence(&b, {{"Police", 2, "NOUN", "nsubj"}, {"arrested", 0, "VERB", "root"}, {"militants", 2, "NOUN", "obj"},
                   {".", 2, "PUNCT", "punct"}});
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 1, "IRQ", "IRQ", "173"));
  EXPECT_EQ(l.name, "Najaf");
  EXPECT_EQ(l.country_iso3, "IRQ");
  EXPECT_EQ(l.from, "dateline");
  EXPECT_EQ(l.begin, 0);
  EXPECT_EQ(l.end, 5);
  // Foreign actors' words: where they were reported from.
  EXPECT_EQ(LocateOne(b, EventAt(b, 0, 1, "FRA", "DEU", "046")).name, "Najaf");
  // Force against another country by one not of the dateline's: there.
  events::EventLocation elsewhere = LocateOne(b, EventAt(b, 0, 1, "FRA", "DEU", "190"));
  EXPECT_EQ(elsewhere.country_iso3, "DEU");
  EXPECT_EQ(elsewhere.from, "target");
}

TEST(EventLocator, MaterialConflictFallsBackToTheTargetCountry) {
  Built b;
  AddSentence(&b, {{"Israel", 2, "PROPN", "nsubj"}, {"attacked", 0, "VERB", "root"}, {"militants", 2, "NOUN", "obj"},
                   {".", 2, "PUNCT", "punct"}});
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 1, "ISR", "LBN", "190"));
  EXPECT_EQ(l.type, "country");
  EXPECT_EQ(l.country_iso3, "LBN");
  EXPECT_EQ(l.from, "target");
  EXPECT_FALSE(LocateOne(b, EventAt(b, 0, 1, "ISR", "LBN", "111")).known());  // Verbal: no fallback.
}

TEST(EventLocator, ActorsGetTheEventPlaceInTheirCountryElseTheirCountry) {
  Built b;
  AddSentence(&b, SaidIn("Sydney"));
  EventLocator locator(&Shipped());
  std::vector<events::Event> events{EventAt(b, 0, 1, "AUS", "CHN", "040")};
  locator.Locate(b.article, b.sentences, b.analyses, {}, &events);
  EXPECT_EQ(events[0].source.location.name, "Sydney");
  EXPECT_EQ(events[0].target.location.type, "country");
  EXPECT_EQ(events[0].target.location.country_iso3, "CHN");
  EXPECT_EQ(events[0].target.location.from, "actor");
  EXPECT_FALSE(locator.ActorLocation("---", events[0].location).known());
}

TEST(EventLocator, ACountrysActorsOnAnUnknownOneActAtHome) {
  // "Sharon rejected the army 's bid ." : Israel on an actor of no known
  // country (its own, as a rule) happened in Israel, words too.
  Built b;
  AddSentence(&b, {{"Sharon", 2, "PROPN", "nsubj"}, {"rejected", 0, "VERB", "root"}, {"the", 4, "DET", "det"},
                   {"army", 6, "NOUN", "nmod:poss"}, {"'s", 4, "PART", "case"}, {"bid", 2, "NOUN", "obj"},
                   {".", 2, "PUNCT", "punct"}});
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 1, "ISR", "---", "120"));
  EXPECT_EQ(l.country_iso3, "ISR");
  EXPECT_EQ(l.from, "actors");
  // On an international body or another country, words say nothing of place.
  EXPECT_FALSE(LocateOne(b, EventAt(b, 0, 1, "ISR", "IGO", "120")).known());
  EXPECT_FALSE(LocateOne(b, EventAt(b, 0, 1, "ISR", "FRA", "120")).known());
  // An unknown actor on a country itself ("parliament ratified ... Russia"):
  // that country; on its people (a code longer than the country's), no.
  EXPECT_EQ(LocateOne(b, EventAt(b, 0, 1, "---", "RUS", "057")).country_iso3, "RUS");
  events::Event kidnap = EventAt(b, 0, 1, "---", "FRA", "181");
  kidnap.target.code = "FRAMED";
  EXPECT_FALSE(LocateOne(b, kidnap).known());
}

TEST(EventLocator, ANationalityBeforeAPlaceNounIsTheCountry) {
  // "Soldiers shot three people at an Afghan checkpoint ."
  Built b;
  AddSentence(&b, {{"Soldiers", 2, "NOUN", "nsubj"}, {"shot", 0, "VERB", "root"}, {"three", 4, "NUM", "nummod"},
                   {"people", 2, "NOUN", "obj"}, {"at", 8, "ADP", "case"}, {"an", 8, "DET", "det"},
                   {"Afghan", 8, "ADJ", "amod"}, {"checkpoint", 2, "NOUN", "obl"}, {".", 2, "PUNCT", "punct"}});
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 1, "---", "---", "193"));
  EXPECT_EQ(l.country_iso3, "AFG");
  EXPECT_EQ(l.from, "sentence");
  EXPECT_EQ(b.article.text.substr(l.begin, l.end - l.begin), "Afghan checkpoint");
  // "Rebels took the demand from Iraqi officials ." : people, not a place.
  Built o;
  AddSentence(&o, {{"Rebels", 2, "NOUN", "nsubj"}, {"took", 0, "VERB", "root"}, {"the", 4, "DET", "det"},
                   {"demand", 2, "NOUN", "obj"}, {"from", 7, "ADP", "case"}, {"Iraqi", 7, "ADJ", "amod"},
                   {"officials", 2, "NOUN", "obl"}, {".", 2, "PUNCT", "punct"}});
  EXPECT_FALSE(LocateOne(o, EventAt(o, 0, 1, "---", "---", "193")).known());
}

TEST(EventLocator, CapitalsOpeningAStoryAreAnUnmarkedDateline) {
  // "BAGHDAD Iraq promised to free prisoners ." with no dateline read.
  Built b;
  AddSentence(&b, {{"BAGHDAD", 3, "PROPN", "compound"}, {"Iraq", 3, "PROPN", "nsubj"}, {"promised", 0, "VERB", "root"},
                   {"to", 5, "PART", "mark"}, {"free", 3, "VERB", "xcomp"}, {"prisoners", 5, "NOUN", "obj"},
                   {".", 3, "PUNCT", "punct"}});
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 2, "IRQ", "---", "057"));
  EXPECT_EQ(l.name, "Baghdad");
  EXPECT_EQ(l.from, "dateline");
  EXPECT_EQ(l.begin, 0);
  EXPECT_EQ(l.end, 7);
  // An acronym opening a story is no dateline; nor a headline in capitals.
  for (auto first : {std::vector<Word>{{"NATO", 2, "PROPN", "nsubj"}, {"warned", 0, "VERB", "root"},
                                       {"Serbia", 2, "PROPN", "obj"}, {".", 2, "PUNCT", "punct"}},
                     std::vector<Word>{{"PARIS", 2, "PROPN", "nsubj"}, {"WARNED", 0, "VERB", "root"},
                                       {"Serbia", 2, "PROPN", "obj"}, {".", 2, "PUNCT", "punct"}}}) {
    Built n;
    AddSentence(&n, first);
    EXPECT_FALSE(LocateOne(n, EventAt(n, 0, 1, "NLD", "SRB", "111")).known()) << n.article.text;
  }
}

TEST(EventLocator, WordsAreSaidWhereTheirSpeakersWere) {
  // "Meeting in Moscow , the leaders said they welcome the win ."
  Built b;
  AddSentence(&b, {{"Meeting", 7, "VERB", "advcl", "VBG"}, {"in", 3, "ADP", "case"}, {"Moscow", 1, "PROPN", "obl"},
                   {",", 7, "PUNCT", "punct"}, {"the", 6, "DET", "det"}, {"leaders", 7, "NOUN", "nsubj"},
                   {"said", 0, "VERB", "root"}, {"they", 9, "PRON", "nsubj"}, {"welcome", 7, "VERB", "ccomp"},
                   {"the", 11, "DET", "det"}, {"win", 9, "NOUN", "obj"}, {".", 7, "PUNCT", "punct"}});
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 8, "ITA", "USA", "051"));
  EXPECT_EQ(l.name, "Moscow");
  EXPECT_EQ(l.from, "sentence");
}

TEST(EventLocator, ADeportationIsNotWhereItSendsPeople) {
  // "WASHINGTON - The U.S. deported him to Syria ."
  Built b;
  b.article.dateline = "WASHINGTON";
  b.article.text = "WASHINGTON - ";
  b.article.body_begin = static_cast<uint32_t>(b.article.text.size());
  b.article.text.pop_back();
  AddSentence(&b, {{"The", 2, "DET", "det"}, {"U.S.", 3, "PROPN", "nsubj"}, {"deported", 0, "VERB", "root"},
                   {"him", 3, "PRON", "obj"}, {"to", 6, "ADP", "case"}, {"Syria", 3, "PROPN", "obl"},
                   {".", 3, "PUNCT", "punct"}});
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 2, "USA", "CAN", "174"));
  EXPECT_EQ(l.name, "Washington");
  EXPECT_EQ(l.from, "dateline");
}

TEST(EventLocator, TheNamedSettlementOfACityOfPhrase) {
  // "Jets bombed the rebel-held city of Fallujah ." (an object)
  Built b;
  AddSentence(&b, {{"Jets", 2, "NOUN", "nsubj"}, {"bombed", 0, "VERB", "root"}, {"the", 5, "DET", "det"},
                   {"rebel-held", 5, "ADJ", "amod"}, {"city", 2, "NOUN", "obj"}, {"of", 7, "ADP", "case"},
                   {"Fallujah", 5, "PROPN", "nmod"}, {".", 2, "PUNCT", "punct"}});
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 1, "USA", "IRQ", "195"));
  EXPECT_EQ(l.name, "Al Fallūjah");
  EXPECT_EQ(l.from, "sentence");
  // "Troops demolished homes in the southern Gaza Strip town of Rafah ."
  Built r;
  AddSentence(&r, {{"Troops", 2, "NOUN", "nsubj"}, {"demolished", 0, "VERB", "root"}, {"homes", 2, "NOUN", "obj"},
                   {"in", 10, "ADP", "case"}, {"the", 10, "DET", "det"}, {"southern", 10, "ADJ", "amod"},
                   {"Gaza", 8, "PROPN", "compound"}, {"Strip", 9, "PROPN", "compound"}, {"town", 10, "NOUN", "compound"},
                   {"of", 11, "ADP", "case"}, {"Rafah", 2, "PROPN", "obl"}, {".", 2, "PUNCT", "punct"}});
  events::EventLocation rafah = LocateOne(r, EventAt(r, 0, 1, "ISR", "PSE", "1712"));
  EXPECT_EQ(rafah.type, "city");
  EXPECT_EQ(r.article.text.substr(rafah.begin, rafah.end - rafah.begin), "Rafah");
}

TEST(EventLocator, TheNearestNamedPlaceOfARelativePosition) {
  // "Police were killed in a town northeast of Riyadh ."
  Built b;
  AddSentence(&b, {{"Police", 3, "NOUN", "nsubj:pass"}, {"were", 3, "AUX", "aux:pass"}, {"killed", 0, "VERB", "root"},
                   {"in", 6, "ADP", "case"}, {"a", 6, "DET", "det"}, {"town", 3, "NOUN", "obl"},
                   {"northeast", 6, "ADV", "advmod"}, {"of", 9, "ADP", "case"}, {"Riyadh", 7, "PROPN", "obl"},
                   {".", 3, "PUNCT", "punct"}});
  EXPECT_EQ(LocateOne(b, EventAt(b, 0, 2, "---", "SAU", "190")).name, "Riyadh");
  // "Bombs exploded 20 km south of Kirkuk ."
  Built k;
  AddSentence(&k, {{"Bombs", 2, "NOUN", "nsubj"}, {"exploded", 0, "VERB", "root"}, {"20", 4, "NUM", "nummod"},
                   {"km", 5, "NOUN", "obl:npmod"}, {"south", 2, "ADV", "advmod"}, {"of", 7, "ADP", "case"},
                   {"Kirkuk", 5, "PROPN", "obl"}, {".", 2, "PUNCT", "punct"}});
  EXPECT_EQ(LocateOne(k, EventAt(k, 0, 1, "---", "IRQ", "183")).country_iso3, "IRQ");
}

TEST(EventLocator, APlaceInsideAnAgentsNameIsStillAPlace) {
  // "Troops fired at vendors in Venezuela 's capital ." with the agent
  // mention "vendors in Venezuela": the capital is where it happened.
  Built b;
  AddSentence(&b, {{"Troops", 2, "NOUN", "nsubj"}, {"fired", 0, "VERB", "root"}, {"at", 4, "ADP", "case"},
                   {"vendors", 2, "NOUN", "obl"}, {"in", 8, "ADP", "case"}, {"Venezuela", 8, "PROPN", "nmod:poss"},
                   {"'s", 6, "PART", "case"}, {"capital", 4, "NOUN", "nmod"}, {".", 2, "PUNCT", "punct"}});
  actors::ActorMention vendors{0, 17, 36, 3, 5, "VENBUS", "VEN", "BUS", "agent", "vendors in Venezuela", "agent"};
  EXPECT_EQ(LocateOne(b, EventAt(b, 0, 1, "VEN", "VEN", "190"), {vendors}).name, "Caracas");
  // A mention that is the name itself is no place: "a letter from Obama".
  Built o;
  AddSentence(&o, {{"Iran", 2, "PROPN", "nsubj"}, {"got", 0, "VERB", "root"}, {"a", 4, "DET", "det"},
                   {"letter", 2, "NOUN", "obj"}, {"from", 6, "ADP", "case"}, {"Paris", 4, "PROPN", "nmod"},
                   {".", 2, "PUNCT", "punct"}});
  actors::ActorMention paris{0, 23, 28, 5, 5, "---ELI", "---", "ELI", "dictionary", "Paris", "person"};
  EXPECT_FALSE(LocateOne(o, EventAt(o, 0, 1, "IRN", "USA", "041"), {paris}).known());
}

TEST(EventLocator, TheNationalitysCityIsTheOneTheStoryNames) {
  // Headline "Troops move toward Fallujah"; "Rebels clashed near the Iraqi city ."
  Built b;
  b.article.title = "Troops move toward Fallujah";
  AddSentence(&b, {{"Rebels", 2, "NOUN", "nsubj"}, {"clashed", 0, "VERB", "root"}, {"near", 6, "ADP", "case"},
                   {"the", 6, "DET", "det"}, {"Iraqi", 6, "ADJ", "amod"}, {"city", 2, "NOUN", "obl"},
                   {".", 2, "PUNCT", "punct"}});
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 1, "USA", "---", "190"));
  EXPECT_EQ(l.name, "Al Fallūjah");
  EXPECT_EQ(l.from, "sentence");
}

// The actor of an event as the coder would give it: code, sector and the
// bytes of its mention's text in the article.
void SetActor(const Built& b, events::EventActor* actor, const std::string& code, const std::string& text) {
  actor->code = code;
  actor->country = code.substr(0, 3);
  actor->sector = code.size() > 3 ? code.substr(3) : "";
  const size_t at = b.article.text.find(text);
  ASSERT_NE(at, std::string::npos) << text;
  actor->begin = static_cast<uint32_t>(at);
  actor->end = static_cast<uint32_t>(at + text.size());
  actor->text = text;
}

void SetDateline(Built* b, const char* place) {
  b->article.dateline = place;
  b->article.text = std::string(place) + " - ";
  b->article.body_begin = static_cast<uint32_t>(b->article.text.size());
  b->article.text.pop_back();
}

TEST(EventLocator, ABodyInSessionActsAtItsSeat) {
  // "NAIROBI - The UN Security Council condemned Rwanda ."
  Built b;
  SetDateline(&b, "NAIROBI");
  AddSentence(&b, {{"The", 4, "DET", "det"}, {"UN", 4, "PROPN", "compound"}, {"Security", 4, "PROPN", "compound"},
                   {"Council", 5, "PROPN", "nsubj"}, {"condemned", 0, "VERB", "root"}, {"Rwanda", 5, "PROPN", "obj"},
                   {".", 5, "PUNCT", "punct"}});
  events::Event e = EventAt(b, 0, 4, "IGO", "RWA", "111");
  SetActor(b, &e.source, "IGOUNO", "The UN Security Council");
  events::EventLocation l = LocateOne(b, e);
  EXPECT_EQ(l.name, "New York City");
  EXPECT_EQ(l.from, "actors");
  // A building standing for a government is no seat of its words: "The
  // Kremlin said" keeps the dateline.
  Built k;
  SetDateline(&k, "NAIROBI");
  AddSentence(&k, {{"The", 2, "DET", "det"}, {"Kremlin", 3, "PROPN", "nsubj"}, {"criticized", 0, "VERB", "root"},
                   {"Rwanda", 3, "PROPN", "obj"}, {".", 3, "PUNCT", "punct"}});
  events::Event said = EventAt(k, 0, 2, "RUS", "RWA", "111");
  SetActor(k, &said.source, "RUSGOV", "The Kremlin");
  EXPECT_EQ(LocateOne(k, said).name, "Nairobi");
  // But "talks at the Kremlin" were in Moscow.
  Built t;
  AddSentence(&t, {{"Leaders", 2, "NOUN", "nsubj"}, {"met", 0, "VERB", "root"}, {"at", 5, "ADP", "case"},
                   {"the", 5, "DET", "det"}, {"Kremlin", 2, "PROPN", "obl"}, {".", 2, "PUNCT", "punct"}});
  events::EventLocation moscow = LocateOne(t, EventAt(t, 0, 1, "RUS", "FRA", "040"));
  EXPECT_EQ(moscow.name, "Moscow");
  EXPECT_EQ(moscow.from, "sentence");
  EXPECT_EQ(t.article.text.substr(moscow.begin, moscow.end - moscow.begin), "Kremlin");
}

TEST(EventLocator, ABodyIsAddressedAtItsSeat) {
  // "Allawi will address the US Congress ." (a statement to it, 010)
  Built b;
  AddSentence(&b, {{"Allawi", 3, "PROPN", "nsubj"}, {"will", 3, "AUX", "aux"}, {"address", 0, "VERB", "root"},
                   {"the", 6, "DET", "det"}, {"US", 6, "PROPN", "compound"}, {"Congress", 3, "PROPN", "obj"},
                   {".", 3, "PUNCT", "punct"}});
  events::Event e = EventAt(b, 0, 2, "IRQ", "USA", "010");
  SetActor(b, &e.target, "USALEG", "the US Congress");
  EXPECT_EQ(LocateOne(b, e).name, "Washington");
  // Words to it are said anywhere.
  events::Event urged = EventAt(b, 0, 2, "IRQ", "USA", "020");
  SetActor(b, &urged.target, "USALEG", "the US Congress");
  EXPECT_FALSE(LocateOne(b, urged).known());
}

TEST(EventLocator, APlaceInAMentionOfAPlaceIsAPlace) {
  // "Troops destroyed buildings in a Gaza refugee camp ." where the actors'
  // dictionary read "a Gaza refugee camp" as people.
  Built b;
  AddSentence(&b, {{"Troops", 2, "NOUN", "nsubj"}, {"destroyed", 0, "VERB", "root"}, {"buildings", 2, "NOUN", "obj"},
                   {"in", 8, "ADP", "case"}, {"a", 8, "DET", "det"}, {"Gaza", 8, "PROPN", "compound"},
                   {"refugee", 8, "NOUN", "compound"}, {"camp", 3, "NOUN", "nmod"}, {".", 2, "PUNCT", "punct"}});
  const uint32_t at = static_cast<uint32_t>(b.article.text.find("a Gaza"));
  actors::ActorMention camp{0, at, at + 19, 4, 7, "PSEGZAREF", "PSE", "GZAREF", "agent", "Gaza refugee", "agent"};
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 1, "ISR", "PSE", "1712"), {camp});
  EXPECT_EQ(l.country_iso3, "PSE");
  EXPECT_EQ(b.article.text.substr(l.begin, l.end - l.begin), "Gaza");
}

TEST(EventLocator, AStateDeportsAndExpelsFromItsOwnSoil) {
  // "NEW DELHI - Mexican authorities deported 300 Indians ."
  Built b;
  SetDateline(&b, "NEW DELHI");
  AddSentence(&b, {{"Mexican", 2, "ADJ", "amod"}, {"authorities", 3, "NOUN", "nsubj"}, {"deported", 0, "VERB", "root"},
                   {"300", 5, "NUM", "nummod"}, {"Indians", 3, "PROPN", "obj"}, {".", 3, "PUNCT", "punct"}});
  events::Event e = EventAt(b, 0, 2, "MEX", "IND", "174");
  SetActor(b, &e.source, "MEXGOV", "Mexican authorities");
  events::EventLocation l = LocateOne(b, e);
  EXPECT_EQ(l.country_iso3, "MEX");
  EXPECT_EQ(l.from, "actors");
  e.code = "1663";  // Expelled aid agencies.
  e.root_code = "16";
  EXPECT_EQ(LocateOne(b, e).country_iso3, "MEX");
  // A news agency as source (a miscoding) is no state: the dateline stands.
  SetActor(b, &e.source, "GBRMED", "Mexican authorities");
  e.code = "174";
  e.root_code = "17";
  EXPECT_EQ(LocateOne(b, e).name, "New Delhi");
}

TEST(EventLocator, ForceOnACountrysPeopleKeepsTheDateline) {
  // "BAGHDAD - Militants kidnapped two French journalists ."
  Built b;
  SetDateline(&b, "BAGHDAD");
  AddSentence(&b, {{"Militants", 2, "NOUN", "nsubj"}, {"kidnapped", 0, "VERB", "root"}, {"two", 5, "NUM", "nummod"},
                   {"French", 5, "ADJ", "amod"}, {"journalists", 2, "NOUN", "obj"}, {".", 2, "PUNCT", "punct"}});
  events::Event e = EventAt(b, 0, 1, "---", "FRA", "181");
  e.target.code = "FRAMED";
  e.target.sector = "MED";
  EXPECT_EQ(LocateOne(b, e).name, "Baghdad");
  // Force on its state is elsewhere: "WASHINGTON - Israel struck Lebanon".
  Built w;
  SetDateline(&w, "WASHINGTON");
  AddSentence(&w, {{"Israel", 2, "PROPN", "nsubj"}, {"struck", 0, "VERB", "root"}, {"Lebanon", 2, "PROPN", "obj"},
                   {".", 2, "PUNCT", "punct"}});
  EXPECT_EQ(LocateOne(w, EventAt(w, 0, 1, "ISR", "LBN", "190")).country_iso3, "LBN");
}

TEST(EventLocator, SanctionsAndWordsAreNotWhereTheirObjectIs) {
  // "The council imposed an embargo on Ivory Coast ."
  Built b;
  AddSentence(&b, {{"The", 2, "DET", "det"}, {"council", 3, "NOUN", "nsubj"}, {"imposed", 0, "VERB", "root"},
                   {"an", 5, "DET", "det"}, {"embargo", 3, "NOUN", "obj"}, {"on", 8, "ADP", "case"},
                   {"Ivory", 8, "PROPN", "compound"}, {"Coast", 5, "PROPN", "nmod"}, {".", 3, "PUNCT", "punct"}});
  // Not at the sentence's place (other rules may still put it in the
  // country: an unnamed actor acting on a country itself).
  EXPECT_NE(LocateOne(b, EventAt(b, 0, 2, "---", "CIV", "163")).from, "sentence");
  EXPECT_EQ(LocateOne(b, EventAt(b, 0, 2, "FRA", "CIV", "163")).from, "target");
  // "Annan condemned attacks in Congo ." : the topic, not where it was said.
  Built c;
  AddSentence(&c, {{"Annan", 2, "PROPN", "nsubj"}, {"condemned", 0, "VERB", "root"}, {"attacks", 2, "NOUN", "obj"},
                   {"in", 5, "ADP", "case"}, {"Congo", 3, "PROPN", "nmod"}, {".", 2, "PUNCT", "punct"}});
  EXPECT_FALSE(LocateOne(c, EventAt(c, 0, 1, "IGO", "COD", "111")).known());
  // "Kidnappers in Iraq threatened him ." : the speakers' place is.
  Built k;
  AddSentence(&k, {{"Kidnappers", 4, "NOUN", "nsubj"}, {"in", 3, "ADP", "case"}, {"Iraq", 1, "PROPN", "nmod"},
                   {"threatened", 0, "VERB", "root"}, {"him", 4, "PRON", "obj"}, {".", 4, "PUNCT", "punct"}});
  EXPECT_EQ(LocateOne(k, EventAt(k, 0, 3, "---", "---", "138")).country_iso3, "IRQ");
}

TEST(EventLocator, ACountryBeforeANounIsANationality) {
  // "Insurgents struck at United States and Iraqi outposts across Iraq ."
  // with a parse that hangs "States" elsewhere.
  Built b;
  AddSentence(&b, {{"Insurgents", 2, "NOUN", "nsubj"}, {"struck", 0, "VERB", "root"}, {"at", 5, "ADP", "case"},
                   {"United", 5, "ADJ", "amod"}, {"States", 2, "PROPN", "obl"}, {"and", 8, "CCONJ", "cc"},
                   {"Iraqi", 8, "ADJ", "amod"}, {"outposts", 5, "NOUN", "conj"}, {"across", 10, "ADP", "case"},
                   {"Iraq", 8, "PROPN", "nmod"}, {".", 2, "PUNCT", "punct"}});
  EXPECT_EQ(LocateOne(b, EventAt(b, 0, 1, "---", "USA", "190")).country_iso3, "IRQ");
}

TEST(EventLocator, APlaceOfAClauseTellingOfAnotherActIsNotTheEvents) {
  // "A Jordanian court jailed a militant for financing bombings in Iraq ."
  Built b;
  AddSentence(&b, {{"A", 3, "DET", "det"}, {"Jordanian", 3, "ADJ", "amod"}, {"court", 4, "NOUN", "nsubj"},
                   {"jailed", 0, "VERB", "root"}, {"a", 6, "DET", "det"}, {"militant", 4, "NOUN", "obj"},
                   {"for", 8, "SCONJ", "mark"}, {"financing", 4, "VERB", "advcl", "VBG"},
                   {"bombings", 8, "NOUN", "obj"}, {"in", 11, "ADP", "case"}, {"Iraq", 8, "PROPN", "obl"},
                   {".", 4, "PUNCT", "punct"}});
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 3, "JOR", "---", "173"));
  EXPECT_EQ(l.country_iso3, "JOR");
  EXPECT_EQ(l.from, "actors");
  // "Peacekeepers fired on troops trying to enter Congo from Rwanda ." :
  // the participle describes the troops.
  Built t;
  AddSentence(&t, {{"Peacekeepers", 2, "NOUN", "nsubj"}, {"fired", 0, "VERB", "root"}, {"on", 4, "ADP", "case"},
                   {"troops", 2, "NOUN", "obl"}, {"trying", 2, "VERB", "advcl", "VBG"}, {"to", 7, "PART", "mark"},
                   {"enter", 5, "VERB", "xcomp", "VB"}, {"Congo", 7, "PROPN", "obj"}, {"from", 10, "ADP", "case"},
                   {"Rwanda", 7, "PROPN", "obl"}, {".", 2, "PUNCT", "punct"}});
  EXPECT_NE(LocateOne(t, EventAt(t, 0, 1, "COD", "---", "190")).country_iso3, "RWA");
  // But a result after a comma shares the act's place: "A bomber struck a
  // checkpoint , killing soldiers in Samarra ."
  Built r;
  AddSentence(&r, {{"A", 2, "DET", "det"}, {"bomber", 3, "NOUN", "nsubj"}, {"struck", 0, "VERB", "root"},
                   {"a", 5, "DET", "det"}, {"checkpoint", 3, "NOUN", "obj"}, {",", 7, "PUNCT", "punct"},
                   {"killing", 5, "VERB", "acl", "VBG"}, {"soldiers", 7, "NOUN", "obj"}, {"in", 10, "ADP", "case"},
                   {"Samarra", 8, "PROPN", "nmod"}, {".", 3, "PUNCT", "punct"}});
  EXPECT_EQ(LocateOne(r, EventAt(r, 0, 2, "---", "USA", "1832")).country_iso3, "IRQ");
}

TEST(EventLocator, AnEnvoySpeaksWhereHeIsPosted) {
  // "China 's ambassador to Britain accused the UK ."
  Built b;
  AddSentence(&b, {{"China", 3, "PROPN", "nmod:poss"}, {"'s", 1, "PART", "case"}, {"ambassador", 6, "NOUN", "nsubj"},
                   {"to", 5, "ADP", "case"}, {"Britain", 3, "PROPN", "nmod"}, {"accused", 0, "VERB", "root"},
                   {"the", 8, "DET", "det"}, {"UK", 6, "PROPN", "obj"}, {".", 6, "PUNCT", "punct"}});
  EXPECT_EQ(LocateOne(b, EventAt(b, 0, 5, "CHN", "GBR", "112")).country_iso3, "GBR");
}

TEST(EventLocator, ACompassWordNamesARegionWhenTheGazetteerHasIt) {
  auto where = [](const char* compass, const char* name, const char* after) {
    // "Troops attacked towns in COMPASS NAME AFTER ."
    Built b;
    AddSentence(&b, {{"Troops", 2, "NOUN", "nsubj"}, {"attacked", 0, "VERB", "root"}, {"towns", 2, "NOUN", "obj"},
                     {"in", 6, "ADP", "case"}, {compass, 6, "ADJ", "amod"}, {name, 3, "PROPN", "nmod"},
                     {after, 2, "NOUN", "obl"}, {".", 2, "PUNCT", "punct"}});
    return LocateOne(b, EventAt(b, 0, 1, "---", "---", "190"));
  };
  events::EventLocation south = where("southern", "Darfur", "today");
  EXPECT_EQ(south.name, "Southern Darfur");
  EXPECT_EQ(south.type, "adm1");
  // "the western Darfur region" is Darfur, in the west: the five states.
  events::EventLocation darfur = where("western", "Darfur", "region");
  EXPECT_EQ(darfur.name, "Darfur");
  EXPECT_EQ(darfur.type, "adm1");
  EXPECT_EQ(darfur.country_iso3, "SDN");
  EXPECT_EQ(darfur.adm1_code, "");
  EXPECT_EQ(where("northern", "Iraq", "today").name, "Iraq");
}

TEST(EventLocator, ThePresidentialPalaceIsInTheCapital) {
  // "They talked with Karzai at his presidential palace ." (no dateline)
  Built b;
  AddSentence(&b, {{"They", 2, "PRON", "nsubj"}, {"talked", 0, "VERB", "root"}, {"with", 4, "ADP", "case"},
                   {"Karzai", 2, "PROPN", "obl"}, {"at", 8, "ADP", "case"}, {"his", 8, "PRON", "nmod:poss"},
                   {"presidential", 8, "ADJ", "amod"}, {"palace", 2, "NOUN", "obl"}, {".", 2, "PUNCT", "punct"}});
  const uint32_t at = static_cast<uint32_t>(b.article.text.find("Karzai"));
  actors::ActorMention karzai{0, at, at + 6, 3, 3, "AFGGOV", "AFG", "GOV", "dictionary", "Karzai", "person"};
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 1, "IGO", "AFG", "040"), {karzai});
  EXPECT_EQ(l.name, "Kabul");
  EXPECT_EQ(b.article.text.substr(l.begin, l.end - l.begin), "presidential palace");
}

TEST(EventLocator, CourtsAndPoliceChargeAtHome) {
  // "The Justice Department charged Assange over files on Afghanistan ."
  // (the target miscoded as AFG), with no dateline.
  Built b;
  AddSentence(&b, {{"The", 3, "DET", "det"}, {"Justice", 3, "PROPN", "compound"}, {"Department", 4, "PROPN", "nsubj"},
                   {"charged", 0, "VERB", "root"}, {"Assange", 4, "PROPN", "obj"}, {".", 4, "PUNCT", "punct"}});
  events::Event e = EventAt(b, 0, 3, "USA", "AFG", "173");
  SetActor(b, &e.source, "USAGOV", "The Justice Department");
  EXPECT_EQ(LocateOne(b, e).country_iso3, "USA");
  // Armed forces detain abroad.
  SetActor(b, &e.source, "USAMIL", "The Justice Department");
  EXPECT_NE(LocateOne(b, e).country_iso3, "USA");
}

TEST(EventLocator, TheNameAfterCapitalAndACommaIsThePlace) {
  // "Talks in Indias capital , New Delhi , ended ." (the apostrophe lost)
  Built b;
  AddSentence(&b, {{"Talks", 8, "NOUN", "nsubj"}, {"in", 4, "ADP", "case"}, {"Indias", 4, "PROPN", "compound"},
                   {"capital", 1, "NOUN", "nmod"}, {",", 6, "PUNCT", "punct"}, {"New", 7, "PROPN", "compound"},
                   {"Delhi", 4, "PROPN", "appos"}, {",", 6, "PUNCT", "punct"}, {"ended", 0, "VERB", "root"},
                   {".", 9, "PUNCT", "punct"}});
  EXPECT_EQ(LocateOne(b, EventAt(b, 0, 8, "IND", "PAK", "046")).name, "New Delhi");
}

TEST(EventLocator, WordsOfActorsOfNoKnownCountryAreWhereTheStoryIs) {
  // Headline "Hostage held in Iraq"; "Insurgents threatened to kill the man ."
  Built b;
  b.article.title = "Hostage held in Iraq";
  AddSentence(&b, {{"Insurgents", 2, "NOUN", "nsubj"}, {"threatened", 0, "VERB", "root"}, {"to", 4, "PART", "mark"},
                   {"kill", 2, "VERB", "xcomp"}, {"the", 6, "DET", "det"}, {"man", 4, "NOUN", "obj"},
                   {".", 2, "PUNCT", "punct"}});
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 1, "---", "---", "1383"));
  EXPECT_EQ(l.country_iso3, "IRQ");
  EXPECT_EQ(l.from, "article");
  // Not words of a country's actors (at home, by another rule), nor words
  // to a region's governments.
  EXPECT_EQ(LocateOne(b, EventAt(b, 0, 1, "GBR", "---", "1383")).country_iso3, "GBR");
  EXPECT_FALSE(LocateOne(b, EventAt(b, 0, 1, "---", "EUR", "1383")).known());
}

TEST(EventLocator, APlaceAfterALowerCaseArabicArticle) {
  // "Marines attacked insurgents in al-Anbar ."
  Built b;
  AddSentence(&b, {{"Marines", 2, "NOUN", "nsubj"}, {"attacked", 0, "VERB", "root"}, {"insurgents", 2, "NOUN", "obj"},
                   {"in", 7, "ADP", "case"}, {"al", 7, "PROPN", "compound", "_", true},
                   {"-", 7, "PUNCT", "punct", "_", true}, {"Anbar", 2, "PROPN", "obl"}, {".", 2, "PUNCT", "punct"}});
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 1, "USA", "---", "190"));
  EXPECT_EQ(l.name, "Anbar");
  EXPECT_EQ(l.from, "sentence");
  EXPECT_EQ(b.article.text.substr(0, 40).find("al-Anbar") != std::string::npos, true);
}

TEST(EventLocator, AVillagesNameInsideALongerNameIsNoPlace) {
  // "ATLANTA - Candidates campaigned in the Palmetto State ." : Palmetto,
  // Georgia, is a village; "the Palmetto State" is South Carolina's
  // nickname.
  Built b;
  SetDateline(&b, "ATLANTA");
  AddSentence(&b, {{"Candidates", 2, "NOUN", "nsubj"}, {"campaigned", 0, "VERB", "root"}, {"in", 6, "ADP", "case"},
                   {"the", 6, "DET", "det"}, {"Palmetto", 6, "PROPN", "compound"}, {"State", 2, "PROPN", "obl"},
                   {".", 2, "PUNCT", "punct"}});
  events::EventLocation l = LocateOne(b, EventAt(b, 0, 1, "USA", "USA", "140"));
  EXPECT_EQ(l.name, "Atlanta");
  EXPECT_EQ(l.from, "dateline");
  // A city of known size keeps its name: "at Baghdad Airport".
  Built k;
  AddSentence(&k, {{"Troops", 2, "NOUN", "nsubj"}, {"clashed", 0, "VERB", "root"}, {"at", 5, "ADP", "case"},
                   {"Baghdad", 5, "PROPN", "compound"}, {"Airport", 2, "PROPN", "obl"}, {".", 2, "PUNCT", "punct"}});
  EXPECT_EQ(LocateOne(k, EventAt(k, 0, 1, "USA", "---", "190")).name, "Baghdad");
}

}  // namespace
}  // namespace dyad::geo
