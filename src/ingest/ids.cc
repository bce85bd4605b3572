#include <cstdint>
#include <cstdio>
#include <string>

#include "ingest/ingest.h"

namespace dyad::ingest {

std::string IdFromPath(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  // Strip a compression extension, then one format extension.
  for (std::string_view ext : {".gz", ".zst"}) {
    if (base.size() > ext.size() && base.ends_with(ext)) {
      base.remove_suffix(ext.size());
      break;
    }
  }
  for (std::string_view ext : {".txt", ".text", ".jsonl", ".ndjson", ".json", ".html", ".htm",
                               ".xhtml", ".rss", ".atom", ".xml", ".conllu"}) {
    if (base.size() > ext.size() && base.ends_with(ext)) {
      base.remove_suffix(ext.size());
      break;
    }
  }
  return std::string(base);
}

std::string HashId(std::string_view content) {
  uint64_t h = 14695981039346656037ULL;  // FNV-1a offset basis
  for (unsigned char c : content) {
    h ^= c;
    h *= 1099511628211ULL;  // FNV prime
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace dyad::ingest
