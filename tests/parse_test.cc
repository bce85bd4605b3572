// `dyad parse` with the shipped tagger and parser: tree invariants over a
// committed sample of sentences (tests/data/parse-sample.txt), a few known
// constructions, --threads, --segment-only.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "run_dyad.h"

namespace dyad::testing {
namespace {

struct Word {
  int id = 0;
  std::string form, lemma, upos, xpos, feats, head, deprel;
};
using Tree = std::vector<Word>;

std::vector<Tree> ReadTrees(const std::string& conllu) {
  std::vector<Tree> trees(1);
  std::istringstream in(conllu);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) {
      if (!trees.back().empty()) trees.emplace_back();
      continue;
    }
    if (line[0] == '#') continue;
    std::vector<std::string> c;
    std::istringstream cols(line);
    for (std::string col; std::getline(cols, col, '\t');) c.push_back(col);
    if (c.size() != 10 || c[0].find_first_of("-.") != std::string::npos) continue;
    trees.back().push_back({std::stoi(c[0]), c[1], c[2], c[3], c[4], c[5], c[6], c[7]});
  }
  if (trees.back().empty()) trees.pop_back();
  return trees;
}

// "" if the tree is well formed, else what is wrong.
std::string TreeProblem(const Tree& t) {
  const int n = static_cast<int>(t.size());
  std::vector<int> heads;
  for (const Word& w : t) {
    if (w.head.empty() || w.head.find_first_not_of("0123456789") != std::string::npos) {
      return "word " + std::to_string(w.id) + " has head '" + w.head + "'";
    }
    heads.push_back(std::stoi(w.head));
    if (heads.back() > n || heads.back() == w.id) return "bad head of word " + std::to_string(w.id);
  }
  int roots = 0;
  for (int h : heads) roots += h == 0;
  if (roots != 1) return std::to_string(roots) + " roots";
  for (int i = 1; i <= n; ++i) {
    std::set<int> seen;
    for (int j = i; j != 0; j = heads[j - 1]) {
      if (!seen.insert(j).second) return "cycle through word " + std::to_string(i);
    }
  }
  return "";
}

const Word* FindWord(const Tree& t, const std::string& form) {
  for (const Word& w : t) {
    if (w.form == form) return &w;
  }
  return nullptr;
}

TEST(Parse, EveryTreeOfTheSampleIsWellFormed) {
  RunResult r = RunDyad("parse --date 2024-01-01 tests/data/parse-sample.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<Tree> trees = ReadTrees(r.out);
  ASSERT_GE(trees.size(), 30u);
  for (const Tree& t : trees) {
    std::string words;
    for (const Word& w : t) words += w.form + " ";
    EXPECT_EQ(TreeProblem(t), "") << words;
    for (const Word& w : t) {
      EXPECT_NE(w.upos, "_") << words;
      EXPECT_NE(w.lemma, "_") << words;
      EXPECT_NE(w.deprel, "_") << words;
    }
  }
}

TEST(Parse, KnownConstructions) {
  RunResult r = RunDyad(
      "parse --date 2024-01-01 --input jsonl -",
      R"({"id":"k","text":"Lavrov criticised Ankara. Ankara was criticised by Lavrov. )"
      R"(Modi held talks with Albanese."})"
      "\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<Tree> trees = ReadTrees(r.out);
  ASSERT_EQ(trees.size(), 3u) << r.out;
  // Subject and object.
  const Word* lavrov = FindWord(trees[0], "Lavrov");
  const Word* ankara = FindWord(trees[0], "Ankara");
  ASSERT_TRUE(lavrov && ankara);
  EXPECT_EQ(lavrov->deprel, "nsubj");
  EXPECT_EQ(lavrov->head, "2");
  EXPECT_EQ(ankara->deprel, "obj");
  EXPECT_EQ(ankara->head, "2");
  // Passive: the patient is nsubj:pass, the agent an obl with "by".
  ankara = FindWord(trees[1], "Ankara");
  lavrov = FindWord(trees[1], "Lavrov");
  const Word* by = FindWord(trees[1], "by");
  ASSERT_TRUE(lavrov && ankara && by);
  EXPECT_EQ(ankara->deprel, "nsubj:pass");
  EXPECT_EQ(lavrov->head, "3");  // criticised
  EXPECT_TRUE(lavrov->deprel == "obl" || lavrov->deprel == "obl:agent") << lavrov->deprel;
  EXPECT_EQ(by->deprel, "case");
  EXPECT_EQ(by->head, "5");
  // "with" partner: Albanese hangs from "held" (obl) or "talks" (nmod).
  const Word* albanese = FindWord(trees[2], "Albanese");
  ASSERT_TRUE(albanese);
  EXPECT_TRUE((albanese->head == "2" && albanese->deprel == "obl") ||
              (albanese->head == "3" && albanese->deprel == "nmod"))
      << albanese->head << " " << albanese->deprel;
  EXPECT_EQ(FindWord(trees[2], "held")->lemma, "hold");
  EXPECT_EQ(FindWord(trees[2], "talks")->upos, "NOUN");
}

TEST(Parse, ThreadsKeepTheOutputIdentical) {
  RunResult one = RunDyad("parse --date 2024-01-01 examples/ tests/data/parse-sample.txt");
  RunResult two =
      RunDyad("parse --date 2024-01-01 --threads 2 examples/ tests/data/parse-sample.txt");
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(two.exit_code, 0) << two.err;
  EXPECT_EQ(one.out, two.out);
  EXPECT_EQ(one.err, two.err);
  EXPECT_EQ(RunDyad("parse --threads 0 tests/data/parse-sample.txt").exit_code, 2);
}

TEST(Parse, SegmentOnlyLeavesTheColumnsEmpty) {
  RunResult r = RunDyad("parse --segment-only --date 2024-01-01 tests/data/parse-sample.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const Tree& t : ReadTrees(r.out)) {
    for (const Word& w : t) {
      EXPECT_EQ(w.upos, "_");
      EXPECT_EQ(w.head, "_");
    }
  }
}

}  // namespace
}  // namespace dyad::testing
