// Fuzz target: actors::ReadTabariDictionary on arbitrary bytes, once with
// detection and once as each format, checking what every read promises:
// entries have names (one line each) and codes, at most one undated code,
// ranges in order, reports within the file, and no entries from the
// syntax-only formats.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "actors/tabari_reader.h"
#include "base/diagnostics.h"

namespace {

using dyad::actors::DictionaryFormat;

void Check(std::string_view text, DictionaryFormat format) {
  dyad::CollectingDiagnostics diag;
  auto file = dyad::actors::ReadTabariDictionary(text, "fuzz.txt", format, &diag);
  if (!file.ok()) {
    // Only dyad's native format is refused.
    if (format != DictionaryFormat::kNative && format != DictionaryFormat::kAuto) __builtin_trap();
    return;
  }
  for (const auto& e : diag.entries()) {
    if (e.line < 0 || e.line > file->lines) __builtin_trap();
  }
  if (file->lines_ignored > file->lines) __builtin_trap();
  bool syntax_only = file->format == DictionaryFormat::kTabariVerbs ||
                     file->format == DictionaryFormat::kTabariOptions ||
                     file->format == DictionaryFormat::kTabariIssues ||
                     file->format == DictionaryFormat::kAuto;
  if (syntax_only && !file->entries.empty()) __builtin_trap();
  for (const auto& entry : file->entries) {
    if (entry.names.empty() || entry.names.size() != entry.name_lines.size()) __builtin_trap();
    for (const auto& name : entry.names) {
      if (name.empty() || name.front() == ' ' || name.back() == ' ') __builtin_trap();
    }
    // Actors and agents without a usable code are reported and skipped.
    if (entry.codes.empty() != (file->format == DictionaryFormat::kTabariDiscards)) {
      __builtin_trap();
    }
    int undated = 0;
    for (const auto& code : entry.codes) {
      if (code.code.empty()) __builtin_trap();
      if (!code.ranged) ++undated;
      if (code.ranged && code.from > code.to) __builtin_trap();
      if (code.line < 1 || code.line > file->lines) __builtin_trap();
    }
    if (undated > 1) __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (DictionaryFormat format :
       {DictionaryFormat::kAuto, DictionaryFormat::kTabariActors, DictionaryFormat::kTabariAgents,
        DictionaryFormat::kTabariDiscards, DictionaryFormat::kTabariVerbs,
        DictionaryFormat::kTabariOptions, DictionaryFormat::kTabariIssues}) {
    Check(text, format);
  }
  return 0;
}
