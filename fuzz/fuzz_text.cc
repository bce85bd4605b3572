// Fuzz target: stdin with kAuto, so decompression (gzip/zstd magic), format
// sniffing, and whichever reader is chosen all see the bytes; plain text
// (header lines, dates, datelines) is the common case.
#include "fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dyad::fuzz::ReadAllArticles(data, size, "-", dyad::ingest::InputFormat::kAuto);
  return 0;
}
