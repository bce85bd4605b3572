// Fuzz target: actors::ReadNativeDictionary (dyad's own format) on arbitrary
// bytes, with a small code table, checking what a read promises: every
// entry kept has names and (but for discards) codes, valid ranges that do
// not overlap, at most one unranged code, and reports within the file.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "actors/code_table.h"
#include "actors/native_reader.h"
#include "base/diagnostics.h"

namespace {

const dyad::actors::CodeTable& Codes() {
  static const dyad::actors::CodeTable table = *dyad::actors::CodeTable::Parse(
      "code\tpart\tlabel\nUSA\tcountry\tx\nRUS\tcountry\tx\nIGO\tsector\tx\nGOV\tsector\tx\n"
      "MIL\tsector\tx\nUNO\tgroup\tx\nSUN\tcountry\tx\nSUN\treligion\tx\n",
      "codes.tsv");
  return table;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  dyad::CollectingDiagnostics diag;
  auto file = dyad::actors::ReadNativeDictionary(text, "fuzz.dict", &Codes(), &diag);
  for (const auto& e : diag.entries()) {
    if (e.line < 0 || e.line > file.lines) __builtin_trap();
  }
  for (const auto& entry : file.entries) {
    if (entry.names.empty() || entry.names.size() != entry.name_lines.size()) __builtin_trap();
    if (entry.codes.empty() && entry.kind != dyad::actors::EntryKind::kDiscard) __builtin_trap();
    int unranged = 0;
    std::vector<std::pair<int32_t, int32_t>> ranges;
    for (const auto& c : entry.codes) {
      if (!c.ranged) {
        ++unranged;
        continue;
      }
      if (c.from > c.to) __builtin_trap();
      ranges.emplace_back(c.from, c.to);
    }
    if (unranged > 1) __builtin_trap();
    std::sort(ranges.begin(), ranges.end());
    for (size_t i = 1; i < ranges.size(); ++i) {
      if (ranges[i].first <= ranges[i - 1].second) __builtin_trap();
    }
  }
  std::vector<const dyad::actors::DictionaryFile*> files = {&file};
  dyad::actors::ReportDuplicateNames(files, &diag);
  return 0;
}
