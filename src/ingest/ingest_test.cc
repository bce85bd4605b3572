#include "ingest/ingest.h"

#include <gtest/gtest.h>

namespace dyad::ingest {
namespace {

std::vector<Article> ReadAll(MemFileSystem* fs, const std::string& path, CollectingDiagnostics* d,
                             IngestOptions options = {}) {
  std::vector<Article> out;
  auto reader = ArticleReader::Open(path, options, fs, d);
  EXPECT_TRUE(reader.ok()) << reader.status().ToString();
  if (!reader.ok()) return out;
  Article a;
  while (true) {
    auto more = (*reader)->Next(&a);
    EXPECT_TRUE(more.ok());
    if (!more.ok() || !*more) break;
    out.push_back(a);
  }
  return out;
}

TEST(JsonlReader, BrokenSecondLineIsReportedAndSkipped) {
  MemFileSystem fs;
  fs.AddFile("in.jsonl",
             "{\"id\":\"a\",\"text\":\"One.\"}\n"
             "{\"id\":\"b\",\"text\":\"Tw\n"
             "{\"id\":\"c\",\"text\":\"Three.\"}\n");
  CollectingDiagnostics d;
  auto articles = ReadAll(&fs, "in.jsonl", &d);
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
}

TEST(Ids, HashIsStable) {
  EXPECT_EQ(HashId(""), "cbf29ce484222325");
  EXPECT_EQ(HashId("a"), HashId("a"));
  EXPECT_NE(HashId("a"), HashId("b"));
}

}  // namespace
}  // namespace dyad::ingest
