// UTF-8 helpers shared by every stage that reads outside bytes.
//
//   size_t bad = dyad::FindInvalidUtf8(bytes);       // npos when valid
//   if (bad != std::string_view::npos) { ... report ... }
//   char32_t c; size_t len = dyad::DecodeUtf8(s, i, &c);
//
// Thread-safety: pure functions.
#ifndef DYAD_BASE_UTF8_H_
#define DYAD_BASE_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace dyad {

// Byte offset of the first byte that does not start a valid UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are invalid), or
// std::string_view::npos when all of `s` is valid.
size_t FindInvalidUtf8(std::string_view s);

// Decodes the code point starting at s[i] into *c and returns its length in
// bytes (1-4). An invalid sequence yields U+FFFD and length 1, so a loop over
// any bytes always advances.
// REQUIRES: i < s.size().
size_t DecodeUtf8(std::string_view s, size_t i, char32_t* c);

// Appends the UTF-8 encoding of c to *out.
void AppendUtf8(char32_t c, std::string* out);

// A copy of `s` with every invalid byte replaced by U+FFFD.
std::string ReplaceInvalidUtf8(std::string_view s);

// 1-based line number of byte offset `pos` in `s` (counts '\n' before it).
int64_t LineOfOffset(std::string_view s, size_t pos);

}  // namespace dyad

#endif  // DYAD_BASE_UTF8_H_
