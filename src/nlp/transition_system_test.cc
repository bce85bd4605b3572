#include "nlp/transition_system.h"

#include <gtest/gtest.h>

#include <random>

namespace dyad::nlp {
namespace {

TEST(CheckTree, AcceptsTreesOnly) {
  const struct {
    std::vector<int> heads;
    bool tree;
  } cases[] = {
      {{}, true},
      {{0}, true},
      {{2, 0}, true},
      {{2, 0, 2, 3}, true},
      {{0, 0}, false},        // Two roots.
      {{2, 1}, false},        // Cycle, no root.
      {{2, 3, 2, 0}, false},  // Cycle 2 -> 3 -> 2 beside the root.
      {{1}, false},           // Own head.
      {{3, 0}, false},        // Head out of range.
      {{-1, 0}, false},       // No head.
  };
  for (const auto& c : cases) {
    EXPECT_EQ(CheckTree(c.heads), c.tree) << ::testing::PrintToString(c.heads);
  }
}

TEST(CheckTree, Projectivity) {
  EXPECT_TRUE(IsProjective({2, 0, 2, 2}));
  EXPECT_FALSE(IsProjective({3, 4, 0, 3}));  // 1 <- 3 crosses 2 <- 4.
}

// Follows zero-cost (or least-cost) moves to the end; returns wrong heads.
int FollowOracle(ParseState s, const GoldTree& gold, const std::vector<int>& heads) {
  while (!s.Terminal()) {
    int best = -1, best_cost = 0;
    for (int m = 0; m < kMoves; ++m) {
      if (!s.Legal(static_cast<Move>(m))) continue;
      const int c = gold.Cost(s, static_cast<Move>(m));
      if (best < 0 || c < best_cost) {
        best = m;
        best_cost = c;
      }
    }
    s.Apply(static_cast<Move>(best), 0);
  }
  int wrong = 0;
  for (size_t i = 0; i < heads.size(); ++i) wrong += s.head[i + 1] != heads[i];
  return wrong;
}

TEST(TransitionSystem, CostsOnASmallTree) {
  // Lavrov criticised Ankara .
  const std::vector<int> heads = {2, 0, 2, 2};
  const GoldTree gold(heads);
  ParseState s;
  s.Reset(4);
  EXPECT_TRUE(s.Legal(kShift));
  EXPECT_FALSE(s.Legal(kLeft));   // s0 is ROOT.
  EXPECT_FALSE(s.Legal(kRight));  // Nothing above ROOT.
  EXPECT_EQ(gold.Cost(s, kShift), 0);
  s.Apply(kShift, -1);  // [ROOT Lavrov] | criticised Ankara .
  EXPECT_FALSE(s.Legal(kRight));  // Onto ROOT only as the last move.
  EXPECT_EQ(gold.Cost(s, kLeft), 0);
  // Shifting "criticised" loses its head (ROOT, now below s0) and its
  // dependent Lavrov (on the stack).
  EXPECT_EQ(gold.Cost(s, kShift), 2);
  s.Apply(kLeft, 7);  // criticised -> Lavrov
  EXPECT_EQ(s.head[1], 2);
  EXPECT_EQ(s.label[1], 7);
  EXPECT_EQ(s.left1[2], 1);
  s.Apply(kShift, -1);  // [ROOT criticised] | Ankara .
  s.Apply(kShift, -1);  // [ROOT criticised Ankara] | .
  EXPECT_EQ(gold.Cost(s, kRight), 0);
  EXPECT_EQ(gold.Cost(s, kLeft), 1);   // Ankara would take "." as head.
  EXPECT_EQ(gold.Cost(s, kShift), 1);  // "." could no longer hang from criticised.
  EXPECT_EQ(FollowOracle(s, gold, heads), 0);
}

TEST(TransitionSystem, OracleRebuildsProjectiveTrees) {
  const std::vector<std::vector<int>> trees = {
      {0}, {2, 0}, {0, 1}, {2, 0, 2, 2}, {3, 3, 5, 5, 0, 7, 5, 5}, {0, 1, 2, 3, 4}, {2, 3, 4, 5, 0}};
  for (const auto& heads : trees) {
    ASSERT_TRUE(IsProjective(heads));
    ParseState s;
    s.Reset(static_cast<int>(heads.size()));
    EXPECT_EQ(FollowOracle(s, GoldTree(heads), heads), 0) << ::testing::PrintToString(heads);
  }
}

// A random projective tree: each word's head is a random word of the span
// built so far, generated recursively.
void RandomProjective(int begin, int end, int parent, std::mt19937* rng, std::vector<int>* heads) {
  if (begin >= end) return;
  const int root = begin + static_cast<int>((*rng)() % (end - begin));
  (*heads)[root - 1] = parent;
  RandomProjective(begin, root, root, rng, heads);
  RandomProjective(root + 1, end, root, rng, heads);
}

// The defining property of a dynamic oracle: from any state, taking move m
// and then playing optimally loses exactly Cost(m) more arcs than playing
// optimally at once (exact for projective gold trees).
TEST(TransitionSystem, DynamicOracleCostsAreExact) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 300; ++trial) {
    const int n = 1 + trial % 12;
    std::vector<int> heads(n);
    RandomProjective(1, n + 1, 0, &rng, &heads);
    ASSERT_TRUE(CheckTree(heads));
    const GoldTree gold(heads);
    ParseState s;
    s.Reset(n);
    while (!s.Terminal()) {
      const int best = FollowOracle(s, gold, heads);
      std::vector<int> legal;
      for (int m = 0; m < kMoves; ++m) {
        if (!s.Legal(static_cast<Move>(m))) continue;
        legal.push_back(m);
        ParseState next = s;
        next.Apply(static_cast<Move>(m), 0);
        EXPECT_EQ(FollowOracle(next, gold, heads), best + gold.Cost(s, static_cast<Move>(m)))
            << "trial " << trial << " move " << m;
      }
      s.Apply(static_cast<Move>(legal[rng() % legal.size()]), 0);  // Wander off.
    }
  }
}

TEST(TransitionSystem, AnyMovesGiveOneRootedTree) {
  std::mt19937 rng(3);
  ParseState s;
  for (int n = 0; n < 60; ++n) {
    s.Reset(n);
    int moves = 0;
    while (!s.Terminal()) {
      std::vector<Move> legal;
      for (int m = 0; m < kMoves; ++m) {
        if (s.Legal(static_cast<Move>(m))) legal.push_back(static_cast<Move>(m));
      }
      ASSERT_FALSE(legal.empty());
      s.Apply(legal[rng() % legal.size()], 0);
      ++moves;
    }
    EXPECT_EQ(moves, 2 * n);
    std::vector<int> heads(s.head.begin() + 1, s.head.end());
    EXPECT_TRUE(CheckTree(heads)) << ::testing::PrintToString(heads);
  }
}

TEST(TransitionSystem, NonProjectiveGoldLosesOnlyTheCrossingArcs) {
  const std::vector<int> heads = {3, 4, 0, 3};  // 1 <- 3 crosses 2 <- 4.
  ParseState s;
  s.Reset(4);
  EXPECT_EQ(FollowOracle(s, GoldTree(heads), heads), 1);
}

}  // namespace
}  // namespace dyad::nlp
