#include "nlp/tagger_features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace dyad::nlp {
namespace {

TEST(TaggerFeatures, ShapeAndLower) {
  struct {
    const char* word;
    const char* shape;
  } cases[] = {{"Lavrov", "Xxxx"}, {"1990", "ddd"}, {"x-ray", "x-xxx"}, {"U.S.", "X.X."},
               {"ok", "xx"},       {"", ""}};
  for (const auto& c : cases) {
    std::string s;
    WordShape(c.word, &s);
    EXPECT_EQ(s, c.shape) << c.word;
  }
  std::string l;
  AsciiLower("Ankara-ÉU", &l);
  EXPECT_EQ(l, "ankara-Éu");
}

TEST(TaggerFeatures, DeterministicAndContextual) {
  TaggerFeatures a, b;
  std::vector<std::string_view> s1 = {"Lavrov", "urged", "Ankara"};
  std::vector<std::string_view> s2 = {"Lavrov", "urged", "Moscow"};
  a.SetSentence(s1);
  b.SetSentence(s1);
  std::vector<FeatureId> fa, fb;
  a.Extract(1, 3, kNoTag, &fa);
  b.Extract(1, 3, kNoTag, &fb);
  EXPECT_EQ(fa, fb);
  EXPECT_GT(fa.size(), 20u);
  EXPECT_TRUE(std::find(fa.begin(), fa.end(), 0u) == fa.end());
  // All distinct (no template collides with another).
  std::vector<FeatureId> sorted = fa;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(std::unique(sorted.begin(), sorted.end()), sorted.end());
  // The next word and the previous tag change the features.
  b.SetSentence(s2);
  b.Extract(1, 3, kNoTag, &fb);
  EXPECT_NE(fa, fb);
  a.Extract(1, 4, kNoTag, &fb);
  EXPECT_NE(fa, fb);
  // Static + Dynamic == Extract.
  std::vector<FeatureId> parts;
  a.Static(1, &parts);
  a.Dynamic(1, 3, kNoTag, &parts);
  EXPECT_EQ(parts, fa);
  // Ends of the sentence are handled.
  a.Extract(0, kNoTag, kNoTag, &fb);
  a.Extract(2, 1, 2, &fb);
  EXPECT_FALSE(fb.empty());
}

}  // namespace
}  // namespace dyad::nlp
