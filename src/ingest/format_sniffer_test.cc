#include "ingest/format_sniffer.h"

#include <gtest/gtest.h>

namespace dyad::ingest {
namespace {

TEST(FormatSniffer, ByContent) {
  struct Case {
    const char* head;
    InputFormat want;
  };
  const Case cases[] = {
      {"{\"id\":1}\n", InputFormat::kJsonl},
      {"\xEF\xBB\xBF  {\"id\":1}", InputFormat::kJsonl},
      {"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", InputFormat::kRss},
      {"<?xml version='1.0'?><!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\">", InputFormat::kRss},
      {"<rdf:RDF xmlns:rdf=\"x\">", InputFormat::kRss},
      {"<rss>", InputFormat::kRss},
      {"<?xml version=\"1.0\"?><catalog/>", InputFormat::kRss},  // XML: the feed reader reports it.
      {"<!DOCTYPE html><html><body>", InputFormat::kHtml},
      {"<?xml version=\"1.0\"?><!DOCTYPE html><html>", InputFormat::kHtml},
      {"<html>", InputFormat::kHtml},
      {"  <div>Hello</div>", InputFormat::kHtml},
      {"<p>Hello", InputFormat::kHtml},
      {"# newdoc id = d1\n# sent_id = 1\n", InputFormat::kConllu},
      {"# sent_id = 1\n# text = Hi\n1\tHi\thi\tINTJ\t_\t_\t0\troot\t_\t_\n", InputFormat::kConllu},
      {"# a comment\n1\tHi\thi\tINTJ\t_\t_\t0\troot\t_\t_\n", InputFormat::kConllu},
      {"1\tHi\thi\tINTJ\t_\t_\t0\troot\t_\t_\n", InputFormat::kConllu},
      {"1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n", InputFormat::kConllu},
      {"# Heading\n\nSome markdown text.\n", InputFormat::kText},
      {"Title\n\nBody text.\n", InputFormat::kText},
      {"a\tb\tc\n", InputFormat::kText},
      {"x\tHi\thi\tINTJ\t_\t_\t0\troot\t_\t_\n", InputFormat::kText},
      {"", InputFormat::kText},
      {"   \n", InputFormat::kText},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(SniffFormat(c.head), c.want) << c.head;
  }
}

TEST(FormatSniffer, ByExtension) {
  struct Case {
    const char* path;
    InputFormat want;
  };
  const Case cases[] = {
      {"a.jsonl", InputFormat::kJsonl},   {"a.NDJSON.gz", InputFormat::kJsonl},
      {"a.txt.zst", InputFormat::kText},  {"dir/a.htm", InputFormat::kHtml},
      {"a.xhtml", InputFormat::kHtml},    {"feed.rss", InputFormat::kRss},
      {"feed.atom", InputFormat::kRss},   {"feed.xml.gz", InputFormat::kRss},
      {"a.conllu", InputFormat::kConllu}, {"a", InputFormat::kAuto},
      {"a.gz", InputFormat::kAuto},       {"-", InputFormat::kAuto},
  };
  for (const auto& c : cases) EXPECT_EQ(FormatFromExtension(c.path), c.want) << c.path;
}

TEST(FormatSniffer, Compression) {
  EXPECT_EQ(CompressionOf("a.gz", ""), Compression::kGzip);
  EXPECT_EQ(CompressionOf("a.JSONL.ZST", ""), Compression::kZstd);
  EXPECT_EQ(CompressionOf("-", "\x1f\x8b\x08\x00"), Compression::kGzip);
  EXPECT_EQ(CompressionOf("-", "\x28\xb5\x2f\xfd"), Compression::kZstd);
  EXPECT_EQ(CompressionOf("a.txt", "hello"), Compression::kNone);
  EXPECT_EQ(CompressionOf("-", "\x1f"), Compression::kNone);
}

TEST(FormatSniffer, Binary) {
  EXPECT_TRUE(LooksBinary(std::string_view("ab\0cd", 5)));
  EXPECT_FALSE(LooksBinary("plain"));
}

}  // namespace
}  // namespace dyad::ingest
