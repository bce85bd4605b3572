#include "ingest/charset.h"

#include <gtest/gtest.h>

namespace dyad::ingest {
namespace {

TEST(DeclaredHtmlCharset, MetaForms) {
  EXPECT_EQ(DeclaredHtmlCharset("<meta charset=\"ISO-8859-1\">"), "iso-8859-1");
  EXPECT_EQ(DeclaredHtmlCharset(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"),
            "koi8-r");
  EXPECT_EQ(DeclaredHtmlCharset("<p>no declaration</p>"), "");
}

TEST(WebEncodingForLabel, LatinLabelsMeanWindows1252) {
  EXPECT_EQ(WebEncodingForLabel("iso-8859-1"), "windows-1252");
  EXPECT_EQ(WebEncodingForLabel("us-ascii"), "windows-1252");
  EXPECT_EQ(WebEncodingForLabel("gb2312"), "gb18030");
  EXPECT_EQ(WebEncodingForLabel("koi8-r"), "koi8-r");  // Unchanged.
  // The point: 0x93/0x94 are curly quotes in windows-1252, controls in latin-1.
  auto utf8 = ConvertToUtf8("\x93hi\x94", WebEncodingForLabel("iso-8859-1"));
  ASSERT_TRUE(utf8.ok());
  EXPECT_EQ(*utf8, "\xE2\x80\x9Chi\xE2\x80\x9D");
}

}  // namespace
}  // namespace dyad::ingest
