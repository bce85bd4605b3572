// Shared by the fuzz targets: feeds bytes through ArticleReader over an
// in-memory file system and reads every article. Never fails; crashes,
// sanitizer reports and hangs are what the fuzzer looks for.
#ifndef DYAD_FUZZ_FUZZ_UTIL_H_
#define DYAD_FUZZ_FUZZ_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "ingest/ingest.h"

namespace dyad::fuzz {

// Inputs above this are ignored: big inputs only slow the fuzzer down.
inline constexpr size_t kMaxFuzzInput = 1 << 20;

inline void ReadAllArticles(const uint8_t* data, size_t size, const std::string& path,
                            ingest::InputFormat format) {
  if (size > kMaxFuzzInput) return;
  MemFileSystem fs;
  fs.AddFile(path, std::string(reinterpret_cast<const char*>(data), size));
  CollectingDiagnostics diag;
  ingest::IngestOptions options;
  options.format = format;
  options.max_record_bytes = 64 << 10;  // Small, so the too-long paths run too.
  auto reader = ingest::ArticleReader::Open(path, options, &fs, &diag);
  if (!reader.ok()) return;
  ingest::Article a;
  for (int i = 0; i < 100000; ++i) {
    auto more = (*reader)->Next(&a);
    if (!more.ok() || !*more) break;
    // Invariants every reader promises.
    if (a.body_begin > a.text.size()) __builtin_trap();
    if (a.id.empty()) __builtin_trap();
  }
}

}  // namespace dyad::fuzz

#endif  // DYAD_FUZZ_FUZZ_UTIL_H_
