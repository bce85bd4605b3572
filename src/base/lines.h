// ForEachLine: the lines of a text held in memory, with their 1-based
// numbers, for the readers of small tables and dictionaries that report
// problems as FILE:LINE. The final line needs no '\n'; a '\r' before it is
// left to the caller. fn may return bool: false stops the walk.
//
//   ForEachLine(text, [&](std::string_view line, int64_t number) { ... });
#ifndef DYAD_BASE_LINES_H_
#define DYAD_BASE_LINES_H_

#include <cstdint>
#include <string_view>
#include <type_traits>

namespace dyad {

template <typename Fn>
void ForEachLine(std::string_view text, Fn fn) {
  size_t pos = 0;
  int64_t number = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    if constexpr (std::is_same_v<decltype(fn(line, number)), bool>) {
      if (!fn(line, ++number)) return;
    } else {
      fn(line, ++number);
    }
  }
}

}  // namespace dyad

#endif  // DYAD_BASE_LINES_H_
