// The event coder end to end on sentences written for it, with the shipped
// tagger and parser ($DYAD_HOME), the actors test dictionary
// (src/actors/testdata/test.dict) and a small verb dictionary
// (testdata/verbs.txt): one test per rule.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "actors/actors.h"
#include "events/events.h"
#include "nlp/nlp.h"
#include "text/text.h"

namespace dyad::events {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

std::string Home() {
  const char* home = std::getenv("DYAD_HOME");
  return home != nullptr && *home != '\0' ? home : ".";
}

class Coding : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    namespace fs = std::filesystem;
    home_ = new std::string(fs::temp_directory_path() / ("dyad-events-test-" + std::to_string(getpid())));
    for (const char* dir : {"/data/dictionaries", "/data/cameo", "/data/plover"}) {
      fs::create_directories(*home_ + dir);
    }
    for (const char* file : {"/data/cameo/codes.tsv", "/data/cameo/events.tsv", "/data/plover/cameo_plover.tsv"}) {
      fs::copy_file(Home() + file, *home_ + file, fs::copy_options::overwrite_existing);
    }
    fs::copy_file(Home() + "/src/actors/testdata/test.dict", *home_ + "/data/dictionaries/test.dict",
                  fs::copy_options::overwrite_existing);
    CollectingDiagnostics diag;
    actors::ActorOptions ao;
    ao.home = *home_;
    auto dict = actors::ActorDictionary::Load(ao, &diag);
    ASSERT_TRUE(dict.ok()) << dict.status().ToString();
    actors_ = dict->release();
    for (EventCoder** made : {&coder_, &all_coder_, &intent_coder_}) {
      EventOptions eo;
      eo.home = *home_;
      eo.load_defaults = false;
      eo.dictionaries = {{Home() + "/src/events/testdata/verbs.txt", "verbs"}};
      eo.all_modalities = made == &all_coder_;
      if (made == &intent_coder_) eo.future = EventOptions::Future::kIntent;
      auto coder = EventCoder::Load(eo, &diag);
      ASSERT_TRUE(coder.ok()) << coder.status().ToString();
      *made = coder->release();
    }
    ASSERT_EQ(diag.error_count(), 0);
    auto seg = text::Segmenter::Create({});
    segmenter_ = seg->release();
    auto nlp = nlp::NlpModel::Load({Home() + "/models", true});
    ASSERT_TRUE(nlp.ok()) << nlp.status().ToString();
    nlp_ = nlp->release();
  }
  static void TearDownTestSuite() {
    delete actors_;
    delete coder_;
    delete all_coder_;
    delete intent_coder_;
    delete segmenter_;
    delete nlp_;
    std::filesystem::remove_all(*home_);
    delete home_;
  }

  // "SOURCE>TARGET:CODE" per event; with `all`, negated and hypothetical
  // events too, marked "!" and "?".
  static std::vector<std::string> Code(const std::string& text, bool all = false,
                                       std::vector<Event>* out = nullptr) {
    return CodeWith(all ? all_coder_ : coder_, text, out);
  }
  static std::vector<std::string> CodeWith(const EventCoder* coder, const std::string& text,
                                           std::vector<Event>* out = nullptr) {
    ingest::Article article;
    article.id = "t";
    article.text = text;
    article.date = "2024-05-03";  // A Friday.
    std::vector<text::Sentence> sentences;
    segmenter_->Segment(article.text, 0, &sentences);
    std::vector<std::vector<text::WordAnalysis>> analyses(sentences.size());
    for (size_t i = 0; i < sentences.size(); ++i) nlp_->Annotate(sentences[i], &analyses[i]);
    std::vector<actors::ActorMention> mentions;
    actors_->Recognize(article, sentences, analyses, &mentions);
    std::vector<Event> events;
    coder->Code(article, sentences, analyses, mentions, &events);
    std::vector<std::string> got;
    for (const Event& e : events) {
      std::string s = e.source.code + ">" + (e.has_target ? e.target.code : "") + ":" + e.code;
      if (e.negated) s += "!";
      if (e.modality != Modality::kAsserted) s += "?";
      got.push_back(s);
    }
    if (out != nullptr) *out = events;
    return got;
  }

  static std::string* home_;
  static actors::ActorDictionary* actors_;
  static EventCoder* coder_;
  static EventCoder* all_coder_;
  static EventCoder* intent_coder_;  // EventOptions::Future::kIntent.
  static text::Segmenter* segmenter_;
  static nlp::NlpModel* nlp_;
};

