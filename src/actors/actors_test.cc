// The actors stage: dictionary reading and checking, matching, and
// recognition in parsed sentences with the shipped tagger and parser
// ($DYAD_HOME, set by ctest to the source tree) and testdata/test.dict.
#include "actors/actors.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "actors/code_table.h"
#include "actors/name_matcher.h"
#include "actors/native_reader.h"
#include "actors/recognizer.h"
#include "nlp/nlp.h"

namespace dyad::actors {
namespace {

using ::testing::HasSubstr;

std::string Home() {
  const char* home = std::getenv("DYAD_HOME");
  return home != nullptr && *home != '\0' ? home : ".";
}

const CodeTable& Codes() {
  static const CodeTable table = [] {
    std::ifstream in(Home() + "/data/cameo/codes.tsv");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto t = CodeTable::Parse(text, "codes.tsv");
    EXPECT_TRUE(t.ok()) << t.status().ToString();
    return *t;
  }();
  return table;
}

// --- The native format ---

struct Read {
  DictionaryFile file;
  CollectingDiagnostics diag;
  std::vector<std::string> problems() const {
    std::vector<std::string> out;
    for (const auto& e : diag.entries()) out.push_back(std::to_string(e.line) + ": " + e.reason);
    return out;
  }
};

std::unique_ptr<Read> ReadText(const std::string& text) {
  auto r = std::make_unique<Read>();
  r->file = ReadNativeDictionary(text, "t.dict", &Codes(), &r->diag);
  return r;
}

TEST(NativeDictionary, ReadsEntriesCodesRangesAndFlags) {
  auto r = ReadText(
      "# comment\n"
      "@kind person\n"
      "David Cameron | Cameron   # trailing comment\n"
      "    GBRGOV 2010-05-11..2016-07-13\n"
      "    GBROPP 2005-12..2010-05-10\n"
      "    GBRELI\n"
      "    also Dave Cameron\n"
      "@kind country\n"
      "Georgia | Georgian = GEO\n"
      "    when Atlanta | Brian Kemp = USA\n"
      "    cased\n");
  EXPECT_EQ(r->diag.error_count(), 0) << ::testing::PrintToString(r->problems());
  ASSERT_EQ(r->file.entries.size(), 2u);
  const DictionaryEntry& cameron = r->file.entries[0];
  EXPECT_EQ(cameron.kind, EntryKind::kPerson);
  EXPECT_THAT(cameron.names, ::testing::ElementsAre("David Cameron", "Cameron", "Dave Cameron"));
  ASSERT_EQ(cameron.codes.size(), 3u);
  EXPECT_EQ(cameron.codes[0].from, 20100511);
  EXPECT_EQ(cameron.codes[0].to, 20160713);
  EXPECT_EQ(cameron.codes[1].from, 20051201);  // A month starts on its first day...
  EXPECT_FALSE(cameron.codes[2].ranged);
  const DictionaryEntry& georgia = r->file.entries[1];
  EXPECT_TRUE(georgia.cased);
  ASSERT_EQ(georgia.readings.size(), 1u);
  EXPECT_THAT(georgia.readings[0].cues, ::testing::ElementsAre("Atlanta", "Brian Kemp"));
  EXPECT_EQ(georgia.readings[0].code.code, "USA");
}

TEST(NativeDictionary, OpenRangesAndMonthEnds) {
  auto r = ReadText("@kind person\nA B\n    USAGOV ..2001-02\n    USAELI 2001-03..\n");
  ASSERT_EQ(r->file.entries.size(), 1u);
  EXPECT_EQ(r->file.entries[0].codes[0].from, kOpenStart);
  EXPECT_EQ(r->file.entries[0].codes[0].to, 20010228);  // ...and a closing month on its last.
  EXPECT_EQ(r->file.entries[0].codes[1].to, kOpenEnd);
}

TEST(NativeDictionary, ReportsEachProblemWithItsLine) {
  auto r = ReadText(
      "Orphan = USA\n"                        // 1: before @kind
      "@kind persn\n"                          // 2: unknown kind
      "@kind person\n"                         // 3
      "Inverted\n"                             // 4
      "    USAGOV 2016..2010\n"                // 5: inverted
      "Overlapping\n"                          // 6
      "    USAGOV 2001..2005\n"                // 7
      "    USAGOV 2004..2008\n"                // 8: overlaps 7
      "Two Defaults\n"                         // 9
      "    USAGOV\n"                           // 10
      "    USAELI\n"                           // 11: second unranged
      "Unknown Code = XQZGOV\n"                // 12: unknown part
      "Bad Date\n"                             // 13
      "    USAGOV 2001-13-01..\n"              // 14: month 13
      "Empty || Name = USA\n"                  // 15: empty name
      "Good One | good one = USA\n"            // 16: duplicate in entry
      "@kind agent\n"                          // 17
      "soldier = USAMIL\n"                     // 18: agents take sectors only
      "No Code\n");                            // 19: no code
  EXPECT_THAT(r->problems(),
              ::testing::ElementsAre(
                  HasSubstr("1: entry before any `@kind`"), HasSubstr("2: unknown kind"),
                  HasSubstr("5: inverted date range"), HasSubstr("8: date range overlaps the one on line 7"),
                  HasSubstr("11: second code without a date range"), HasSubstr("12: unknown code part \"XQZ\""),
                  HasSubstr("14: bad date"), HasSubstr("15: empty name"),
                  HasSubstr("18: agent code \"USAMIL\" names a country"),
                  HasSubstr("19: entry has no code")));
  // Entries without problems are still read.
  std::vector<const DictionaryFile*> files = {&r->file};
  CollectingDiagnostics dup;
  ReportDuplicateNames(files, &dup);
  ASSERT_EQ(dup.entries().size(), 1u);
  EXPECT_THAT(dup.entries()[0].reason, HasSubstr("duplicate name \"good one\" in the same entry"));
}

TEST(NativeDictionary, DuplicatesAcrossFilesNameBothPlaces) {
  auto a = ReadText("@kind person\nSergei Lavrov = RUSGOV\n");
  a->file.path = "a.dict";
  auto b = ReadText("@kind person\n\nsergei   lavrov = RUSELI\n@kind country\nSergei Lavrov = RUS\n");
  b->file.path = "b.dict";
  CollectingDiagnostics diag;
  ReportDuplicateNames({&a->file, &b->file}, &diag);
  ASSERT_EQ(diag.entries().size(), 1u);  // Same name in another kind is allowed.
  EXPECT_EQ(diag.entries()[0].file, "b.dict");
  EXPECT_EQ(diag.entries()[0].line, 3);
  EXPECT_THAT(diag.entries()[0].reason, HasSubstr("also at a.dict:2"));
}

TEST(CodeTable, ChecksParts) {
  EXPECT_EQ(Codes().Check("USAGOV", false), "");
  EXPECT_EQ(Codes().Check("PSEREBHMS", false), "");
  EXPECT_EQ(Codes().Check("IGOUNO", false), "");
  EXPECT_EQ(Codes().Check("---OPPMUS", false), "");
  EXPECT_EQ(Codes().Check("GOVMIL", true), "");
  EXPECT_THAT(Codes().Check("USAGO", false), HasSubstr("three-letter"));
  EXPECT_THAT(Codes().Check("GOVUSA", false), HasSubstr("must start with a country"));
  EXPECT_THAT(Codes().Check("usagov", false), HasSubstr("capitals"));
  EXPECT_THAT(Codes().Check("GOV---", true), HasSubstr("may only stand first"));
}

TEST(DictionaryDates, IsoForms) {
  int32_t d = 0;
  EXPECT_TRUE(ParseIsoDate("2024-02-29", false, &d));
  EXPECT_EQ(d, 20240229);
  EXPECT_FALSE(ParseIsoDate("2023-02-29", false, &d));
  EXPECT_TRUE(ParseIsoDate("2023", true, &d));
  EXPECT_EQ(d, 20231231);
  EXPECT_FALSE(ParseIsoDate("23-01-01", false, &d));
  EXPECT_FALSE(ParseIsoDate("2023-1-1", false, &d));
}

TEST(Codes, CombineAndDate) {
  EXPECT_EQ(CombineCodes("RUS", "GOVMIL"), "RUSGOVMIL");
  EXPECT_EQ(CombineCodes("USAGOV", "GOV"), "USAGOV");
  EXPECT_EQ(CombineCodes("IGOUNO", "MIL"), "IGOUNOMIL");
  EXPECT_EQ(CombineCodes("PSEREBHMS", "GOV"), "PSEREBHMSGOV");
  DictionaryEntry e;
  e.codes = {{"GBRGOV", 20100511, 20160713, true, 0, {}}, {"GBRELI", kOpenStart, kOpenEnd, false, 0, {}}};
  EXPECT_EQ(CodeOnDate(e, 20120101)->code, "GBRGOV");
  EXPECT_EQ(CodeOnDate(e, 20200101)->code, "GBRELI");
  e.codes.pop_back();
  EXPECT_EQ(CodeOnDate(e, 20200101), nullptr);  // Not an actor then.
  EXPECT_EQ(CodeOnDate(e, 0)->code, "GBRGOV");  // Undated: the latest role.
}

// --- The matcher ---

TEST(NameTrie, LongestFirstAndLemmas) {
  NameTrie trie;
  trie.Add({"foreign", "minister"}, 1);
  trie.Add({"minister"}, 2);
  trie.Add({"defence", "ministry"}, 3);
  std::vector<uint32_t> forms = {trie.WordId("foreign"), trie.WordId("minister")};
  std::vector<NameTrie::Match> out;
  trie.MatchAt(forms, forms, 0, &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].value, 1u);
  EXPECT_EQ(out[0].length, 2u);
  // "defence ministries": the second word matches by its lemma only.
  forms = {trie.WordId("defence"), trie.WordId("ministries")};
  std::vector<uint32_t> lemmas = {trie.WordId("defence"), trie.WordId("ministry")};
  out.clear();
  trie.MatchAt(forms, lemmas, 0, &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_TRUE(out[0].via_lemma);
  EXPECT_EQ(trie.WordId("nothing"), kNoWord);
}

TEST(NameTrie, TabariStemsAndEndings) {
  NameTrie trie;
  trie.Add({"argentin"}, 1);
  trie.Add({"libya"}, 2);
  trie.Add({"gondor"}, 3);
  EXPECT_EQ(trie.StemId("argentina"), kNoWord);  // Nothing registered: no stems.
  trie.AddStem("argentin", /*prefix=*/true);
  trie.AddStem("libya", /*prefix=*/false);
  EXPECT_EQ(trie.StemId("argentina"), trie.WordId("argentin"));
  EXPECT_EQ(trie.StemId("argentine's"), trie.WordId("argentin"));
  EXPECT_EQ(trie.StemId("libyas"), trie.WordId("libya"));
  EXPECT_EQ(trie.StemId("libya's"), trie.WordId("libya"));
  EXPECT_EQ(trie.StemId("libyan"), kNoWord);     // A whole word takes endings only.
  EXPECT_EQ(trie.StemId("gondorian"), kNoWord);  // Not registered as a stem.
}

TEST(NameTrie, TabariGapsWhereTheNameHasABlank) {
  NameTrie trie;
  trie.Add({"durthang", "orc"}, 1, /*gaps=*/0b10);  // "DURTHANG ORC"
  trie.Add({"minas", "tirith"}, 2);                 // "MINAS_TIRITH"
  auto match = [&](std::vector<std::string> words) {
    std::vector<uint32_t> ids;
    for (const auto& w : words) ids.push_back(trie.WordId(w));
    std::vector<NameTrie::Match> out;
    trie.MatchAt(ids, ids, 0, &out);
    return out.empty() ? 0u : out[0].length;
  };
  EXPECT_EQ(match({"durthang", "orc"}), 2u);
  EXPECT_EQ(match({"durthang", "and", "an", "orc"}), 4u);
  EXPECT_EQ(match({"durthang", "a", "b", "c", "d", "orc"}), 6u);
  EXPECT_EQ(match({"durthang", "a", "b", "c", "d", "e", "orc"}), 0u);  // At most four between.
  EXPECT_EQ(match({"minas", "x", "tirith"}), 0u);                // '_': adjacent only.
}

TEST(NameTrie, TokenKeysFoldCaseAndApostrophes) {
  EXPECT_EQ(TokenKey("Côte"), "côte");
  EXPECT_EQ(TokenKey("ÉLYSÉE"), "élysée");
  EXPECT_EQ(TokenKey("d\u2019Ivoire"), "d'ivoire");
  EXPECT_EQ(TokenKey("U.S."), "u.s.");
}

// --- Recognition ---

class Recognition : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    namespace fs = std::filesystem;
    home_ = new std::string(fs::temp_directory_path() / ("dyad-actors-test-" + std::to_string(getpid())));
    fs::create_directories(*home_ + "/data/dictionaries");
    fs::create_directories(*home_ + "/data/cameo");
    fs::copy_file(Home() + "/data/cameo/codes.tsv", *home_ + "/data/cameo/codes.tsv",
                  fs::copy_options::overwrite_existing);
    fs::copy_file(Home() + "/src/actors/testdata/test.dict", *home_ + "/data/dictionaries/test.dict",
                  fs::copy_options::overwrite_existing);
    ActorOptions options;
    options.home = *home_;
    CollectingDiagnostics diag;
    auto dict = ActorDictionary::Load(options, &diag);
    ASSERT_TRUE(dict.ok()) << dict.status().ToString();
    ASSERT_EQ(diag.error_count(), 0);
    dict_ = dict->release();
    auto seg = text::Segmenter::Create({});
    ASSERT_TRUE(seg.ok());
    segmenter_ = seg->release();
    auto nlp = nlp::NlpModel::Load({Home() + "/models", true});
    ASSERT_TRUE(nlp.ok()) << nlp.status().ToString();
    nlp_ = nlp->release();
  }
  static void TearDownTestSuite() {
    delete dict_;
    delete segmenter_;
    delete nlp_;
    std::filesystem::remove_all(*home_);
    delete home_;
  }

