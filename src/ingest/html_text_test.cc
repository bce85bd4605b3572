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

TEST(VisibleText, DeepNestingDoesNotOverflow) {
  std::string html;
  for (int i = 0; i < 20000; ++i) html += "<div>";
  html += "deep";
  EXPECT_EQ(VisibleText(html).text, "deep");
}

}  // namespace
}  // namespace dyad::ingest
