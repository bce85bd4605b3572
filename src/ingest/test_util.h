// Internal to ingest/ tests: read every article of one input.
#ifndef DYAD_INGEST_TEST_UTIL_H_
#define DYAD_INGEST_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/ingest.h"

namespace dyad::ingest {

// Opens `path` in `fs` and returns every article; a non-OK Open or Next is
// stored in *status (when given) and ends the read.
inline std::vector<Article> ReadArticles(FileSystem* fs, const std::string& path,
                                         CollectingDiagnostics* d, IngestOptions options = {},
                                         Status* status = nullptr) {
  std::vector<Article> out;
  auto reader = ArticleReader::Open(path, options, fs, d);
  if (!reader.ok()) {
    if (status != nullptr) *status = reader.status();
    return out;
  }
  Article a;
  while (true) {
    auto more = (*reader)->Next(&a);
    if (!more.ok()) {
      if (status != nullptr) *status = more.status();
      break;
    }
    if (!*more) break;
    out.push_back(a);
  }
  return out;
}

// One input held in memory under `path`.
inline std::vector<Article> ReadString(const std::string& path, std::string content,
                                       CollectingDiagnostics* d, IngestOptions options = {},
                                       Status* status = nullptr) {
  MemFileSystem fs;
  fs.AddFile(path, std::move(content));
  return ReadArticles(&fs, path, d, options, status);
}

// "FILE:LINE: reason" of every report, for readable failures.
inline std::string Reports(const CollectingDiagnostics& d) {
  std::string out;
  for (const auto& e : d.entries()) out += FormatDiagnostic(e.severity, e.file, e.line, e.reason) + "\n";
  return out;
}

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_TEST_UTIL_H_
