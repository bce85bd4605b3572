// Calendar arithmetic on yyyymmdd dates.
#include "base/date_math.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(DateMath, AddsDaysAcrossMonthsYearsAndLeapDays) {
  struct Case {
    int32_t date;
    int64_t days;
    int32_t expected;
  };
  const Case cases[] = {
      {20240228, 1, 20240229},  {20240229, 1, 20240301},   {20230228, 1, 20230301},
      {20240301, -1, 20240229}, {20231231, 1, 20240101},   {20240101, -1, 20231231},
      {20000228, 1, 20000229},  {19000228, 1, 19000301},   {19700101, -1, 19691231},
      {20240503, 0, 20240503},  {20240503, 365, 20250503}, {20240115, -45, 20231201},
  };
  for (const Case& c : cases)
    EXPECT_EQ(AddDays(c.date, c.days), c.expected) << c.date << " + " << c.days;
}

TEST(DateMath, CountsDaysBetween) {
  EXPECT_EQ(DaysBetween(20240101, 20240301), 60);
  EXPECT_EQ(DaysBetween(20230101, 20230301), 59);
  EXPECT_EQ(DaysBetween(20240301, 20240101), -60);
  EXPECT_EQ(DaysBetween(19700101, 20000101), 10957);
  EXPECT_EQ(DaysSinceEpoch(19700101), 0);
  EXPECT_EQ(DateFromDays(19723), 20240101);
}

TEST(DateMath, NamesWeekdaysMondayFirst) {
  EXPECT_EQ(Weekday(19700101), 3);  // Thursday.
  EXPECT_EQ(Weekday(20240503), 4);  // Friday.
  EXPECT_EQ(Weekday(20240229), 3);  // Thursday.
  EXPECT_EQ(Weekday(20240506), 0);  // Monday.
  EXPECT_EQ(Weekday(20240505), 6);  // Sunday.
  EXPECT_EQ(Weekday(19691231), 2);  // Wednesday, before the epoch.
}

TEST(DateMath, KnowsLeapYearsAndRealDays) {
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_FALSE(IsLeapYear(2023));
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
  EXPECT_EQ(DaysInMonth(2023, 13), 0);
  EXPECT_TRUE(IsValidDate(20240229));
  EXPECT_FALSE(IsValidDate(20230229));
  EXPECT_FALSE(IsValidDate(20240431));
  EXPECT_FALSE(IsValidDate(20241300));
  EXPECT_FALSE(IsValidDate(0));
}

TEST(DateMath, MovesByMonthsToTheFirstDay) {
  EXPECT_EQ(AddMonthsToFirst(20240131, 1), 20240201);
  EXPECT_EQ(AddMonthsToFirst(20240115, -1), 20231201);
  EXPECT_EQ(AddMonthsToFirst(20241231, 1), 20250101);
  EXPECT_EQ(AddMonthsToFirst(20240503, -6), 20231101);
  EXPECT_EQ(AddMonthsToFirst(20240503, 0), 20240501);
  EXPECT_EQ(AddMonthsToFirst(20240503, -24), 20220501);
}

}  // namespace
}  // namespace dyad
