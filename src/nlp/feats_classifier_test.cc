#include "nlp/feats_classifier.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "nlp/nlp.h"
#include "nlp/tagger.h"

namespace dyad::nlp {
namespace {

std::string Sample() {
  const char* home = std::getenv("DYAD_HOME");
  return std::string(home != nullptr ? home : ".") + "/src/nlp/testdata/feats.conllu";
}

std::string Temp(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("dyad_feats_test_" + name)).string();
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(KindOfXpos, Table) {
  const struct {
    const char* xpos;
    TagKind kind;
  } cases[] = {
      {"VBD", TagKind::kVerb},    {"MD", TagKind::kVerb},    {"PRP", TagKind::kSubject},
      {"NNS", TagKind::kSubject}, {"RB", TagKind::kAdverb},  {",", TagKind::kPunct},
      {"IN", TagKind::kOther},    {"PRP$", TagKind::kOther},
  };
  for (const auto& c : cases) EXPECT_EQ(KindOfXpos(c.xpos), c.kind) << c.xpos;
}

std::string TrainSample(const std::string& name, int feats_epochs) {
  TaggerTrainOptions o;
  o.epochs = 5;
  o.feats_epochs = feats_epochs;
  o.min_weight = 0;
  o.threads = 1;
  auto r = TrainTagger(Sample(), Sample(), Temp(name), o, {});
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return Slurp(Temp(name));
}

std::vector<TaggedWord> Tag(const Tagger& tagger, std::vector<std::string_view> words) {
  std::vector<TaggedWord> out;
  tagger.Tag(words, &out);
  return out;
}

// The same tag takes different FEATS by context; the lexicon alone gives
// each (word, tag) one FEATS.
TEST(FeatsClassifier, LearnsContextFromASample) {
  ASSERT_FALSE(TrainSample("ctx", 10).empty());
  auto tagger = Tagger::Load(Temp("ctx"));
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  const struct {
    std::vector<std::string_view> words;
    size_t index;
    std::string xpos, feats;
  } cases[] = {
      {{"The", "town", "was", "attacked", "."}, 3, "VBN", "Tense=Past|VerbForm=Part|Voice=Pass"},
      {{"Rebels", "have", "attacked", "the", "town", "."}, 2, "VBN", "Tense=Past|VerbForm=Part"},
      {{"Troops", "were", "shelled", "."}, 2, "VBN", "Tense=Past|VerbForm=Part|Voice=Pass"},
      {{"Stop", "the", "war", "."}, 0, "VB", "Mood=Imp|VerbForm=Fin"},
      {{"Police", "must", "stop", "the", "war", "."}, 2, "VB", "VerbForm=Inf"},
  };
  for (const auto& c : cases) {
    const std::vector<TaggedWord> out = Tag(**tagger, c.words);
    ASSERT_EQ(out.size(), c.words.size());
    EXPECT_EQ(out[c.index].xpos, c.xpos) << c.words[c.index];
    EXPECT_EQ(out[c.index].feats, c.feats) << c.words[c.index];
  }
}

TEST(FeatsClassifier, TrainingIsDeterministic) {
  const std::string a = TrainSample("d1", 4), b = TrainSample("d2", 4);
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(a, b);
  // Without the classifier: another model, which loads and tags.
  EXPECT_NE(a, TrainSample("d3", 0));
  auto lexicon_only = Tagger::Load(Temp("d3"));
  ASSERT_TRUE(lexicon_only.ok()) << lexicon_only.status().ToString();
  EXPECT_EQ(Tag(**lexicon_only, {"Stop", "the", "war", "."}).size(), 4u);
}

}  // namespace
}  // namespace dyad::nlp
