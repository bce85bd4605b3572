// ASCII case folding for dictionary keys and keywords. Bytes outside A-Z
// (UTF-8 included) pass unchanged, whatever the C locale says, so a key
// folds the same on every machine.
//
//   AsciiLower("Said") == "said"; AsciiLower("ÉTAT") == "État"
#ifndef DYAD_BASE_ASCII_H_
#define DYAD_BASE_ASCII_H_

#include <string>
#include <string_view>

namespace dyad {

inline char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

}  // namespace dyad

#endif  // DYAD_BASE_ASCII_H_
