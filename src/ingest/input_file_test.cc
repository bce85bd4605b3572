// GzipFile, ZstdFile and PrefixedFile, with compressed bytes made here.
#include "ingest/input_file.h"

#include <gtest/gtest.h>
#include <zlib.h>
#include <zstd.h>

#include <cstring>

#include "ingest/test_util.h"

namespace dyad::ingest {

// gzip-compresses `s` (one member).
std::string Gzip(std::string_view s) {
  z_stream z;
  std::memset(&z, 0, sizeof z);
  EXPECT_EQ(deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&z, s.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(s.data()));
  z.avail_in = static_cast<uInt>(s.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string Zstd(std::string_view s) {
  std::string out(ZSTD_compressBound(s.size()), '\0');
  size_t n = ZSTD_compress(out.data(), out.size(), s.data(), s.size(), 3);
  EXPECT_FALSE(ZSTD_isError(n));
  out.resize(n);
  return out;
}

namespace {

// Reads everything through `file` with a small buffer, to exercise refills.
Result<std::string> Drain(SequentialFile* file, size_t chunk = 7) {
  std::string out, buf(chunk, '\0');
  while (true) {
    auto n = file->Read(buf.data(), buf.size());
    if (!n.ok()) return n.status();
    if (*n == 0) return out;
    out.append(buf.data(), *n);
  }
}

std::string Big() {
  std::string s;
  for (int i = 0; i < 20000; ++i) s += "{\"id\":\"" + std::to_string(i) + "\",\"text\":\"x\"}\n";
  return s;
}

TEST(GzipFile, RoundTrip) {
  const std::string text = Big();
  auto f = NewGzipFile("a.gz", NewStringFile(Gzip(text)));
  auto got = Drain(f.get(), 1000);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(*got, text);
}

TEST(GzipFile, ConcatenatedMembers) {
  auto f = NewGzipFile("a.gz", NewStringFile(Gzip("one\n") + Gzip("two\n")));
  auto got = Drain(f.get());
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(*got, "one\ntwo\n");
}

TEST(GzipFile, CorruptAndTruncated) {
  std::string z = Gzip(Big());
  std::string corrupt = z;
  for (size_t i = 20; i < 60; ++i) corrupt[i] = static_cast<char>(corrupt[i] ^ 0x5a);
  const std::string cases[] = {corrupt, z.substr(0, z.size() / 2), "\x1f\x8b garbage"};
  for (const auto& bytes : cases) {
    auto f = NewGzipFile("news/a.gz", NewStringFile(bytes));
    auto got = Drain(f.get(), 4096);
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.status().code(), Status::kDataError);
    EXPECT_NE(got.status().message().find("news/a.gz: corrupt gzip stream"), std::string::npos)
        << got.status().message();
  }
}

TEST(ZstdFile, RoundTripAndFrames) {
  const std::string text = Big();
  auto f = NewZstdFile("a.zst", NewStringFile(Zstd(text) + Zstd("tail\n")));
  auto got = Drain(f.get(), 333);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(*got, text + "tail\n");
}

TEST(ZstdFile, CorruptAndTruncated) {
  std::string z = Zstd(Big());
  std::string corrupt = z;
  for (size_t i = 10; i < 40 && i < corrupt.size(); ++i) corrupt[i] = static_cast<char>(corrupt[i] ^ 0x5a);
  const std::string cases[] = {corrupt, z.substr(0, z.size() / 2), "\x28\xb5\x2f\xfd garbage"};
  for (const auto& bytes : cases) {
    auto f = NewZstdFile("a.zst", NewStringFile(bytes));
    auto got = Drain(f.get(), 4096);
    ASSERT_FALSE(got.ok());
    EXPECT_NE(got.status().message().find("a.zst: corrupt zstd stream"), std::string::npos)
        << got.status().message();
  }
}

TEST(PrefixedFile, ReplaysPrefix) {
  auto f = NewPrefixedFile("abc", NewStringFile("def"));
  auto got = Drain(f.get(), 2);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(*got, "abcdef");
}

TEST(ReadAll, StopsAtLimit) {
  auto f = NewStringFile("0123456789");
  std::string out;
  auto whole = ReadAll(f.get(), 4, &out);
  ASSERT_TRUE(whole.ok());
  EXPECT_FALSE(*whole);
  EXPECT_EQ(out, "0123");
}

// Whole readers over compressed inputs, by extension and by magic bytes.
TEST(ArticleReader, CompressedInputs) {
  const std::string jsonl = "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n";
  struct Case {
    std::string path, bytes;
  };
  const Case cases[] = {
      {"in.jsonl.gz", Gzip(jsonl)},
      {"in.jsonl.zst", Zstd(jsonl)},
      {"in.data", Gzip(jsonl)},  // No extension: magic bytes, then content sniffing.
      {"in.data", Zstd(jsonl)},
  };
  for (const auto& c : cases) {
    CollectingDiagnostics d;
    auto articles = ReadString(c.path, c.bytes, &d);
    ASSERT_EQ(articles.size(), 2u) << c.path << "\n" << Reports(d);
    EXPECT_EQ(articles[1].id, "b");
    EXPECT_EQ(articles[1].format, InputFormat::kJsonl);
  }
}

TEST(ArticleReader, CompressedTextIdDropsBothExtensions) {
  CollectingDiagnostics d;
  auto articles = ReadString("news/a1.txt.gz", Gzip("Title\n\nBody.\n"), &d);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].id, "a1");
  EXPECT_EQ(articles[0].title, "Title");
}

TEST(ArticleReader, CorruptCompressedInputIsAnErrorNamingTheFile) {
  std::string z = Gzip(Big());
  CollectingDiagnostics d;
  Status status;
  auto articles = ReadString("bad.jsonl.gz", z.substr(0, z.size() / 2), &d, {}, &status);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("bad.jsonl.gz"), std::string::npos) << status.message();
  EXPECT_GT(articles.size(), 0u);  // What came before the damage is still returned.

  // Damage within the first bytes: Open itself fails.
  status = Status::Ok();
  articles = ReadString("bad.txt.zst", "\x28\xb5\x2f\xfd garbage", &d, {}, &status);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("bad.txt.zst"), std::string::npos);
  EXPECT_TRUE(articles.empty());
}

}  // namespace
}  // namespace dyad::ingest
