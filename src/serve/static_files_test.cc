// Static files: index, content types, and no way out of the directory.
#include "serve/static_files.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace dyad::serve {
namespace {

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/dyad_static_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    std::filesystem::create_directories(dir_ + "/web/css");
    std::ofstream(dir_ + "/web/index.html") << "x";
    std::ofstream(dir_ + "/web/css/a.css") << "x";
    std::ofstream(dir_ + "/web/.env") << "x";
    std::ofstream(dir_ + "/outside.txt") << "x";
    std::filesystem::create_symlink(dir_ + "/outside.txt", dir_ + "/web/link.txt");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string dir_;
};

TEST_F(StaticFilesTest, IndexAndTypes) {
  auto index = ResolveStatic(dir_ + "/web", "/");
  ASSERT_TRUE(index.ok());
  EXPECT_TRUE(index->path.ends_with("/web/index.html"));
  EXPECT_EQ(index->content_type, "text/html; charset=utf-8");
  auto css = ResolveStatic(dir_ + "/web", "//css/a.css");
  ASSERT_TRUE(css.ok());
  EXPECT_EQ(css->content_type, "text/css; charset=utf-8");
  EXPECT_STREQ(ContentTypeOf("a.svg"), "image/svg+xml");
  EXPECT_STREQ(ContentTypeOf("a.png"), "image/png");
  EXPECT_STREQ(ContentTypeOf("a.json"), "application/json");
  EXPECT_STREQ(ContentTypeOf("a.js"), "text/javascript; charset=utf-8");
  EXPECT_STREQ(ContentTypeOf("a.bin"), "application/octet-stream");
}

TEST_F(StaticFilesTest, NothingOutside) {
  for (const char* bad : {"/../outside.txt", "/css/../../outside.txt", "/./index.html", "/.env", "/link.txt",
                          "/css\\..\\..\\outside.txt", "/missing.html", "/css"}) {
    EXPECT_EQ(ResolveStatic(dir_ + "/web", bad).status().code(), Status::kNotFound) << bad;
  }
  EXPECT_EQ(ResolveStatic(dir_ + "/web", "relative").status().code(), Status::kInvalidArgument);
  EXPECT_EQ(ResolveStatic("", "/").status().code(), Status::kNotFound);
}

}  // namespace
}  // namespace dyad::serve
