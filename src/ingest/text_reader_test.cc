#include "ingest/text_header.h"

#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace dyad::ingest {
namespace {

TEST(TextHeader, TitleDateAndBody) {
  struct Case {
    const char* in;
    const char* title;
    const char* date;
    const char* body;
  };
  const Case cases[] = {
      {"Title\nBody.\n", "Title", "", "Body.\n"},
      {"\n\n  Title  \r\n\r\nBody.", "Title", "", "\r\nBody."},
      {"Title\nApr 24, 2024\n\nBody.", "Title", "2024-04-24", "\nBody."},
      {"Title\nBy Jane Doe\nApril 24, 2024 7:25 PM\nBody.", "Title", "2024-04-24", "Body."},
      {"Title\nUpdated April 24, 2024 7:25 PM EDT\nBody.", "Title", "2024-04-24", "Body."},
      {"Title\nPublished: 2024-04-24\nBody.", "Title", "2024-04-24", "Body."},
      {"Title\n24 April 2024\nBody.", "Title", "2024-04-24", "Body."},
      {"Title\nWednesday, April 24, 2024\nBody.", "Title", "2024-04-24", "Body."},
      {"Title\nBy Jane Doe | April 24, 2024\nBody.", "Title", "2024-04-24", "Body."},
      {"Title\nBy Jane Doe and John Roe, Reuters\nBody.", "Title", "", "Body."},
      // Not metadata: sentences that merely start like it.
      {"Title\nBy Tuesday, the talks had failed.\n", "Title", "", "By Tuesday, the talks had failed.\n"},
      {"Title\nOn April 24, 2024 the talks failed.\n", "Title", "",
       "On April 24, 2024 the talks failed.\n"},
      {"Title\nApril 24, 2024 was a day of talks.\n", "Title", "",
       "April 24, 2024 was a day of talks.\n"},
      {"April 24, 2024\nTitle\nBody.", "Title", "2024-04-24", "Body."},
      {"By Jane Doe\n\nTitle\nUpdated 2024-04-25\nBody.", "Title", "2024-04-25", "Body."},
      {"", "", "", ""},
      {"Only a title", "Only a title", "", ""},
  };
  for (const auto& c : cases) {
    TextHeader h = ParseTextHeader(c.in);
    EXPECT_EQ(h.title, c.title) << c.in;
    EXPECT_EQ(h.date, c.date) << c.in;
    EXPECT_EQ(std::string_view(c.in).substr(h.body_offset), c.body) << c.in;
  }
}

TEST(TextReader, Article) {
  CollectingDiagnostics d;
  auto articles = ReadString(
      "news/a1.txt",
      "Talks resume in Geneva\nBy Jane Doe\nApril 24, 2024\n\n"
      "GENEVA (Reuters) – Talks resumed on Monday.\n",
      &d);
  ASSERT_EQ(articles.size(), 1u);
  const Article& a = articles[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.title, "Talks resume in Geneva");
  EXPECT_EQ(a.date, "2024-04-24");
  EXPECT_EQ(a.dateline, "GENEVA");
  EXPECT_EQ(a.source, "Reuters");
  EXPECT_EQ(a.text, "\nGENEVA (Reuters) – Talks resumed on Monday.\n");
  EXPECT_EQ(a.text.substr(a.body_begin), "Talks resumed on Monday.\n");
  EXPECT_EQ(a.format, InputFormat::kText);
  EXPECT_EQ(d.entries().size(), 0u) << Reports(d);
}

TEST(TextReader, DefaultDateOnlyWhenUndated) {
  IngestOptions options;
  options.default_date = "2020-01-01";
  CollectingDiagnostics d;
  auto undated = ReadString("a.txt", "T\nBody.", &d, options);
  auto dated = ReadString("b.txt", "T\n2024-04-24\nBody.", &d, options);
  ASSERT_EQ(undated.size(), 1u);
  ASSERT_EQ(dated.size(), 1u);
  EXPECT_EQ(undated[0].date, "2020-01-01");
  EXPECT_EQ(dated[0].date, "2024-04-24");
}

TEST(TextReader, StdinIdIsAHashOfTheContent) {
  CollectingDiagnostics d;
  auto articles = ReadString("-", "T\nBody.", &d);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].id, HashId("T\nBody."));
}

TEST(TextReader, InvalidUtf8SkipsTheFile) {
  CollectingDiagnostics d;
  auto articles = ReadString("a.txt", "Title\nok line\nCaf\xe9\n", &d);
  EXPECT_TRUE(articles.empty());
  ASSERT_EQ(d.error_count(), 1);
  EXPECT_EQ(d.entries()[0].line, 3);
  EXPECT_NE(d.entries()[0].reason.find("invalid UTF-8"), std::string::npos);
}

TEST(TextReader, TitleOnlyWarns) {
  CollectingDiagnostics d;
  auto articles = ReadString("a.txt", "Just a title\n", &d);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(d.warning_count(), 1);
}

TEST(TextReader, ByteOrderMarkIsDropped) {
  CollectingDiagnostics d;
  auto articles = ReadString("a.txt", "\xEF\xBB\xBFTitle\nBody.", &d);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].title, "Title");
  auto jsonl = ReadString("a.jsonl", "\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"x\"}\n", &d);
  ASSERT_EQ(jsonl.size(), 1u);
  EXPECT_EQ(d.error_count(), 0) << Reports(d);
}

TEST(TextReader, TooLargeIsSkipped) {
  IngestOptions options;
  options.max_record_bytes = 100;
  CollectingDiagnostics d;
  auto articles = ReadString("a.txt", "T\n" + std::string(500, 'x'), &d, options);
  EXPECT_TRUE(articles.empty());
  EXPECT_EQ(d.error_count(), 1);
}

}  // namespace
}  // namespace dyad::ingest
