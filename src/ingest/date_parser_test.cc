#include "ingest/date_parser.h"

#include <gtest/gtest.h>

#include "ingest/ingest.h"

namespace dyad::ingest {
namespace {

TEST(NormalizeDate, Forms) {
  struct Case {
    const char* in;
    const char* want;  // "" = rejected
  };
  const Case cases[] = {
      {"2024-04-24", "2024-04-24"},
      {"  2024-04-24\n", "2024-04-24"},
      {"20240424", "2024-04-24"},
      {"2024/04/24", "2024-04-24"},
      {"2024-04-24T19:25:00Z", "2024-04-24"},
      {"2024-04-24T19:25:00+02:00", "2024-04-24"},
      {"2024-04-24T23:30:00-05:00", "2024-04-24"},  // Date as written, not UTC.
      {"2024-04-24T19:25:00.123456Z", "2024-04-24"},
      {"2024-04-24 19:25:00", "2024-04-24"},
      {"Wed, 24 Apr 2024 19:25:00 GMT", "2024-04-24"},
      {"Wed, 24 Apr 2024 19:25:00 +0000", "2024-04-24"},
      {"Wed, 4 Apr 2024 19:25 EST", "2024-04-04"},
      {"24 Apr 2024", "2024-04-24"},
      {"Apr 24, 2024", "2024-04-24"},
      {"Apr. 24, 2024", "2024-04-24"},
      {"Sept. 3, 2024", "2024-09-03"},
      {"April 24, 2024", "2024-04-24"},
      {"April 24 2024", "2024-04-24"},
      {"April 24th, 2024", "2024-04-24"},
      {"April 24, 2024 7:25 PM", "2024-04-24"},
      {"April 24, 2024, 7:25 p.m. EDT", "2024-04-24"},
      {"April 24, 2024 at 7:25 PM", "2024-04-24"},
      {"24 April 2024", "2024-04-24"},
      {"Wednesday, April 24, 2024", "2024-04-24"},
      {"Wednesday 24 April 2024", "2024-04-24"},
      {"2024-02-29", "2024-02-29"},  // Leap year.
      {"2000-02-29", "2000-02-29"},
      // Rejected.
      {"", ""},
      {"yesterday", ""},
      {"2024-02-30", ""},
      {"2023-02-29", ""},
      {"1900-02-29", ""},
      {"2024-13-01", ""},
      {"2024-04-31", ""},
      {"2024-00-10", ""},
      {"20241301", ""},
      {"April 31, 2024", ""},
      {"32 April 2024", ""},
      {"2024-04-24garbage", ""},
      {"April 24, 2024 and more words", ""},
      {"Apr 24", ""},
      {"12345678901", ""},
      {"Wed, ", ""},
  };
  for (const auto& c : cases) {
    auto got = NormalizeDate(c.in);
    if (*c.want == '\0') {
      EXPECT_FALSE(got.ok()) << "\"" << c.in << "\" gave " << (got.ok() ? *got : "");
      if (!got.ok()) {
        EXPECT_EQ(got.status().code(), Status::kInvalidArgument);
      }
    } else {
      ASSERT_TRUE(got.ok()) << "\"" << c.in << "\": " << got.status().ToString();
      EXPECT_EQ(*got, c.want) << c.in;
    }
  }
}

TEST(DateParser, FindDateInLine) {
  struct Case {
    const char* in;
    const char* want;
  };
  const Case cases[] = {
      {"By Jane Doe | April 24, 2024", "2024-04-24"},
      {"Updated 2024-04-24 10:00", "2024-04-24"},
      {"No date here, 2024 was a year", ""},
      {"Released on 3 May 2023.", "2023-05-03"},
      {"x2024-04-24", ""},  // Not at a word boundary.
  };
  for (const auto& c : cases) {
    auto m = FindDate(c.in);
    EXPECT_EQ(m ? FormatDate(*m) : "", c.want) << c.in;
  }
}

TEST(DateParser, MonthNames) {
  size_t len = 0;
  EXPECT_EQ(ParseMonthName("Apr. 24", &len), 4);
  EXPECT_EQ(len, 4u);
  EXPECT_EQ(ParseMonthName("september", &len), 9);
  EXPECT_EQ(ParseMonthName("Sept 3", &len), 9);
  EXPECT_EQ(len, 4u);
  EXPECT_EQ(ParseMonthName("Mayor", &len), 0);
  EXPECT_EQ(ParseMonthName("Ma", &len), 0);
}

}  // namespace
}  // namespace dyad::ingest
