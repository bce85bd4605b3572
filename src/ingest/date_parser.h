// Internal to ingest/: the date grammar behind NormalizeDate, also used to
// find publication dates in the header lines of plain-text articles.
//
//   auto m = ParseDateAt("Updated April 24, 2024 7:25 PM EDT", 8);
//   // m->year == 2024, m->month == 4, m->day == 24, m->end == 34 (all of it)
//
// Thread-safety: pure functions.
#ifndef DYAD_INGEST_DATE_PARSER_H_
#define DYAD_INGEST_DATE_PARSER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dyad::ingest {

struct DateMatch {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31, valid for the month
  size_t end = 0;  // Byte after the date and any time and zone that follow it.
};

// Parses a date starting exactly at s[pos] in one of the forms NormalizeDate
// documents, with an optional time ("19:25:00", "7:25 PM", "T19:25:00.5Z",
// "+02:00", "GMT", "EDT") after it. Returns nullopt if no valid date starts
// there (an impossible day such as Feb 30 counts as no date).
std::optional<DateMatch> ParseDateAt(std::string_view s, size_t pos);

// The first date that starts at a word boundary anywhere in `s`, or nullopt.
std::optional<DateMatch> FindDate(std::string_view s);

// "YYYY-MM-DD".
std::string FormatDate(const DateMatch& m);

// 1-12 for an English month name or its abbreviation ("Apr", "Apr.", "Sept",
// "april"), consuming the name (and a dot after an abbreviation); 0 if none.
int ParseMonthName(std::string_view s, size_t* len);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_DATE_PARSER_H_
