// Calendar arithmetic on dates written as one integer
// yyyymmdd (20240503 is 3 May 2024), the form event dates travel in.
//
//   int32_t d = AddDays(20240228, 1);     // 20240229: 2024 is a leap year
//   int wd = Weekday(d);                  // 3: Thursday (0 is Monday)
//   int32_t n = DaysBetween(20240101, d); // 59
//
// The proleptic Gregorian calendar throughout (Howard Hinnant's
// days_from_civil). Events resolve relative dates with it and the store
// buckets and groups event dates; ingest/ has its own date grammar for
// article headers, so this file keeps only the arithmetic.
//
// Thread-safety: pure functions.
#ifndef DYAD_BASE_DATE_MATH_H_
#define DYAD_BASE_DATE_MATH_H_

#include <cstdint>

namespace dyad {

constexpr int32_t MakeDate(int year, int month, int day) {
  return year * 10000 + month * 100 + day;
}
constexpr int YearOf(int32_t yyyymmdd) { return yyyymmdd / 10000; }
constexpr int MonthOf(int32_t yyyymmdd) { return yyyymmdd / 100 % 100; }
constexpr int DayOf(int32_t yyyymmdd) { return yyyymmdd % 100; }

bool IsLeapYear(int year);
// 28-31; 0 for a month outside 1-12.
int DaysInMonth(int year, int month);
// True for a real calendar day in years 1-9999 (20230229 is not one).
bool IsValidDate(int32_t yyyymmdd);

// Days since 1970-01-01 (negative before it), and back.
// REQUIRES: IsValidDate(yyyymmdd) for DaysSinceEpoch.
int64_t DaysSinceEpoch(int32_t yyyymmdd);
int32_t DateFromDays(int64_t days);

// `to` minus `from` in days. REQUIRES: both valid.
int64_t DaysBetween(int32_t from, int32_t to);
// The date `days` days later (earlier when negative). REQUIRES: valid date.
int32_t AddDays(int32_t yyyymmdd, int64_t days);
// The first day of the month `months` months later (earlier when negative):
// AddMonthsToFirst(20240131, 1) == 20240201. Month arithmetic in dyad always ends
// on a month's first day (the month-precision form), so no day is clamped.
int32_t AddMonthsToFirst(int32_t yyyymmdd, int months);
// 0 Monday ... 6 Sunday (ISO order). REQUIRES: valid date.
int Weekday(int32_t yyyymmdd);

}  // namespace dyad

#endif  // DYAD_BASE_DATE_MATH_H_
