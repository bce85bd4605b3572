// Wire datelines: "WASHINGTON, May 3 (AP) - ". See dateline.h for the forms.
#include "ingest/dateline.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <array>

#include "base/utf8.h"
#include "ingest/date_parser.h"

namespace dyad::ingest {
namespace {

constexpr size_t kMaxPlaceWords = 4;
constexpr size_t kMaxAgencyBytes = 30;

// Labels that look like a place in capitals before a dash but are not one.
constexpr std::string_view kNotPlaces[] = {
    "BREAKING", "EXCLUSIVE", "UPDATE",   "UPDATED",  "WATCH",  "LIVE",     "ANALYSIS",  "OPINION",
    "EDITORIAL", "FACTBOX", "EXPLAINER", "CORRECTED", "REFILE", "PHOTOS",  "VIDEO",     "NOTE",
    "WARNING",  "ALERT",    "FLASH",    "URGENT",   "PHOTO",  "TIMELINE", "INTERVIEW", "COMMENT",
    "BULLETIN", "REVIEW",   "Q",        "A",        "PS",     "NB"};

// Agencies trusted enough to accept "PLACE (Agency) Body" without a dash.
constexpr std::array<std::string_view, 10> kKnownAgencies = {
    "Reuters", "AP", "AFP", "CP", "UPI", "dpa", "Xinhua", "Bloomberg", "ANSA", "EFE"};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A capital letter, ASCII or not ("Ã").
bool IsUpperAt(std::string_view s, size_t i, size_t* len) {
  char32_t c;
  *len = DecodeUtf8(s, i, &c);
  return u_isupper(static_cast<UChar32>(c));
}

bool IsLowerAt(std::string_view s, size_t i, size_t* len) {
  char32_t c;
  *len = DecodeUtf8(s, i, &c);
  return u_islower(static_cast<UChar32>(c));
}

// One word in capitals at s[p]: capitals plus . ' - ’; at least one capital
// and no lower-case letter. Returns its end, or p.
size_t CapsWord(std::string_view s, size_t p, int* letters) {
  size_t q = p;
  *letters = 0;
  while (q < s.size()) {
    size_t len;
    if (IsUpperAt(s, q, &len)) {
      ++*letters;
      q += len;
    } else if (s[q] == '.' || s[q] == '\'' || (s[q] == '/' && *letters > 0) ||
               (s[q] == '-' && *letters > 0 && q + 1 < s.size() &&
                                                  !IsSpace(s[q + 1]) && s[q + 1] != '-')) {
      ++q;
    } else if (s.substr(q).starts_with("’")) {
      q += 3;
    } else {
      break;
    }
  }
  if (*letters == 0) return p;
  if (q < s.size() && !IsSpace(s[q]) && s[q] != ',' && s[q] != ':' && s[q] != '(') {
    return p;
  }  // "NATO's", "AB1".
  return q;
}

// One capitalised word ("Lebanon", "N.Y.", "Calif."). Returns its end, or p.
size_t TitleWord(std::string_view s, size_t p) {
  size_t len;
  if (p >= s.size() || !IsUpperAt(s, p, &len)) return p;
  size_t q = p + len;
  while (q < s.size()) {
    if (s[q] == '.' || s[q] == '\'' || s[q] == '-' || s[q] == '/') {
      ++q;
    } else if (IsLowerAt(s, q, &len) || IsUpperAt(s, q, &len)) {
      q += len;
    } else {
      break;
    }
  }
  return q;
}

// A dash ("-", "--", "–", "—") at s[p] followed by white space or the end.
// Returns the end of the dash, or p.
size_t Dash(std::string_view s, size_t p) {
  size_t q = p;
  if (s.substr(q).starts_with("--")) {
    q += 2;
  } else if (s.substr(q).starts_with("-")) {
    q += 1;
  } else if (s.substr(q).starts_with("–") || s.substr(q).starts_with("—")) {
    q += 3;
  } else {
    return p;
  }
  if (q < s.size() && !IsSpace(s[q])) return p;
  return q;
}

size_t SkipBlank(std::string_view s, size_t p) {
  while (p < s.size() && (s[p] == ' ' || s[p] == '\t')) ++p;
  return p;
}

size_t SkipSpace(std::string_view s, size_t p) {
  while (p < s.size() && IsSpace(s[p])) ++p;
  return p;
}

// Does a sentence start at s[p]: a capital, a digit or an opening quote?
bool SentenceStart(std::string_view s, size_t p) {
  if (p >= s.size()) return false;
  size_t len;
  if ((s[p] >= '0' && s[p] <= '9') || s[p] == '"' || s[p] == '\'' || IsUpperAt(s, p, &len)) {
    return true;
  }
  return s.substr(p).starts_with("“") || s.substr(p).starts_with("‘");
}

// "(Reuters)" at s[p]: returns the end and sets *agency, or returns p.
size_t Agency(std::string_view s, size_t p, std::string* agency) {
  if (p >= s.size() || s[p] != '(') return p;
  // Look no further than an agency name can reach (keeps the scan bounded).
  size_t close = s.substr(0, std::min(s.size(), p + kMaxAgencyBytes + 2)).find(')', p);
  if (close == std::string_view::npos || close == p + 1) return p;
  std::string_view inner = s.substr(p + 1, close - p - 1);
  size_t len;
  const bool known = std::find(kKnownAgencies.begin(), kKnownAgencies.end(), inner) != kKnownAgencies.end();
  if (!known && !IsUpperAt(inner, 0, &len)) return p;  // "(dpa)" is known.
  int words = 1;
  for (char c : inner) {
    if (c == '(' || c == '\n' || (c >= '0' && c <= '9')) return p;
    if (c == ' ') ++words;
  }
  if (words > 4) return p;
  *agency = std::string(inner);
  return close + 1;
}

// A month name at s[p] in any case ("Aug.", "AUGUST", "DEC"); its length
// in *len, 0 if none.
int MonthAt(std::string_view s, size_t p, size_t* len) {
  if (int m = ParseMonthName(s.substr(p), len)) return m;
  std::string lower;
  for (size_t i = p; i < s.size() && i < p + 10 && s[i] != ' '; ++i) {
    lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(s[i]))));
  }
  return lower.empty() ? 0 : ParseMonthName(lower, len);
}

