// Fuzz target: Segmenter::Segment on arbitrary bytes (invalid UTF-8, odd
// whitespace, unbalanced quotes), with the rules and, when DYAD_HOME holds
// the shipped boundary model, with the model too. Checks the invariants every
// caller relies on: sentences in order and inside the text, tokens inside
// their sentence, each token's form equal to its bytes.
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "text/text.h"

namespace {

const std::vector<std::unique_ptr<dyad::text::Segmenter>>& Segmenters() {
  static const auto* all = [] {
    auto* v = new std::vector<std::unique_ptr<dyad::text::Segmenter>>;
    auto rules = dyad::text::Segmenter::Create({});
    if (rules.ok()) v->push_back(std::move(*rules));
    if (const char* home = std::getenv("DYAD_HOME")) {
      dyad::text::SegmenterOptions options;
      options.boundary_model_path = std::string(home) + "/models/sentence_boundary.model";
      auto model = dyad::text::Segmenter::Create(options);
      if (model.ok()) v->push_back(std::move(*model));
    }
    return v;
  }();
  return *all;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 20)) return 0;
  const std::string text(reinterpret_cast<const char*>(data), size);
  const size_t begin = size > 0 ? data[0] % (size + 1) : 0;
  for (const auto& seg : Segmenters()) {
    std::vector<dyad::text::Sentence> sentences;
    seg->Segment(text, begin, &sentences);
    uint32_t last_end = static_cast<uint32_t>(begin);
    for (const auto& s : sentences) {
      if (s.tokens.empty() || s.begin < last_end || s.end > text.size() || s.begin > s.end) {
        __builtin_trap();
      }
      for (const auto& t : s.tokens) {
        if (t.begin < s.begin || t.end > s.end || t.begin >= t.end) __builtin_trap();
        if (text.compare(t.begin, t.end - t.begin, t.form) != 0) __builtin_trap();
      }
      last_end = s.end;
    }
  }
  return 0;
}
