#include "nlp/parser.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "base/diagnostics.h"
#include "nlp/transition_system.h"
#include "text/text.h"

namespace dyad::nlp {
namespace {

std::string Home() {
  const char* home = std::getenv("DYAD_HOME");
  return home != nullptr && *home != '\0' ? home : ".";
}

std::string SamplePath() { return Home() + "/src/nlp/testdata/parser_sample.conllu"; }

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("dyad_parser_test_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

std::string ReadBytes(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
}

void WriteBytes(const std::string& path, const std::string& bytes) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

struct Sample {
  std::vector<text::Sentence> sentences;
};

Sample ReadSample() {
  Sample s;
  CollectingDiagnostics diag;
  const std::string bytes = ReadBytes(SamplePath());
  s.sentences = text::ReadConllu(bytes, SamplePath(), 1, &diag);
  return s;
}

std::vector<ParserWord> Words(const text::Sentence& s) {
  std::vector<ParserWord> words;
  for (const auto& c : s.conllu_columns) words.push_back({c[1], c[2], c[3], c[4], c[5]});
  return words;
}

ParserTrainOptions SmallOptions(int threads) {
  ParserTrainOptions o;
  o.epochs = 6;
  o.threads = threads;
  o.min_weight = 0;
  o.min_feature_count = 1;  // 32 sentences: every feature is rare.
  return o;
}

TEST(TrainParser, IsDeterministicAndLearnsItsSample) {
  ASSERT_FALSE(ReadSample().sentences.empty()) << SamplePath();
  const std::string a = TempPath("a.model"), b = TempPath("b.model"), c = TempPath("c.model");
  auto ra = TrainParser(SamplePath(), SamplePath(), "", a, SmallOptions(1), {});
  ASSERT_TRUE(ra.ok()) << ra.status().ToString();
  auto rb = TrainParser(SamplePath(), SamplePath(), "", b, SmallOptions(1), {});
  ASSERT_TRUE(rb.ok()) << rb.status().ToString();
  std::vector<std::string> log;
  auto rc = TrainParser(SamplePath(), SamplePath(), "", c, SmallOptions(2),
                        [&](const std::string& line) { log.push_back(line); });
  ASSERT_TRUE(rc.ok()) << rc.status().ToString();
  EXPECT_GE(log.size(), 7u);  // Header lines and one per epoch.
  const std::string bytes = ReadBytes(a);
  EXPECT_FALSE(bytes.empty());
  EXPECT_EQ(bytes, ReadBytes(b));
  EXPECT_EQ(bytes, ReadBytes(c)) << "thread count changed the model";
  EXPECT_GE(ra->dev_uas, 95.0);  // Evaluated on its own training data.
  EXPECT_GE(ra->dev_las, 90.0);
  // The frequency cutoff keeps training deterministic too.
  ParserTrainOptions cut = SmallOptions(2);
  cut.min_feature_count = 2;
  const std::string d = TempPath("d.model"), e = TempPath("e.model");
  ASSERT_TRUE(TrainParser(SamplePath(), SamplePath(), "", d, cut, {}).ok());
  cut.threads = 1;
  ASSERT_TRUE(TrainParser(SamplePath(), SamplePath(), "", e, cut, {}).ok());
  EXPECT_EQ(ReadBytes(d), ReadBytes(e));
  EXPECT_LT(ReadBytes(d).size(), bytes.size());
  std::filesystem::remove(d);
  std::filesystem::remove(e);

  // Round trip: the loaded model parses as training measured.
  auto parser = Parser::Load(a);
  ASSERT_TRUE(parser.ok()) << parser.status().ToString();
  size_t words = 0, right = 0;
  std::vector<int> heads;
  std::vector<std::string> deprels;
  for (const auto& s : ReadSample().sentences) {
    (*parser)->Parse(Words(s), &heads, &deprels);
    ASSERT_TRUE(CheckTree(heads));
    for (size_t i = 0; i < heads.size(); ++i) {
      ++words;
      right += std::to_string(heads[i]) == s.conllu_columns[i][6] &&
               deprels[i] == s.conllu_columns[i][7];
    }
  }
  EXPECT_NEAR(100.0 * right / words, ra->dev_las, 1e-9);
  auto again = Parser::FromBytes(bytes, "a.model");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ((*again)->labels(), (*parser)->labels());

  (*parser)->Parse({}, &heads, &deprels);
  EXPECT_TRUE(heads.empty());
  EXPECT_TRUE(deprels.empty());
  for (const auto& p : {a, b, c}) std::filesystem::remove(p);
}

TEST(TrainParser, Errors) {
  const std::string out = TempPath("err.model");
  EXPECT_EQ(TrainParser(SamplePath(), SamplePath(), "tagger.model", out, SmallOptions(1), {})
                .status()
                .code(),
            Status::kUnsupported);
  EXPECT_EQ(TrainParser(SamplePath() + ".missing", SamplePath(), "", out, SmallOptions(1), {})
                .status()
                .code(),
            Status::kNotFound);
  ParserTrainOptions zero = SmallOptions(1);
  zero.epochs = 0;
  EXPECT_EQ(TrainParser(SamplePath(), SamplePath(), "", out, zero, {}).status().code(),
            Status::kInvalidArgument);
  const std::string empty = TempPath("empty.conllu");
  WriteBytes(empty, "# nothing here\n");
  EXPECT_EQ(TrainParser(empty, SamplePath(), "", out, SmallOptions(1), {}).status().code(),
            Status::kDataError);
  std::filesystem::remove(empty);
}

TEST(Parser, DamagedModelIsCorruption) {
  const std::string path = TempPath("damaged.model");
  ParserTrainOptions o = SmallOptions(1);
  o.epochs = 1;
  ASSERT_TRUE(TrainParser(SamplePath(), SamplePath(), "", path, o, {}).ok());
  const std::string bytes = ReadBytes(path);
  ASSERT_GT(bytes.size(), 40u);
  ASSERT_TRUE(Parser::FromBytes(bytes, "good").ok());

  std::string flipped = bytes;
  flipped[bytes.size() / 2] ^= 0x5A;
  EXPECT_EQ(Parser::FromBytes(flipped, "flipped").status().code(), Status::kCorruption);
  EXPECT_EQ(Parser::FromBytes(bytes.substr(0, bytes.size() - 7), "cut").status().code(),
            Status::kCorruption);
  std::string magic = bytes;
  magic[0] = 'X';
  EXPECT_EQ(Parser::FromBytes(magic, "magic").status().code(), Status::kCorruption);
  WriteBytes(path, flipped);
  EXPECT_EQ(Parser::Load(path).status().code(), Status::kCorruption);
  std::filesystem::remove(path);
  EXPECT_EQ(Parser::Load(path).status().code(), Status::kNotFound);
}

}  // namespace
}  // namespace dyad::nlp
