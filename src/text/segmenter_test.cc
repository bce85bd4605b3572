#include <gtest/gtest.h>

#include "text/text.h"

namespace dyad::text {
namespace {

std::vector<std::string> Sentences(std::string_view text) {
  auto seg = Segmenter::Create({});
  EXPECT_TRUE(seg.ok());
  std::vector<Sentence> out;
  (*seg)->Segment(text, 0, &out);
  std::vector<std::string> r;
  for (const auto& s : out) r.emplace_back(s.Text(text));
  return r;
}

TEST(Segmenter, SplitsAtFinalPunctuationAndBlankLines) {
  EXPECT_EQ(Sentences("One two. Three four?\n\nFive"),
            (std::vector<std::string>{"One two.", "Three four?", "Five"}));
}

TEST(Segmenter, OffsetsPointIntoTheText) {
  std::string text = "  Hello world.";
  auto seg = Segmenter::Create({});
  std::vector<Sentence> out;
  (*seg)->Segment(text, 0, &out);
  ASSERT_EQ(out.size(), 1u);
  for (const auto& t : out[0].tokens) EXPECT_EQ(text.substr(t.begin, t.end - t.begin), t.form);
}

TEST(Segmenter, EmptyTextGivesNoSentences) { EXPECT_TRUE(Sentences("  \n ").empty()); }

}  // namespace
}  // namespace dyad::text
