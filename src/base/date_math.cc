#include "base/date_math.h"

namespace dyad {

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool IsValidDate(int32_t yyyymmdd) {
  const int y = YearOf(yyyymmdd), m = MonthOf(yyyymmdd), d = DayOf(yyyymmdd);
  return y >= 1 && y <= 9999 && d >= 1 && d <= DaysInMonth(y, m);
}

// days_from_civil and civil_from_days: eras of 400 years starting in March,
// so that the leap day is the last day of its year.
int64_t DaysSinceEpoch(int32_t yyyymmdd) {
  int64_t y = YearOf(yyyymmdd);
  const int64_t m = MonthOf(yyyymmdd), d = DayOf(yyyymmdd);
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int32_t DateFromDays(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t doe = days - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = yoe + era * 400 + (m <= 2);
  return MakeDate(static_cast<int>(y), static_cast<int>(m), static_cast<int>(d));
}

int64_t DaysBetween(int32_t from, int32_t to) { return DaysSinceEpoch(to) - DaysSinceEpoch(from); }

int32_t AddDays(int32_t yyyymmdd, int64_t days) {
  return DateFromDays(DaysSinceEpoch(yyyymmdd) + days);
}

int32_t AddMonthsToFirst(int32_t yyyymmdd, int months) {
  int index = YearOf(yyyymmdd) * 12 + MonthOf(yyyymmdd) - 1 + months;
  return MakeDate(index / 12, index % 12 + 1, 1);
}

int Weekday(int32_t yyyymmdd) {
  // 1970-01-01 was a Thursday (3 with Monday 0).
  const int64_t w = (DaysSinceEpoch(yyyymmdd) + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

}  // namespace dyad