  // "text|CODE|resolved_by" for each mention of `text` dated `date`.
  static std::vector<std::string> Run(const std::string& body, const std::string& date = "2024-05-01",
                                      const std::string& dateline = "",
                                      const ActorDictionary* dict = nullptr) {
    ingest::Article article;
    article.text = body;
    article.date = date;
    article.dateline = dateline;
    std::vector<text::Sentence> sentences;
    segmenter_->Segment(article.text, 0, &sentences);
    std::vector<std::vector<text::WordAnalysis>> analyses(sentences.size());
    for (size_t i = 0; i < sentences.size(); ++i) nlp_->Annotate(sentences[i], &analyses[i]);
    std::vector<ActorMention> mentions;
    (dict != nullptr ? dict : dict_)->Recognize(article, sentences, analyses, &mentions);
    std::vector<std::string> out;
    for (const auto& m : mentions) {
      std::string how = m.resolved_by.substr(0, m.resolved_by.find(" ->"));
      out.push_back(body.substr(m.begin, m.end - m.begin) + "|" + m.code + "|" + how);
    }
    return out;
  }

  static std::string* home_;
  static ActorDictionary* dict_;
  static text::Segmenter* segmenter_;
  static nlp::NlpModel* nlp_;
};

std::string* Recognition::home_ = nullptr;
ActorDictionary* Recognition::dict_ = nullptr;
text::Segmenter* Recognition::segmenter_ = nullptr;
nlp::NlpModel* Recognition::nlp_ = nullptr;

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;

