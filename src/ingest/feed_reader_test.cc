// RSS 2.0, RSS 1.0 and Atom through ArticleReader.
#include <gtest/gtest.h>

#include "ingest/test_util.h"

namespace dyad::ingest {
namespace {

constexpr char kRss[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>World News</title>
  <link>https://ex.com/</link>
  <item>
    <title>Talks resume</title>
    <link>https://ex.com/a1</link>
    <guid isPermaLink="false">ex-a1</guid>
    <pubDate>Wed, 24 Apr 2024 19:25:00 GMT</pubDate>
    <description>&lt;p&gt;GENEVA (Reuters) - Talks &lt;b&gt;resumed&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;More.&lt;/p&gt;</description>
  </item>
  <item>
    <title>No guid</title>
    <link>https://ex.com/a2</link>
    <dc:date>2024-04-25T08:00:00Z</dc:date>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>Full <i>text</i> here.</p>]]></content:encoded>
  </item>
  <item>
    <title>Title only</title>
  </item>
</channel>
</rss>
)";

TEST(FeedReader, Rss2) {
  CollectingDiagnostics d;
  auto articles = ReadString("feed.rss", kRss, &d);
  ASSERT_EQ(articles.size(), 3u) << Reports(d);
  const Article& a = articles[0];
  EXPECT_EQ(a.id, "ex-a1");
  EXPECT_EQ(a.title, "Talks resume");
  EXPECT_EQ(a.url, "https://ex.com/a1");
  EXPECT_EQ(a.date, "2024-04-24");
  EXPECT_EQ(a.text, "GENEVA (Reuters) - Talks resumed.\n\nMore.");
  EXPECT_EQ(a.dateline, "GENEVA");
  EXPECT_EQ(a.source, "World News");  // The feed's title wins over the agency.
  EXPECT_EQ(a.text.substr(a.body_begin), "Talks resumed.\n\nMore.");
  EXPECT_EQ(a.format, InputFormat::kRss);
  EXPECT_EQ(a.line, 7);

  EXPECT_EQ(articles[1].id, HashId("https://ex.com/a2"));
  EXPECT_EQ(articles[1].date, "2024-04-25");
  EXPECT_EQ(articles[1].text, "Full text here.");  // content:encoded over description.

  EXPECT_EQ(articles[2].title, "Title only");
  EXPECT_EQ(articles[2].text, "");
  EXPECT_EQ(articles[2].id, HashId("Title only\n"));
  ASSERT_EQ(d.warning_count(), 1) << Reports(d);
  EXPECT_EQ(d.entries()[0].reason, "feed item has no text; title only");
  EXPECT_EQ(d.entries()[0].line, 21);
}

TEST(FeedReader, IdsAreStableAndDistinct) {
  const std::string feed =
      "<rss><channel><item><guid>same</guid><description>a</description></item>"
      "<item><guid>same</guid><description>b</description></item>"
      "<item><description>c</description></item>"
      "<item><description>c</description></item></channel></rss>";
  CollectingDiagnostics d;
  auto first = ReadString("f.xml", feed, &d);
  auto again = ReadString("f.xml", feed, &d);
  ASSERT_EQ(first.size(), 4u);
  EXPECT_EQ(first[0].id, "same");
  EXPECT_EQ(first[1].id, "same-2");
  EXPECT_NE(first[2].id, first[3].id);
  for (size_t i = 0; i < first.size(); ++i) EXPECT_EQ(first[i].id, again[i].id);
}

