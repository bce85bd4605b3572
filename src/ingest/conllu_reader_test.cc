#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace dyad::ingest {
namespace {

constexpr char kTok1[] = "1\tHi\thi\tINTJ\t_\t_\t0\troot\t_\t_\n";

TEST(ConlluReader, SplitsAtNewdoc) {
  const std::string in = std::string("# newdoc id = d1\n# sent_id = 1\n") + kTok1 + "\n" +
                         "# newdoc id = d2\n# sent_id = 1\n" + kTok1 + "\n" +
                         "# newdoc\n" + kTok1 + "\n";
  CollectingDiagnostics d;
  auto docs = ReadString("corpus.conllu", in, &d);
  ASSERT_EQ(docs.size(), 3u) << Reports(d);
  EXPECT_EQ(docs[0].id, "d1");
  EXPECT_EQ(docs[0].line, 1);
  EXPECT_EQ(docs[0].format, InputFormat::kConllu);
  EXPECT_EQ(docs[0].text, std::string("# newdoc id = d1\n# sent_id = 1\n") + kTok1 + "\n");
  EXPECT_EQ(docs[1].id, "d2");
  EXPECT_EQ(docs[1].line, 5);
  EXPECT_EQ(docs[2].id, "corpus-3");  // `# newdoc` without an id.
  EXPECT_EQ(docs[2].line, 9);
  EXPECT_EQ(d.entries().size(), 0u) << Reports(d);
}

TEST(ConlluReader, WholeFileIsOneDocument) {
  const std::string in = std::string("# sent_id = 1\n") + kTok1 + "\n# sent_id = 2\n" + kTok1;
  CollectingDiagnostics d;
  IngestOptions options;
  options.default_date = "2024-04-24";
  auto docs = ReadString("dir/story.conllu", in, &d, options);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "story");
  EXPECT_EQ(docs[0].date, "2024-04-24");
  EXPECT_EQ(docs[0].text, in);
}

TEST(ConlluReader, SniffedFromStdinLikeInput) {
  CollectingDiagnostics d;
  auto docs = ReadString("-", std::string("# newdoc id = x\n") + kTok1, &d);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].format, InputFormat::kConllu);
  EXPECT_EQ(docs[0].id, "x");
}

TEST(ConlluReader, InvalidUtf8SkipsOnlyThatDocument) {
  const std::string in = std::string("# newdoc id = a\n1\tCaf\xe9\t_\t_\t_\t_\t0\troot\t_\t_\n\n") +
                         "# newdoc id = b\n" + kTok1;
  CollectingDiagnostics d;
  auto docs = ReadString("x.conllu", in, &d);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "b");
  ASSERT_EQ(d.error_count(), 1);
  EXPECT_EQ(d.entries()[0].line, 2);
  EXPECT_EQ(d.entries()[0].reason, "invalid UTF-8; document skipped");
}

TEST(ConlluReader, LeadingBlankLinesAreIgnored) {
  CollectingDiagnostics d;
  auto docs = ReadString("x.conllu", std::string("\n\n# newdoc id = a\n") + kTok1, &d);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].line, 3);
}

}  // namespace
}  // namespace dyad::ingest
