#include "base/ascii.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(AsciiLower, FoldsOnlyAsciiLetters) {
  EXPECT_EQ(AsciiLower("Said TO-day 42"), "said to-day 42");
  EXPECT_EQ(AsciiLower("\xC3\x89TAT"), "\xC3\x89tat");  // "ÉTAT": the É stays.
  EXPECT_EQ(AsciiLower(""), "");
  EXPECT_EQ(AsciiLower('Z'), 'z');
  EXPECT_EQ(AsciiLower('['), '[');
}

}  // namespace
}  // namespace dyad