TEST(FeedReader, Atom) {
  const char* atom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom News</title>
  <entry>
    <title type="html">A &amp;amp; B</title>
    <link rel="self" href="https://ex.com/self"/>
    <link rel="alternate" href="https://ex.com/e1"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2024-04-26T10:00:00Z</updated>
    <published>2024-04-24T10:00:00-04:00</published>
    <summary>Summary.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>LONDON — Britain said.</p><p>Second.</p></div></content>
  </entry>
  <entry>
    <title>Updated only</title>
    <link href="https://ex.com/e2"/>
    <updated>2024-04-27T10:00:00Z</updated>
    <content type="html">&lt;p&gt;Escaped &lt;em&gt;html&lt;/em&gt;&lt;/p&gt;</content>
  </entry>
</feed>
)";
  CollectingDiagnostics d;
  auto articles = ReadString("feed.atom", atom, &d);
  ASSERT_EQ(articles.size(), 2u) << Reports(d);
  EXPECT_EQ(articles[0].id, "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
  EXPECT_EQ(articles[0].title, "A & B");
  EXPECT_EQ(articles[0].url, "https://ex.com/e1");
  EXPECT_EQ(articles[0].date, "2024-04-24");
  EXPECT_EQ(articles[0].text, "LONDON — Britain said.\n\nSecond.");
  EXPECT_EQ(articles[0].dateline, "LONDON");
  EXPECT_EQ(articles[1].url, "https://ex.com/e2");
  EXPECT_EQ(articles[1].date, "2024-04-27");
  EXPECT_EQ(articles[1].text, "Escaped html");
  EXPECT_EQ(d.entries().size(), 0u) << Reports(d);
}

TEST(FeedReader, Rss1Rdf) {
  const char* rdf = R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel><title>RDF</title></channel>
  <item><title>T</title><link>https://ex.com/r1</link><description>Text.</description></item>
</rdf:RDF>)";
  CollectingDiagnostics d;
  auto articles = ReadString("a.rdf", rdf, &d);  // Unknown extension: sniffed.
  ASSERT_EQ(articles.size(), 1u) << Reports(d);
  EXPECT_EQ(articles[0].text, "Text.");
}

TEST(FeedReader, NotAFeed) {
  struct Case {
    const char* path;
    const char* bytes;
    int64_t line;
    const char* reason_start;
  };
  const Case cases[] = {
      {"a.rss", "this is not xml at all", 1, "not an RSS or Atom feed: "},
      {"a.xml", "<?xml version=\"1.0\"?>\n<rss>\n<channel>\n<item>\n</channel>", 5,
       "not an RSS or Atom feed: "},
      {"a.xml", "<?xml version=\"1.0\"?>\n<catalog><book/></catalog>", 2,
       "not an RSS or Atom feed: root element is <catalog>"},
      {"a.rss", "<html><body>not a feed</body></html>", 1,
       "not an RSS or Atom feed: root element is <html>"},
  };
  for (const auto& c : cases) {
    CollectingDiagnostics d;
    Status status;
    auto articles = ReadString(c.path, c.bytes, &d, {}, &status);
    EXPECT_TRUE(status.ok());
    EXPECT_TRUE(articles.empty());
    ASSERT_EQ(d.error_count(), 1) << c.bytes;
    EXPECT_EQ(d.entries()[0].line, c.line) << c.bytes << "\n" << Reports(d);
    EXPECT_TRUE(d.entries()[0].reason.starts_with(c.reason_start)) << d.entries()[0].reason;
  }
}

TEST(FeedReader, ExternalEntitiesAreNotFetched) {
  const char* xxe = R"(<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss><channel><item><title>t</title><description>&xxe;safe</description></item></channel></rss>)";
  CollectingDiagnostics d;
  auto articles = ReadString("a.rss", xxe, &d);
  ASSERT_EQ(articles.size(), 1u) << Reports(d);
  EXPECT_EQ(articles[0].text, "safe");
}

TEST(FeedReader, MediaRssIsIgnored) {
  const char* feed = R"(<rss xmlns:media="http://search.yahoo.com/mrss/"><channel><item>
<title>Story</title><media:title>Photo caption</media:title>
<media:content url="https://ex.com/p.jpg"/><media:description>A photo.</media:description>
<description>Story text.</description></item></channel></rss>)";
  CollectingDiagnostics d;
  auto articles = ReadString("a.rss", feed, &d);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].title, "Story");
  EXPECT_EQ(articles[0].text, "Story text.");
}

TEST(FeedReader, EmptyFeedWarns) {
  CollectingDiagnostics d;
  auto articles = ReadString("a.rss", "<rss><channel><title>x</title></channel></rss>", &d);
  EXPECT_TRUE(articles.empty());
  EXPECT_EQ(d.warning_count(), 1);
  EXPECT_EQ(d.error_count(), 0);
}

}  // namespace
}  // namespace dyad::ingest
