// Fuzz target: JSON Lines input.
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dyad::fuzz::ReadAllArticles(data, size, "in.jsonl", dyad::ingest::InputFormat::kJsonl);
  return 0;
}
