#include <gtest/gtest.h>

#include "text/text.h"

namespace dyad::text {
namespace {

constexpr char kDoc[] =
    "# sent_id = x-1\n"
    "# newpar id = p1\n"
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t3:nsubj\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n"
    "4.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t4:conj\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n"
    "\n";

TEST(Conllu, ReadsWordsRangesAndEmptyNodes) {
  CollectingDiagnostics d;
  auto s = ReadConllu(kDoc, "in.conllu", 1, &d);
  ASSERT_EQ(d.error_count(), 0);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].conllu_text, "I don't know.");
  ASSERT_EQ(s[0].tokens.size(), 5u);
  EXPECT_EQ(s[0].tokens[2].form, "n't");
  EXPECT_FALSE(s[0].tokens[3].space_after);
  ASSERT_EQ(s[0].conllu_extra.size(), 2u);
  EXPECT_EQ(s[0].conllu_extra[0].before_word, 1u);
  EXPECT_EQ(s[0].conllu_extra[1].before_word, 4u);
  EXPECT_EQ(s[0].conllu_comments, std::vector<std::string>{"# newpar id = p1"});
}

TEST(Conllu, RoundTripReplacesOnlyPredictedColumns) {
  CollectingDiagnostics d;
  auto s = ReadConllu(kDoc, "in.conllu", 1, &d);
  ASSERT_EQ(s.size(), 1u);
  std::string out;
  WriteConlluSentence(s[0], "", "x-1", {}, &out);
  EXPECT_EQ(out,
            "# sent_id = x-1\n"
            "# newpar id = p1\n"
            "# text = I don't know.\n"
            "1\tI\t_\t_\t_\t_\t_\t_\t3:nsubj\t_\n"
            "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
            "2\tdo\t_\t_\t_\t_\t_\t_\t4:aux\t_\n"
            "3\tn't\t_\t_\t_\t_\t_\t_\t4:advmod\t_\n"
            "4\tknow\t_\t_\t_\t_\t_\t_\t0:root\tSpaceAfter=No\n"
            "4.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t4:conj\t_\n"
            "5\t.\t_\t_\t_\t_\t_\t_\t4:punct\t_\n"
            "\n");
}

TEST(Conllu, BadLineSkipsOnlyItsSentence) {
  std::string doc = std::string(kDoc) + "# text = Bad.\n1\tBad\n\n" + kDoc;
  CollectingDiagnostics d;
  auto s = ReadConllu(doc, "in.conllu", 10, &d);
  EXPECT_EQ(s.size(), 2u);
  ASSERT_EQ(d.error_count(), 1);
  EXPECT_EQ(d.entries()[0].line, 10 + 11 + 1);
}

TEST(Conllu, WritesOffsetsForSegmentedText) {
  std::string text = "Hi there.";
  Sentence s;
  s.begin = 0;
  s.end = 9;
  s.tokens = {{0, 2, "Hi", true}, {3, 8, "there", false}, {8, 9, ".", false}};
  std::string out;
  WriteConlluSentence(s, text, "a-1", {}, &out);
  EXPECT_EQ(out,
            "# sent_id = a-1\n# text = Hi there.\n"
            "1\tHi\t_\t_\t_\t_\t_\t_\t_\tTokenRange=0:2\n"
            "2\tthere\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=3:8\n"
            "3\t.\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No|TokenRange=8:9\n\n");
}

}  // namespace
}  // namespace dyad::text
