#include "base/file_system.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(MemFileSystem, ReadsWhatWasAdded) {
  MemFileSystem fs;
  fs.AddFile("news/a1.txt", "hello");
  auto text = fs.ReadFile("news/a1.txt");
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(*text, "hello");
  EXPECT_EQ(fs.ReadFile("news/none").status().code(), Status::kNotFound);
}

TEST(MemFileSystem, DirectoriesAreImplied) {
  MemFileSystem fs;
  fs.AddFile("news/b.txt", "b");
  fs.AddFile("news/sub/a.txt", "a");
  fs.AddFile("other.txt", "o");
  EXPECT_TRUE(*fs.IsDirectory("news"));
  EXPECT_FALSE(*fs.IsDirectory("other.txt"));
  auto files = fs.ListFilesRecursive("news");
  ASSERT_TRUE(files.ok());
  EXPECT_EQ(*files, (std::vector<std::string>{"news/b.txt", "news/sub/a.txt"}));
}

TEST(PosixFileSystem, MissingFileIsNotFound) {
  auto f = FileSystem::Default()->NewSequentialFile("/nonexistent/dyad/file");
  EXPECT_EQ(f.status().code(), Status::kNotFound);
}

TEST(PosixFileSystem, ListsFilesSortedAndSkipsHidden) {
  auto files = FileSystem::Default()->ListFilesRecursive("src/base");
  ASSERT_TRUE(files.ok()) << files.status().ToString();
  ASSERT_FALSE(files->empty());
  EXPECT_TRUE(std::is_sorted(files->begin(), files->end()));
}

}  // namespace
}  // namespace dyad
