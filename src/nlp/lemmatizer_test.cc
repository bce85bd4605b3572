#include "nlp/lemmatizer.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad::nlp {
namespace {

TEST(LemmaRule, MakeAndApply) {
  struct {
    const char* form;
    const char* lemma;
  } cases[] = {{"urged", "urge"}, {"The", "the"},   {"Lavrov", "Lavrov"}, {"geese", "goose"},
               {"n't", "not"},    {"'s", "be"},     {"US", "US"},         {"Talks", "talk"},
               {"went", "go"},    {"better", "good"}};
  for (const auto& c : cases) {
    const LemmaRule r = MakeLemmaRule(c.form, c.lemma);
    std::string out;
    ASSERT_TRUE(ApplyLemmaRule(r, c.form, &out)) << c.form;
    EXPECT_EQ(out, c.lemma) << c.form;
  }
  EXPECT_TRUE(MakeLemmaRule("The", "the").lower);
  EXPECT_FALSE(MakeLemmaRule("Lavrov", "Lavrov").lower);
  EXPECT_EQ(MakeLemmaRule("urged", "urge").strip, 1);
  std::string out;
  EXPECT_FALSE(ApplyLemmaRule(LemmaRule{false, 9, ""}, "abc", &out));
}

Lemmatizer Sample() {
  LemmatizerBuilder b;
  const char* words[][3] = {
      {"talks", "NOUN|NNS", "talk"},   {"walks", "NOUN|NNS", "walk"},  {"boxes", "NOUN|NNS", "box"},
      {"taxes", "NOUN|NNS", "tax"},    {"urged", "VERB|VBD", "urge"},  {"halted", "VERB|VBD", "halt"},
      {"stopped", "VERB|VBD", "stop"}, {"hoped", "VERB|VBD", "hope"},  {"raised", "VERB|VBD", "raise"},
      {"n't", "PART|RB", "not"},       {"'s", "PART|POS", "'s"},       {"'s", "AUX|VBZ", "be"},
      {"Russia", "PROPN|NNP", "Russia"}, {"The", "DET|DT", "the"},     {"the", "DET|DT", "the"},
      {"was", "AUX|VBD", "be"},         {"Americans", "PROPN|NNPS", "American"},
  };
  for (const auto& w : words) b.Add(w[0], w[1], w[2]);
  EXPECT_EQ(b.AddExceptions("geese goose\nsmote smite\nmice mouse\nbad_line_x y_z\n", 'n'), 3u);
  EXPECT_EQ(b.AddExceptions("smote smite\nbetter good well\n", 'v'), 2u);
  return b.Build();
}

TEST(Lemmatizer, LexiconExceptionsAndSuffixRules) {
  const Lemmatizer lem = Sample();
  struct {
    const char* form;
    const char* tag;
    const char* lemma;
  } cases[] = {
      {"talks", "NOUN|NNS", "talk"},      // Lexicon.
      {"Talks", "NOUN|NNS", "talk"},      // Lexicon, lower-cased.
      {"n't", "PART|RB", "not"},          // EWT convention.
      {"'s", "PART|POS", "'s"},           // Possessive keeps its form...
      {"'s", "AUX|VBZ", "be"},            // ...the verb is "be".
      {"THE", "DET|DT", "the"},           // Lexicon rule lower-cases.
      {"geese", "NOUN|NNS", "goose"},     // WordNet noun.exc.
      {"smote", "VERB|VBD", "smite"},     // WordNet verb.exc.
      {"fixes", "NOUN|NNS", "fix"},       // Suffix rule "-xes".
      {"cars", "NOUN|NNS", "car"},        // Suffix rule "-s".
      {"Lavrov", "PROPN|NNP", "Lavrov"},  // Proper nouns keep their case.
      {"Germans", "PROPN|NNPS", "German"},
      {"zzz", "X|XX", "zzz"},             // Unknown tag: the form.
  };
  for (const auto& c : cases) {
    std::string out;
    lem.Lemmatize(c.form, c.tag, &out);
    EXPECT_EQ(out, c.lemma) << c.form << " " << c.tag;
  }
  std::string out;
  lem.Lemmatize("mice", "VERB|VBD", &out);  // noun.exc does not apply to verbs.
  EXPECT_NE(out, "mouse");
}

TEST(Lemmatizer, RoundTripAndDamage) {
  const Lemmatizer lem = Sample();
  std::string bytes;
  lem.AppendTo(&bytes);
  std::string_view in = bytes;
  auto back = Lemmatizer::ReadFrom(&in);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_TRUE(in.empty());
  std::string again;
  back->AppendTo(&again);
  EXPECT_EQ(bytes, again);
  std::string out;
  back->Lemmatize("smote", "VERB|VBD", &out);
  EXPECT_EQ(out, "smite");
  std::string_view cut = std::string_view(bytes).substr(0, bytes.size() / 2);
  auto bad = Lemmatizer::ReadFrom(&cut);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Status::kCorruption);
}

}  // namespace
}  // namespace dyad::nlp

namespace dyad::nlp {
namespace {

TEST(Lemmatizer, NeverCutsAUtf8Character) {
  // "é" and "è" share their first byte; the rule must replace the whole
  // character, and a rule learned elsewhere must not split one.
  const LemmaRule r = MakeLemmaRule("caf\xC3\xA9s", "caf\xC3\xA8");
  std::string out;
  ASSERT_TRUE(ApplyLemmaRule(r, "caf\xC3\xA9s", &out));
  EXPECT_EQ(out, "caf\xC3\xA8");
  EXPECT_EQ(r.strip, 3);
  EXPECT_FALSE(ApplyLemmaRule(LemmaRule{false, 1, ""}, "caf\xC3\xA9", &out));
}

}  // namespace
}  // namespace dyad::nlp
