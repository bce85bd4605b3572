// ArticleReader as a whole: detection, ids and inputs reported as a whole.
#include "ingest/ingest.h"

#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace dyad::ingest {
namespace {

TEST(JsonlReader, BrokenSecondLineIsReportedAndSkipped) {
  MemFileSystem fs;
  fs.AddFile("in.jsonl",
             "{\"id\":\"a\",\"text\":\"One.\"}\n"
             "{\"id\":\"b\",\"text\":\"Tw\n"
             "{\"id\":\"c\",\"text\":\"Three.\"}\n");
  CollectingDiagnostics d;
  auto articles = ReadArticles(&fs, "in.jsonl", &d);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].id, "a");
  EXPECT_EQ(articles[1].id, "c");
  EXPECT_EQ(articles[1].line, 3);
  ASSERT_EQ(d.error_count(), 1);
  EXPECT_EQ(d.entries()[0].file, "in.jsonl");
  EXPECT_EQ(d.entries()[0].line, 2);
}

TEST(Ids, FromPathStripsCompressionAndFormat) {
  EXPECT_EQ(IdFromPath("news/a1.html.gz"), "a1");
  EXPECT_EQ(IdFromPath("a2.txt"), "a2");
  EXPECT_EQ(IdFromPath("dir/story.v2.zst"), "story.v2");
  EXPECT_EQ(IdFromPath("feeds/world.rss"), "world");
  EXPECT_EQ(IdFromPath("x.conllu.gz"), "x");
  EXPECT_EQ(IdFromPath("noext"), "noext");
}

TEST(Ids, HashIsStable) {
  EXPECT_EQ(HashId(""), "cbf29ce484222325");
  EXPECT_EQ(HashId("a"), HashId("a"));
  EXPECT_NE(HashId("a"), HashId("b"));
}

TEST(Ids, Rules) {
  struct Case {
    const char* path;
    std::string content;
    std::string want;
  };
  const Case cases[] = {
      {"news/a1.txt", "T\nBody.", "a1"},
      {"news/a1.html", "<p>Body.</p>", "a1"},
      {"-", "<link rel=canonical href=\"https://ex.com/x\"><p>Body.</p>", HashId("https://ex.com/x")},
      {"-", "<p>Body.</p>", HashId("<p>Body.</p>")},  // The page, not its text.
      {"in.jsonl", "{\"id\":\"given\",\"text\":\"x\"}", "given"},
      {"in.jsonl", "{\"url\":\"u\",\"text\":\"x\"}", HashId("u")},
      {"in.jsonl", "{\"text\":\"x\"}", HashId("x")},
      {"in.jsonl", "{\"html\":\"<p>x</p>\"}", HashId("<p>x</p>")},
  };
  for (const auto& c : cases) {
    CollectingDiagnostics d;
    auto articles = ReadString(c.path, c.content, &d);
    ASSERT_EQ(articles.size(), 1u) << c.content;
    EXPECT_EQ(articles[0].id, c.want) << c.content;
  }
}

TEST(ArticleReader, AutoDetectsStdin) {
  struct Case {
    std::string content;
    InputFormat want;
  };
  const Case cases[] = {
      {"{\"id\":\"a\",\"text\":\"x\"}\n", InputFormat::kJsonl},
      {"<!doctype html><p>x</p>", InputFormat::kHtml},
      {"<?xml version=\"1.0\"?><rss><channel><item><title>t</title><description>d</description>"
       "</item></channel></rss>",
       InputFormat::kRss},
      {"# newdoc id = a\n1\tx\t_\t_\t_\t_\t0\troot\t_\t_\n", InputFormat::kConllu},
      {"Title\nBody.\n", InputFormat::kText},
  };
  for (const auto& c : cases) {
    CollectingDiagnostics d;
    auto articles = ReadString("-", c.content, &d);
    ASSERT_EQ(articles.size(), 1u) << c.content << Reports(d);
    EXPECT_EQ(articles[0].format, c.want) << c.content;
    EXPECT_EQ(articles[0].file, "-");
  }
}

TEST(ArticleReader, LargeStdinIsNotTruncatedBySniffing) {
  std::string jsonl;
  for (int i = 0; i < 2000; ++i) jsonl += "{\"id\":\"" + std::to_string(i) + "\",\"text\":\"x\"}\n";
  CollectingDiagnostics d;
  auto articles = ReadString("-", jsonl, &d);
  ASSERT_EQ(articles.size(), 2000u);
  EXPECT_EQ(articles[0].id, "0");
  EXPECT_EQ(articles[1999].id, "1999");
}

