// The shipped models/parser.model ($DYAD_HOME, set by ctest to the source
// tree) on sentences written for this test, with tags as a tagger gives.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>

#include "base/diagnostics.h"
#include "nlp/parser.h"
#include "nlp/transition_system.h"
#include "text/text.h"

namespace dyad::nlp {
namespace {

std::string Home() {
  const char* home = std::getenv("DYAD_HOME");
  return home != nullptr && *home != '\0' ? home : ".";
}

const Parser& Shipped() {
  static const std::unique_ptr<Parser> parser = [] {
    auto p = Parser::Load(Home() + "/models/parser.model");
    EXPECT_TRUE(p.ok()) << p.status().ToString();
    return p.ok() ? std::move(*p) : nullptr;
  }();
  return *parser;
}

struct Parsed {
  std::vector<std::string> forms;
  std::vector<int> heads;
  std::vector<std::string> deprels;
  // 1-based index of the word `form` (first occurrence).
  int At(const std::string& form) const {
    for (size_t i = 0; i < forms.size(); ++i) {
      if (forms[i] == form) return static_cast<int>(i) + 1;
    }
    ADD_FAILURE() << "no word " << form;
    return 1;
  }
  int Head(const std::string& form) const { return heads[At(form) - 1]; }
  const std::string& Rel(const std::string& form) const { return deprels[At(form) - 1]; }
};

// "form/UPOS/XPOS form/UPOS/XPOS ..."
Parsed ParseTagged(const std::string& tagged) {
  Parsed out;
  std::vector<std::string> upos, xpos;
  std::istringstream in(tagged);
  for (std::string item; in >> item;) {
    const size_t a = item.find('/', 1), b = item.rfind('/');
    out.forms.push_back(item.substr(0, a));
    upos.push_back(item.substr(a + 1, b - a - 1));
    xpos.push_back(item.substr(b + 1));
  }
  std::vector<ParserWord> words;
  for (size_t i = 0; i < out.forms.size(); ++i) words.push_back({out.forms[i], "", upos[i], xpos[i], ""});
  Shipped().Parse(words, &out.heads, &out.deprels);
  EXPECT_TRUE(CheckTree(out.heads)) << tagged;
  return out;
}

TEST(ShippedParser, LoadsQuickly) {
  const auto start = std::chrono::steady_clock::now();
  auto p = Parser::Load(Home() + "/models/parser.model");
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_LT(seconds, 2.0);  // ~0.15 s on the reference machine; loose for sanitizers.
}

TEST(ShippedParser, SubjectAndObject) {
  const Parsed p = ParseTagged("Lavrov/PROPN/NNP criticised/VERB/VBD Ankara/PROPN/NNP ./PUNCT/.");
  EXPECT_EQ(p.Head("criticised"), 0);
  EXPECT_EQ(p.Rel("criticised"), "root");
  EXPECT_EQ(p.Head("Lavrov"), p.At("criticised"));
  EXPECT_EQ(p.Rel("Lavrov"), "nsubj");
  EXPECT_EQ(p.Head("Ankara"), p.At("criticised"));
  EXPECT_EQ(p.Rel("Ankara"), "obj");
}

TEST(ShippedParser, PassiveAgent) {
  const Parsed p = ParseTagged(
      "Ankara/PROPN/NNP was/AUX/VBD criticised/VERB/VBN by/ADP/IN Lavrov/PROPN/NNP ./PUNCT/.");
  EXPECT_EQ(p.Head("criticised"), 0);
  EXPECT_EQ(p.Head("Ankara"), p.At("criticised"));
  EXPECT_EQ(p.Rel("Ankara"), "nsubj:pass");
  EXPECT_EQ(p.Head("Lavrov"), p.At("criticised"));
  if (p.Rel("Lavrov") != "obl:agent") {
    EXPECT_EQ(p.Rel("Lavrov"), "obl");
    EXPECT_EQ(p.Head("by"), p.At("Lavrov"));
    EXPECT_EQ(p.Rel("by"), "case");
  }
}

TEST(ShippedParser, WithPartner) {
  const Parsed p = ParseTagged(
      "Modi/PROPN/NNP held/VERB/VBD talks/NOUN/NNS with/ADP/IN Albanese/PROPN/NNP ./PUNCT/.");
  EXPECT_EQ(p.Head("held"), 0);
  EXPECT_EQ(p.Rel("Modi"), "nsubj");
  EXPECT_EQ(p.Head("talks"), p.At("held"));
  EXPECT_EQ(p.Rel("talks"), "obj");
  const bool obl_of_held = p.Head("Albanese") == p.At("held") && p.Rel("Albanese") == "obl";
  const bool nmod_of_talks = p.Head("Albanese") == p.At("talks") && p.Rel("Albanese") == "nmod";
  EXPECT_TRUE(obl_of_held || nmod_of_talks)
      << "Albanese: head " << p.Head("Albanese") << " " << p.Rel("Albanese");
  EXPECT_EQ(p.Head("with"), p.At("Albanese"));
  EXPECT_EQ(p.Rel("with"), "case");
}

// Over the committed sample: a tree with one root labelled "root" for every
// sentence, and most arcs right.
TEST(ShippedParser, TreesOverTheSample) {
  const std::string path = Home() + "/src/nlp/testdata/parser_sample.conllu";
  std::ifstream f(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  CollectingDiagnostics diag;
  const auto sentences = text::ReadConllu(bytes, path, 1, &diag);
  ASSERT_GE(sentences.size(), 30u);
  size_t words = 0, heads_right = 0, labels_right = 0;
  std::vector<int> heads;
  std::vector<std::string> deprels;
  for (const auto& s : sentences) {
    std::vector<ParserWord> w;
    for (const auto& c : s.conllu_columns) w.push_back({c[1], c[2], c[3], c[4], c[5]});
    Shipped().Parse(w, &heads, &deprels);
    ASSERT_EQ(heads.size(), w.size());
    EXPECT_TRUE(CheckTree(heads)) << s.conllu_text;
    for (size_t i = 0; i < heads.size(); ++i) {
      EXPECT_EQ(heads[i] == 0, deprels[i] == "root") << s.conllu_text;
      ++words;
      if (std::to_string(heads[i]) == s.conllu_columns[i][6]) {
        ++heads_right;
        labels_right += deprels[i] == s.conllu_columns[i][7];
      }
    }
  }
  EXPECT_GE(100.0 * heads_right / words, 85.0);
  EXPECT_GE(100.0 * labels_right / words, 80.0);
}

// Whatever the input (nonsense tags, a long run-on), the output is a tree.
TEST(ShippedParser, AlwaysATree) {
  std::vector<std::string> forms, tags = {"NOUN", "VERB", "ADP", "PUNCT", "X", "DET"};
  std::vector<ParserWord> words;
  for (int i = 0; i < 300; ++i) forms.push_back("w" + std::to_string(i % 17));
  for (int i = 0; i < 300; ++i) {
    words.push_back({forms[i], "", tags[(i * 7) % tags.size()], tags[(i * 5) % tags.size()], ""});
  }
  std::vector<int> heads;
  std::vector<std::string> deprels;
  for (size_t n : {1, 2, 3, 50, 300}) {
    std::vector<ParserWord> part(words.begin(), words.begin() + n);
    Shipped().Parse(part, &heads, &deprels);
    EXPECT_TRUE(CheckTree(heads)) << n;
    EXPECT_EQ(deprels.size(), n);
  }
}

}  // namespace
}  // namespace dyad::nlp
