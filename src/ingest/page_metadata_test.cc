#include "ingest/page_metadata.h"

#include <gtest/gtest.h>

namespace dyad::ingest {
namespace {

PageMetadata Read(const std::string& html, const JsonLdArticle& ld = {}) {
  GumboOutput* out = gumbo_parse(html.c_str());
  PageMetadata m = ReadPageMetadata(out->document, ld);
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return m;
}

TEST(ReadPageMetadata, HeadTags) {
  PageMetadata m = Read(
      "<html><head><title> Page  title - Site </title>"
      "<meta property=\"og:title\" content=\"OG title\">"
      "<meta property=\"og:site_name\" content=\"The Daily\">"
      "<meta name=\"author\" content=\"By Jane Doe\">"
      "<meta property=\"article:published_time\" content=\"2024-04-24T19:25:00+02:00\">"
      "<link rel=\"canonical\" href=\"https://ex.com/a1\">"
      "<meta property=\"og:url\" content=\"https://ex.com/og\">"
      "</head><body><h1>Headline</h1><time datetime=\"2020-01-01\">x</time></body></html>");
  EXPECT_EQ(m.title, "OG title");
  EXPECT_EQ(m.date, "2024-04-24");
  EXPECT_EQ(m.url, "https://ex.com/a1");
  EXPECT_EQ(m.site_name, "The Daily");
  EXPECT_EQ(m.author, "Jane Doe");
}

TEST(ReadPageMetadata, JsonLdComesFirst) {
  JsonLdArticle ld;
  ld.headline = "LD headline";
  ld.date_published = "2019-11-19T10:00:00Z";
  ld.author = "A. Writer";
  ld.publisher = "Publisher";
  ld.url = "https://ex.com/ld";
  PageMetadata m = Read(
      "<meta property=og:title content=OG><meta name=author content=Meta>"
      "<meta property=article:published_time content=2020-01-01><h1>H</h1>",
      ld);
  EXPECT_EQ(m.title, "LD headline");
  EXPECT_EQ(m.date, "2019-11-19");
  EXPECT_EQ(m.author, "A. Writer");
  EXPECT_EQ(m.site_name, "Publisher");
  EXPECT_EQ(m.url, "https://ex.com/ld");
}

TEST(ReadPageMetadata, Fallbacks) {
  struct Case {
    std::string html;
    const char* title;
    const char* date;
    const char* author;
  };
  const Case cases[] = {
      {"<title>T</title><h1>Head <b>line</b></h1>", "Head line", "", ""},
      {"<title> T  x </title>", "T x", "", ""},
      {"<p itemprop=datePublished content=2021-03-04>x</p>", "", "2021-03-04", ""},
      {"<meta name=pubdate content=20210304>", "", "2021-03-04", ""},
      {"<time datetime=\"2021-03-04T10:00:00.000+0200\">Mar 4</time>", "", "2021-03-04", ""},
      {"<div class=byline>By Jane Doe</div><span class=date>Published 12:01 PM ET, Tue "
       "November 19, 2019</span>",
       "", "2019-11-19", "Jane Doe"},
      {"<span itemprop=author>By John Roe</span>", "", "", "John Roe"},
      {"<div class=byline>By Staff Reporter | 12 May 2024</div>", "", "2024-05-12", "Staff Reporter"},
      {"<title>T</title><h1>" + std::string(400, 'x') + "</h1>", "T", "", ""},  // Not a headline.
      {"<meta property=article:author content=https://facebook.com/x>", "", "", ""},
      {"<time datetime=yesterday>x</time>", "", "", ""},
  };
  for (const auto& c : cases) {
    PageMetadata m = Read(c.html);
    EXPECT_EQ(m.title, c.title) << c.html;
    EXPECT_EQ(m.date, c.date) << c.html;
    EXPECT_EQ(m.author, c.author) << c.html;
  }
}

TEST(FindDateInText, FirstDateInAShortText) {
  EXPECT_EQ(FindDateInText("Updated: 19 November 2019, 10:02"), "2019-11-19");
  EXPECT_EQ(FindDateInText("Posted on March 30, 2015 by Admin"), "2015-03-30");
  EXPECT_EQ(FindDateInText("2019-11-20 | World"), "2019-11-20");
  EXPECT_EQ(FindDateInText("No date here, 42 words."), "");
  EXPECT_EQ(FindDateInText(""), "");
}

TEST(FindDateInUrl, CommonPathForms) {
  EXPECT_EQ(FindDateInUrl("https://www.nytimes.com/2019/11/19/opinion/x.html"), "2019-11-19");
  EXPECT_EQ(FindDateInUrl("https://www.politifact.com/wv/statements/2019/nov/18/x/"), "2019-11-18");
  EXPECT_EQ(FindDateInUrl("https://ex.com/news/2019-11-19-talks-resume"), "2019-11-19");
  EXPECT_EQ(FindDateInUrl("https://ex.com/a/20191119/story"), "2019-11-19");
  EXPECT_EQ(FindDateInUrl("https://ex.com/2019/5/3/story"), "2019-05-03");
  EXPECT_EQ(FindDateInUrl("https://ex.com/story?date=2019/11/19"), "");  // Not the path.
  EXPECT_EQ(FindDateInUrl("https://ex.com/2019/13/45/x"), "");
  EXPECT_EQ(FindDateInUrl("https://ex.com/marker/54885/"), "");
  EXPECT_EQ(FindDateInUrl(""), "");
}

TEST(ReadPageMetadata, ItempropListsAndUrlDates) {
  EXPECT_EQ(Read("<meta itemprop=\"datePublished dateCreated\" content=\"2019-11-19T11:00:09Z\">").date,
            "2019-11-19");
  EXPECT_EQ(Read("<meta name=pdate content=20191119>").date, "2019-11-19");
  EXPECT_EQ(Read("<link rel=canonical href=\"https://ex.com/2019/11/18/x\">").date, "2019-11-18");
}

}  // namespace
}  // namespace dyad::ingest
