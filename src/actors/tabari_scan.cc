#include "actors/tabari_scan.h"

#include <algorithm>

namespace dyad::actors::tabari {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

// Code characters: CAMEO letters and digits (religion codes such as
// "CHRPRO214"), "---" (TABARI's null actor), "###" (discard), "+++"
// (complex), '/' (TABARI's compound actors, "FRO/BIL/SAM") and '~' (agents).
bool IsCodeChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || IsDigit(c) || c == '-' || c == '#' ||
         c == '+' || c == '/' || c == '~';
}

// Skips blanks from *pos.
void SkipBlanks(std::string_view s, size_t* pos) {
  while (*pos < s.size() && IsBlank(s[*pos])) ++*pos;
}

// Reads a run of digits from *pos.
std::string_view ReadDigitRun(std::string_view s, size_t* pos) {
  size_t start = *pos;
  while (*pos < s.size() && IsDigit(s[*pos])) ++*pos;
  return s.substr(start, *pos - start);
}

bool ReadDate(std::string_view s, size_t* pos, int32_t* date, std::string* reason) {
  std::string_view digits = ReadDigitRun(s, pos);
  if (digits.empty()) {
    *reason = "expected a date (YYMMDD or YYYYMMDD) in [" + std::string(s) + "]";
    return false;
  }
  if (!ParseTabariDate(digits, date)) {
    *reason =
        "bad date '" + std::string(digits) + "' in [" + std::string(s) + "] (YYMMDD or YYYYMMDD)";
    return false;
  }
  return true;
}

}  // namespace

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && IsBlank(s[b])) ++b;
  while (e > b && IsBlank(s[e - 1])) --e;
  return s.substr(b, e - b);
}

LineScanner::LineScanner(std::string_view text, CommentStyle style) : text_(text), style_(style) {
  if (text_.starts_with("\xEF\xBB\xBF")) pos_ = 3;
}

bool LineScanner::Next(Line* line) {
  if (pos_ >= text_.size()) return false;
  size_t end = pos_;
  while (end < text_.size() && text_[end] != '\n' && text_[end] != '\r') ++end;
  std::string_view raw = text_.substr(pos_, end - pos_);
  if (end < text_.size() && text_[end] == '\r' && end + 1 < text_.size() &&
      text_[end + 1] == '\n') {
    pos_ = end + 2;
  } else {
    pos_ = end + 1;
  }
  *line = Line();
  line->number = ++number_;
  line->raw = raw;
  line->indented = !raw.empty() && IsBlank(raw[0]);

  std::string_view t = Trim(raw);
  if (in_block_comment_) {
    if (t.find("-->") != std::string_view::npos) in_block_comment_ = false;
    line->comment = t;
    return true;
  }
  if (t.starts_with("<!")) {
    // "<!-- ... -->" (and the validation suite's "<! -- ... -->"): the
    // whole line is a comment; without "-->" so are the lines up to it.
    in_block_comment_ = t.find("-->") == std::string_view::npos;
    line->comment = t;
    return true;
  }
  size_t cut = t.size();
  size_t skip = 1;
  switch (style_) {
    case CommentStyle::kDictionary: {
      int depth = 0;
      for (size_t i = 0; i < t.size(); ++i) {
        char c = t[i];
        if (c == '[') {
          ++depth;
        } else if (c == ']') {
          if (depth > 0) --depth;
        } else if ((c == '#' || c == ';') && depth == 0) {
          cut = i;
          break;
        }
      }
      break;
    }
    case CommentStyle::kHash:
      cut = std::min(cut, t.find('#'));
      break;
    case CommentStyle::kSlashes:
      if (t.starts_with("//")) {
        cut = 0;
        skip = 2;
      } else if (t.starts_with("#")) {
        cut = 0;
      }
      break;
  }
  if (cut < t.size()) {
    line->comment = Trim(t.substr(std::min(t.size(), cut + skip)));
    t = Trim(t.substr(0, cut));
  }
  line->text = t;
  return true;
}

bool SplitLineParts(std::string_view text, LineParts* parts) {
  *parts = LineParts();
  size_t i = 0;
  while (i < text.size() && text[i] != '[' && text[i] != '{') {
    if (text[i] == ']' || text[i] == '}') {
      parts->error = std::string("'") + text[i] + "' without its opening bracket";
      return false;
    }
    ++i;
  }
  parts->name = Trim(text.substr(0, i));
  while (i < text.size()) {
    char c = text[i];
    if (c == '[' || c == '{') {
      char close = c == '[' ? ']' : '}';
      size_t j = i + 1;
      while (j < text.size() && text[j] != close && text[j] != '[' && text[j] != '{' &&
             text[j] != ']' && text[j] != '}') {
        ++j;
      }
      if (j >= text.size() || text[j] != close) {
        parts->error = std::string("'") + c + "' not closed by '" + close + "'";
        if (j < text.size()) parts->error += " (found '" + std::string(1, text[j]) + "')";
        return false;
      }
      (c == '[' ? parts->brackets : parts->braces).push_back(text.substr(i + 1, j - i - 1));
      i = j + 1;
    } else if (IsBlank(c)) {
      ++i;
    } else {
      // Stray text between or after the groups.
      size_t j = i;
      while (j < text.size() && text[j] != '[' && text[j] != '{') ++j;
      if (parts->trailing.empty()) parts->trailing = Trim(text.substr(i, j - i));
      i = j;
    }
  }
  return true;
}

