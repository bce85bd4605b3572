#include "nlp/linear_model.h"

#include <gtest/gtest.h>

#include <vector>

#include "nlp/perceptron_trainer.h"

namespace dyad::nlp {
namespace {

TEST(HashFeature, DistinctAndNeverZero) {
  EXPECT_NE(HashFeature(1, "talks"), HashFeature(2, "talks"));
  EXPECT_NE(HashFeature(1, "talks"), HashFeature(1, "talk"));
  EXPECT_NE(HashFeature(1, 5), HashFeature(1, 6));
  EXPECT_EQ(HashFeature(3, "x"), HashFeature(3, "x"));
  EXPECT_NE(HashFeature(0, ""), 0u);
}

TEST(LinearModel, ScoresAndRoundTrips) {
  LinearModel m(3, {{HashFeature(1, "a"), {{0, 1.0f}, {2, -0.5f}}},
                    {HashFeature(1, "b"), {{1, 2.0f}}}});
  std::vector<FeatureId> f = {HashFeature(1, "a"), HashFeature(1, "b"), HashFeature(1, "zzz")};
  float s[3] = {0, 0, 0};
  m.Score(f, s);
  EXPECT_NEAR(s[0], 1.0f, 1e-3);
  EXPECT_NEAR(s[1], 2.0f, 1e-3);
  EXPECT_NEAR(s[2], -0.5f, 1e-3);

  std::string bytes;
  m.AppendTo(&bytes);
  bytes += "rest";
  std::string_view in = bytes;
  auto back = LinearModel::ReadFrom(&in);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(in, "rest");
  float t[3] = {0, 0, 0};
  back->Score(f, t);
  for (int c = 0; c < 3; ++c) EXPECT_FLOAT_EQ(s[c], t[c]);

  std::string_view cut = std::string_view(bytes).substr(0, 20);
  EXPECT_FALSE(LinearModel::ReadFrom(&cut).ok());
}

TEST(PerceptronTrainer, LearnsASeparableProblemDeterministically) {
  // Class = which of three words appears; a noise feature is shared.
  auto train = [] {
    PerceptronTrainer t(3);
    const char* words[] = {"zero", "one", "two"};
    for (int epoch = 0; epoch < 5; ++epoch) {
      for (int i = 0; i < 30; ++i) {
        const int truth = (i * 7) % 3;
        std::vector<FeatureId> f = {HashFeature(1, words[truth]), HashFeature(2, "bias")};
        float s[3] = {0, 0, 0};
        t.Score(f, s);
        const int guess = static_cast<int>(std::max_element(s, s + 3) - s);
        t.Update(f, truth, guess);
        t.Tick();
      }
    }
    return t.Averaged(0.0f);
  };
  LinearModel a = train(), b = train();
  std::string ba, bb;
  a.AppendTo(&ba);
  b.AppendTo(&bb);
  EXPECT_EQ(ba, bb);
  const char* words[] = {"zero", "one", "two"};
  for (int c = 0; c < 3; ++c) {
    std::vector<FeatureId> f = {HashFeature(1, words[c]), HashFeature(2, "bias")};
    float s[3] = {0, 0, 0};
    a.Score(f, s);
    EXPECT_EQ(std::max_element(s, s + 3) - s, c);
  }
}

}  // namespace
}  // namespace dyad::nlp
