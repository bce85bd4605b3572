// Internal to events/: time expressions among a sentence's tokens ("on
// Thursday", "late last year", "two years ago", "in February 2022") and the
// date each stands for, given the article's date and the verb's tense.
//
//   for (const TimeExpression& e : FindTimeExpressions(sentence)) {
//     auto d = ResolveTimeExpression(e, 20240503, Tense::kPast);
//     // "on Thursday" -> {20240502, kDay}; "in November" -> {20231101, kMonth}
//   }
//
// Recognition is lexical (the parse only decides which verb an expression
// goes with; see event_date.h), over the tokens' forms, case-insensitively
// except for month names, which must be capitalized and, without a day or
// year, follow "in", "during", "last", "next", "this", "early", "late" or
// "mid" (so that "may", "march" and a bare "August" stay words).
// A leading preposition or modifier ("on", "in", "at", "during", "over",
// "late", "early", "earlier", "later", "mid") belongs to the span but does
// not move the date.
//
// Thread-safety: pure functions.
#ifndef DYAD_EVENTS_TIME_EXPRESSION_H_
#define DYAD_EVENTS_TIME_EXPRESSION_H_

#include <cstdint>
#include <optional>
#include <vector>

#include "events/event_date.h"
#include "events/verb_tense.h"
#include "text/text.h"

namespace dyad::events {

struct TimeExpression {
  enum Kind : uint8_t {
    kOffset,    // `amount` `unit`s from the article date: "yesterday" (-1 day),
                // "last week", "next month", "this year", "two years ago".
    kWeekday,   // `weekday`: "on Thursday", "Monday night", "last Friday".
    kWeekend,   // "over the weekend", "at the weekend", "last weekend".
    kMonth,     // `month`, year from context: "in November", "last December".
    kMonthDay,  // `month` and `day`, year from context: "on May 3", "3 May".
    kDate,      // `year`, and `month` and `day` when not 0: "3 May 2024",
                // "in February 2022", "in 2019", "2024-05-03".
  };
  enum Unit : uint8_t { kDays, kWeeks, kMonths, kYears };
  // Which occurrence of a weekday, weekend or month: the tense's ("on
  // Thursday"), strictly before or after the article's ("last", "next"), or
  // the article's own week or year ("this").
  enum Direction : uint8_t { kByTense, kLast, kNext, kThis };

  Kind kind = kOffset;
  Unit unit = kDays;
  int amount = 0;
  int weekday = 0;  // 0 Monday ... 6 Sunday.
  int year = 0, month = 0, day = 0;
  Direction direction = kByTense;
  uint32_t first_token = 0, last_token = 0;  // Inclusive.
};

// The time expressions of the sentence, left to right, not overlapping.
std::vector<TimeExpression> FindTimeExpressions(const text::Sentence& sentence);

struct ResolvedDate {
  int32_t yyyymmdd = 0;
  DatePrecision precision = DatePrecision::kDay;
};

// The date `expression` stands for in an article dated `article_date`
// (yyyymmdd, 0 unknown) about an event in `tense`. nullopt when it needs the
// article date and there is none, or names no real day (no February 29
// within eight years).
std::optional<ResolvedDate> ResolveTimeExpression(const TimeExpression& expression,
                                                  int32_t article_date, Tense tense);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_TIME_EXPRESSION_H_
