#include "text/char_classes.h"

#include <unicode/uchar.h>

namespace dyad::text::chars {

constinit BmpWordTable bmp_word_table;  // No static-initialization order issue.

bool IsSpaceCodePoint(char32_t c) {
  if (c < 0x80) return kClass[c] & kSpace;
  switch (c) {
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200B;
  }
}

// Letters, digits, combining marks and format characters (joiners, soft
// hyphen) of any script, and U+FFFD, which DecodeUtf8 returns for invalid
// bytes. Asks ICU.
bool IsWordCodePointSlow(char32_t c) {
  if (c < 0x80) return kClass[c] & kAlnum;
  if (c == 0xFFFD) return true;
  if (IsSpaceCodePoint(c)) return false;
  if (u_isalnum(static_cast<UChar32>(c))) return true;
  return (U_GET_GC_MASK(static_cast<UChar32>(c)) & (U_GC_M_MASK | U_GC_CF_MASK)) != 0;
}

void BmpWordTable::Fill(size_t block, uint64_t mask) {
  uint64_t b = 0;
  for (char32_t k = 0; k < 64; ++k) {
    if (IsWordCodePointSlow(static_cast<char32_t>(block << 6) + k)) b |= uint64_t{1} << k;
  }
  bits_[block].store(b, std::memory_order_relaxed);
  filled_[block >> 6].fetch_or(mask, std::memory_order_release);
}

}  // namespace dyad::text::chars