TEST_F(Recognition, WholePhraseWithItsModifiers) {
  EXPECT_THAT(Run("Russian Foreign Minister Sergei Lavrov arrived."),
              ElementsAre("Russian Foreign Minister Sergei Lavrov|RUSGOV|dictionary"));
  EXPECT_THAT(Run("An Indian defence ministry official said so."),
              ElementsAre("An Indian defence ministry official|INDGOV|agent+adjective"));
  EXPECT_THAT(Run("Turkish construction firms won the bid."),
              ElementsAre("Turkish construction firms|TURBUS|agent+adjective"));
  EXPECT_THAT(Run("The report was aired by state broadcaster NHK."),
              ElementsAre("state broadcaster NHK|JPNMED|dictionary"));
}

TEST_F(Recognition, AgentsTakeCountryFromPossessiveCompoundAndPlace) {
  EXPECT_THAT(Run("Russia's defence ministry said the drills ended."),
              Contains("Russia's defence ministry|RUSGOVMIL|agent+possessive"));
  EXPECT_THAT(Run("UN troops withdrew on Monday."), Contains("UN troops|IGOUNOMIL|agent+compound"));
  EXPECT_THAT(Run("Business leaders in Mumbai welcomed the budget."),
              Contains("Business leaders in Mumbai|INDBUS|agent+place"));
  EXPECT_THAT(Run("Egypt's Muslim Brotherhood called for calm."),
              Contains("Egypt's Muslim Brotherhood|EGYOPPMUS|agent+possessive"));
}

