#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace dyad::ingest {
namespace {

TEST(JsonlReader, Fields) {
  CollectingDiagnostics d;
  auto articles = ReadString(
      "in.jsonl",
      "{\"id\":\"a\",\"date\":\"2024-04-24\",\"title\":\"T\",\"text\":\"WASHINGTON, May 3 (AP) - "
      "Senate voted.\",\"url\":\"https://ex.com/a\",\"extra\":[1,2]}\n"
      "{\"id\":7,\"date\":\"20240425\",\"text\":\"x\",\"source\":\"The Daily\"}\n"
      "{\"date\":\"2024-04-26T10:00:00Z\",\"url\":\"https://ex.com/c\",\"text\":\"y\"}\n"
      "{\"text\":\"no url\"}\n",
      &d);
  ASSERT_EQ(articles.size(), 4u) << Reports(d);
  EXPECT_EQ(articles[0].id, "a");
  EXPECT_EQ(articles[0].date, "2024-04-24");
  EXPECT_EQ(articles[0].dateline, "WASHINGTON");
  EXPECT_EQ(articles[0].source, "AP");
  EXPECT_EQ(articles[0].text.substr(articles[0].body_begin), "Senate voted.");
  EXPECT_EQ(articles[1].id, "7");
  EXPECT_EQ(articles[1].date, "2024-04-25");
  EXPECT_EQ(articles[1].source, "The Daily");
  EXPECT_EQ(articles[2].id, HashId("https://ex.com/c"));
  EXPECT_EQ(articles[2].date, "2024-04-26");
  EXPECT_EQ(articles[2].line, 3);
  EXPECT_EQ(articles[3].id, HashId("no url"));
  EXPECT_EQ(d.entries().size(), 0u) << Reports(d);
}

TEST(JsonlReader, HtmlRecord) {
  CollectingDiagnostics d;
  auto articles = ReadString(
      "in.jsonl",
      "{\"id\":\"h\",\"html\":\"<html><head><title>Head</title></head><body><p>One.</p><p>Two.</p>"
      "<script>x()</script></body></html>\"}\n",
      &d);
  ASSERT_EQ(articles.size(), 1u) << Reports(d);
  EXPECT_EQ(articles[0].text, "One.\n\nTwo.");
  EXPECT_EQ(articles[0].title, "Head");
}

TEST(JsonlReader, BadLinesAreReportedAndSkipped) {
  struct Case {
    std::string line;
    const char* reason_start;
  };
  const Case cases[] = {
      {"{\"id\":\"b\",\"text\":\"Tw", "malformed JSON"},
      {"{\"id\":\"b\",}", "malformed JSON"},
      {"[1,2,3]", "expected a JSON object"},
      {"\"just a string\"", "expected a JSON object"},
      {"{\"id\":\"b\",\"text\":\"Caf\xe9\"}", "invalid UTF-8"},
      {"{\"id\":\"b\"} trailing", "malformed JSON"},
      {std::string(3000, '['), "malformed JSON"},
  };
  for (const auto& c : cases) {
    CollectingDiagnostics d;
    auto articles = ReadString("in.jsonl",
                               "{\"id\":\"a\",\"text\":\"One.\"}\n" + c.line +
                                   "\n{\"id\":\"c\",\"text\":\"Three.\"}\n",
                               &d);
    ASSERT_EQ(articles.size(), 2u) << c.line.substr(0, 40);
    EXPECT_EQ(articles[0].id, "a");
    EXPECT_EQ(articles[1].id, "c");
    EXPECT_EQ(articles[1].line, 3);
    ASSERT_EQ(d.error_count(), 1) << Reports(d);
    EXPECT_EQ(d.entries()[0].file, "in.jsonl");
    EXPECT_EQ(d.entries()[0].line, 2);
    EXPECT_TRUE(d.entries()[0].reason.starts_with(c.reason_start)) << d.entries()[0].reason;
  }
}

TEST(JsonlReader, HugeLineIsRejectedCheaply) {
  IngestOptions options;
  options.max_record_bytes = 1 << 20;
  // A 50 MB line over a 1 MB limit: drained, not kept, and reported once.
  std::string big = "{\"id\":\"big\",\"text\":\"" + std::string(50u << 20, 'x') + "\"}";
  CollectingDiagnostics d;
  auto articles = ReadString("in.jsonl", "{\"id\":\"a\",\"text\":\"1\"}\n" + big + "\n{\"id\":\"c\",\"text\":\"3\"}\n",
                             &d, options);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[1].id, "c");
  ASSERT_EQ(d.error_count(), 1);
  EXPECT_EQ(d.entries()[0].line, 2);
}

TEST(JsonlReader, HugeLineUnderTheLimitIsParsed) {
  std::string big = "{\"id\":\"big\",\"text\":\"" + std::string(50u << 20, 'x') + "\"}";
  CollectingDiagnostics d;
  auto articles = ReadString("in.jsonl", big, &d);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].text.size(), 50u << 20);
}

TEST(JsonlReader, BadDateWarnsAndKeepsTheRecord) {
  CollectingDiagnostics d;
  IngestOptions options;
  options.default_date = "2020-01-01";
  auto articles = ReadString("in.jsonl", "{\"id\":\"a\",\"date\":\"2024-02-30\",\"text\":\"x\"}\n", &d, options);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].date, "2020-01-01");
  EXPECT_EQ(d.warning_count(), 1);
}

}  // namespace
}  // namespace dyad::ingest
