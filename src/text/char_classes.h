// Internal to text/: character classes for the tokenizer. ASCII goes through
// a table; other code points through ICU, which is reached only for
// non-ASCII bytes and then cached per 64-code-point block.
//
//   if (Cls(c) & kAlpha) ...;                 // ASCII byte
//   if (IsWordCodePoint(DecodeNonAscii(s, i, &len))) ...;
//
// Thread-safety: all functions are safe to call from any thread.
#ifndef DYAD_TEXT_CHAR_CLASSES_H_
#define DYAD_TEXT_CHAR_CLASSES_H_

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/utf8.h"

namespace dyad::text::chars {

enum : uint8_t {
  kSpace = 1,
  kLower = 2,
  kUpper = 4,
  kDigit = 8,
  kAlpha = kLower | kUpper,
  kAlnum = kAlpha | kDigit,
};

constexpr std::array<uint8_t, 256> MakeClassTable() {
  std::array<uint8_t, 256> t{};
  for (int c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[c] = kSpace;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLower;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kUpper;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  return t;
}
inline constexpr std::array<uint8_t, 256> kClass = MakeClassTable();

inline uint8_t Cls(char c) { return kClass[static_cast<unsigned char>(c)]; }
inline bool IsAscii(char c) { return static_cast<unsigned char>(c) < 0x80; }

// True for ASCII and Unicode white space (no-break and zero-width spaces
// included): what separates tokens.
bool IsSpaceCodePoint(char32_t c);

// Letters, digits, combining marks and format characters (joiners, soft
// hyphen) of any script, and U+FFFD, which DecodeUtf8 returns for invalid
// bytes. Asks ICU.
bool IsWordCodePointSlow(char32_t c);

// IsWordCodePointSlow for the Basic Multilingual Plane as a bitmap (8 KiB),
// filled 64 code points at a time on first use of each block: news text in
// one language touches a few dozen blocks, so a process pays for those rather
// than for all 65,536 code points. Blocks may be filled by several threads at
// once; they store the same bits, and `filled` publishes them.
class BmpWordTable {
 public:
  bool Get(char32_t c) {
    const size_t block = c >> 6;
    const uint64_t mask = uint64_t{1} << (block & 63);
    if (!(filled_[block >> 6].load(std::memory_order_acquire) & mask)) Fill(block, mask);
    return (bits_[block].load(std::memory_order_relaxed) >> (c & 63)) & 1;
  }

 private:
  void Fill(size_t block, uint64_t mask);  // Out of line: rare.

  std::array<std::atomic<uint64_t>, 0x10000 / 64> bits_{};
  std::array<std::atomic<uint64_t>, 0x10000 / 64 / 64> filled_{};  // A bit per block.
};

extern BmpWordTable bmp_word_table;  // Defined constinit in char_classes.cc.

inline bool IsWordCodePoint(char32_t c) {
  if (c < 0x80) return kClass[c] & kAlnum;
  if (c < 0x10000) return bmp_word_table.Get(c);
  return IsWordCodePointSlow(c);
}

// Decodes the UTF-8 sequence at s[i] (a non-ASCII byte): the common two- and
// three-byte forms inline, the rest (and invalid bytes) via DecodeUtf8.
inline char32_t DecodeNonAscii(std::string_view s, size_t i, size_t* len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  const size_t left = s.size() - i;
  if (p[0] >= 0xC2 && p[0] < 0xE0 && left >= 2 && (p[1] & 0xC0) == 0x80) {
    *len = 2;
    return (char32_t{p[0] & 0x1Fu} << 6) | (p[1] & 0x3Fu);
  }
  if (p[0] >= 0xE1 && p[0] < 0xF0 && p[0] != 0xED && left >= 3 && (p[1] & 0xC0) == 0x80 &&
      (p[2] & 0xC0) == 0x80) {
    *len = 3;
    return (char32_t{p[0] & 0x0Fu} << 12) | (char32_t{p[1] & 0x3Fu} << 6) | (p[2] & 0x3Fu);
  }
  char32_t c;
  *len = DecodeUtf8(s, i, &c);
  return c;
}

// Lead bytes of the UTF-8 forms of IsSpaceCodePoint's non-ASCII spaces.
constexpr std::array<bool, 256> MakeSpaceLeadTable() {
  std::array<bool, 256> t{};
  for (int b : {0xC2, 0xE1, 0xE2, 0xE3, 0xEF}) t[b] = true;
  return t;
}
inline constexpr std::array<bool, 256> kSpaceLead = MakeSpaceLeadTable();

// WhitespaceLengthAt for a byte known to be >= 0x80.
inline size_t NonAsciiSpaceLength(std::string_view text, size_t i) {
  if (!kSpaceLead[static_cast<unsigned char>(text[i])]) return 0;
  size_t len;
  char32_t c = DecodeNonAscii(text, i, &len);
  return IsSpaceCodePoint(c) ? len : 0;
}

}  // namespace dyad::text::chars

#endif  // DYAD_TEXT_CHAR_CLASSES_H_