bool ParseTabariDate(std::string_view digits, int32_t* yyyymmdd) {
  if (!AllDigits(digits)) return false;
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  int year, month, day;
  if (digits.size() == 6) {
    int yy = value / 10000;
    year = (yy < kCenturyPivot ? 2000 : 1900) + yy;
  } else if (digits.size() == 8) {
    year = value / 10000;
    if (year < 1000) return false;
  } else {
    return false;
  }
  month = value / 100 % 100;
  day = value % 100;
  if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) return false;
  *yyyymmdd = year * 10000 + month * 100 + day;
  return true;
}

int32_t PreviousDay(int32_t yyyymmdd) {
  int year = yyyymmdd / 10000, month = yyyymmdd / 100 % 100, day = yyyymmdd % 100;
  if (day > 1) return yyyymmdd - 1;
  if (month > 1) return year * 10000 + (month - 1) * 100 + DaysInMonth(year, month - 1);
  return (year - 1) * 10000 + 1231;
}

bool ParseCodeBlock(std::string_view inside, CodeBlock* block, std::string* reason) {
  *block = CodeBlock();
  std::string_view s = Trim(inside);
  if (s.empty()) {
    *reason = "empty code block []";
    return false;
  }
  size_t pos = 0;
  while (pos < s.size() && IsCodeChar(s[pos])) ++pos;
  std::string_view code = s.substr(0, pos);
  if (code.empty()) {
    *reason = "no code before the date in [" + std::string(inside) + "]";
    return false;
  }
  if (pos < s.size() && !IsBlank(s[pos]) && s[pos] != '<' && s[pos] != '>') {
    *reason =
        "bad character '" + std::string(1, s[pos]) + "' in code [" + std::string(inside) + "]";
    return false;
  }
  // A code never holds a date: six digits in a row are one glued to it
  // ("AAA950601-990815") or a date without a code ("950601-990815").
  int run = 0;
  for (char c : code) {
    run = IsDigit(c) ? run + 1 : 0;
    if (run >= 6) {
      *reason = "date not separated from the code in [" + std::string(inside) + "]";
      return false;
    }
  }
  block->code.reserve(code.size());
  for (char c : code) {
    if (c >= 'a' && c <= 'z') {
      block->lowercase = true;
      c = static_cast<char>(c - 'a' + 'A');
    }
    block->code.push_back(c);
  }
  SkipBlanks(s, &pos);
  if (pos == s.size()) return true;

  block->ranged = true;
  block->from = 0;
  block->to = 99999999;
  char op = s[pos];
  if (op == '<' || op == '>') {
    ++pos;
    SkipBlanks(s, &pos);
    int32_t date;
    if (!ReadDate(s, &pos, &date, reason)) return false;
    if (op == '<') {
      block->to = PreviousDay(date);
    } else {
      block->from = date;
    }
  } else {
    int32_t from, to;
    if (!ReadDate(s, &pos, &from, reason)) return false;
    SkipBlanks(s, &pos);
    if (pos == s.size()) {
      // PETRARCH's check_date takes a lone date as a start.
      block->from = from;
      block->change = "date without '<', '>' or '-' in [" + std::string(Trim(inside)) +
                      "] read as from that date";
      return true;
    }
    if (s[pos] != '-') {
      *reason = "expected '-' between the dates in [" + std::string(inside) + "]";
      return false;
    }
    ++pos;
    SkipBlanks(s, &pos);
    if (!ReadDate(s, &pos, &to, reason)) return false;
    if (to < from) {
      *reason = "inverted date range in [" + std::string(Trim(inside)) + "]";
      return false;
    }
    block->from = from;
    if (to == from) {
      block->to = to;
      block->change = "one-day range [" + std::string(Trim(inside)) + "] read as that day";
    } else {
      block->to = PreviousDay(to);
    }
  }
  SkipBlanks(s, &pos);
  if (pos != s.size()) {
    *reason = "unexpected '" + std::string(s.substr(pos)) + "' after the date in [" +
              std::string(inside) + "]";
    return false;
  }
  return true;
}

std::string PhraseToText(std::string_view phrase, bool* whole_word) {
  std::string_view t = Trim(phrase);
  if (whole_word != nullptr) *whole_word = !t.empty() && t.back() == '_';
  std::string out;
  out.reserve(t.size());
  bool pending_space = false;
  for (char c : t) {
    if (c == '_' || IsBlank(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace dyad::actors::tabari
