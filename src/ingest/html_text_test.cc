#include "ingest/html_text.h"

#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace dyad::ingest {
namespace {

// Text handling inside the story; each case is a whole page whose story is
// all there is.
TEST(ExtractPage, Text) {
  struct Case {
    const char* html;
    const char* text;
  };
  const Case cases[] = {
      {"<p>One.</p><p>Two</p>", "One.\n\nTwo"},
      {"<p>Hello <b>big</b> <i>world</i>!</p>", "Hello big world!"},
      {"<p>in<b>line</b>join</p>", "inlinejoin"},
      {"<div>  lots   of \n\n white\tspace </div>", "lots of white space"},
      {"<ul><li>a</li><li>b</li></ul>", "a\n\nb"},
      {"line one<br>line two", "line one\n\nline two"},
      {"<h1>Head</h1><p>Text</p>", "Text"},  // The headline is the title, not text.
      {"<p>AT&amp;T &lt;3 &eacute;t&eacute; &#8212;</p>", "AT&T <3 été —"},
      {"<p>a</p><script>var x = 1;</script><style>p{}</style><noscript>no</noscript><p>kept</p>",
       "a\n\nkept"},
      {"<template><p>hidden</p></template><p>shown</p>", "shown"},
      {"<p hidden>a</p><p aria-hidden=true>b</p><p style=\"display: none\">c</p><p>d</p>", "d"},
      {"<head><title>T</title><meta name=x content=y></head><body>B</body>", "B"},
      {"<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a\n\nb\n\nc"},
      {"<p>unclosed <b>bold <p>next", "unclosed bold\n\nnext"},
      {"<div><p>x</div>", "x"},
      {"", ""},
      {"<html><body></body></html>", ""},
      {"plain text, no tags", "plain text, no tags"},
      {"<!-- comment --><p>a</p>", "a"},
      {"<p>&nbsp;</p><p>a&nbsp;&nbsp;b</p>", "a b"},
      {"<svg><text>chart</text></svg><p>a</p>", "a"},
      {"<nav><a href=/>Home</a></nav><p>Story.</p><footer>(c) 2024</footer>", "Story."},
      {"<ul><li><a href=/a>Link one</a></li><li><a href=/b>Link two</a></li></ul>", ""},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(ExtractPage(c.html).text, c.text) << c.html;
  }
}

TEST(ExtractPage, Metadata) {
  PageText page = ExtractPage(
      "<html><head><title>Page title</title>"
      "<meta property=\"og:title\" content=\"OG title\">"
      "<meta property=\"og:site_name\" content=\"The Daily\">"
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
      "\"datePublished\": \"2024-04-24\", \"author\": {\"name\": \"Jane Doe\"}}</script>"
      "<link rel=\"canonical\" href=\"https://ex.com/a1\">"
      "</head><body><h1>Headline</h1><p>Text.</p></body></html>");
  EXPECT_EQ(page.title, "OG title");
  EXPECT_EQ(page.date, "2024-04-24");
  EXPECT_EQ(page.url, "https://ex.com/a1");
  EXPECT_EQ(page.site_name, "The Daily");
  EXPECT_EQ(page.author, "Jane Doe");
  EXPECT_EQ(page.text, "Text.");
}

TEST(ExtractPage, ArticleBodyWhenTheExtractionMissesTheStory) {
  // The story is rendered by a script; the page holds only a teaser.
  const std::string body =
      "Ministers from both countries met in Geneva on Monday to resume the talks that broke "
      "down last year, officials said. The meeting lasted four hours and ended with a joint "
      "statement promising further rounds.";
  PageText page = ExtractPage(
      "<script type=application/ld+json>{\"@type\": \"NewsArticle\", \"articleBody\": \"" +
      body + "\"}</script><div id=app><p>Loading the story now.</p></div>");
  EXPECT_EQ(page.text, body);
  // A teaser articleBody does not replace a longer extracted story.
  std::string story;
  for (int i = 0; i < 10; ++i) story += "<p>" + body + "</p>";
  page = ExtractPage(
      "<script type=application/ld+json>{\"@type\": \"NewsArticle\", \"articleBody\": "
      "\"Ministers met.\"}</script><article>" + story + "</article>");
  EXPECT_EQ(page.text.substr(0, body.size()), body);
  EXPECT_GT(page.text.size(), body.size() * 9);
}

TEST(ExtractPage, HugePageKeepsEveryParagraph) {
  // About 4 MB: 20,000 paragraphs with adverts and share bars between them.
  std::string html = "<nav>";
  for (int i = 0; i < 500; ++i) html += "<a href=/" + std::to_string(i) + ">Section</a>";
  html += "</nav><article>";
  const int kParagraphs = 20000;
  for (int i = 0; i < kParagraphs; ++i) {
    html += "<p>Paragraph " + std::to_string(i) +
            " says the ministers met again, officials said, and talks went on.</p>";
    if (i % 10 == 0) html += "<div class=ad-slot>Advertisement</div><div class=share>Share</div>";
  }
  html += "</article>";
  PageText page = ExtractPage(html);
  size_t paragraphs = 1;
  for (size_t p = page.text.find("\n\n"); p != std::string::npos; p = page.text.find("\n\n", p + 2)) {
    ++paragraphs;
  }
  EXPECT_EQ(paragraphs, static_cast<size_t>(kParagraphs));
  EXPECT_EQ(page.text.find("Advertisement"), std::string::npos);
  EXPECT_EQ(page.text.find("Section"), std::string::npos);
}

TEST(ExtractPage, DeepNestingIsRefusedNotSlow) {
  std::string ok, deep;
  for (int i = 0; i < kMaxHtmlDepth; ++i) ok += "<div>";
  for (int i = 0; i < 200000; ++i) deep += "<div>";
  PageText page = ExtractPage(ok + "fine");
  EXPECT_FALSE(page.too_deep);
  EXPECT_EQ(page.text, "fine");
  page = ExtractPage(deep + "deep");
  EXPECT_TRUE(page.too_deep);
  EXPECT_EQ(page.text, "");
}

TEST(FragmentText, KeepsAllVisibleText) {
  bool too_deep = false;
  EXPECT_EQ(FragmentText("<p>Short.</p><ul><li><a href=x>a link</a></li></ul>", &too_deep),
            "Short.\n\na link");
  EXPECT_FALSE(too_deep);
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<b>";
  EXPECT_EQ(FragmentText(deep, &too_deep), "");
  EXPECT_TRUE(too_deep);
}

TEST(HtmlReader, Page) {
  CollectingDiagnostics d;
  auto articles = ReadString(
      "news/a1.html",
      "<html><head><title>Talks resume</title>"
      "<meta property=\"article:published_time\" content=\"2024-04-24T19:25:00Z\"></head>"
      "<body><nav><a href=/>Home</a> <a href=/world>World</a></nav>"
      "<h1>Talks resume</h1><p>GENEVA (Reuters) - Talks resumed on Monday.</p>"
      "<p>More text.</p></body></html>",
      &d);
  ASSERT_EQ(articles.size(), 1u) << Reports(d);
  const Article& a = articles[0];
  EXPECT_EQ(a.id, "a1");
  EXPECT_EQ(a.format, InputFormat::kHtml);
  EXPECT_EQ(a.title, "Talks resume");
  EXPECT_EQ(a.date, "2024-04-24");
  EXPECT_EQ(a.dateline, "GENEVA");
  EXPECT_EQ(a.source, "Reuters");
  EXPECT_EQ(a.text.substr(a.body_begin), "Talks resumed on Monday.\n\nMore text.");
  EXPECT_EQ(d.entries().size(), 0u) << Reports(d);
}

TEST(HtmlReader, DatelineAfterLongMenus) {
  std::string html = "<h1>Head</h1>";
  for (int i = 0; i < 120; ++i) html += "<li>Menu " + std::to_string(i) + "</li>";
  html += "<p>LONDON \xE2\x80\x94 Not this: no agency this deep.</p>";
  html += "<p>JAKARTA (Reuters) - Rescuers said.</p>";
  CollectingDiagnostics d;
  auto articles = ReadString("a.html", html, &d);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].dateline, "JAKARTA");
  EXPECT_EQ(articles[0].text.substr(articles[0].body_begin), "Rescuers said.");
}