std::string* Coding::home_ = nullptr;
actors::ActorDictionary* Coding::actors_ = nullptr;
EventCoder* Coding::coder_ = nullptr;
EventCoder* Coding::all_coder_ = nullptr;
EventCoder* Coding::intent_coder_ = nullptr;
text::Segmenter* Coding::segmenter_ = nullptr;
nlp::NlpModel* Coding::nlp_ = nullptr;

TEST_F(Coding, SubjectVerbObject) {
  EXPECT_THAT(Code("Russia condemned Turkey on Thursday."), ElementsAre("RUS>TUR:111"));
}

TEST_F(Coding, DyadsOwnVerbsUnlessAVerbsFileIsGiven) {
  namespace fs = std::filesystem;
  fs::create_directories(*home_ + "/data/dictionaries/verbs");
  std::FILE* f = std::fopen((*home_ + "/data/dictionaries/verbs/a.verbs").c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fputs("#dyad-verbs 1\n--- MEET [---] ---\nMEET\n- * WITH +  [040]\n--- SCOLD [111] ---\nSCOLD\n", f);
  std::fclose(f);
  CollectingDiagnostics diag;
  EventOptions eo;
  eo.home = *home_;
  auto own = EventCoder::Load(eo, &diag);
  ASSERT_TRUE(own.ok()) << own.status().ToString();
  EXPECT_EQ((*own)->verb_count(), 2u);
  EXPECT_EQ((*own)->pattern_count(), 1u);
  eo.dictionaries = {{Home() + "/src/events/testdata/verbs.txt", "verbs"}};
  auto given = EventCoder::Load(eo, &diag);
  ASSERT_TRUE(given.ok());
  EXPECT_EQ((*given)->verb_count(), coder_->verb_count());  // Only the file given.
  fs::remove_all(*home_ + "/data/dictionaries/verbs");
  eo.dictionaries.clear();
  EXPECT_EQ(EventCoder::Load(eo, &diag).status().code(), Status::kNotFound);
}

TEST_F(Coding, AReportedWouldIsTheFutureNotAHypothesis) {
  // PETRARCH's convention (the test verbs): the future is the act.
  EXPECT_THAT(Code("Russia said it would meet Turkey."), ElementsAre("RUS>TUR:040"));
  EXPECT_THAT(CodeWith(intent_coder_, "Russia said it would meet Turkey."), ElementsAre("RUS>TUR:036"));
  // Under a condition it stays a hypothesis.
  EXPECT_THAT(Code("Russia said that if the talks resumed, it would meet Turkey."), IsEmpty());
  EXPECT_THAT(Code("Russia could meet Turkey."), IsEmpty());
}

TEST_F(Coding, ANegatedIntentIsARefusal) {
  EXPECT_THAT(CodeWith(intent_coder_, "Russia will not meet Turkey."), ElementsAre("RUS>TUR:125"));
  EXPECT_THAT(CodeWith(intent_coder_, "Russia said it would not meet Turkey."), ElementsAre("RUS>TUR:125"));
  // A plain negation is no event.
  EXPECT_THAT(Code("Russia did not meet Turkey."), IsEmpty());
}

TEST_F(Coding, AQuantityStandsForItsOfPhrase) {
  EXPECT_THAT(Code("Hundreds of Russian troops attacked Turkey."), ElementsAre("RUSMIL>TUR:190"));
  EXPECT_THAT(Code("Russia attacked part of Turkey."), ElementsAre("RUS>TUR:190"));
}

TEST_F(Coding, AParticipleOnANounIsPassive) {
  // "arrested" acts on the journalists; with no "by" phrase nobody arrests.
  EXPECT_THAT(Code("The Turkish troops arrested in Russia were released by Russia."),
              ElementsAre("RUS>TURMIL:084"));
}

TEST_F(Coding, AConjunctHungOnTheLastWordOfANameIsAMember) {
  // Parsed with "Hakan" a conjunct of "Lavrov", the second word of the
  // subject's name, not of its head "Sergei".
  EXPECT_THAT(Code("Sergei Lavrov and Hakan Fidan met."), UnorderedElementsAre("RUSGOV>TURGOV:040", "TURGOV>RUSGOV:040"));
}

TEST_F(Coding, NeedsTwoNamesAndAParse) {
  EXPECT_EQ(coder_->names_needed(), 2);
  // The same sentence tagged but not parsed gives nothing: no tree, no target.
  ingest::Article article;
  article.id = "t";
  article.text = "Russia condemned Turkey.";
  article.date = "2024-05-03";
  std::vector<text::Sentence> sentences;
  segmenter_->Segment(article.text, 0, &sentences);
  std::vector<std::vector<text::WordAnalysis>> analyses(sentences.size());
  nlp_->Tag(sentences[0], &analyses[0]);
  std::vector<actors::ActorMention> mentions;
  actors_->Recognize(article, sentences, analyses, &mentions);
  ASSERT_EQ(mentions.size(), 2u);
  std::vector<Event> events;
  coder_->Code(article, sentences, analyses, mentions, &events);
  EXPECT_THAT(events, IsEmpty());
  EXPECT_THAT(Code("Russia condemned Turkey."), ElementsAre("RUS>TUR:111"));
}

TEST_F(Coding, ControlGivesTheTarget) {
  // "urged Ankara to halt": Ankara is urged.
  EXPECT_THAT(Code("Lavrov urged Ankara to halt its purchases of Western arms."),
              ElementsAre("RUSGOV>TUR:100"));
}

TEST_F(Coding, AnInfinitiveUnderACodedControlVerbIsPartOfItsEvent) {
  // URGE is coded: "to attack Syria" is what Turkey is urged to do, not an
  // attack of its own.
  EXPECT_THAT(Code("Russia urged Turkey to attack Syria."), ElementsAre("RUS>TUR:100"));
}

TEST_F(Coding, AnActorAfterAPrepositionIsInItsPhrase) {
  // "WARN - * (AGAINST +) [138]": the "against" phrase holds no actor
  // here, so the verb's own code; Turkey is not the phrase's object.
  EXPECT_THAT(Code("Russia warned against delays on Monday in a message to Turkey."),
              Not(Contains("RUS>TUR:138")));
  EXPECT_THAT(Code("Russia warned against Turkey on Monday."), ElementsAre("RUS>TUR:138"));
}

TEST_F(Coding, StateSlotsTakeStatesAndArmedForcesOnly) {
  // "BOMB - $! * +!": a state or armed force as subject and object.
  EXPECT_THAT(Code("Russia bombed Turkey."), ElementsAre("RUS>TUR:195"));
  EXPECT_THAT(Code("Turkey was bombed by Russia."), ElementsAre("RUS>TUR:195"));
  EXPECT_THAT(Code("Lavrov bombed Turkey."), IsEmpty());               // A person.
  EXPECT_THAT(Code("Russia bombed a hotel in Turkey."), IsEmpty());    // Not the object.
  EXPECT_THAT(Code("Their plane bombed Turkey."), IsEmpty());          // Not the subject.
}

TEST_F(Coding, APrepositionalGroupKeepsItsWordsInItsPhrase) {
  // "KILL - + BE * (IN $ ATTACK)": the attacker qualifies the attack noun;
  // the killed is the subject, not an actor named earlier (the dateline).
  EXPECT_THAT(Code("ANKARA: Egyptian troops were killed in a Turkish attack."),
              ElementsAre("TUR>EGYMIL:190"));
  // "attacks" outside the "in" phrase does not complete the group.
  EXPECT_THAT(Code("Egyptian troops were killed in Turkey, and two attacks followed."), IsEmpty());
}

TEST_F(Coding, PassiveAgentIsTheSource) {
  EXPECT_THAT(Code("Turkey was attacked by Russia."), ElementsAre("RUS>TUR:190"));
  // No agent, no source: no event.
  EXPECT_THAT(Code("Turkey was attacked on Monday."), IsEmpty());
}

TEST_F(Coding, CompoundsGiveOneEventPerPair) {
  EXPECT_THAT(Code("Russia and China condemned Turkey."),
              UnorderedElementsAre("RUS>TUR:111", "CHN>TUR:111"));
}

TEST_F(Coding, EveryMemberOfACompoundTargetIsActedOn) {
  // The target found after the verb brings its conjuncts.
  EXPECT_THAT(Code("Russia condemned the attacks on Turkey, Egypt and Syria."),
              UnorderedElementsAre("RUS>TUR:111", "RUS>EGY:111", "RUS>SYR:111"));
}

TEST_F(Coding, ModifiersInsideAListDoNotBreakIt) {
  EXPECT_THAT(Code("Russia and the powerful China condemned Turkey."),
              UnorderedElementsAre("RUS>TUR:111", "CHN>TUR:111"));
}

TEST_F(Coding, APlaceWhereTheyMetIsNoCounterpart) {
  EXPECT_THAT(Code("Russia and Turkey met in Egypt."),
              UnorderedElementsAre("RUS>TUR:040", "TUR>RUS:040"));
  // One subject: the place is all there is, as TABARI and PETRARCH read it.
  EXPECT_THAT(Code("Russia met Turkey in Egypt."), ElementsAre("RUS>TUR:040"));
}

TEST_F(Coding, AListTheParserReadAsAppositionsIsStillAList) {
  // Parsed "US" <-appos- "Russia", and "Egypt" a second subject of "met".
  EXPECT_THAT(Code("The US, Russia, and Egypt met yesterday"),
              UnorderedElementsAre("USA>RUS:040", "USA>EGY:040", "RUS>USA:040", "RUS>EGY:040",
                                   "EGY>USA:040", "EGY>RUS:040"));
  // An apposition naming the subject's own country is the subject again.
  EXPECT_THAT(Code("Lavrov, Russia's foreign minister, condemned Turkey."),
              ElementsAre("RUSGOV>TUR:111"));
}

TEST_F(Coding, TwoClausesAreNotAList) {
  // ", and" joins the clauses: Turkey is attacked, China is not.
  EXPECT_THAT(Code("Russia attacked Turkey, and China condemned Egypt."),
              UnorderedElementsAre("RUS>TUR:190", "CHN>EGY:111"));
}

TEST_F(Coding, PercentMakesACompoundActOnItself) {
  // "- % * [120]": the members of the compound before the verb, each way.
  EXPECT_THAT(Code("Russia and China delayed their talks."),
              UnorderedElementsAre("RUS>CHN:120", "CHN>RUS:120"));
  EXPECT_THAT(Code("Russia delayed the talks."), IsEmpty());
  // After the verb ("- * WITH % [031]"), the compound is the target.
  EXPECT_THAT(Code("Russia sided with Turkey and Egypt."),
              UnorderedElementsAre("RUS>TUR:031", "RUS>EGY:031"));
  // A single actor is no compound: '%' does not match it.
  EXPECT_THAT(Code("Russia sided with Turkey."), ElementsAre("RUS>TUR:032"));
}

TEST_F(Coding, GluedElementsAllowNoWordBetween) {
  // "- REALLY_&NEGAUX * (WITH) [044]": "really" right before "did not"...
  EXPECT_THAT(Code("Russia really did not clash with Turkey."), ElementsAre("RUS>TUR:044"));
  // ...else only "- &NEGAUX * (WITH) [043]" matches.
  EXPECT_THAT(Code("Russia really, truly did not clash with Turkey."), ElementsAre("RUS>TUR:043"));
}

TEST_F(Coding, AnActorSlotCountsLikeAWord) {
  // "- % * [120]" (the actor before the verb) ties with "- * MEET [161]"
  // ("meeting"), and the pattern written first wins.
  EXPECT_THAT(Code("Russia and China delayed their meeting."),
              UnorderedElementsAre("RUS>CHN:120", "CHN>RUS:120"));
}

TEST_F(Coding, AVerbWithoutAnySubjectTakesTheActorRightBeforeIt) {
  // The parser hangs "will condemn" under "Turkey" (flat, goeswith): the
  // verb has no subject, and Turkey stands right before it.
  EXPECT_THAT(Code("Turkey will condemn improved Russian relations."), ElementsAre("TUR>RUS:111"));
  // A time phrase may stand between.
  EXPECT_THAT(Code("Turkey on Thursday will condemn improved Russian relations."),
              ElementsAre("TUR>RUS:111"));
  // Not an actor inside a prepositional phrase.
  EXPECT_THAT(Code("In Turkey, condemning Russia is popular."), IsEmpty());
}

TEST_F(Coding, TheTargetMayStandBeforeThePatternsWords) {
  // "- * {REALLY PLEASANT} [081]": no actor after "pleasant"; Turkey, after
  // the verb, is the target.
  EXPECT_THAT(Code("Russia allowed that Turkey is a really pleasant place."),
              ElementsAre("RUS>TUR:081"));
}

TEST_F(Coding, AVerbConjoinedToANounTakesTheSubjectAbove) {
  // The parser makes "promised" a conjunct of "attack".
  EXPECT_THAT(Code("Russia condemned the attack by Turkey and promised aid to Egypt."),
              ::testing::Contains("RUS>EGY:033"));
}

TEST_F(Coding, APatternThatNamesTheModalCodesTheHypotheticalPhrase) {
  // "- WOULD * [131]": "would warn" is the pattern's own event.
  EXPECT_THAT(Code("Russia would warn Turkey."), ElementsAre("RUS>TUR:131"));
  EXPECT_THAT(Code("Russia could warn Turkey."), IsEmpty());
  // The verb a complement clause hangs from counts among the words before
  // ("- SAID WOULD * [132]").
  EXPECT_THAT(Code("Russia said it would warn Turkey."), ElementsAre("RUS>TUR:132"));
}

TEST_F(Coding, ASetMatchesWithTheMemberFirstInTheText) {
  // &PREP lists AGAINST before ON; "on" comes first here.
  EXPECT_THAT(Code("Russia acted on a resolution against Turkey."), ElementsAre("RUS>TUR:102"));
}

TEST_F(Coding, APetrarchStemTakesEndingsNotLongerWords) {
  // "- * EFFORT": "efforts" is the word with an ending...
  EXPECT_THAT(Code("Russia broke the efforts of Turkey."), ElementsAre("RUS>TUR:162"));
  // ...and "- * OFF" is not "official".
  EXPECT_THAT(Code("Russia broke ties with the official delegation of Turkey."), ElementsAre("RUS>TUR:195"));
}

TEST_F(Coding, AParticipleMisreadAsAModifierActsOnItsNoun) {
  // Parsed as one noun phrase, "arrested" modifying "officials".
  EXPECT_THAT(Code("Russian police arrested Turkish officials in Moscow today."),
              ElementsAre("RUSCOP>TURGOV:173"));
}

TEST_F(Coding, ACoordinatedSubjectTheParserSplitStillActs) {
  // Parsed with three subjects, "lions", "evil" and "China".
  EXPECT_THAT(Code("The lions and the evil awful China condemned Turkey."), ElementsAre("CHN>TUR:111"));
}

TEST_F(Coding, ASubjectThatIsNoActorStandsForItsOwner) {
  EXPECT_THAT(Code("Russia's statement condemned Turkey."), ElementsAre("RUS>TUR:111"));
}

TEST_F(Coding, AByPhraseHungElsewhereIsStillTheAgent) {
  // The parser puts "by Russia" under "earlier".
  EXPECT_THAT(Code("Egypt was opposed earlier by Russia, the state's fiercest foe, in talks."),
              ElementsAre("RUS>EGY:110"));
  // No "by" phrase, no source: the actor after the verb is not the agent.
  EXPECT_THAT(Code("Turkey was condemned over its dispute with Egypt."), IsEmpty());
}

TEST_F(Coding, APatternThatNamesTheNegationCodesTheNegatedPhrase) {
  // "- &NEGAUX * (WITH) [043]": "did not clash" is the pattern's own event.
  EXPECT_THAT(Code("Russia did not clash with Turkey."), ElementsAre("RUS>TUR:043"));
  // "can't": the pattern names the modal too ("ca" is "can").
  EXPECT_THAT(Code("Russia can't clash with Turkey."), ElementsAre("RUS>TUR:043"));
  // Without the negation in the pattern the event is negated as usual.
  EXPECT_THAT(Code("Russia clashed with Turkey."), ElementsAre("RUS>TUR:111"));
  EXPECT_THAT(Code("Russia never clashed with Turkey."), IsEmpty());
}

TEST_F(Coding, CoordinatedSubjectsMeetEachOther) {
  // A meeting (root 04) without a target is mutual...
  EXPECT_THAT(Code("Russia and China met on Monday."),
              UnorderedElementsAre("RUS>CHN:040", "CHN>RUS:040"));
  // ...an attack is not.
  EXPECT_THAT(Code("Russia and China attacked on Monday."), IsEmpty());
}

TEST_F(Coding, PatternsChooseTheCode) {
  EXPECT_THAT(Code("Russia called for a ceasefire with Turkey."), ElementsAre("RUS>TUR:014"));
  EXPECT_THAT(Code("Russia met with Turkey."), ElementsAre("RUS>TUR:040"));
}

TEST_F(Coding, PairedCodesGoBothWays) {
  EXPECT_THAT(Code("Sergei Lavrov arrived in Ankara."),
              ElementsAre("RUSGOV>TUR:042", "TUR>RUSGOV:043"));
}

TEST_F(Coding, NoPatternNoEvent) {
  EXPECT_THAT(Code("Russia walked with Turkey."), IsEmpty());     // Not in the dictionary.
  EXPECT_THAT(Code("Russia said Turkey was wrong."), IsEmpty());  // [---].
}

TEST_F(Coding, NegationAndModalityAreFlaggedAndLeftOut) {
  EXPECT_THAT(Code("Russia did not attack Turkey."), IsEmpty());
  EXPECT_THAT(Code("Russia did not attack Turkey.", true), ElementsAre("RUS>TUR:190!"));
  EXPECT_THAT(Code("Russia could attack Turkey.", true), ElementsAre("RUS>TUR:190?"));
  EXPECT_THAT(Code("Russia could attack Turkey."), IsEmpty());
}

TEST_F(Coding, ADeniedOrFailedPlanDeniesItsInfinitive) {
  EXPECT_THAT(Code("Russia does not plan to visit Turkey.", true), ElementsAre("RUS>TUR:036!"));
  EXPECT_THAT(Code("Russia does not plan to visit Turkey."), IsEmpty());
  EXPECT_THAT(Code("Russia failed to condemn Turkey."), IsEmpty());
  EXPECT_THAT(Code("Russia did not attack or condemn Turkey."), IsEmpty());
  // What is denied is not reported as done.
  EXPECT_THAT(Code("Egypt denied that Russia had condemned Turkey."), IsEmpty());
  // "but" joins an act that was done.
  EXPECT_THAT(Code("Russia did not attack Egypt but condemned Turkey."), ElementsAre("RUS>TUR:111"));
}

TEST_F(Coding, ForeseenOrFearedActsAreHypothetical) {
  EXPECT_THAT(Code("Russia is likely to attack Turkey.", true), ElementsAre("RUS>TUR:190?"));
  EXPECT_THAT(Code("Russia is likely to attack Turkey."), IsEmpty());
  EXPECT_THAT(Code("Turkey spoke of the risk of being attacked by Russia."), IsEmpty());
}

TEST_F(Coding, FutureActsAreIntentsWhenAsked) {
  // CAMEO codes a stated future meeting as the intent to meet (036); the
  // test dictionary is in PETRARCH's format, whose convention is the act.
  EXPECT_THAT(CodeWith(intent_coder_, "Russia will meet Turkey next week."), ElementsAre("RUS>TUR:036"));
  EXPECT_THAT(Code("Russia will meet Turkey next week."), ElementsAre("RUS>TUR:040"));
  // A threat of force, not an attack.
  EXPECT_THAT(CodeWith(intent_coder_, "Russia will attack Turkey in the spring."),
              ElementsAre("RUS>TUR:138"));
  // Statements have no intent code: they stay what they are.
  EXPECT_THAT(CodeWith(intent_coder_, "Russia will call for a ceasefire with Turkey."),
              ElementsAre("RUS>TUR:014"));
}

TEST_F(Coding, PlansAndPromisesAreIntents) {
  EXPECT_THAT(Code("Russia plans to visit Turkey in June."), ElementsAre("RUS>TUR:036"));
  EXPECT_THAT(Code("Russia has agreed to meet Turkey."), ElementsAre("RUS>TUR:036"));
  EXPECT_THAT(Code("Russia pledged to release the Turkish sailors."), ElementsAre("RUS>TUR:0353"));
  // The noun too: a threat to attack is a threat of force.
  EXPECT_THAT(Code("Russia's threat to attack Turkey was condemned."), ElementsAre("RUS>TUR:138"));
  // The paired code of a visit (042:043) is for visits made, not planned.
  EXPECT_THAT(Code("Sergei Lavrov intends to arrive in Ankara on Sunday."), ElementsAre("RUSGOV>TUR:036"));
}

TEST_F(Coding, RefusalsAreRejectionsOrNothing) {
  EXPECT_THAT(Code("Russia refused to meet Turkey."), ElementsAre("RUS>TUR:125"));
  EXPECT_THAT(Code("Russia declined to release the Turkish sailors."), ElementsAre("RUS>TUR:1243"));
  // CAMEO has no code for refusing to condemn: a negated event, left out.
  EXPECT_THAT(Code("Russia refused to condemn Turkey."), IsEmpty());
  EXPECT_THAT(Code("Russia refused to condemn Turkey.", true), ElementsAre("RUS>TUR:111!"));
}

TEST_F(Coding, ReportedSpeechKeepsTheSpeakerApart) {
  // The attack is Turkey's, not the speaker's; "say" codes nothing here
  // ([---] in the test dictionary), so the speaker makes no event.
  EXPECT_THAT(Code("Russia said Turkey attacked Syria on Monday."), ElementsAre("TUR>SYR:190"));
  EXPECT_THAT(Code("The Kremlin said on Friday that Turkish troops had attacked Syria."),
              ElementsAre("TURMIL>SYR:190"));
  // A speaker who condemns what another did: two events, each with its own actors.
  EXPECT_THAT(Code("Russia condemned Turkey, which attacked Syria on Monday."),
              UnorderedElementsAre("RUS>TUR:111", "TUR>SYR:190"));
}

TEST_F(Coding, TheRecordCarriesTablesDateAndEvidence) {
  std::vector<Event> events;
  Code("Russia attacked Turkey on Thursday.", false, &events);
  ASSERT_EQ(events.size(), 1u);
  const Event& e = events[0];
  EXPECT_EQ(e.date, 20240502);  // The Thursday before the Friday article.
  EXPECT_EQ(e.date_precision, DatePrecision::kDay);
  EXPECT_EQ(e.root_code, "19");
  EXPECT_EQ(e.quad_class, 4);
  EXPECT_DOUBLE_EQ(e.goldstein, -10.0);
  EXPECT_EQ(e.evidence.verb, "attacked");
  EXPECT_EQ(e.evidence.sentence, 0u);
  EXPECT_EQ(e.source.country, "RUS");
  EXPECT_FALSE(e.plover_type.empty());
}

}  // namespace
}  // namespace dyad::events
