// Fuzz target: CoNLL-U input split into documents at "# newdoc".
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dyad::fuzz::ReadAllArticles(data, size, "in.conllu", dyad::ingest::InputFormat::kConllu);
  return 0;
}