TEST_F(Recognition, CoordinatedAgentsShareTheirCountry) {
  // The modifier before the first agent...
  auto got = Run("Turkish police and officials met the protesters.");
  EXPECT_THAT(got, Contains(::testing::EndsWith("|TURCOP|agent+adjective")));
  EXPECT_THAT(got, Contains(::testing::EndsWith("|TURGOV|agent+adjective")));
  // ...and the place after the second.
  got = Run("Police and officials in Mumbai met the protesters.");
  EXPECT_THAT(got, Contains(::testing::EndsWith("|INDCOP|agent+place")));
  EXPECT_THAT(got, Contains(::testing::EndsWith("|INDGOV|agent+place")));
}

TEST_F(Recognition, EveryPlaceOfAListLendsItsCountry) {
  auto got = Run("Officials in Russia, India and China welcomed the deal.");
  EXPECT_THAT(got, Contains(::testing::EndsWith("|RUSGOV|agent+place")));
  EXPECT_THAT(got, Contains(::testing::EndsWith("|INDGOV|agent+place")));
  EXPECT_THAT(got, Contains(::testing::EndsWith("|CHNGOV|agent+place")));
}

TEST_F(Recognition, CountrylessAgentsAreKeptWithDashes) {
  EXPECT_THAT(Run("Rebels attacked the town overnight."), ElementsAre("Rebels|---REB|agent"));
  // ...unless a dateline tells the country.
  EXPECT_THAT(Run("Rebels attacked the town overnight.", "2024-05-01", "ALEPPO"),
              ElementsAre("Rebels|SYRREB|agent+dateline"));
}

TEST_F(Recognition, ASentenceSetInOnePlaceLendsItsCountry) {
  EXPECT_THAT(Run("Police fired tear gas at activists in Mumbai."),
              ElementsAre("Police|INDCOP|agent+sentence-place", "activists in Mumbai|INDOPP|agent+place"));
  // Two countries: nothing is lent.
  EXPECT_THAT(Run("Russian troops shelled villages and rebels fled in Syria."),
              Contains("rebels|---REB|agent"));
}

