#include "events/tabari_coder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "events/tabari_pattern.h"
#include "events/verb_reader.h"

namespace dyad::events {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

// A small TABARI verbs file (our own words, not a shipped dictionary).
constexpr char kVerbs[] =
    "<SYNSETS>\n"
    "&FRUIT\n"
    "+APPLE\n"
    "+GREEN_PEAR\n"
    "</SYNSETS>\n"
    "<TIME>\n"
    "LAST_WEEK  [-7]\n"
    "TOMORROW  [+1]\n"
    "- * AND A WEEK  [+8]\n"
    "ONCE_UPON_A_TIME  [###]\n"
    "WHEN_PIGS_FLY  [+++]\n"
    "</TIME>\n"
    "PRAIS  [051]\n"
    "- * &FRUIT FARMERS  [052]\n"
    "- * { LOUDLY | WARMLY }  [053]\n"
    "- NOT_*  [054]\n"
    "- $ WITH + *  [055]\n"
    "- * AT ^ +  [056]\n"
    "HAND_  [061:062]\n"
    "SAID  [010?]\n"
    "BLOCK  [---]\n"
    "- * ROADS  [081]\n"
    "- % HAVE *  [082]\n"
    "TURN BACK  [091]\n"
    "ADOPT  [081]\n"
    "- * RESOLUTION_  [102]\n"
    "- * &FRUIT  [083]\n"
    "- * APPLE  [084]\n"
    "SHOT  [223]\n"
    "- + WAS * DEAD  [224]\n"
    "CHESS  [###]\n";

// Names of the test actors and their codes.
const std::map<std::string, std::string> kActors = {
    {"Alpha", "ALP"}, {"Beta", "BET"}, {"Gamma", "GAM"}, {"Delta", "DEL"}, {"Twins", "TWA/TWB"}};

class TabariCoderTest : public ::testing::Test {
 protected:
  TabariCoderTest() {
    CollectingDiagnostics diag;
    auto d = ReadVerbDictionary(kVerbs, "test.verbs", &diag);
    EXPECT_TRUE(d.ok());
    dicts_.push_back(std::move(*d));
    coder_ = std::make_unique<TabariCoder>(dicts_);
  }

  // Codes `text` (words and punctuation split by blanks; a punctuation mark
  // is glued to the word before it): "SRC>TGT:code" per event.
  std::vector<std::string> Code(const std::string& text) {
    TabariSentence ts = Read(text);
    std::vector<TabariEvent> events;
    coder_->CodeSentence(ts, &events);
    std::vector<std::string> out;
    for (const TabariEvent& e : events) out.push_back(e.source.code + ">" + e.target.code + ":" + e.code);
    return out;
  }

  TabariSentence Read(const std::string& text) {
    text::Sentence s;
    std::vector<actors::ActorMention> mentions;
    size_t start = 0;
    bool grow_next = false;
    while (start < text.size()) {
      size_t end = text.find(' ', start);
      if (end == std::string::npos) end = text.size();
      std::string word = text.substr(start, end - start);
      start = end + 1;
      // "<word": the recogniser grew the next actor's phrase over it.
      bool grown = word.size() > 1 && word[0] == '<';
      if (grown) word.erase(0, 1);
      std::string punct;
      if (word.size() > 1 && (word.back() == ',' || word.back() == '.')) {
        punct = word.substr(word.size() - 1);
        word.pop_back();
      }
      text::Token t;
      t.form = word;
      t.space_after = punct.empty();
      auto actor = kActors.find(word);
      if (actor != kActors.end()) {
        actors::ActorMention m;
        m.first_token = m.last_token = static_cast<uint32_t>(s.tokens.size());
        if (grow_next) --m.first_token;
        m.code = actor->second;
        m.resolved_by = "dictionary";
        mentions.push_back(m);
      }
      grow_next = grown;
      s.tokens.push_back(t);
      if (!punct.empty()) s.tokens.push_back({0, 0, punct, true});
    }
    actors::ActorMention carry;
    return ReadTabariSentence(s, mentions, &carry);
  }