// A date after the place or region, at s[p]: " Aug. 23, 2004", ", AUGUST 17",
// ", Aug. 25." (a day, an optional year). Returns its end, or p.
size_t DateTail(std::string_view s, size_t p) {
  size_t r = p;
  if (r < s.size() && s[r] == ',') ++r;
  if (r >= s.size() || s[r] != ' ') return p;
  ++r;
  size_t len = 0;
  if (MonthAt(s, r, &len) == 0) return p;
  size_t t = r + len;
  if (t >= s.size() || s[t] != ' ') return p;
  ++t;
  size_t digits = 0;
  while (t < s.size() && s[t] >= '0' && s[t] <= '9' && digits < 3) ++t, ++digits;
  if (digits == 0 || digits > 2) return p;
  if (t + 6 <= s.size() && s[t] == ',' && s[t + 1] == ' ' && std::all_of(s.begin() + t + 2, s.begin() + t + 6, [](char c) { return c >= '0' && c <= '9'; })) {
    t += 6;
  }
  if (t < s.size() && s[t] == '.') ++t;
  return t;
}

std::optional<Dateline> Core(std::string_view s, size_t p) {
  Dateline d;
  // PLACE: 1-4 words in capitals.
  size_t q = p;
  size_t words = 0;
  while (words < kMaxPlaceWords) {
    int letters = 0;
    size_t end = CapsWord(s, q, &letters);
    if (end == q) break;
    if (words == 0 && letters < 2) return std::nullopt;
    ++words;
    q = end;
    if (q < s.size() && s[q] == ' ' && q + 1 < s.size() && s[q + 1] != ' ') {
      int l2;
      if (CapsWord(s, q + 1, &l2) != q + 1) {
        ++q;
        continue;
      }
    }
    break;
  }
  if (words == 0) return std::nullopt;
  d.place = std::string(s.substr(p, q - p));
  const std::string_view first_word = std::string_view(d.place).substr(0, d.place.find(' '));
  for (std::string_view label : kNotPlaces) {
    if (first_word == label) return std::nullopt;
  }
  // [, Region] [, Month Day]
  for (int group = 0; group < 2 && q + 1 < s.size() && s[q] == ',' && s[q + 1] == ' '; ++group) {
    size_t r = q + 2;
    size_t len = 0;
    if (MonthAt(s, r, &len) != 0 && r + len < s.size() && s[r + len] == ' ') {
      size_t t = r + len + 1;
      size_t digits = 0;
      while (t < s.size() && s[t] >= '0' && s[t] <= '9' && digits < 3) ++t, ++digits;
      if (digits >= 1 && digits <= 2) {
        q = t;
        continue;
      }
    }
    size_t t = r;
    for (int w = 0; w < 3; ++w) {
      size_t end = TitleWord(s, t);
      if (end == t) break;
      t = end;
      size_t month_len = 0;
      if (t + 1 < s.size() && s[t] == ' ' && TitleWord(s, t + 1) != t + 1 &&
          MonthAt(s, t + 1, &month_len) == 0) {
        t += 1;
        continue;
      }
      break;
    }
    if (t == r) break;
    d.place += ", ";
    d.place += s.substr(r, t - r);
    q = t;
  }
  // A date the groups above did not take: "KABUL, Afghanistan Aug. 23, 2004",
  // "NEW DELHI, Aug. 25.", "LONDON, AUGUST 17".
  const bool had_region = d.place.find(',') != std::string::npos;
  q = DateTail(s, q);
  if (q < s.size() && s[q] == '.' && s[q - 1] >= '0' && s[q - 1] <= '9') ++q;  // "Aug. 25."
  // (Agency)
  size_t a = SkipBlank(s, q);
  size_t after_agency = Agency(s, a, &d.agency);
  if (after_agency != a) q = after_agency;
  // Dash.
  size_t b = SkipBlank(s, q);
  size_t after_dash = Dash(s, b);
  if (after_dash != b) {
    d.body_begin = SkipSpace(s, after_dash);
    if (d.agency.empty() && !SentenceStart(s, d.body_begin)) return std::nullopt;
    if (d.body_begin >= s.size()) return std::nullopt;
    return d;
  }
  // "BAGHDAD: Members of..." and "LONDON, AUGUST 17: Britain...": a colon
  // for a dash, as South Asian and Gulf papers write it.
  if (b < s.size() && s[b] == ':' && b + 1 < s.size() && s[b + 1] == ' ' && b <= q + 1) {  // "BANGKOK :"
    d.body_begin = SkipSpace(s, b + 1);
    if (SentenceStart(s, d.body_begin)) return d;
    return std::nullopt;
  }
  // "TBILISI, Georgia  Georgian President..." : feeds that dropped the dash
  // leave two spaces; only with a region, so a headline never matches.
  if (had_region && d.agency.empty() && b >= q + 2 && s[q] == ' ' && s[q + 1] == ' ' && SentenceStart(s, b)) {
    d.body_begin = b;
    return d;
  }
  if (!d.agency.empty() && b > q) {
    for (std::string_view known : kKnownAgencies) {
      if (d.agency == known && SentenceStart(s, b)) {
        d.body_begin = b;
        return d;
      }
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Dateline> FindDateline(std::string_view s, size_t pos) {
  size_t p = SkipSpace(s, pos);
  if (auto d = Core(s, p)) {
    // "AFP - Sudan said": an agency in capitals is a credit, not a place.
    for (std::string_view known : kKnownAgencies) {
      if (d->place == known && d->agency.empty()) {
        d->agency = std::move(d->place);
        d->place.clear();
        break;
      }
    }
    return d;
  }
  // "Canadian Press - VANCOUVER (CP) -": an agency name and a dash first.
  size_t q = p;
  for (int w = 0; w < 3; ++w) {
    size_t end = TitleWord(s, q);
    if (end == q) break;
    q = end;
    if (q + 1 < s.size() && s[q] == ' ' && TitleWord(s, q + 1) != q + 1) {
      ++q;
      continue;
    }
    break;
  }
  if (q == p) return std::nullopt;
  size_t b = SkipBlank(s, q);
  if (b == q) return std::nullopt;
  size_t after = Dash(s, b);
  if (after == b) return std::nullopt;
  auto d = Core(s, SkipBlank(s, after));
  if (d && !d->agency.empty()) return d;
  // "Reuters - France said ...": a known agency's credit and no place, as
  // news feeds cut the dateline off; the agency is no actor of the story.
  const std::string_view credit = s.substr(p, q - p);
  for (std::string_view known : kKnownAgencies) {
    if (credit != known) continue;
    Dateline c;
    c.agency = std::string(known);
    c.body_begin = SkipSpace(s, after);
    if (c.body_begin < s.size() && SentenceStart(s, c.body_begin)) return c;
  }
  return std::nullopt;
}

}  // namespace dyad::ingest