TEST_F(Recognition, DatedRolesFollowTheArticleDate) {
  EXPECT_THAT(Run("David Cameron spoke in London.", "2012-06-01"),
              Contains("David Cameron|GBRGOV|dictionary"));
  EXPECT_THAT(Run("David Cameron spoke in London.", "2008-06-01"),
              Contains("David Cameron|GBROPP|dictionary"));
  EXPECT_THAT(Run("David Cameron spoke in London.", "2020-06-01"),
              Contains("David Cameron|GBRELI|dictionary"));
  // Jaishankar has no code before he took office: not an actor then.
  EXPECT_THAT(Run("Jaishankar spoke.", "2010-01-01"), IsEmpty());
  EXPECT_THAT(Run("Jaishankar spoke.", "2024-01-01"), ElementsAre("Jaishankar|INDGOV|dictionary"));
}

TEST_F(Recognition, TitlesStayInOnePhraseAndAddTheirSector) {
  // A capitalised title after a noun does not start a new phrase.
  EXPECT_THAT(Run("India's first Deputy Prime Minister spoke."),
              ElementsAre("India's first Deputy Prime Minister|INDGOV|agent+possessive"));
}

TEST_F(Recognition, FormerOfficeHolders) {
  EXPECT_THAT(Run("Former Prime Minister David Cameron criticised the plan.", "2020-06-01"),
              ElementsAre("Former Prime Minister David Cameron|GBRELI|dictionary"));
  EXPECT_THAT(Run("A former Russian minister was arrested."),
              ElementsAre("A former Russian minister|RUSELI|agent+adjective"));
}

TEST_F(Recognition, MetonymsAndSeatsOfGovernment) {
  EXPECT_THAT(Run("Ankara rejected the offer."), ElementsAre("Ankara|TUR|dictionary"));
  EXPECT_THAT(Run("The Kremlin said talks would go on."), ElementsAre("The Kremlin|RUSGOV|dictionary"));
  EXPECT_THAT(Run("The White House declined to comment."),
              ElementsAre("The White House|USAGOV|dictionary"));
}

TEST_F(Recognition, CompoundsSplitIntoMembers) {
  EXPECT_THAT(Run("Ankara and Moscow signed a deal."),
              ElementsAre("Ankara|TUR|dictionary", "Moscow|RUS|dictionary"));
  EXPECT_THAT(Run("US and British activists staged a protest."),
              ElementsAre("US and British activists|GBROPP|agent+adjective",
                          "US and British activists|USAOPP|agent+adjective"));
}

TEST_F(Recognition, CoreferenceAcrossSentences) {
  auto got = Run(
      "Russian Foreign Minister Sergei Lavrov arrived in Ankara on Friday. "
      "Lavrov met Turkish officials. The minister said he was pleased.");
  EXPECT_THAT(got, Contains("Lavrov|RUSGOV|dictionary"));
  EXPECT_THAT(got, Contains("The minister|RUSGOV|coref:definite"));
  EXPECT_THAT(got, Contains("he|RUSGOV|coref:pronoun"));
  // A surname alone, known only from the full name earlier.
  got = Run("Hakan Fidan flew to New Delhi. Fidan met Indian officials.", "2024-01-01");
  EXPECT_THAT(got, Contains("Fidan|TURGOV|coref:name"));
}

TEST_F(Recognition, MayMentionBeforeTaggingUndoesPlurals) {
  auto sentence = [](const std::string& body) {
    std::vector<text::Sentence> sentences;
    segmenter_->Segment(body, 0, &sentences);
    return sentences.at(0);
  };
  const std::vector<text::WordAnalysis> untagged;
  // "ministries", "spokesmen", "officials": the singulars are the names.
  text::Sentence s = sentence("Two spokesmen and the officials met.");
  EXPECT_TRUE(dict_->MayMention(s, untagged, 2));
  EXPECT_FALSE(dict_->MayMention(s, untagged, 3));
  // Tagged, the lemmas say the same: the test before tagging is no stricter.
  std::vector<text::WordAnalysis> tagged;
  nlp_->Tag(s, &tagged);
  EXPECT_TRUE(dict_->MayMention(s, tagged, 2));
  EXPECT_FALSE(dict_->MayMention(sentence("The weather was fine."), untagged, 1));
  // "Sergei Lavrov" is one name, not two.
  EXPECT_FALSE(dict_->MayMention(sentence("Sergei Lavrov arrived."), untagged, 2));
}

