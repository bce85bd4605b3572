#include "ingest/html_text.h"

#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace dyad::ingest {
namespace {

TEST(VisibleText, Text) {
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
      {"<h1>Head</h1>Text", "Head\n\nText"},
      {"<p>AT&amp;T &lt;3 &eacute;t&eacute; &#8212;</p>", "AT&T <3 été —"},
      {"<p>a</p><script>var x = 1;</script><style>p{}</style><noscript>no</noscript><p>kept</p>", "a\n\nkept"},
      {"<template><p>hidden</p></template><p>shown</p>", "shown"},
      {"<head><title>T</title><meta name=x content=y></head><body>B</body>", "B"},
      {"<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\n\nc"},
      {"<p>unclosed <b>bold <p>next", "unclosed bold\n\nnext"},
      {"<div><p>x</div>", "x"},
      {"", ""},
      {"<html><body></body></html>", ""},
      {"plain text, no tags", "plain text, no tags"},
      {"<!-- comment --><p>a</p>", "a"},
      {"<p>&nbsp;</p><p>a&nbsp;&nbsp;b</p>", "a b"},
      {"<svg><text>chart</text></svg><p>a</p>", "a"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(VisibleText(c.html).text, c.text) << c.html;
  }
}

TEST(VisibleText, Metadata) {
  PageText page = VisibleText(
      "<html><head><title> Page  title - Site </title>"
      "<meta property=\"og:title\" content=\"OG title\">"
      "<meta property=\"og:site_name\" content=\"The Daily\">"
      "<meta property=\"article:published_time\" content=\"2024-04-24T19:25:00+02:00\">"
      "<link rel=\"canonical\" href=\"https://ex.com/a1\">"
      "<meta property=\"og:url\" content=\"https://ex.com/og\">"
      "</head><body><h1>Headline</h1><time datetime=\"2020-01-01\">x</time></body></html>");
  EXPECT_EQ(page.title, "OG title");
  EXPECT_EQ(page.date, "2024-04-24");
  EXPECT_EQ(page.url, "https://ex.com/a1");
  EXPECT_EQ(page.site_name, "The Daily");
}

TEST(VisibleText, MetadataFallbacks) {
  struct Case {
    const char* html;
    const char* title;
    const char* date;
    const char* url;
  };
  const Case cases[] = {
      {"<title>Only title</title><p>x", "Only title", "", ""},
      {"<body><h1>The <b>head</b></h1><p>x", "The head", "", ""},
      {"<time datetime=\"2024-04-24T10:00:00Z\">Apr 24</time>", "", "2024-04-24", ""},
      {"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\": "
       "\"2024-04-23T08:00:00Z\"}</script><p>x",
       "", "2024-04-23", ""},
      {"<meta name=\"date\" content=\"2024-04-22\"><p>x", "", "2024-04-22", ""},
      {"<span itemprop=\"datePublished\" content=\"2024-04-21\">x</span>", "", "2024-04-21", ""},
      {"<meta property=\"og:url\" content=\"https://ex.com/og\">", "", "", "https://ex.com/og"},
      {"<time datetime=\"not a date\">x</time>", "", "", ""},
  };
  for (const auto& c : cases) {
    PageText page = VisibleText(c.html);
    EXPECT_EQ(page.title, c.title) << c.html;
    EXPECT_EQ(page.date, c.date) << c.html;
    EXPECT_EQ(page.url, c.url) << c.html;
  }
}

TEST(VisibleText, NestingDepth) {
  struct Case {
    std::string html;
    int want;
  };
  const Case cases[] = {
      {"<div><p>a<p>b<br><img src=x></div>", 1},
      {"<div><span><b>x</b></span></div><div></div>", 3},
      {"<ul><li>a<li>b<li>c</ul>", 1},
      {"<div></span></span><div>", 2},  // Stray end tags do not pop.
      {"<script>'<div><div><div>'</script><div>", 1},
      {"<!-- <div><div> --><div/>", 0},
      {"<DIV><Div></dIv></div>", 2},
  };
  for (const auto& c : cases) EXPECT_EQ(ApproxNestingDepth(c.html, 100), c.want) << c.html;
}

TEST(VisibleText, DeepNestingIsRefusedNotSlow) {
  std::string ok, deep;
  for (int i = 0; i < kMaxHtmlDepth; ++i) ok += "<div>";
  for (int i = 0; i < 200000; ++i) deep += "<div>";
  PageText page = VisibleText(ok + "fine");
  EXPECT_FALSE(page.too_deep);
  EXPECT_EQ(page.text, "fine");
  page = VisibleText(deep + "deep");
  EXPECT_TRUE(page.too_deep);
  EXPECT_EQ(page.text, "");
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
  EXPECT_EQ(d.entries()[0].reason, "HTML page has no visible text");
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
