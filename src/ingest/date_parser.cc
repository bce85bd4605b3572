// The date grammar: ISO 8601 / RFC 3339, YYYYMMDD, RFC 822 and the English
// forms news sites print ("Wednesday, April 24, 2024 7:25 PM EDT").
#include "ingest/date_parser.h"

#include <cstdio>

#include "ingest/ingest.h"

namespace dyad::ingest {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAlnum(char c) { return IsDigit(c) || IsAlpha(c); }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Case-insensitive: does s[pos..] start with `word` (lower case)?
bool StartsWithWord(std::string_view s, size_t pos, std::string_view word) {
  if (pos + word.size() > s.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if (Lower(s[pos + i]) != word[i]) return false;
  }
  return true;
}

// Reads between min and max digits at *pos; -1 if there are fewer than min or
// more than max.
int Digits(std::string_view s, size_t* pos, int min, int max) {
  int n = 0, value = 0;
  size_t p = *pos;
  while (p < s.size() && IsDigit(s[p])) {
    if (++n > max) return -1;
    value = value * 10 + (s[p] - '0');
    ++p;
  }
  if (n < min) return -1;
  *pos = p;
  return value;
}

size_t SkipSpaces(std::string_view s, size_t p) {
  while (p < s.size() && (s[p] == ' ' || s[p] == '\t')) ++p;
  return p;
}

bool ValidDate(int y, int m, int d) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

// A weekday name ("Wed", "Wed.", "Wednesday") and the "," and spaces after it.
size_t SkipWeekday(std::string_view s, size_t p) {
  static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};
  for (std::string_view day : kDays) {
    size_t len = 0;
    if (StartsWithWord(s, p, day)) {
      len = day.size();
    } else if (StartsWithWord(s, p, day.substr(0, 3))) {
      len = 3;
    } else {
      continue;
    }
    size_t q = p + len;
    if (q < s.size() && IsAlpha(s[q])) continue;
    if (q < s.size() && s[q] == '.' && len == 3) ++q;
    if (q < s.size() && s[q] == ',') ++q;
    size_t r = SkipSpaces(s, q);
    if (r == q) return p;  // "Wed" glued to something else: not a weekday prefix.
    return r;
  }
  return p;
}

// "st", "nd", "rd", "th" after a day number.
size_t SkipOrdinal(std::string_view s, size_t p) {
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (StartsWithWord(s, p, suffix) && (p + 2 >= s.size() || !IsAlpha(s[p + 2]))) return p + 2;
  }
  return p;
}

// A time after a date: "T19:25:00Z", " 19:25:00 GMT", " 7:25 PM EDT",
// ", 7:25 p.m.", " at 7:25 PM", "+02:00". Returns the end, or p if none.
size_t SkipTime(std::string_view s, size_t p) {
  size_t q = p;
  if (q < s.size() && s[q] == 'T') {
    ++q;
  } else {
    if (q < s.size() && s[q] == ',') ++q;
    q = SkipSpaces(s, q);
    if (StartsWithWord(s, q, "at ")) q = SkipSpaces(s, q + 3);
    if (q == p) return p;
  }
  size_t t = q;
  if (Digits(s, &t, 1, 2) < 0 || t >= s.size() || s[t] != ':') return p;
  ++t;
  if (Digits(s, &t, 2, 2) < 0) return p;
  if (t < s.size() && s[t] == ':') {
    size_t u = t + 1;
    if (Digits(s, &u, 2, 2) >= 0) t = u;
    if (t < s.size() && (s[t] == '.' || s[t] == ',') && t + 1 < s.size() && IsDigit(s[t + 1])) {
      ++t;
      while (t < s.size() && IsDigit(s[t])) ++t;
    }
  }
  size_t end = t;
  // AM / PM / a.m. / p.m.
  size_t u = SkipSpaces(s, t);
  for (std::string_view ampm : {"a.m.", "p.m.", "am", "pm"}) {
    if (StartsWithWord(s, u, ampm) && (u + ampm.size() >= s.size() || !IsAlpha(s[u + ampm.size()]))) {
      end = u + ampm.size();
      break;
    }
  }
  // Zone: "Z", "+02:00", "-0500", or an abbreviation such as GMT or EDT.
  if (end < s.size() && s[end] == 'Z' && (end + 1 >= s.size() || !IsAlnum(s[end + 1]))) return end + 1;
  u = SkipSpaces(s, end);
  if (u < s.size() && (s[u] == '+' || s[u] == '-')) {
    size_t v = u + 1;
    if (Digits(s, &v, 2, 4) >= 0) {
      if (v - u == 3 && v < s.size() && s[v] == ':') {
        size_t w = v + 1;
        if (Digits(s, &w, 2, 2) >= 0) v = w;
      }
      return v;
    }
    return end;
  }
  size_t v = u;
  while (v < s.size() && s[v] >= 'A' && s[v] <= 'Z') ++v;
  if (v - u >= 2 && v - u <= 5 && (v >= s.size() || !IsAlnum(s[v]))) return v;
  return end;
}

}  // namespace