TEST_F(Recognition, ResolvingTheFirstSentencesGivesTheirMentionsUnchanged) {
  ingest::Article article;
  article.text = "Sergei Lavrov arrived in Ankara. He met Turkish officials. Hakan Fidan spoke.";
  article.date = "2024-05-01";
  std::vector<text::Sentence> sentences;
  segmenter_->Segment(article.text, 0, &sentences);
  ASSERT_EQ(sentences.size(), 3u);
  std::vector<std::vector<text::WordAnalysis>> analyses(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) nlp_->Annotate(sentences[i], &analyses[i]);
  std::vector<ActorMention> all, first;
  dict_->Recognize(article, sentences, analyses, &all);
  dict_->Recognize(article, sentences, analyses, &first, nullptr, 2);
  std::vector<std::string> want, got;
  for (const auto& m : all) {
    if (m.sentence < 2) want.push_back(m.code + "@" + std::to_string(m.begin));
  }
  for (const auto& m : first) got.push_back(m.code + "@" + std::to_string(m.begin));
  EXPECT_EQ(got, want);
  EXPECT_LT(first.size(), all.size());  // The third sentence's "Hakan Fidan" is not there.
}

TEST_F(Recognition, CounterpartAndBothSides) {
  auto got = Run(
      "Indian Foreign Minister S. Jaishankar will hold talks with his Chinese counterpart in New "
      "Delhi.");
  EXPECT_THAT(got, Contains("his Chinese counterpart|CHNGOV|agent+adjective"));
  got = Run("Jaishankar met Wang Yi in Beijing. Both sides agreed to talk again.");
  EXPECT_THAT(got, Contains("Both sides|IND|coref:group"));
  EXPECT_THAT(got, Contains("Both sides|CHN|coref:group"));
  got = Run("Jaishankar met a Chinese delegation. His counterpart praised the talks.");
  EXPECT_THAT(got, Contains("His counterpart|CHNGOV|coref:counterpart"));
}

TEST_F(Recognition, AmbiguousNames) {
  EXPECT_THAT(Run("Georgia accused Russia of provocation."), Contains("Georgia|GEO|dictionary"));
  EXPECT_THAT(Run("Georgia passed a new voting law, Brian Kemp said in Atlanta."),
              Contains("Georgia|USA|context"));
  EXPECT_THAT(Run("Michael Jordan visited the museum."), IsEmpty());
  EXPECT_THAT(Run("Jordan closed its border."),
              ElementsAre("Jordan|JOR|dictionary", "its|JOR|coref:pronoun"));
  EXPECT_THAT(Run("We ate turkey with the family."), IsEmpty());       // `cased`
  EXPECT_THAT(Run("Let us know what the officials decide."),          // "US" is an acronym
              Not(Contains(::testing::StartsWith("us|"))));
  EXPECT_THAT(Run("The official visit was postponed."), IsEmpty());   // "official" as adjective
  // A small word inside a name in capitals is no acronym: "of" matches "OF".
  EXPECT_THAT(Run("The Group of Seven met."), Contains("The Group of Seven|IGO|dictionary"));
}

TEST_F(Recognition, AnActorQualifyingAHyphenatedParticipleIsNoActor) {
  // "Turkish-backed rebels" are rebels; a "government-held town" a town.
  EXPECT_THAT(Run("Turkish-backed rebels left."), ElementsAre("rebels|---REB|agent"));
  EXPECT_THAT(Run("Rebels shelled a government-held town."), ElementsAre("Rebels|---REB|agent"));
  // An affiliation qualifying no actor stays: the ship is Turkey's.
  EXPECT_THAT(Run("Egypt seized a Turkish-linked ship."), Contains("a Turkish|TUR|dictionary"));
  // With spaces, a dash is punctuation, not a compound.
  EXPECT_THAT(Run("Rebels shelled the government - and left."), Contains("the government|---GOV|agent"));
}

TEST_F(Recognition, AbbreviationsEndingInAPeriodMatchInsideAndAtTheEnd) {
  // Inside a sentence the text keeps "U.S." whole; at its end the period
  // goes to the sentence ("U.S" "."). The name matches both.
  EXPECT_THAT(Run("U.S. officials left Iraq."), Contains("U.S. officials|USAGOV|agent+compound"));
  EXPECT_THAT(Run("Iran accused the U.S. of pressure."), Contains("the U.S.|USA|dictionary"));
  EXPECT_THAT(Run("Iran condemned the U.S."), Contains("the U.S.|USA|dictionary"));
}