TEST(ArticleReader, ExplicitFormatWins) {
  CollectingDiagnostics d;
  IngestOptions options;
  options.format = InputFormat::kText;
  auto articles = ReadString("a.html", "<p>x</p>", &d, options);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].title, "<p>x</p>");
}

TEST(ArticleReader, WholeInputsReportedAndSkipped) {
  struct Case {
    const char* path;
    std::string content;
    Severity severity;
    int64_t line;
    const char* reason_start;
  };
  const Case cases[] = {
      {"empty.txt", "", Severity::kWarning, 0, "empty input"},
      {"empty.jsonl", "", Severity::kWarning, 0, "empty input"},
      {"bin.txt", std::string("ab\ncd\0ef", 8), Severity::kError, 2, "binary file"},
      {"bin.jsonl", std::string("\x7f" "ELF\0\0\0", 7), Severity::kError, 1, "binary file"},
  };
  for (const auto& c : cases) {
    CollectingDiagnostics d;
    Status status;
    auto articles = ReadString(c.path, c.content, &d, {}, &status);
    EXPECT_TRUE(status.ok());
    EXPECT_TRUE(articles.empty()) << c.path;
    ASSERT_EQ(d.entries().size(), 1u) << c.path;
    EXPECT_EQ(d.entries()[0].severity, c.severity);
    EXPECT_EQ(d.entries()[0].line, c.line);
    EXPECT_TRUE(d.entries()[0].reason.starts_with(c.reason_start)) << d.entries()[0].reason;
  }
}

// UTF-16 with a byte order mark, little- and big-endian, to UTF-8.
std::string Utf16(std::string_view ascii, bool little_endian) {
  std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (char c : ascii) {
    out += little_endian ? std::string{c, '\0'} : std::string{'\0', c};
  }
  return out;
}

TEST(ArticleReader, Utf16IsConvertedWithAWarning) {
  for (bool le : {true, false}) {
    CollectingDiagnostics d;
    auto articles = ReadString("page.html", Utf16("<title>T</title><p>Talks resumed.</p>", le), &d);
    ASSERT_EQ(articles.size(), 1u) << Reports(d);
    EXPECT_EQ(articles[0].title, "T");
    EXPECT_EQ(articles[0].text, "Talks resumed.");
    ASSERT_EQ(d.warning_count(), 1) << Reports(d);
    EXPECT_EQ(d.entries()[0].reason, le ? "converted from UTF-16LE" : "converted from UTF-16BE");
  }
}

TEST(ArticleReader, OtherInputsGoOnAfterABadOne) {
  MemFileSystem fs;
  fs.AddFile("news/1.txt", std::string("\0\0\0", 3));
  fs.AddFile("news/2.jsonl", "{\"id\":\"ok\",\"text\":\"x\"}\n");
  fs.AddFile("news/3.rss", "not xml");
  fs.AddFile("news/4.txt", "");
  CollectingDiagnostics d;
  std::vector<Article> all;
  for (const auto& path : ExpandInputs({"news"}, &fs, &d)) {
    auto got = ReadArticles(&fs, path, &d);
    all.insert(all.end(), got.begin(), got.end());
  }
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].id, "ok");
  EXPECT_EQ(d.error_count(), 2) << Reports(d);
  EXPECT_EQ(d.warning_count(), 1) << Reports(d);
}

TEST(ArticleReader, MissingAndDirectory) {
  MemFileSystem fs;
  fs.AddFile("dir/a.txt", "x");
  CollectingDiagnostics d;
  IngestOptions options;
  auto missing = ArticleReader::Open("nope.txt", options, &fs, &d);
  EXPECT_EQ(missing.status().code(), Status::kNotFound);
  auto dir = ArticleReader::Open("dir", options, &fs, &d);
  EXPECT_EQ(dir.status().code(), Status::kInvalidArgument);
  auto paths = ExpandInputs({"dir", "nope"}, &fs, &d);
  ASSERT_EQ(paths.size(), 1u);
  EXPECT_EQ(d.error_count(), 1);
}

TEST(InputFormat, Names) {
  for (auto f : {InputFormat::kAuto, InputFormat::kText, InputFormat::kJsonl, InputFormat::kHtml,
                 InputFormat::kRss, InputFormat::kConllu}) {
    auto parsed = ParseInputFormat(InputFormatName(f));
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(*parsed, f);
  }
  EXPECT_FALSE(ParseInputFormat("pdf").ok());
}

}  // namespace
}  // namespace dyad::ingest
