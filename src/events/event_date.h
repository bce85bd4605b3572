// Internal to events/: the date of an event, read from the time expression
// that goes with its verb ("met on Thursday", "will visit next month",
// "two years ago") and resolved against the article's date.
//
//   EventDate d = ResolveEventDate(sentence, analyses, verb, 20240503);
//   // "The ministers met on Thursday." (verb "met"), article Friday 3 May:
//   // d.yyyymmdd == 20240502, d.precision == kDay, d.from_text == true
//
// Rules, in order:
//  - The expression: one attached to the verb in the parse (obl "on
//    Thursday", obl:unmarked/obl:tmod "last week", advmod "ago",
//    "yesterday"...) wins; failing that, the nearest one elsewhere in the
//    verb's clause (an xcomp's governor counts: "plans to visit next
//    month"). An expression in another clause of the sentence is never used
//    ("said on Friday that they met on Thursday": "met" is Thursday, "said"
//    Friday). Without a parse (HEAD "_"), the nearest expression in the
//    sentence.
//  - Tense picks the direction of a bare weekday, weekend, month or month
//    and day: past ("met", "has met", "was killed") the latest one on or
//    before the article date (wire style: "on Thursday" in a Thursday
//    article is that day); future ("will", "is to", "plans to", "is expected
//    to", modals) the first one on or after it; present the nearest one
//    (weekdays) or the article's own year (months). "last"/"next" are strict
//    (never the article's own day or month), "this" is the article's year.
//  - Precision: day for days and weekdays (also "last week" = the same
//    weekday a week before, "over the weekend" = its Saturday), month for
//    months ("in November", "next month", "six months ago"; the first day),
//    year for years ("in 2019", "last year", "two years ago"; 1 January).
//  - Otherwise the article date (0 if unknown), precision day, from_text
//    false. An expression that needs the article date when there is none
//    ("yesterday" with article_date 0) gives the same.
//
// Thread-safety: pure functions.
#ifndef DYAD_EVENTS_EVENT_DATE_H_
#define DYAD_EVENTS_EVENT_DATE_H_

#include <cstdint>
#include <vector>

#include "events/events.h"
#include "text/text.h"

namespace dyad::events {

// DatePrecision (day, month, year), DatePrecisionName and IsoDate are part
// of the event record: events/events.h.

struct EventDate {
  int32_t yyyymmdd = 0;  // 0 when the article has no date and none was found.
  DatePrecision precision = DatePrecision::kDay;
  bool from_text = false;  // A time expression decided it (else: the article date).
  uint32_t first_token = 0, last_token = 0;  // The expression's tokens (inclusive) when from_text.
};

// The date of the event whose verb (or event noun) is token `verb` (0-based)
// of `sentence`, resolved against `article_date` (yyyymmdd; 0 or an invalid
// date: unknown). `analyses` holds one WordAnalysis per token from
// nlp::NlpModel::Annotate; it may be empty (no tense, no parse: the verb is
// taken as past, the nearest expression is used).
// REQUIRES: verb < sentence.tokens.size().
EventDate ResolveEventDate(const text::Sentence& sentence,
                           const std::vector<text::WordAnalysis>& analyses, uint32_t verb,
                           int32_t article_date);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_EVENT_DATE_H_