// A TABARI project (a .options file among the dictionaries): names are read
// as TABARI reads them, stems, blanks that let words come between, codes as
// written. Without the options file, dyad's own reading.
TEST_F(Recognition, TabariProjectsReadNamesTheTabariWay) {
  std::ofstream(*home_ + "/t.actors")
      << "ARGENTIN [ARG]\nRADAGAST THE_BROWN [RAD]\nDURTHANG ORC [MORORC]\nDURTHANG_CITY_RADIO_ [MORRAD]\n";
  std::ofstream(*home_ + "/t.options") << "COMPLEX: VERBS[5] CONJ[4]\n";
  auto load = [&](bool with_options) {
    ActorOptions options;
    options.home = *home_;
    options.load_defaults = false;
    options.dictionaries = {{*home_ + "/t.actors", "actors"}};
    if (with_options) options.dictionaries.push_back({*home_ + "/t.options", "options"});
    CollectingDiagnostics diag;
    auto dict = ActorDictionary::Load(options, &diag);
    EXPECT_TRUE(dict.ok());
    return std::move(*dict);
  };
  const std::string text = "Argentine envoys met Radagast the Brown near Durthang and an Orc camp.";
  auto tabari = load(true);
  std::vector<std::string> got = Run(text, "2024-05-01", "", tabari.get());
  EXPECT_THAT(got, Contains(::testing::StartsWith("Argentine|ARG|")));
  EXPECT_THAT(got, Contains(::testing::StartsWith("Radagast the Brown|RAD|")));
  EXPECT_THAT(got, Contains(::testing::StartsWith("Durthang and an Orc|MORORC|")));
  // No case check on short words of TABARI names ("RADIO" is no acronym there).
  EXPECT_THAT(Run("Argentina heard Durthang city radio.", "2024-05-01", "", tabari.get()),
              Contains(::testing::StartsWith("Durthang city radio|MORRAD|")));
  auto plain = load(false);
  got = Run(text, "2024-05-01", "", plain.get());
  EXPECT_THAT(got, Not(Contains(::testing::StartsWith("Argentine|"))));
  EXPECT_THAT(got, Not(Contains(::testing::StartsWith("Radagast the Brown|RAD|"))));
}

TEST_F(Recognition, SmallWordsOfNamesInCapitals) {
  // A name written in capitals: its small words need no capital in text.
  EXPECT_THAT(Run("The Bank of England raised rates."),
              Contains(::testing::EndsWith("Bank of England|GBRBUS|dictionary")));
}

TEST_F(Recognition, NamesInCapitalsFromPetrarchFiles) {
  // PETRARCH files write every name in capitals: only a named actor's short
  // words are acronyms ("US"), never an agent's ("POLICE", "GROUP"), nor
  // the small words of a longer name ("OF").
  ActorOptions options;
  options.home = *home_;
  options.load_defaults = false;
  options.dictionaries = {{Home() + "/src/actors/testdata/petr_actors.txt", "actors"},
                          {Home() + "/src/actors/testdata/petr_agents.txt", "agents"}};
  CollectingDiagnostics diag;
  auto dict = ActorDictionary::Load(options, &diag);
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  auto run = [&](const std::string& body) {
    ingest::Article article;
    article.text = body;
    article.date = "2024-05-01";
    std::vector<text::Sentence> sentences;
    segmenter_->Segment(article.text, 0, &sentences);
    std::vector<std::vector<text::WordAnalysis>> analyses(sentences.size());
    for (size_t i = 0; i < sentences.size(); ++i) nlp_->Annotate(sentences[i], &analyses[i]);
    std::vector<ActorMention> mentions;
    (*dict)->Recognize(article, sentences, analyses, &mentions);
    std::vector<std::string> out;
    for (const auto& m : mentions) out.push_back(body.substr(m.begin, m.end - m.begin) + "|" + m.code);
    return out;
  };
  EXPECT_THAT(run("Turkish police detained members of the opposition group."),
              ::testing::IsSupersetOf({"Turkish police|TURCOP", "the opposition group|---OPP"}));
  EXPECT_THAT(run("The Prince of Wales arrived."), Contains("The Prince of Wales|GBRELI"));
  EXPECT_THAT(run("Let us know what the US decides."), ElementsAre("US|USA"));
  // A compound actor ("THE_SHIRE [FRO/BIL/SAM]"): one mention per actor.
  EXPECT_THAT(run("The Shire protested."),
              ::testing::UnorderedElementsAre("The Shire|FRO", "The Shire|BIL", "The Shire|SAM"));
}

TEST_F(Recognition, UnknownNamesAreListed) {
  ingest::Article article;
  article.text = "Javier Milei met Sergei Lavrov in Moscow.";
  article.date = "2024-05-01";
  std::vector<text::Sentence> sentences;
  segmenter_->Segment(article.text, 0, &sentences);
  std::vector<std::vector<text::WordAnalysis>> analyses(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) nlp_->Annotate(sentences[i], &analyses[i]);
  std::vector<ActorMention> mentions;
  std::vector<UnknownName> unknown;
  dict_->Recognize(article, sentences, analyses, &mentions, &unknown);
  ASSERT_EQ(unknown.size(), 1u);
  EXPECT_EQ(unknown[0].text, "Javier Milei");
}

