#include "ingest/html_prefilter.h"

#include <gtest/gtest.h>

namespace dyad::ingest {
namespace {

TEST(PrefilterHtml, DropsWhatIsNeverText) {
  struct Case {
    const char* html;
    const char* markup;
  };
  const Case cases[] = {
      {"<p>a</p><script>var x = '</p>';</script><p>b</p>", "<p>a</p><p>b</p>"},
      {"<style>p { color: red }</style><p>a</p>", "<p>a</p>"},
      {"<!-- <p>hidden</p> --><p>a</p>", "<p>a</p>"},
      {"<svg><g><svg><text>x</text></svg></g></svg><p>a</p>", "<p>a</p>"},
      {"<svg/><p>a</p>", "<p>a</p>"},
      {"<math><mi>x</mi></math>b", "b"},
      {"<SCRIPT type=text/javascript>x<y</SCRIPT >c", "c"},
      {"<script>if (a </scripts) {}</script>d", "d"},  // "</scripts" does not end it.
      {"<p>unterminated<script>var x", "<p>unterminated"},
      {"<p>unterminated comment<!-- x", "<p>unterminated comment"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(PrefilterHtml(c.html, 100).markup, c.markup) << c.html;
  }
}

TEST(PrefilterHtml, KeepsEverythingElseByteForByte) {
  const char* kept[] = {
      "<p title=\"<script>\">a</p>",            // In an attribute value: not a tag.
      "<p data-x='a>b'>c</p><p>d</p>",          // '>' inside quotes.
      "<title>a <script> b</title><p>c</p>",   // Raw text: not a tag.
      "<textarea><!-- x --></textarea>",        // Raw text: not a comment.
      "a < b and c<3",                          // Stray "<" in text.
      "<!DOCTYPE html><p>x</p>",
      "<p>caf\xC3\xA9</p>",
  };
  for (const char* html : kept) EXPECT_EQ(PrefilterHtml(html, 100).markup, html) << html;
}

TEST(PrefilterHtml, KeepsJsonLdAside) {
  PrefilteredHtml f = PrefilterHtml(
      "<script type=\"application/ld+json\">{\"a\": 1}</script>"
      "<script>var notJson;</script>"
      "<script type='APPLICATION/LD+JSON'>[2]</script><p>x</p>",
      100);
  ASSERT_EQ(f.json_ld.size(), 2u);
  EXPECT_EQ(f.json_ld[0], "{\"a\": 1}");
  EXPECT_EQ(f.json_ld[1], "[2]");
  EXPECT_EQ(f.markup, "<p>x</p>");
}

TEST(PrefilterHtml, NestingDepth) {
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
      {"<svg><g><g><g></g></g></g></svg>", 0},  // Dropped, so not counted.
  };
  for (const auto& c : cases) EXPECT_EQ(PrefilterHtml(c.html, 100).depth, c.want) << c.html;
}

TEST(PrefilterHtml, DepthStopsAtTheLimit) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  EXPECT_EQ(PrefilterHtml(deep, 1001).depth, 1001);
}

}  // namespace
}  // namespace dyad::ingest
