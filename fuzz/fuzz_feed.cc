// Fuzz target: RSS and Atom feeds (libxml2, FragmentText on item bodies).
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dyad::fuzz::ReadAllArticles(data, size, "feed.rss", dyad::ingest::InputFormat::kRss);
  return 0;
}