int ParseMonthName(std::string_view s, size_t* len) {
  static constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",
                                                 "may",     "june",     "july",      "august",
                                                 "september", "october", "november", "december"};
  for (int m = 0; m < 12; ++m) {
    std::string_view name = kMonths[m];
    size_t n = 0;
    if (StartsWithWord(s, 0, name)) {
      n = name.size();
    } else if (m == 8 && StartsWithWord(s, 0, "sept")) {
      n = 4;
    } else if (StartsWithWord(s, 0, name.substr(0, 3))) {
      n = 3;
    } else {
      continue;
    }
    if (n < s.size() && IsAlpha(s[n])) continue;
    if (n < name.size() && n < s.size() && s[n] == '.') ++n;
    *len = n;
    return m + 1;
  }
  return 0;
}

// The end of "24 April 2024" and "April 24, 2024" from just after the day or
// month name at r: an optional comma, spaces, and a four-digit year that ends
// the word. Fills *m and returns true when that is there and the date exists.
bool YearAfter(std::string_view s, size_t r, int month, int day, DateMatch* m) {
  if (r < s.size() && s[r] == ',') ++r;
  size_t t = SkipSpaces(s, r);
  if (t == r) return false;
  int year = Digits(s, &t, 4, 4);
  if (year < 0 || (t < s.size() && IsAlnum(s[t])) || !ValidDate(year, month, day)) return false;
  *m = {year, month, day, t};
  return true;
}

std::optional<DateMatch> ParseDateAt(std::string_view s, size_t pos) {
  DateMatch m;
  size_t p = pos;
  if (p < s.size() && IsDigit(s[p])) {
    size_t q = p;
    int year = Digits(s, &q, 4, 4);
    if (year >= 0 && q < s.size() && (s[q] == '-' || s[q] == '/')) {
      // 2024-04-24, 2024/04/24
      const char sep = s[q++];
      int month = Digits(s, &q, 1, 2);
      if (month < 0 || q >= s.size() || s[q] != sep) return std::nullopt;
      ++q;
      int day = Digits(s, &q, 1, 2);
      if (day < 0 || !ValidDate(year, month, day)) return std::nullopt;
      if (q < s.size() && IsAlnum(s[q]) && s[q] != 'T') return std::nullopt;
      m = {year, month, day, q};
    } else {
      q = p;
      int n = Digits(s, &q, 8, 8);
      if (n >= 0) {
        // 20240424
        m = {n / 10000, n / 100 % 100, n % 100, q};
        if (!ValidDate(m.year, m.month, m.day)) return std::nullopt;
        if (q < s.size() && IsAlnum(s[q]) && s[q] != 'T') return std::nullopt;
      } else {
        // 24 April 2024, 24 Apr 2024 (RFC 822 without the weekday)
        q = p;
        int day = Digits(s, &q, 1, 2);
        if (day < 0) return std::nullopt;
        q = SkipOrdinal(s, q);
        size_t r = SkipSpaces(s, q);
        if (r == q) return std::nullopt;
        size_t len = 0;
        int month = ParseMonthName(s.substr(r), &len);
        if (month == 0) return std::nullopt;
        if (!YearAfter(s, r + len, month, day, &m)) return std::nullopt;
      }
    }
  } else {
    size_t q = SkipWeekday(s, p);
    if (q < s.size() && IsDigit(s[q])) {
      if (q == p) return std::nullopt;  // Handled above.
      auto rest = ParseDateAt(s, q);  // "Wed, 24 Apr 2024 ..."
      return rest;
    }
    // April 24, 2024; Apr. 24, 2024; Apr 24 2024
    size_t len = 0;
    int month = ParseMonthName(s.substr(q), &len);
    if (month == 0) return std::nullopt;
    q += len;
    size_t r = SkipSpaces(s, q);
    if (r == q) return std::nullopt;
    int day = Digits(s, &r, 1, 2);
    if (day < 0) return std::nullopt;
    if (!YearAfter(s, SkipOrdinal(s, r), month, day, &m)) return std::nullopt;
  }
  m.end = SkipTime(s, m.end);
  return m;
}

std::optional<DateMatch> FindDate(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && IsAlnum(s[i - 1])) continue;
    if (!IsAlnum(s[i])) continue;
    if (auto m = ParseDateAt(s, i)) return m;
  }
  return std::nullopt;
}

std::string FormatDate(const DateMatch& m) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", m.year, m.month, m.day);
  return buf;
}

Result<std::string> NormalizeDate(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
  std::string_view t = s.substr(b, e - b);
  auto m = ParseDateAt(t, 0);
  // RFC 3339 fractions and zones are covered by ParseDateAt's time; anything
  // else left over means this was not (only) a date.
  if (!m || m->end != t.size()) {
    return Status::InvalidArgument("not a date: \"" + std::string(t.substr(0, 80)) + "\"");
  }
  return FormatDate(*m);
}

}  // namespace dyad::ingest
