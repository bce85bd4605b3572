#include "nlp/model_file.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace dyad::nlp {
namespace {

TEST(ModelFile, RoundTripAndErrors) {
  const std::string path =
      (std::filesystem::temp_directory_path() / "dyad_model_file_test.bin").string();
  std::string payload(10000, 'x');
  payload += "end";
  ASSERT_TRUE(WriteModelFile(path, kTaggerMagic, 2, payload).ok());
  auto m = ReadModelFile(path, kTaggerMagic, 2);
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_EQ(m->version, 2u);
  EXPECT_EQ(m->payload, payload);

  EXPECT_EQ(ReadModelFile(path, kParserMagic, 2).status().code(), Status::kCorruption);
  auto newer = ReadModelFile(path, kTaggerMagic, 1);
  ASSERT_FALSE(newer.ok());
  EXPECT_NE(newer.status().message().find("newer than this dyad"), std::string::npos);
  EXPECT_EQ(ReadModelFile(path + ".missing", kTaggerMagic, 2).status().code(), Status::kNotFound);

  std::string bytes;
  {
    std::ifstream f(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  }
  bytes.resize(bytes.size() - 3);  // Truncated payload.
  EXPECT_FALSE(ParseModelFile(bytes, kTaggerMagic, 2, "cut").ok());
  std::remove(path.c_str());
}

}  // namespace
}  // namespace dyad::nlp
