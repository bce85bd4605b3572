// Fuzz target: text::ReadConllu on arbitrary bytes, then WriteConlluSentence
// on what it read, and a second read of that output, which must give the same
// sentences (what dyad writes, dyad reads back unchanged).
#include <string>

#include "base/diagnostics.h"
#include "text/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  const std::string in(reinterpret_cast<const char*>(data), size);
  dyad::CollectingDiagnostics diag;
  auto sentences = dyad::text::ReadConllu(in, "fuzz.conllu", 1, &diag);
  std::string out;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (sentences[i].tokens.size() != sentences[i].conllu_columns.size()) __builtin_trap();
    dyad::text::WriteConlluSentence(sentences[i], "", "s" + std::to_string(i), {}, &out);
  }
  dyad::CollectingDiagnostics diag2;
  auto again = dyad::text::ReadConllu(out, "out.conllu", 1, &diag2);
  if (again.size() != sentences.size()) __builtin_trap();
  for (size_t i = 0; i < again.size(); ++i) {
    if (again[i].tokens.size() != sentences[i].tokens.size()) __builtin_trap();
  }
  return 0;
}