TEST(HtmlReader, TooDeepIsReportedAndSkipped) {
  std::string html;
  for (int i = 0; i < 5000; ++i) html += "<span>";
  CollectingDiagnostics d;
  auto articles = ReadString("deep.html", html, &d);
  EXPECT_TRUE(articles.empty());
  ASSERT_EQ(d.error_count(), 1);
  EXPECT_EQ(d.entries()[0].reason, "HTML nested deeper than 1000 elements; page skipped");
}

TEST(HtmlReader, Windows1252IsConvertedWithAWarning) {
  CollectingDiagnostics d;
  auto articles = ReadString("a.html", "<p>Caf\xe9 \x93quoted\x94</p>", &d);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].text, "Café “quoted”");
  ASSERT_EQ(d.warning_count(), 1) << Reports(d);
  EXPECT_EQ(d.error_count(), 0);
  EXPECT_NE(d.entries()[0].reason.find("windows-1252"), std::string::npos);
}

TEST(HtmlReader, DeclaredCharsetIsUsed) {
  CollectingDiagnostics d;
  // KOI8-R "Мир" = ED C9 D2.
  auto articles = ReadString(
      "a.html", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"><p>\xed\xc9\xd2</p>",
      &d);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].text, "Мир");
  EXPECT_NE(Reports(d).find("koi8-r"), std::string::npos) << Reports(d);
}

TEST(HtmlReader, UnknownCharsetFallsBackToWindows1252) {
  CollectingDiagnostics d;
  auto articles = ReadString("a.html", "<meta charset=\"no-such-set\"><p>Caf\xe9</p>", &d);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].text, "Café");
  EXPECT_EQ(d.error_count(), 0);
}

TEST(HtmlReader, EmptyPageWarns) {
  CollectingDiagnostics d;
  auto articles = ReadString("a.html", "<html><head><title>T</title></head><body> </body></html>", &d);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].text, "");
  EXPECT_EQ(articles[0].title, "T");
  ASSERT_EQ(d.warning_count(), 1);
  EXPECT_EQ(d.entries()[0].reason, "no article text found in the HTML page");
}

TEST(HtmlReader, UnclosedMarkup) {
  CollectingDiagnostics d;
  auto articles = ReadString("a.html", "<html><body><div><p>First <b>bold<p>Second", &d);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].text, "First bold\n\nSecond");
  EXPECT_EQ(d.error_count(), 0);
}

}  // namespace
}  // namespace dyad::ingest
