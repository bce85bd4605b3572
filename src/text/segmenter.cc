#include "text/sentence_splitter.h"
#include "text/text.h"
#include "text/tokenizer.h"

namespace dyad::text {

struct Segmenter::Impl {
  std::unique_ptr<SentenceSplitter> splitter;
};

Segmenter::Segmenter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Segmenter::~Segmenter() = default;

Result<std::unique_ptr<Segmenter>> Segmenter::Create(const SegmenterOptions& options) {
  auto splitter = SentenceSplitter::Create(options);
  if (!splitter.ok()) return splitter.status();
  auto impl = std::make_unique<Impl>();
  impl->splitter = std::move(*splitter);
  return std::unique_ptr<Segmenter>(new Segmenter(std::move(impl)));
}

void Segmenter::Segment(std::string_view text, size_t begin, std::vector<Sentence>* out) const {
  // Sentences first, from the raw text; then each sentence is tokenized
  // straight into its own vector. Tokenizing per sentence also treats a
  // sentence-final abbreviation as EWT does ("... etc." -> "etc" ".").
  thread_local std::vector<uint32_t> ends;  // Reused: no allocation once warm.
  ends.clear();
  impl_->splitter->SplitText(text, begin, text.size(), &ends);
  size_t start = begin;
  for (uint32_t end : ends) {
    Sentence& s = out->emplace_back();
    // About one token per five bytes of news text; a close guess saves regrowth.
    s.tokens.reserve((end - start) / 5 + 4);
    Tokenize(text, start, end, &s.tokens);
    start = end;
    if (s.tokens.empty()) {
      out->pop_back();
      continue;
    }
    s.begin = s.tokens.front().begin;
    s.end = s.tokens.back().end;
  }
}

}  // namespace dyad::text
