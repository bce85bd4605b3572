#include "ingest/json_ld.h"

#include <gtest/gtest.h>

namespace dyad::ingest {
namespace {

TEST(ParseJsonLdArticle, NewsArticle) {
  JsonLdArticle a = ParseJsonLdArticle({R"({
    "@context": "https://schema.org", "@type": "NewsArticle",
    "headline": "Talks resume", "datePublished": "2024-04-24T19:25:00Z",
    "author": [{"@type": "Person", "name": "Jane Doe"}, {"name": "John Roe"}],
    "publisher": {"@type": "Organization", "name": "The Daily"},
    "mainEntityOfPage": {"@id": "https://ex.com/a1"},
    "articleBody": "First.\n\nSecond."})"});
  EXPECT_EQ(a.headline, "Talks resume");
  EXPECT_EQ(a.date_published, "2024-04-24T19:25:00Z");
  EXPECT_EQ(a.author, "Jane Doe, John Roe");
  EXPECT_EQ(a.publisher, "The Daily");
  EXPECT_EQ(a.url, "https://ex.com/a1");
  EXPECT_EQ(a.article_body, "First.\n\nSecond.");
}

TEST(ParseJsonLdArticle, RawLineBreaksInStringsAreTolerated) {
  // Invalid JSON that sites publish anyway: a raw line break in a string.
  JsonLdArticle a =
      ParseJsonLdArticle({"{\"@type\": \"NewsArticle\", \"articleBody\": \"One.\nTwo.\"}"});
  EXPECT_EQ(a.article_body, "One. Two.");
}

TEST(ParseJsonLdArticle, GraphsArraysAndOtherTypes) {
  JsonLdArticle a = ParseJsonLdArticle({
      R"({"@type": "WebSite", "headline": "Not this"})",
      R"({"@graph": [{"@type": "BreadcrumbList"},
                     {"@type": ["Article", "ReportageNewsArticle"], "headline": "From graph",
                      "author": "Staff"}]})",
      R"([{"@type": "BlogPosting", "headline": "Later", "datePublished": "2020-01-02"}])",
  });
  EXPECT_EQ(a.headline, "From graph");
  EXPECT_EQ(a.author, "Staff");
  EXPECT_EQ(a.date_published, "2020-01-02");  // Filled from a later object.
}

TEST(ParseJsonLdArticle, BadBlocksAreSkipped) {
  JsonLdArticle a = ParseJsonLdArticle({
      "{not json",
      "",
      R"({"@type": "NewsArticle", "headline": 42, "author": {"name": null}})",
      R"({"@type": "NewsArticle", "headline": "Good",
          "articleBody": "<p>One &amp; two</p><p>Three</p>"})",
  });
  EXPECT_EQ(a.headline, "Good");
  EXPECT_EQ(a.author, "");
  EXPECT_EQ(a.article_body, "\n\nOne & two\n\n\n\nThree\n\n");
}

TEST(ParseJsonLdArticle, PageObjectsFillWhatArticlesLack) {
  JsonLdArticle a = ParseJsonLdArticle({
      R"({"@type": "MedicalWebPage", "datePublished": "2019-11-14", "headline": "Page",
          "articleBody": "not a story"})",
      R"({"@type": "NewsArticle", "headline": "Story"})",
  });
  EXPECT_EQ(a.headline, "Story");
  EXPECT_EQ(a.date_published, "2019-11-14");
  EXPECT_EQ(a.article_body, "");
}

}  // namespace
}  // namespace dyad::ingest