  std::vector<VerbDictionary> dicts_;
  std::unique_ptr<TabariCoder> coder_;
};

TEST(TabariWordTest, StemWholeAndExact) {
  EXPECT_TRUE(TabariWordMatches("restored", "restor", TabariWordRule::kStem));
  EXPECT_TRUE(TabariWordMatches("restor", "restor", TabariWordRule::kStem));
  EXPECT_FALSE(TabariWordMatches("resto", "restor", TabariWordRule::kStem));
  EXPECT_TRUE(TabariWordMatches("departs", "depart", TabariWordRule::kWhole));
  EXPECT_TRUE(TabariWordMatches("departed", "depart", TabariWordRule::kWhole));
  EXPECT_TRUE(TabariWordMatches("departing", "depart", TabariWordRule::kWhole));
  EXPECT_TRUE(TabariWordMatches("libya's", "libya", TabariWordRule::kWhole));
  EXPECT_FALSE(TabariWordMatches("departx", "depart", TabariWordRule::kWhole));
  EXPECT_FALSE(TabariWordMatches("departink", "depart", TabariWordRule::kWhole));
  EXPECT_TRUE(TabariWordMatches("ban", "ban", TabariWordRule::kExact));
  EXPECT_FALSE(TabariWordMatches("bans", "ban", TabariWordRule::kExact));
}

TEST(TabariWordTest, PhraseRules) {
  std::vector<TabariWord> w = SplitTabariPhrase("CALLED_ON");
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(w[0].text, "called");
  EXPECT_EQ(w[0].rule, TabariWordRule::kWhole);
  EXPECT_TRUE(w[1].glued);
  EXPECT_EQ(w[1].rule, TabariWordRule::kStem);
  w = SplitTabariPhrase("BURN DOWN");
  ASSERT_EQ(w.size(), 2u);
  EXPECT_FALSE(w[1].glued);
  EXPECT_EQ(SplitTabariPhrase("ACT_")[0].rule, TabariWordRule::kWhole);
  EXPECT_EQ(SplitTabariPhrase("BAN=")[0].rule, TabariWordRule::kExact);
}

TEST_F(TabariCoderTest, StemVerbFirstActorBeforeAndAfter) {
  EXPECT_THAT(Code("Alpha praised Beta ."), ElementsAre("ALP>BET:051"));
  EXPECT_THAT(Code("Alpha is praising Beta ."), ElementsAre("ALP>BET:051"));
}

TEST_F(TabariCoderTest, PatternWordsSynsetsAndChoices) {
  EXPECT_THAT(Code("Alpha praised apple farmers in Beta ."), ElementsAre("ALP>BET:052"));
  EXPECT_THAT(Code("Alpha praised green pear farmers in Beta ."), ElementsAre("ALP>BET:052"));
  // "GREEN_PEAR": no word may come between.
  EXPECT_THAT(Code("Alpha praised green ripe pear farmers in Beta ."), ElementsAre("ALP>BET:051"));
  EXPECT_THAT(Code("Alpha praised Beta warmly ."), ElementsAre("ALP>BET:053"));
}

TEST_F(TabariCoderTest, GlueBeforeTheVerb) {
  EXPECT_THAT(Code("Alpha not praised Beta ."), ElementsAre("ALP>BET:054"));
  EXPECT_THAT(Code("Alpha not really praised Beta ."), ElementsAre("ALP>BET:051"));
}

TEST_F(TabariCoderTest, SourceTargetAndSkipInPatterns) {
  EXPECT_THAT(Code("Alpha with Beta praised Gamma ."), ElementsAre("ALP>BET:055"));
  EXPECT_THAT(Code("Alpha praised people at Gamma and Delta ."), ElementsAre("ALP>GAM:051", "ALP>DEL:051"));
  EXPECT_THAT(Code("Alpha praised people at Gamma in Delta ."), ElementsAre("ALP>DEL:056"));
}

TEST_F(TabariCoderTest, PairedAndWholeWordVerbs) {
  EXPECT_THAT(Code("Alpha handed Beta ."), ElementsAre("ALP>BET:061", "BET>ALP:062"));
  EXPECT_THAT(Code("Alpha handx Beta ."), IsEmpty());
}

TEST_F(TabariCoderTest, WeakVerbOnlyWithoutAnother) {
  EXPECT_THAT(Code("Alpha said it praised Beta ."), ElementsAre("ALP>BET:051"));
  EXPECT_THAT(Code("Alpha said Beta was late ."), ElementsAre("ALP>BET:010"));
}

TEST_F(TabariCoderTest, NullVerbsAndMultiWordVerbs) {
  EXPECT_THAT(Code("Alpha will block Beta ."), IsEmpty());
  EXPECT_THAT(Code("Alpha will block roads to Beta ."), ElementsAre("ALP>BET:081"));
  EXPECT_THAT(Code("Alpha turned the convoy back from Beta ."), ElementsAre("ALP>BET:091"));
}

TEST_F(TabariCoderTest, CommaAsidesAreNotRead) {
  EXPECT_THAT(Code("Alpha, angry at Gamma for weeks, praised Beta ."), ElementsAre("ALP>BET:051"));
  EXPECT_THAT(Code("Alpha praised Beta, an official of Gamma said ."), ElementsAre("ALP>BET:051"));
}

TEST_F(TabariCoderTest, ClausesAndCompounds) {
  EXPECT_THAT(Code("Alpha praised Beta and handed Gamma a note ."),
              ElementsAre("ALP>BET:051", "ALP>GAM:061", "GAM>ALP:062"));
  EXPECT_THAT(Code("Alpha and Gamma praised Beta ."), ElementsAre("ALP>BET:051", "GAM>BET:051"));
  EXPECT_THAT(Code("Alpha and Gamma have blocked it ."), UnorderedElementsAre("ALP>GAM:082", "GAM>ALP:082"));
}

TEST_F(TabariCoderTest, PassiveSwapsSourceAndTarget) {
  EXPECT_THAT(Code("Beta was praised by Alpha ."), ElementsAre("ALP>BET:051"));
}

TEST_F(TabariCoderTest, NounsNamesAndDiscards) {
  EXPECT_THAT(Code("Alpha gave the praise to Beta ."), IsEmpty());
  EXPECT_THAT(Code("Alpha Praised Beta ."), IsEmpty());
  EXPECT_THAT(Code("Alpha praised Beta at chess ."), IsEmpty());
}

TEST_F(TabariCoderTest, UnderscoreInPatternsAsksForTheWordItself) {
  EXPECT_THAT(Code("Alpha adopted a resolution with Beta ."), ElementsAre("ALP>BET:102"));
  EXPECT_THAT(Code("Alpha adopted resolutions with Beta ."), ElementsAre("ALP>BET:081"));
}

TEST_F(TabariCoderTest, PatternWordsBeatSetMembers) {
  EXPECT_THAT(Code("Alpha adopted an apple with Beta ."), ElementsAre("ALP>BET:084"));
  EXPECT_THAT(Code("Alpha adopted a green pear with Beta ."), ElementsAre("ALP>BET:083"));
}

TEST_F(TabariCoderTest, ConjunctionWithANewSubjectStartsAClause) {
  // A pronoun stands for the sentence's first actor.
  EXPECT_THAT(Code("Alpha praised Beta and then it handed Gamma a note ."),
              ElementsAre("ALP>BET:051", "ALP>GAM:061", "GAM>ALP:062"));
  EXPECT_THAT(Code("Alpha praised Beta warmly and Gamma handed Delta a note ."),
              ElementsAre("ALP>BET:053", "GAM>DEL:061", "DEL>GAM:062"));
}

TEST_F(TabariCoderTest, CompoundsMayCarryAFewQualifyingWords) {
  EXPECT_THAT(Code("Alpha and the brave Gamma praised Beta ."), ElementsAre("ALP>BET:051", "GAM>BET:051"));
  EXPECT_THAT(Code("Alpha and the very brave old Gamma praised Beta ."), ElementsAre("ALP>BET:051"));
}

TEST_F(TabariCoderTest, NoActorAcrossAComma) {
  // "<x," grows Beta's mention back over the comma: a name across a comma is none.
  const std::string tail = " praised Delta on a warm and sunny day in the old town .";
  EXPECT_THAT(Code("Officials met x, Beta" + tail), ElementsAre("BET>DEL:051"));
  EXPECT_THAT(Code("Officials met <x, Beta" + tail), IsEmpty());
}

TEST_F(TabariCoderTest, DictionaryNamesAreTheirCapitalisedWords) {
  // The recogniser's phrase "praised Beta" is read as "Beta": "praised" stays a verb.
  EXPECT_THAT(Code("Alpha <praised Beta ."), ElementsAre("ALP>BET:051"));
}

TEST_F(TabariCoderTest, SourceAfterTheVerbOnlyForAPatternsTarget) {
  EXPECT_THAT(Code("Beta was shot dead in Gamma ."), ElementsAre("GAM>BET:224"));
  EXPECT_THAT(Code("Yesterday praised Beta and Gamma ."), IsEmpty());
}

TEST_F(TabariCoderTest, ACompoundCodeStandsForEachOfItsActors) {
  EXPECT_THAT(Code("Twins praised Beta ."), ElementsAre("TWA>BET:051", "TWB>BET:051"));
}

TEST_F(TabariCoderTest, TimePhrasesShiftTheDateOrSetTheSentenceAside) {
  TabariTime t = coder_->TimeOf(Read("Alpha praised Beta last week ."));
  EXPECT_TRUE(t.found);
  EXPECT_EQ(t.days, -7);
  t = coder_->TimeOf(Read("Alpha will praise Beta tomorrow ."));
  EXPECT_EQ(t.days, 1);
  // The phrase's pattern, when it matches, gives the shift.
  EXPECT_EQ(coder_->TimeOf(Read("Alpha will praise Beta tomorrow and a week ."))
                .days, 8);
  EXPECT_FALSE(coder_->TimeOf(Read("Alpha praised Beta .")).found);
  EXPECT_THAT(Code("Alpha praised Beta last week ."), ElementsAre("ALP>BET:051"));
  EXPECT_THAT(Code("Once upon a time Alpha praised Beta ."), IsEmpty());  // [###]
  EXPECT_THAT(Code("Alpha will praise Beta when pigs fly ."), IsEmpty());  // [+++]
}

}  // namespace
}  // namespace dyad::events
