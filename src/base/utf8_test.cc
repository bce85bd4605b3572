#include "base/utf8.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(Utf8, FindsFirstInvalidByte) {
  struct Case {
    std::string in;
    size_t bad;
  } cases[] = {
      {"plain ascii text, long enough for the fast path", std::string_view::npos},
      {"caf\xC3\xA9", std::string_view::npos},
      {"\xE2\x80\x9Cquoted\xE2\x80\x9D", std::string_view::npos},
      {"abc\xFF", 3},
      {"ab\xC3", 2},            // truncated sequence
      {"\xC0\xAF", 0},          // overlong '/'
      {"x\xED\xA0\x80", 1},     // surrogate
      {"\xF4\x90\x80\x80", 0},  // above U+10FFFF
      {"12345678\x80", 8},
  };
  for (const auto& c : cases) EXPECT_EQ(FindInvalidUtf8(c.in), c.bad) << c.in;
}

TEST(Utf8, DecodeAlwaysAdvances) {
  char32_t c;
  EXPECT_EQ(DecodeUtf8("\xC3\xA9", 0, &c), 2u);
  EXPECT_EQ(c, U'\u00E9');
  EXPECT_EQ(DecodeUtf8("\xFF", 0, &c), 1u);
  EXPECT_EQ(c, U'\uFFFD');
}

TEST(Utf8, ReplaceInvalidRoundTripsValidText) {
  EXPECT_EQ(ReplaceInvalidUtf8("caf\xC3\xA9"), "caf\xC3\xA9");
  EXPECT_EQ(ReplaceInvalidUtf8("a\xFF"
                               "b"),
            "a\xEF\xBF\xBD"
            "b");
}

TEST(Utf8, LineOfOffset) {
  EXPECT_EQ(LineOfOffset("a\nb\nc", 0), 1);
  EXPECT_EQ(LineOfOffset("a\nb\nc", 2), 2);
  EXPECT_EQ(LineOfOffset("a\nb\nc", 4), 3);
}

}  // namespace
}  // namespace dyad
