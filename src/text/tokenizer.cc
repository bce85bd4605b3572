#include "text/tokenizer.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/utf8.h"
#include "text/abbreviations.h"
#include "text/char_classes.h"

namespace dyad::text {
namespace {

using namespace chars;  // The tokenizer speaks in character classes.

// Multi-byte characters the rules name, as UTF-8.
constexpr std::string_view kRightSingle = "\xE2\x80\x99";  // ’ (apostrophe)
constexpr std::string_view kLeftSingle = "\xE2\x80\x98";   // ‘
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";     // …
constexpr std::string_view kRightDouble = "\xE2\x80\x9D";  // ”
constexpr std::string_view kRightGuillemet = "\xC2\xBB";   // »

// Hyphenated words whose first part is one of these stay whole in EWT
// ("e-mail", "non-profit", "co-workers"); other hyphens are split off.
constexpr std::string_view kHyphenPrefixes[] = {
    "anti",  "bi",    "co",   "counter", "cross", "e",   "ex",     "extra",  "inter",
    "intra", "macro", "mega", "meta",    "micro", "mid", "mini",   "mis",    "multi",
    "neo",   "non",   "over", "post",    "pre",   "pro", "pseudo", "psycho", "re",
    "semi",  "socio", "sub",  "super",   "trans", "tri", "ultra",  "un",     "vice",
};

// clang-format off
// Abbreviations that keep their period only before a number ("No. 7").
constexpr std::string_view kNumberAbbreviations[] = {"No", "no", "Nos", "nos", "Vol", "vol",
                                                     "Fig", "Art", "pp", "Pp", "Nr"};

// clang-format on

// EWT multi-word tokens written without an apostrophe, as word + split point.
struct Contraction {
  std::string_view lower;
  uint8_t split;
};
constexpr Contraction kContractions[] = {
    {"gonna", 3},    {"wanna", 3},  {"gotta", 3},  {"outta", 3}, {"cannot", 3},  {"dont", 2},
    {"cant", 2},     {"didnt", 3},  {"doesnt", 4}, {"isnt", 2},  {"wasnt", 3},   {"arent", 3},
    {"werent", 4},   {"havent", 4}, {"hasnt", 3},  {"hadnt", 3}, {"couldnt", 5}, {"wouldnt", 5},
    {"shouldnt", 6}, {"im", 1},     {"alot", 1},   {"wont", 2},  {"theres", 5},  {"theyre", 4},
    {"youre", 3},    {"thats", 4},  {"whats", 4},
};

// For each first letter a-z and length 0-8, a bit per entry of the table
// above with that first letter and length: the only entries worth comparing.
static_assert(std::size(kContractions) <= 32);
using ContractionIndex = std::array<std::array<uint32_t, 9>, 26>;
constexpr ContractionIndex MakeContractionIndex() {
  ContractionIndex f{};
  for (size_t i = 0; i < std::size(kContractions); ++i) {
    const std::string_view w = kContractions[i].lower;
    f[w[0] - 'a'][w.size()] |= uint32_t{1} << i;
  }
  return f;
}
constexpr ContractionIndex kContractionIndex = MakeContractionIndex();

// Emoticons kept whole when they stand alone.
constexpr std::string_view kEmoticons[] = {":-)", ":-(", ":-D", ":-P", ";-)", ":'(",
                                           ":)",  ":(",  ":D",  ":P",  ":p",  ";)",
                                           ":/",  "=)",  "^_^", "<3",  ":]",  ":|"};

template <size_t N>
bool Contains(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

bool EqualsLowerAscii(std::string_view w, std::string_view lower) {
  if (w.size() != lower.size()) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

bool StartsWithLowerAscii(std::string_view s, std::string_view lower) {
  return s.size() >= lower.size() && EqualsLowerAscii(s.substr(0, lower.size()), lower);
}

// ---------------------------------------------------------------------------

class Scanner {
 public:
  Scanner(std::string_view text, size_t end, std::vector<Token>* out)
      : full_(text), s_(text.substr(0, end)), out_(out) {}

  void Run(size_t begin) {
    const size_t n = s_.size();
    next_at_ = begin;
    FindNextAt(begin);
    size_t i = SkipSpace(begin);
    while (i < n) {
      const size_t j = ChunkEnd(i + 1);
      Chunk(i, j);
      // Before n, j is whitespace; at n, the text may go on past `end`.
      out_->back().space_after = j < n || (j < full_.size() && WhitespaceLengthAt(full_, j) > 0);
      i = SkipSpace(j);
    }
  }

 private:
  // The first non-whitespace byte at or after i, or s_.size().
  size_t SkipSpace(size_t i) const {
    const size_t n = s_.size();
    // Most gaps are one space before printable ASCII (0x21-0x7E).
    if (i + 1 < n && s_[i] == ' ' && s_[i + 1] > ' ' && s_[i + 1] < 0x7F) return i + 1;
    while (i < n) {
      if (IsAscii(s_[i])) {
        if (!(Cls(s_[i]) & kSpace)) break;
        ++i;
      } else if (size_t w = NonAsciiSpaceLength(s_, i)) {
        i += w;
      } else {
        break;
      }
    }
    return i;
  }

  // Whether whitespace starts at s_[j].
  bool SpaceAt(size_t j) const {
    return IsAscii(s_[j]) ? (Cls(s_[j]) & kSpace) != 0 : NonAsciiSpaceLength(s_, j) != 0;
  }

  // The first whitespace at or after j, or s_.size(). Where SSE2 is available
  // (every x86-64), only bytes <= 0x20 or >= 0x80 of each 16 are looked at:
  // no other byte is or starts whitespace.
  size_t ChunkEnd(size_t j) const {
    const size_t n = s_.size();
#if defined(__SSE2__)
    const __m128i printable_below = _mm_set1_epi8(0x20);
    while (j + 16 <= n) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s_.data() + j));
      // Signed compare: 0x21..0x7F are > 0x20; bytes >= 0x80 are negative.
      unsigned mask =
          ~static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpgt_epi8(v, printable_below))) & 0xFFFFu;
      while (mask != 0) {
        size_t k = j + static_cast<size_t>(__builtin_ctz(mask));
        if (SpaceAt(k)) return k;
        mask &= mask - 1;
      }
      j += 16;
    }
#endif
    while (j < n && !SpaceAt(j)) ++j;
    return j;
  }

  // Decodes the code point at i (i < s_.size()), clipped to s_.
  char32_t At(size_t i, size_t* len) const {
    if (IsAscii(s_[i])) {
      *len = 1;
      return static_cast<unsigned char>(s_[i]);
    }
    return DecodeNonAscii(s_, i, len);
  }

  // True when a word character starts at i (and i < e).
  bool WordAt(size_t i, size_t e) const {
    if (i >= e) return false;
    if (IsAscii(s_[i])) return Cls(s_[i]) & kAlnum;
    size_t len;
    return IsWordCodePoint(At(i, &len));
  }

  bool Is(size_t i, size_t e, std::string_view what) const {
    if (i + what.size() > e) return false;
    for (size_t k = 0; k < what.size(); ++k) {
      if (s_[i + k] != what[k]) return false;
    }
    return true;
  }

  // Apostrophe (' or ’) at i: its length, else 0.
  size_t ApostropheAt(size_t i, size_t e) const {
    if (i >= e) return 0;
    if (s_[i] == '\'') return 1;
    return Is(i, e, kRightSingle) ? 3 : 0;
  }

  void Emit(size_t b, size_t e) {
    // Built in place: a temporary string would be copied once more on move.
    Token& t = out_->emplace_back();
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.form.append(s_.data() + b, e - b);
    t.space_after = false;
  }

  // Where the next '@' at or after `from` is: searched once per '@' rather
  // than once per chunk.
  void FindNextAt(size_t from) {
    const void* at = std::memchr(s_.data() + from, '@', s_.size() - from);
    next_at_ = at == nullptr ? s_.size() : static_cast<const char*>(at) - s_.data();
  }

  // Tokenizes the whitespace-free chunk s_[b, e).
  void Chunk(size_t b, size_t e) {
    if (next_at_ < b) FindNextAt(b);
    const bool has_at = next_at_ < e;
    size_t p = b;
    while (p < e) {
      const char c = s_[p];
      if (!IsAscii(c)) {
        p = NonAscii(p, e);
        continue;
      }
      if (Cls(c) & kAlnum) {
        size_t q = MatchUrl(p, e);
        if (q == 0 && has_at) q = MatchEmail(p, e);
        if (q != 0) {
          Emit(p, q);
          p = q;
        } else {
          p = Word(p, p, e);
        }
        continue;
      }
      size_t q = p + 1;
      const bool starts_alone = p == b || !(Cls(s_[p - 1]) & kAlnum);
      switch (c) {
        case '.':
          // ".5", ".doc": a single period before a word at a word's start.
          if (starts_alone && WordAt(p + 1, e) && (p == b || s_[p - 1] != '.')) {
            p = Word(p, p + 1, e);
            continue;
          }
          q = FinalRun(p, e);
          break;
        case '!':
        case '?':
          q = FinalRun(p, e);
          break;
        case '+':
          if (starts_alone && p + 1 < e && (Cls(s_[p + 1]) & kDigit)) {
            p = Word(p, p + 1, e);  // "+1"
            continue;
          }
          q = SameRun(p, e);
          break;
        case '@':  // @handle, @example.com
          if (WordAt(p + 1, e)) q = HandleEnd(p + 1, e, true);
          break;
        case '#':  // #hashtag, but # 1
          if (WordAt(p + 1, e) && !(Cls(s_[p + 1]) & kDigit)) q = HandleEnd(p + 1, e, false);
          break;
        case '\'':
        case '`':
          q = Quote(p, e, 1);
          if (q == 0) {  // Word() consumed it.
            p = after_word_;
            continue;
          }
          break;
        default:
          if (starts_alone && (c == ':' || c == ';' || c == '=' || c == '^' || c == '<')) {
            if (size_t m = MatchEmoticon(p, e)) {
              q = p + m;
              break;
            }
          }
          if (c == '-' || c == '=') {
            while (q < e && (s_[q] == '-' || s_[q] == '=')) ++q;  // "--", "----=="
          } else if (c == '*' || c == '_' || c == '~' || c == '<' || c == '>' || c == '$') {
            q = SameRun(p, e);
          }
          break;
      }
      Emit(p, q);
      p = q;
    }
  }

  // Non-ASCII character at p that is not whitespace.
  size_t NonAscii(size_t p, size_t e) {
    size_t len;
    char32_t c = At(p, &len);
    if (IsWordCodePoint(c)) return Word(p, p, e);
    size_t q = p + len;
    if (c == 0x2026) {
      q = FinalRun(p, e);
    } else if (c == 0x2019 || c == 0x2018) {
      size_t r = Quote(p, e, len);
      if (r == 0) return after_word_;
      q = r;
    } else if (c == 0x2014 || c == 0x2013) {
      while (Is(q, e, s_.substr(p, len))) q += len;  // "——"
    }
    Emit(p, q);
    return q;
  }

  // A quote character of `len` bytes at p: '' ’’ ‘’ `` are one token; '72,
  // '90s and 'em are words. Returns the token end, or 0 after emitting a word
  // (then the next position is in after_word_).
  size_t Quote(size_t p, size_t e, size_t len) {
    size_t q = p + len;
    if (q < e) {
      if (s_[q] == '\'' || s_[q] == '`') return q + 1;
      if (Is(q, e, kRightSingle) || Is(q, e, kLeftSingle)) return q + 3;
    }
    if (s_[p] == '\'' || Is(p, e, kRightSingle)) {
      bool word = q < e && (Cls(s_[q]) & kDigit);
      if (!word && Is(q, e, "em") && !WordAt(q + 2, e)) word = true;
      if (!word && Is(q, e, "Em") && !WordAt(q + 2, e)) word = true;
      if (word) {
        after_word_ = Word(p, q, e);
        return 0;
      }
    }
    return q;
  }

  // A run of sentence-final punctuation . ! ? … at p.
  size_t FinalRun(size_t p, size_t e) const {
    size_t q = p;
    while (q < e) {
      char c = s_[q];
      if (c == '.' || c == '!' || c == '?') {
        ++q;
      } else if (Is(q, e, kEllipsis)) {
        q += 3;
      } else {
        break;
      }
    }
    return q;
  }

  // A run of the ASCII character at p.
  size_t SameRun(size_t p, size_t e) const {
    size_t q = p + 1;
    while (q < e && s_[q] == s_[p]) ++q;
    return q;
  }

  // End of an @handle or #hashtag whose name starts at p.
  size_t HandleEnd(size_t p, size_t e, bool dots) const {
    size_t q = p;
    while (q < e) {
      if (IsAscii(s_[q])) {
        if (!(Cls(s_[q]) & kAlnum) && s_[q] != '_' &&
            !(dots && s_[q] == '.' && q + 1 < e && (Cls(s_[q + 1]) & kAlnum))) {
          break;
        }
        ++q;
      } else {
        size_t len;
        if (!IsWordCodePoint(At(q, &len))) break;
        q += len;
      }
    }
    return q;
  }

  size_t MatchEmoticon(size_t p, size_t e) const {
    for (std::string_view m : kEmoticons) {
      if (Is(p, e, m) && !WordAt(p + m.size(), e)) return m.size();
    }
    return 0;
  }

  // A URL starting at p: its end, else 0.
  size_t MatchUrl(size_t p, size_t e) const {
    std::string_view rest = s_.substr(p, e - p);
    if (rest.size() < 5) return 0;
    size_t prefix = 0;
    switch (rest[0] | 0x20) {
      case 'h':
        if (StartsWithLowerAscii(rest, "http://")) prefix = 7;
        if (StartsWithLowerAscii(rest, "https://")) prefix = 8;
        break;
      case 'w':
        if (StartsWithLowerAscii(rest, "www.")) prefix = 4;
        break;
      case 'f':
        if (StartsWithLowerAscii(rest, "ftp://")) prefix = 6;
        break;
      case 'm':
        if (StartsWithLowerAscii(rest, "mailto:")) prefix = 7;
        break;
      default:
        return 0;
    }
    if (prefix == 0 || !WordAt(p + prefix, e)) return 0;
    size_t q = e;
    bool open_paren = std::memchr(s_.data() + p, '(', e - p) != nullptr;
    while (q > p + prefix) {
      char c = s_[q - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
          c == '"' || c == ']' || c == '}' || c == '>' || (c == ')' && !open_paren)) {
        --q;
      } else if (q >= p + prefix + 3 && (Is(q - 3, e, kRightDouble) || Is(q - 3, e, kRightSingle) ||
                                         Is(q - 3, e, kEllipsis))) {
        q -= 3;
      } else if (q >= p + prefix + 2 && Is(q - 2, e, kRightGuillemet)) {
        q -= 2;
      } else {
        break;
      }
    }
    return q;
  }

  // An e-mail address (or EWT's "name@HOST") starting at p: its end, else 0.
  size_t MatchEmail(size_t p, size_t e) const {
    auto local = [](char c) {
      return (Cls(c) & kAlnum) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    };
    size_t q = p;
    while (q < e && local(s_[q])) ++q;
    if (q >= e || s_[q] != '@' || !(q + 1 < e && (Cls(s_[q + 1]) & kAlnum))) return 0;
    ++q;
    while (q < e && ((Cls(s_[q]) & kAlnum) || s_[q] == '.' || s_[q] == '-')) ++q;
    while (s_[q - 1] == '.' || s_[q - 1] == '-') --q;
    return q;
  }

  // A hyphen between digits joins dates and phone numbers (2024-04-24,
  // 713-853-3989, 345-9945) but splits ranges (1957 - 1975, 5 - 3).
  bool DigitHyphenJoins(size_t q, size_t e) const {
    size_t l = q;
    while (l > 0 && (Cls(s_[l - 1]) & kDigit)) --l;
    size_t r = q + 1;
    while (r < e && (Cls(s_[r]) & kDigit)) ++r;
    if (r + 1 < e && s_[r] == '-' && (Cls(s_[r + 1]) & kDigit)) return true;
    if (l >= 2 && s_[l - 1] == '-' && (Cls(s_[l - 2]) & kDigit)) return true;
    return q - l <= 3 && r - q - 1 == 4;  // Phone numbers, extensions.
  }

  bool IsHyphenPrefix(size_t b, size_t e) const {
    std::string_view w = s_.substr(b, e - b);
    if (w.size() > 7) return false;
    for (std::string_view pre : kHyphenPrefixes) {
      if (EqualsLowerAscii(w, pre)) return true;
    }
    return false;
  }

  // Scans a word whose first token byte is `start` and whose letters begin
  // at p (p > start for ".5", "+1", "'90s"), emits it and returns the
  // position after it.
  size_t Word(size_t start, size_t p, size_t e) {
    size_t q = p;
    size_t segment = p;           // Start of the current hyphen-joined part.
    bool has_period = false;      // Internal "." seen.
    bool has_apostrophe = false;  // Internal ' or ’ seen: the word may end in a clitic.
    while (true) {
      while (true) {
        while (q < e && (Cls(s_[q]) & kAlnum)) ++q;  // ASCII letters and digits.
        if (q >= e || IsAscii(s_[q])) break;
        size_t len;
        if (!IsWordCodePoint(At(q, &len))) break;
        q += len;
      }
      if (q >= e) break;
      const char c = s_[q];
      size_t len = 1;
      if (c == '\'' || c == '_' || c == '.' || c == ',' || c == ':' || c == '/' || c == '-' ||
          c == '&') {
        len = 1;
      } else if (Is(q, e, kRightSingle)) {
        len = 3;
      } else {
        break;
      }
      if (!WordAt(q + len, e)) break;
      const bool prev_digit = Cls(s_[q - 1]) & kDigit;
      const bool next_digit = Cls(s_[q + len]) & kDigit;
      bool join = false;
      switch (c) {
        case '.':
          join = true;
          has_period = true;
          break;
        case ',':
          join = prev_digit && next_digit;
          break;
        case ':':
          join = prev_digit && next_digit;
          break;
        case '/':
          if (q - start == 1 && (s_[start] == 'w' || s_[start] == 'W') && WordAt(q + 2, e)) {
            Emit(start, q + 1);  // "w/it" -> w/ it
            return q + 1;
          }
          // 4/24/2024; b/c, w/o.
          join = (prev_digit && next_digit) || (q - segment == 1 && (Cls(s_[q - 1]) & kAlpha) &&
                                                (Cls(s_[q + 1]) & kAlpha) && !WordAt(q + 2, e));
          break;
        case '-':
          if (prev_digit && next_digit) {
            join = DigitHyphenJoins(q, e);
          } else if (IsHyphenPrefix(segment, q)) {
            join = true;
            segment = q + 1;
          }
          break;
        case '&':
          join = (Cls(s_[q - 1]) & kAlpha) && (Cls(s_[q + 1]) & kAlpha);
          break;
        default:  // _ ' ’
          join = true;
          has_apostrophe |= c != '_';
          break;
      }
      if (!join) break;
      q += len;
    }
    // q: end of the word proper.
    if (q < e && s_[q] == '$' && q - start <= 3 && IsAllUpper(start, q)) {
      Emit(start, q + 1);  // US$, HK$
      return q + 1;
    }
    // A period: "Mr." and "Inc.." (then "."), but not "etc...".
    if (q < e && s_[q] == '.' && !(q + 2 < e && s_[q + 1] == '.' && s_[q + 2] == '.') &&
        KeepsPeriod(start, q, has_period)) {
      Emit(start, q + 1);
      return q + 1;
    }
    // Numbers with units: 5pm -> 5 pm, 70k -> 70 k; not 20th, 1970s.
    if (Cls(s_[start]) & kDigit) {
      size_t d = start;
      while (d < q && (Cls(s_[d]) & kDigit)) ++d;
      if (d < q && IsAllAlpha(d, q)) {
        std::string_view unit = s_.substr(d, q - d);
        if (!EqualsLowerAscii(unit, "th") && !EqualsLowerAscii(unit, "st") &&
            !EqualsLowerAscii(unit, "nd") && !EqualsLowerAscii(unit, "rd") &&
            !EqualsLowerAscii(unit, "s") && !EqualsLowerAscii(unit, "d")) {
          Emit(start, d);
          Emit(d, q);
          return q;
        }
      }
    }
    EmitWithClitics(start, q, has_apostrophe);
    return q;
  }

  bool IsAllAlpha(size_t b, size_t e) const {
    for (size_t i = b; i < e; ++i) {
      if (!(Cls(s_[i]) & kAlpha)) return false;
    }
    return true;
  }

  // Whether the period at q ends the text: only closing quotes and brackets,
  // then whitespace up to the end of the text or a blank line, follow it.
  bool PeriodEndsText(size_t q) const {
    size_t i = q + 1;
    const size_t n = full_.size();
    while (i < n) {
      char c = full_[i];
      if (c == '"' || c == '\'' || c == ')' || c == ']') {
        ++i;
      } else if (full_.substr(i, 3) == kRightDouble || full_.substr(i, 3) == kRightSingle) {
        i += 3;
      } else {
        break;
      }
    }
    int newlines = 0;
    while (i < n && (Cls(full_[i]) & kSpace)) newlines += full_[i++] == '\n';
    return i == n || newlines >= 2;
  }

  bool IsAllUpper(size_t b, size_t e) const {
    for (size_t i = b; i < e; ++i) {
      if (!(Cls(s_[i]) & kUpper)) return false;
    }
    return true;
  }

  // Whether the word s_[b, q) keeps the period at q.
  // A period that ends the text goes its own way ("in the U.S ." in EWT).
  bool KeepsPeriod(size_t b, size_t q, bool has_period) const {
    if (PeriodEndsText(q)) return false;
    std::string_view w = s_.substr(b, q - b);
    if (has_period) {
      // U.S, a.m, e.g, Ph.D: letters in parts of at most two.
      size_t part = 0;
      for (char c : w) {
        if (c == '.') {
          part = 0;
        } else if ((Cls(c) & kAlpha) && ++part <= 2) {
        } else {
          return false;
        }
      }
      return true;
    }
    if (w.size() == 1) return Cls(w[0]) & kUpper;  // Initial.
    if (w.size() > 7) return false;
    if (w == "etc") {  // "etc. The" ends a sentence.
      size_t i = q + 1;
      while (i < full_.size() && (Cls(full_[i]) & kSpace)) ++i;
      return !(i > q + 1 && i < full_.size() && (Cls(full_[i]) & kUpper));
    }
    if (Contains(kNumberAbbreviations, w)) {
      size_t i = q + 1;
      while (i < full_.size() && (Cls(full_[i]) & kSpace)) ++i;
      return i < full_.size() && (Cls(full_[i]) & kDigit);
    }
    // The list the sentence splitter uses (abbreviations.h), period included.
    return ClassifyAbbreviation(full_.substr(b, q - b + 1)) != AbbreviationKind::kNone;
  }

  // Emits s_[b, q), splitting clitics off its end. A clitic needs an
  // apostrophe inside the word, which Word() reports in `has_apostrophe`.
  void EmitWithClitics(size_t b, size_t q, bool has_apostrophe) {
    size_t cut[2];
    int cuts = 0;
    size_t end = q;
    while (has_apostrophe && cuts < 2) {
      size_t c = CliticStart(b, end);
      if (c == 0) break;
      cut[cuts++] = c;
      end = c;
    }
    if (cuts == 0) {
      // Contractions without an apostrophe ("gonna", "dont").
      std::string_view w = s_.substr(b, q - b);
      if (w.size() >= 2 && w.size() <= 8 && (Cls(w[0]) & kAlpha)) {
        for (uint32_t m = kContractionIndex[(w[0] | 0x20) - 'a'][w.size()]; m != 0; m &= m - 1) {
          const Contraction& k = kContractions[__builtin_ctz(m)];
          if (EqualsLowerAscii(w, k.lower)) {
            Emit(b, b + k.split);
            Emit(b + k.split, q);
            return;
          }
        }
      }
      Emit(b, q);
      return;
    }
    Emit(b, end);
    for (int i = cuts - 1; i >= 0; --i) Emit(cut[i], i == 0 ? q : cut[i - 1]);
  }

  // Start of a clitic ending the word s_[b, q), or 0 when there is none.
  size_t CliticStart(size_t b, size_t q) const {
    // Find the last apostrophe; the suffix after it is at most 2 letters.
    for (size_t k = 1; k <= 3 && q >= b + k + 1; ++k) {
      size_t a = q - k;  // Candidate position after the apostrophe.
      size_t alen = 0;
      if (s_[a - 1] == '\'') {
        alen = 1;
      } else if (s_[a - 1] == '\x99' && a >= b + 3 && Is(a - 3, q, kRightSingle)) {
        alen = 3;
      } else {
        continue;
      }
      size_t ap = a - alen;  // Apostrophe position.
      if (ap <= b) return 0;
      std::string_view suffix = s_.substr(a, q - a);
      if (EqualsLowerAscii(suffix, "s")) {
        return (Cls(s_[ap - 1]) & kDigit) ? 0 : ap;
      }
      if (EqualsLowerAscii(suffix, "m") || EqualsLowerAscii(suffix, "d") ||
          EqualsLowerAscii(suffix, "re") || EqualsLowerAscii(suffix, "ve") ||
          EqualsLowerAscii(suffix, "ll")) {
        return ap;
      }
      if (EqualsLowerAscii(suffix, "t") && ap - 1 > b && (s_[ap - 1] == 'n' || s_[ap - 1] == 'N')) {
        return ap - 1;
      }
      return 0;
    }
    return 0;
  }

  std::string_view full_;  // The whole text (for space_after past `end`).
  std::string_view s_;     // The text up to `end`.
  std::vector<Token>* out_;
  size_t after_word_ = 0;
  size_t next_at_ = 0;  // Position of the next '@' (or s_.size()).
};

}  // namespace

size_t WhitespaceLengthAt(std::string_view text, size_t i) {
  unsigned char b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) return (kClass[b] & kSpace) ? 1 : 0;
  return NonAsciiSpaceLength(text, i);
}

void Tokenize(std::string_view text, size_t begin, size_t end, std::vector<Token>* out) {
  Scanner(text, end, out).Run(begin);
}

}  // namespace dyad::text