TEST(DictionarySource, ParsesKindPrefix) {
  auto s = ParseDictionarySource("agents=Phoenix.agents.txt");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->kind, "agents");
  EXPECT_EQ(s->path, "Phoenix.agents.txt");
  s = ParseDictionarySource("my-actors.dict");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->kind, "");
  EXPECT_FALSE(ParseDictionarySource("nouns=x.txt").ok());
}

// --- Discards ---

TEST_F(Recognition, DiscardsFoundBySentenceAndStory) {
  std::ofstream(*home_ + "/d.dict") << "@kind discard\n"
                                       "score a goal | scored a goal\n"
                                       "stock market | NBA\n"
                                       "Premier League\n"
                                       "    story\n"
                                       "Vale\n"
                                       "    cased\n";
  std::ofstream(*home_ + "/d.txt") << "PARLIAMENT OF OWLS\n+GRAND HOTEL BUDAPEST\n";
  ActorOptions options;
  options.home = *home_;
  options.dictionaries = {{*home_ + "/d.dict", ""}, {*home_ + "/d.txt", "discards"}};
  CollectingDiagnostics diag;
  auto dict = ActorDictionary::Load(options, &diag);
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  EXPECT_EQ(diag.error_count(), 0);
  EXPECT_EQ((*dict)->stats().names[6], 8);
  // "sentence:story:phrase" per hit; `tag`: sentences analysed, else forms only.
  auto find = [&](const std::string& body, bool tag) {
    std::vector<text::Sentence> sentences;
    segmenter_->Segment(body, 0, &sentences);
    std::vector<std::vector<text::WordAnalysis>> analyses;
    if (tag) {
      analyses.resize(sentences.size());
      for (size_t i = 0; i < sentences.size(); ++i) nlp_->Tag(sentences[i], &analyses[i]);
    }
    std::vector<DiscardHit> hits;
    (*dict)->FindDiscards(sentences, analyses, &hits);
    std::vector<std::string> out;
    for (const DiscardHit& h : hits) {
      out.push_back(std::to_string(h.sentence) + ":" + (h.story ? "story" : "sentence") + ":" + h.phrase);
    }
    return out;
  };
  const struct {
    const char* text;
    bool tag;
    std::vector<std::string> hits;
  } kCases[] = {
      {"Russia attacked Ukraine. Kane scored a goal.", true, {"1:sentence:scored a goal"}},
      // Lemmas: "scores" is "score" to the tagger.
      {"Kane scores a goal for England.", true, {"0:sentence:score a goal"}},
      // Untagged: forms, and the regular plural undone ("markets").
      {"Kane scored a goal. Stock markets fell.", false,
       {"0:sentence:scored a goal", "1:sentence:stock market"}},
      // ... "scores" to "score" too, as MayMention reads untagged words.
      {"Kane scores a goal.", false, {"0:sentence:score a goal"}},
      {"Talks resumed. Arsenal lead the Premier League.", false, {"1:story:Premier League"}},
      // PETRARCH discards: "+" marks the story, names in capitals match any case.
      {"A parliament of owls met at the Grand Hotel Budapest.", true,
       {"0:sentence:PARLIAMENT OF OWLS", "0:story:GRAND HOTEL BUDAPEST"}},
      // Acronyms and `cased` entries need their capitals.
      {"The NBA season opened; the nba fans and the vale below.", true, {"0:sentence:NBA"}},
      {"Vale shares slid.", false, {"0:sentence:Vale"}},
      {"Russia attacked Ukraine.", true, {}},
  };
  for (const auto& c : kCases) {
    EXPECT_THAT(find(c.text, c.tag), ::testing::ElementsAreArray(c.hits)) << c.text;
  }
}

TEST_F(Recognition, TabariActorsCodedAsDiscardsAreSentenceDiscards) {
  std::ofstream(*home_ + "/t2.actors") << "ARGENTIN [ARG]\nFOOTBAL [###]\n";
  std::ofstream(*home_ + "/t2.options") << "COMPLEX: VERBS[5] CONJ[4]\n";
  ActorOptions options;
  options.home = *home_;
  options.load_defaults = false;
  options.dictionaries = {{*home_ + "/t2.actors", "actors"}, {*home_ + "/t2.options", "options"}};
  CollectingDiagnostics diag;
  auto dict = ActorDictionary::Load(options, &diag);
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  std::vector<text::Sentence> sentences;
  segmenter_->Segment("Argentina won. Footballers from Argentina won.", 0, &sentences);
  std::vector<DiscardHit> hits;
  (*dict)->FindDiscards(sentences, {}, &hits);  // A TABARI stem: "FOOTBAL" finds "Footballers".
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].sentence, 1u);
  EXPECT_FALSE(hits[0].story);
}

}  // namespace
}  // namespace dyad::actors
