#include "events/time_expression.h"

#include <array>
#include <charconv>
#include <string>
#include <string_view>

#include "base/date_math.h"

namespace dyad::events {
namespace {

// --- Words ---

constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
// Abbreviations as wire copy writes them (AP style, with or without the dot).
constexpr std::array<std::string_view, 12> kMonthAbbreviations = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"};
constexpr std::array<std::string_view, 12> kSmallNumbers = {"one",  "two", "three",  "four",
                                                            "five", "six", "seven",  "eight",
                                                            "nine", "ten", "eleven", "twelve"};

// Words that may open an expression's span without changing its date.
bool IsLeadWord(std::string_view w) {
  return w == "on" || w == "in" || w == "at" || w == "during" || w == "over" || w == "late" ||
         w == "early" || w == "earlier" || w == "later" || w == "mid";
}

// Words before a bare month name that make it a date ("in November").
bool IsMonthCue(std::string_view w) {
  return w == "in" || w == "during" || w == "last" || w == "next" || w == "this" || w == "early" ||
         w == "late" || w == "mid";
}

bool IsPartOfDay(std::string_view w) {
  return w == "morning" || w == "afternoon" || w == "evening" || w == "night";
}

template <size_t N>
int IndexOf(const std::array<std::string_view, N>& words, std::string_view w) {
  for (size_t i = 0; i < N; ++i) {
    if (words[i] == w) return static_cast<int>(i);
  }
  return -1;
}

// The whole of `s` as a number, or -1.
int NumberValue(std::string_view s) {
  int value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  return ec == std::errc() && end == s.data() + s.size() && !s.empty() ? value : -1;
}

// A token seen by the matcher: lower-cased form, a trailing dot dropped
// ("Sept." -> "sept"), and whether it was capitalized.
struct Word {
  std::string lower;
  bool capitalized = false;
  bool capitalized_after_mid = false;  // "mid-November".
};

std::vector<Word> Words(const text::Sentence& sentence) {
  std::vector<Word> words;
  words.reserve(sentence.tokens.size());
  for (const text::Token& t : sentence.tokens) {
    Word w;
    w.capitalized = !t.form.empty() && t.form[0] >= 'A' && t.form[0] <= 'Z';
    w.capitalized_after_mid = t.form.size() > 4 && t.form[4] >= 'A' && t.form[4] <= 'Z';
    w.lower = t.form;
    for (char& c : w.lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    if (w.lower.size() > 1 && w.lower.back() == '.') w.lower.pop_back();
    words.push_back(std::move(w));
  }
  return words;
}

// --- The matcher: one pattern family per function, each given the token
// where an expression's core starts; they return the token after it. ---

class Matcher {
 public:
  explicit Matcher(const text::Sentence& sentence) : words_(Words(sentence)) {}

  std::vector<TimeExpression> FindAll() {
    std::vector<TimeExpression> found;
    size_t taken = 0;  // Tokens before this are in an earlier expression.
    for (size_t i = 0; i < words_.size();) {
      TimeExpression e;
      const size_t end = MatchCore(i, &e);
      if (end == 0) {
        ++i;
        continue;
      }
      size_t first = i;
      while (first > taken && i - first < 3 && IsLeadWord(At(first - 1))) --first;
      e.first_token = static_cast<uint32_t>(first);
      e.last_token = static_cast<uint32_t>(end - 1);
      found.push_back(e);
      taken = i = end;
    }
    return found;
  }

 private:
  std::string_view At(size_t i) const {
    return i < words_.size() ? std::string_view(words_[i].lower) : std::string_view();
  }

  // 1-12 for a capitalized month name or abbreviation at i, or "mid-May"
  // (one token); 0 otherwise.
  int MonthAt(size_t i) const {
    if (i >= words_.size()) return 0;
    std::string_view w = At(i);
    const bool mid = w.substr(0, 4) == "mid-";
    if (mid) w.remove_prefix(4);
    if (!(mid ? words_[i].capitalized_after_mid : words_[i].capitalized)) return 0;
    int m = IndexOf(kMonths, w);
    if (m < 0) m = IndexOf(kMonthAbbreviations, w);
    if (m < 0 && w == "sep") m = 8;
    return m + 1;
  }

  // A day of the month: "3", "03", "3rd", "21st".
  int DayAt(size_t i) const {
    std::string_view w = At(i);
    if (w.size() > 2) {
      const std::string_view suffix = w.substr(w.size() - 2);
      if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") w.remove_suffix(2);
    }
    const int d = w.size() <= 2 ? NumberValue(w) : -1;
    return d >= 1 && d <= 31 ? d : 0;
  }

  int YearAt(size_t i) const {
    const std::string_view w = At(i);
    const int y = w.size() == 4 ? NumberValue(w) : -1;
    return y >= 1900 && y <= 2100 ? y : 0;
  }

  // "a", "an", "one"-"twelve" or digits: a count of units ("two years ago").
  int CountAt(size_t i) const {
    const std::string_view w = At(i);
    if (w == "a" || w == "an") return 1;
    const int n = IndexOf(kSmallNumbers, w);
    if (n >= 0) return n + 1;
    const int d = NumberValue(w);
    return d >= 1 && d <= 100 ? d : 0;
  }

  static std::optional<TimeExpression::Unit> UnitOf(std::string_view w) {
    if (w == "day" || w == "days") return TimeExpression::kDays;
    if (w == "week" || w == "weeks") return TimeExpression::kWeeks;
    if (w == "month" || w == "months") return TimeExpression::kMonths;
    if (w == "year" || w == "years") return TimeExpression::kYears;
    return std::nullopt;
  }

  size_t MatchCore(size_t i, TimeExpression* e) const {
    for (auto match : {&Matcher::MatchDeictic, &Matcher::MatchShifted, &Matcher::MatchWeekday,
                       &Matcher::MatchWeekend, &Matcher::MatchAgo, &Matcher::MatchMonthFirst,
                       &Matcher::MatchDayFirst, &Matcher::MatchYear, &Matcher::MatchIsoDate}) {
      const size_t end = (this->*match)(i, e);
      if (end != 0) return end;
    }
    return 0;
  }

  // Skips "morning", "night"... after a day ("Monday night").
  size_t SkipPartOfDay(size_t i) const { return IsPartOfDay(At(i)) ? i + 1 : i; }

  // "yesterday", "today", "tomorrow", "tonight" (+ "morning"...).
  size_t MatchDeictic(size_t i, TimeExpression* e) const {
    const std::string_view w = At(i);
    int offset = 0;
    if (w == "yesterday") {
      offset = -1;
    } else if (w == "tomorrow") {
      offset = 1;
    } else if (w != "today" && w != "tonight") {
      return 0;
    }
    *e = {};
    e->kind = TimeExpression::kOffset;
    e->unit = TimeExpression::kDays;
    e->amount = offset;
    return SkipPartOfDay(i + 1);
  }

  // "last"/"this"/"next" + week, month, year, weekday, month name, or
  // "last night", "this morning".
  size_t MatchShifted(size_t i, TimeExpression* e) const {
    const std::string_view w = At(i);
    const int sign = w == "last" ? -1 : w == "next" ? 1 : w == "this" ? 0 : 2;
    if (sign == 2) return 0;
    const std::string_view next = At(i + 1);
    *e = {};
    e->direction = sign < 0   ? TimeExpression::kLast
                   : sign > 0 ? TimeExpression::kNext
                              : TimeExpression::kThis;
    if (auto unit = UnitOf(next); unit && next.back() != 's' && *unit != TimeExpression::kDays) {
      e->kind = TimeExpression::kOffset;
      e->unit = *unit;
      e->amount = sign;
      return i + 2;
    }
    if ((sign < 0 && next == "night") || (sign == 0 && IsPartOfDay(next))) {
      e->kind = TimeExpression::kOffset;
      e->amount = sign;
      return i + 2;
    }
    if (const int wd = IndexOf(kWeekdays, next); wd >= 0) {
      e->kind = TimeExpression::kWeekday;
      e->weekday = wd;
      return SkipPartOfDay(i + 2);
    }
    if (next == "weekend") {
      e->kind = TimeExpression::kWeekend;
      return i + 2;
    }
    if (const int m = MonthAt(i + 1); m > 0) {
      e->kind = TimeExpression::kMonth;
      e->month = m;
      return i + 2;
    }
    return 0;
  }

  // "Thursday" (+ "night"), or "Thursday, May 2" where the date decides.
  size_t MatchWeekday(size_t i, TimeExpression* e) const {
    const int wd = IndexOf(kWeekdays, At(i));
    if (wd < 0) return 0;
    const size_t after = At(i + 1) == "," ? i + 2 : i + 1;
    if (const size_t end = MatchMonthFirst(after, e); end != 0) return end;
    if (const size_t end = MatchDayFirst(after, e); end != 0) return end;
    *e = {};
    e->kind = TimeExpression::kWeekday;
    e->weekday = wd;
    return SkipPartOfDay(i + 1);
  }

  // "the weekend" (the lead word "over", "at" or "during" comes with it).
  size_t MatchWeekend(size_t i, TimeExpression* e) const {
    if (At(i) != "the" || At(i + 1) != "weekend") return 0;
    *e = {};
    e->kind = TimeExpression::kWeekend;
    return i + 2;
  }

  // "two years ago", "a week ago", "three days ago".
  size_t MatchAgo(size_t i, TimeExpression* e) const {
    const int count = CountAt(i);
    const auto unit = UnitOf(At(i + 1));
    if (count == 0 || !unit || At(i + 2) != "ago") return 0;
    *e = {};
    e->kind = TimeExpression::kOffset;
    e->unit = *unit;
    e->amount = -count;
    return i + 3;
  }

  // "May 3", "May 3, 2024", "February 2022", "February of 2022", and a bare
  // month after a cue word ("in November").
  size_t MatchMonthFirst(size_t i, TimeExpression* e) const {
    const int month = MonthAt(i);
    if (month == 0) return 0;
    // After a day number the day-first form had its chance: "29 February
    // 2023" is no date, not February 2023.
    if (i > 0 && (DayAt(i - 1) > 0 || (At(i - 1) == "of" && i > 1 && DayAt(i - 2) > 0))) return 0;
    *e = {};
    e->month = month;
    if (const int day = DayAt(i + 1); day > 0) {
      size_t end = i + 2;
      size_t year_at = At(end) == "," ? end + 1 : end;
      return FinishDay(day, year_at, end, e);
    }
    const size_t year_at = At(i + 1) == "of" ? i + 2 : i + 1;
    if (const int year = YearAt(year_at); year > 0) {
      e->kind = TimeExpression::kDate;
      e->year = year;
      return year_at + 1;
    }
    const bool mid = At(i).substr(0, 4) == "mid-";
    if (!mid && (i == 0 || !IsMonthCue(At(i - 1)))) return 0;
    e->kind = TimeExpression::kMonth;
    return i + 1;
  }

  // "3 May", "3 May 2024", "3rd of May".
  size_t MatchDayFirst(size_t i, TimeExpression* e) const {
    const int day = DayAt(i);
    if (day == 0) return 0;
    const size_t month_at = At(i + 1) == "of" ? i + 2 : i + 1;
    const int month = MonthAt(month_at);
    if (month == 0) return 0;
    *e = {};
    e->month = month;
    return FinishDay(day, month_at + 1, month_at + 1, e);
  }

  // Month and day known: takes a year at `year_at` if there is one. A day
  // the month never has ("February 30") is no date.
  size_t FinishDay(int day, size_t year_at, size_t end, TimeExpression* e) const {
    const int year = YearAt(year_at);
    if (day > DaysInMonth(year > 0 ? year : 2000, e->month)) return 0;
    e->day = day;
    e->kind = year > 0 ? TimeExpression::kDate : TimeExpression::kMonthDay;
    e->year = year;
    return year > 0 ? year_at + 1 : end;
  }

  // "in 2019", "during 2019", "in late 2019": a bare number needs the cue.
  size_t MatchYear(size_t i, TimeExpression* e) const {
    const int year = YearAt(i);
    if (year == 0 || i == 0) return 0;
    const std::string_view before = At(i - 1);
    if (before != "in" && before != "during" && before != "early" && before != "late" &&
        before != "mid") {
      return 0;
    }
    *e = {};
    e->kind = TimeExpression::kDate;
    e->year = year;
    return i + 1;
  }

  // "2024-05-03", kept whole by the tokenizer.
  size_t MatchIsoDate(size_t i, TimeExpression* e) const {
    const std::string_view w = At(i);
    if (w.size() != 10 || w[4] != '-' || w[7] != '-') return 0;
    const int y = NumberValue(w.substr(0, 4)), m = NumberValue(w.substr(5, 2)),
              d = NumberValue(w.substr(8, 2));
    if (y < 0 || m < 0 || d < 0 || !IsValidDate(MakeDate(y, m, d))) return 0;
    *e = {};
    e->kind = TimeExpression::kDate;
    e->year = y;
    e->month = m;
    e->day = d;
    return i + 1;
  }

  std::vector<Word> words_;
};

// --- Resolution ---

// Days from the article date to the wanted weekday: back for the past, on
// for the future, whichever is nearer for the present (ties go back: news
// mostly reports). `strict` skips the article's own day ("last Friday").
int WeekdayShift(int from, int to, Tense tense, bool strict) {
  int back = (from - to + 7) % 7, on = (to - from + 7) % 7;
  if (strict && back == 0) back = on = 7;
  if (tense == Tense::kPast) return -back;
  if (tense == Tense::kFuture) return on;
  return back <= on ? -back : on;
}

Tense DirectionTense(TimeExpression::Direction direction, Tense tense) {
  if (direction == TimeExpression::kLast) return Tense::kPast;
  if (direction == TimeExpression::kNext) return Tense::kFuture;
  return tense;
}

ResolvedDate Day(int32_t yyyymmdd) { return {yyyymmdd, DatePrecision::kDay}; }

ResolvedDate ResolveOffset(const TimeExpression& e, int32_t article) {
  switch (e.unit) {
    case TimeExpression::kDays:
      return Day(AddDays(article, e.amount));
    case TimeExpression::kWeeks:
      return Day(AddDays(article, 7 * e.amount));
    case TimeExpression::kMonths:
      return {AddMonthsToFirst(article, e.amount), DatePrecision::kMonth};
    case TimeExpression::kYears:
      break;
  }
  return {MakeDate(YearOf(article) + e.amount, 1, 1), DatePrecision::kYear};
}

ResolvedDate ResolveWeekday(const TimeExpression& e, int32_t article, Tense tense) {
  const bool strict = e.direction == TimeExpression::kLast || e.direction == TimeExpression::kNext;
  return Day(AddDays(article, WeekdayShift(Weekday(article), e.weekday,
                                           DirectionTense(e.direction, tense), strict)));
}

// The weekend's Saturday; an article written on a weekend is in it.
ResolvedDate ResolveWeekend(const TimeExpression& e, int32_t article, Tense tense) {
  constexpr int kSaturday = 5;
  const int today = Weekday(article);
  if (today >= kSaturday &&
      (e.direction == TimeExpression::kByTense || e.direction == TimeExpression::kThis)) {
    return Day(AddDays(article, kSaturday - today));
  }
  const bool strict =
      e.direction != TimeExpression::kByTense && e.direction != TimeExpression::kThis;
  return Day(
      AddDays(article, WeekdayShift(today, kSaturday, DirectionTense(e.direction, tense), strict)));
}

ResolvedDate ResolveMonth(const TimeExpression& e, int32_t article, Tense tense) {
  const int year = YearOf(article), month = MonthOf(article);
  int y = year;
  switch (e.direction) {
    case TimeExpression::kLast:
      y = e.month < month ? year : year - 1;
      break;
    case TimeExpression::kNext:
      y = e.month > month ? year : year + 1;
      break;
    case TimeExpression::kThis:
      break;
    case TimeExpression::kByTense:
      if (tense == Tense::kPast) y = e.month <= month ? year : year - 1;
      if (tense == Tense::kFuture) y = e.month >= month ? year : year + 1;
      break;
  }
  return {MakeDate(y, e.month, 1), DatePrecision::kMonth};
}

// The latest such day on or before the article (past), the first on or
// after it (future), or the article's year's (present, when it exists).
// February 29 may be up to eight years away (1896 to 1904).
std::optional<ResolvedDate> ResolveMonthDay(const TimeExpression& e, int32_t article, Tense tense) {
  const int year = YearOf(article);
  if (tense == Tense::kPresent && IsValidDate(MakeDate(year, e.month, e.day))) {
    return Day(MakeDate(year, e.month, e.day));
  }
  const int step = tense == Tense::kFuture ? 1 : -1;
  for (int k = 0; k <= 8; ++k) {
    const int32_t d = MakeDate(year + step * k, e.month, e.day);
    if (IsValidDate(d) && (step > 0 ? d >= article : d <= article)) return Day(d);
  }
  return std::nullopt;
}

std::optional<ResolvedDate> ResolveDate(const TimeExpression& e) {
  if (e.month == 0) return ResolvedDate{MakeDate(e.year, 1, 1), DatePrecision::kYear};
  if (e.day == 0) return ResolvedDate{MakeDate(e.year, e.month, 1), DatePrecision::kMonth};
  const int32_t d = MakeDate(e.year, e.month, e.day);
  if (!IsValidDate(d)) return std::nullopt;  // "29 February 2023".
  return Day(d);
}

}  // namespace

std::vector<TimeExpression> FindTimeExpressions(const text::Sentence& sentence) {
  return Matcher(sentence).FindAll();
}

std::optional<ResolvedDate> ResolveTimeExpression(const TimeExpression& e, int32_t article_date,
                                                  Tense tense) {
  if (e.kind == TimeExpression::kDate) return ResolveDate(e);
  if (!IsValidDate(article_date)) return std::nullopt;
  switch (e.kind) {
    case TimeExpression::kOffset:
      return ResolveOffset(e, article_date);
    case TimeExpression::kWeekday:
      return ResolveWeekday(e, article_date, tense);
    case TimeExpression::kWeekend:
      return ResolveWeekend(e, article_date, tense);
    case TimeExpression::kMonth:
      return ResolveMonth(e, article_date, tense);
    case TimeExpression::kMonthDay:
      return ResolveMonthDay(e, article_date, tense);
    case TimeExpression::kDate:
      break;
  }
  return std::nullopt;
}

}  // namespace dyad::events
