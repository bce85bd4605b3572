#include "nlp/linear_model.h"

#include <gtest/gtest.h>

#include <cstring>
#include <map>
#include <vector>

#include "base/coding.h"
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

// Score keeps long rows dense and fetches in batches; its sums must be the
// very floats of the plain loop over the serialized weights, in feature
// order (the tagger's and parser's outputs depend on exact ties).
TEST(LinearModel, ScoresEqualThePlainLoopBitForBit) {
  const int classes = 103;
  uint64_t rng = 42;
  auto next = [&rng] {
    rng = rng * 6364136223846793005ull + 1442695040888963407ull;
    return rng >> 33;
  };
  std::vector<std::pair<FeatureId, std::vector<LinearModel::Weight>>> rows;
  for (int r = 0; r < 300; ++r) {
    std::vector<LinearModel::Weight> weights;
    const int n = r % 7 == 0 ? classes : 1 + static_cast<int>(next() % 40);  // Dense and sparse rows.
    for (int k = 0; k < n; ++k) {
      const auto cls = static_cast<uint16_t>(n == classes ? k : next() % classes);
      bool seen = false;
      for (const auto& w : weights) seen |= w.cls == cls;
      if (!seen) weights.push_back({cls, (static_cast<float>(next() % 20001) - 10000.0f) / 997.0f});
    }
    rows.push_back({HashFeature(7, static_cast<uint64_t>(r)), weights});
  }
  LinearModel m(classes, rows);
  std::string bytes;
  m.AppendTo(&bytes);

  // The plain loop, from the bytes.
  Decoder d(bytes);
  uint32_t c = 0;
  float scale = 0;
  uint64_t features = 0;
  ASSERT_TRUE(d.GetFixed32(&c) && d.GetFloat(&scale) && d.GetFixed64(&features));
  std::map<FeatureId, std::vector<std::pair<uint16_t, int16_t>>> table;
  for (uint64_t k = 0; k < features; ++k) {
    uint64_t id = 0;
    uint16_t n = 0;
    ASSERT_TRUE(d.GetFixed64(&id) && d.GetFixed16(&n));
    for (uint16_t i = 0; i < n; ++i) {
      uint16_t cls = 0, w = 0;
      ASSERT_TRUE(d.GetFixed16(&cls) && d.GetFixed16(&w));
      table[id].push_back({cls, static_cast<int16_t>(w)});
    }
  }
  for (int trial = 0; trial < 50; ++trial) {
    std::vector<FeatureId> f;
    const int n = 1 + static_cast<int>(next() % 200);  // Several batches, repeats, unknowns.
    for (int k = 0; k < n; ++k) f.push_back(HashFeature(7, next() % 330));
    std::vector<float> got(classes, 0.0f), want(classes, 0.0f);
    m.Score(f, got.data());
    for (FeatureId id : f) {
      auto it = table.find(id);
      if (it == table.end()) continue;
      for (auto [cls, w] : it->second) want[cls] += w * scale;
    }
    EXPECT_EQ(std::memcmp(got.data(), want.data(), classes * sizeof(float)), 0) << "trial " << trial;
  }

  // Read back, it writes the same bytes.
  std::string_view in = bytes;
  auto back = LinearModel::ReadFrom(&in);
  ASSERT_TRUE(back.ok());
  std::string again;
  back->AppendTo(&again);
  EXPECT_EQ(again, bytes);
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
