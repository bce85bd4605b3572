// Fuzz target: HTML pages (prefilter, gumbo, main-text extraction, JSON-LD,
// metadata, charset conversion, dateline search).
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dyad::fuzz::ReadAllArticles(data, size, "page.html", dyad::ingest::InputFormat::kHtml);
  return 0;
}
