#include "base/coding.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(Coding, EncodesLittleEndian) {
  std::string buf;
  PutFixed32(&buf, 0x04030201u);
  EXPECT_EQ(buf, std::string("\x01\x02\x03\x04", 4));
}

TEST(Coding, RoundTrips) {
  std::string buf;
  PutFixed16(&buf, 0xBEEF);
  PutFixed32(&buf, 0xDEADBEEFu);
  PutFixed64(&buf, 0x0123456789ABCDEFull);
  PutFloat(&buf, -1.5f);
  PutLengthPrefixed(&buf, "abc");
  Decoder in(buf);
  uint16_t a;
  uint32_t b;
  uint64_t c;
  float f;
  std::string_view s;
  ASSERT_TRUE(in.GetFixed16(&a));
  ASSERT_TRUE(in.GetFixed32(&b));
  ASSERT_TRUE(in.GetFixed64(&c));
  ASSERT_TRUE(in.GetFloat(&f));
  ASSERT_TRUE(in.GetLengthPrefixed(&s));
  EXPECT_EQ(a, 0xBEEF);
  EXPECT_EQ(b, 0xDEADBEEFu);
  EXPECT_EQ(c, 0x0123456789ABCDEFull);
  EXPECT_EQ(f, -1.5f);
  EXPECT_EQ(s, "abc");
  EXPECT_EQ(in.remaining(), 0u);
}

TEST(Coding, FailsOnTruncation) {
  std::string buf;
  PutLengthPrefixed(&buf, "abcdef");
  buf.resize(buf.size() - 1);
  Decoder in(buf);
  std::string_view s;
  EXPECT_FALSE(in.GetLengthPrefixed(&s));
  EXPECT_EQ(in.remaining(), buf.size());
  Decoder short_in(std::string_view("\x01\x02", 2));
  uint32_t v;
  EXPECT_FALSE(short_in.GetFixed32(&v));
}

}  // namespace
}  // namespace dyad
