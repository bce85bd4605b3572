// Verb frames over the shipped tagger and parser ($DYAD_HOME): subjects,
// objects, control, passives, negation and modality.
#include "events/verb_frame.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>

#include "nlp/nlp.h"
#include "text/text.h"

namespace dyad::events {
namespace {

std::string Home() {
  const char* home = std::getenv("DYAD_HOME");
  return home != nullptr && *home != '\0' ? home : ".";
}

struct Parsed {
  text::Sentence sentence;
  std::vector<text::WordAnalysis> words;
  std::unique_ptr<nlp::ParsedSentence> s;
  int At(std::string_view form) const {
    for (size_t i = 0; i < s->words.size(); ++i) {
      if (s->words[i].form == form) return static_cast<int>(i);
    }
    ADD_FAILURE() << "no word " << form;
    return 0;
  }
  std::string Form(int token) const { return token < 0 ? "-" : std::string(s->words[token].form); }
};

std::unique_ptr<Parsed> Parse(const std::string& text) {
  static auto seg = text::Segmenter::Create({});
  static auto nlp = nlp::NlpModel::Load({Home() + "/models", true});
  EXPECT_TRUE(nlp.ok()) << nlp.status().ToString();
  auto p = std::make_unique<Parsed>();
  std::vector<text::Sentence> sentences;
  (*seg)->Segment(text, 0, &sentences);
  p->sentence = sentences.at(0);
  (*nlp)->Annotate(p->sentence, &p->words);
  p->s = std::make_unique<nlp::ParsedSentence>(p->sentence, p->words);
  return p;
}

TEST(VerbFrame, SubjectObjectAndObjectControl) {
  auto p = Parse("Lavrov urged Ankara to halt its purchases of Western arms.");
  VerbFrame urged = BuildFrame(*p->s, p->At("urged"));
  EXPECT_EQ(p->Form(urged.subject), "Lavrov");
  EXPECT_EQ(p->Form(urged.object), "Ankara");
  EXPECT_EQ(p->Form(urged.complement), "halt");
  VerbFrame halt = BuildFrame(*p->s, p->At("halt"));
  EXPECT_EQ(p->Form(halt.subject), "Ankara");  // Object control.
  EXPECT_EQ(p->Form(halt.object), "purchases");
}

TEST(VerbFrame, SubjectControl) {
  auto p = Parse("Russia agreed to meet Ukraine in Geneva.");
  VerbFrame meet = BuildFrame(*p->s, p->At("meet"));
  EXPECT_EQ(p->Form(meet.subject), "Russia");
  EXPECT_EQ(p->Form(meet.object), "Ukraine");
  ASSERT_FALSE(meet.preps.empty());
  EXPECT_EQ(meet.preps[0].prep, "in");
}

TEST(VerbFrame, PassiveAgentIsTheSource) {
  auto p = Parse("The embassy was attacked by militants on Monday.");
  VerbFrame f = BuildFrame(*p->s, p->At("attacked"));
  EXPECT_TRUE(f.passive);
  EXPECT_EQ(p->Form(f.agent), "militants");
  EXPECT_EQ(p->Form(f.subject), "embassy");
}

TEST(VerbFrame, NegationAndModality) {
  auto p = Parse("Obama said he would not provide support to Israel.");
  VerbFrame f = BuildFrame(*p->s, p->At("provide"));
  EXPECT_TRUE(f.negated);
  // A reported "would" is the future seen from the past (ReportedFuture).
  EXPECT_TRUE(f.future);
  EXPECT_FALSE(f.hypothetical);
  p = Parse("He would provide support to Israel.");
  f = BuildFrame(*p->s, p->At("provide"));
  EXPECT_TRUE(f.hypothetical);
  p = Parse("China will send troops to the border.");
  f = BuildFrame(*p->s, p->At("send"));
  EXPECT_TRUE(f.future);
  EXPECT_FALSE(f.hypothetical);
  p = Parse("If Iran attacks Israel, the US will respond.");
  f = BuildFrame(*p->s, p->At("attacks"));
  EXPECT_TRUE(f.hypothetical);
  p = Parse("Did Russia attack Ukraine?");
  f = BuildFrame(*p->s, p->At("attack"));
  EXPECT_TRUE(f.question);
}

}  // namespace
}  // namespace dyad::events
