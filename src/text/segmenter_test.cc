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

TEST(Segmenter, ForEachSentenceGivesWhatSegmentGives) {
  const std::string text =
      "WASHINGTON (AP) - The U.S. Senate voted on Monday. Sen. Smith said: \"We won.\"\n\n"
      "Headline without a period\nThe next line starts here... and ends here.   ";
  auto seg = Segmenter::Create({});
  ASSERT_TRUE(seg.ok());
  std::vector<Sentence> all;
  (*seg)->Segment(text, 16, &all);
  std::vector<std::pair<uint32_t, uint32_t>> seen;
  std::vector<size_t> token_counts;
  (*seg)->ForEachSentence(text, 16, [&](const Sentence& s) {
    seen.emplace_back(s.begin, s.end);
    token_counts.push_back(s.tokens.size());
  });
  ASSERT_EQ(seen.size(), all.size());
  for (size_t i = 0; i < all.size(); ++i) {
    EXPECT_EQ(seen[i], std::make_pair(all[i].begin, all[i].end));
    EXPECT_EQ(token_counts[i], all[i].tokens.size());
  }
  EXPECT_GE(all.front().begin, 16u);
}

TEST(Segmenter, EmptyTextGivesNoSentences) { EXPECT_TRUE(Sentences("  \n ").empty()); }

}  // namespace
}  // namespace dyad::text
