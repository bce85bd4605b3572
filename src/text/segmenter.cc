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
  // Scratch reused across calls on this thread keeps the hot loop free of
  // allocation once warm.
  thread_local std::vector<Token> tokens;
  thread_local std::vector<size_t> ends;
  tokens.clear();
  ends.clear();
  Tokenize(text, begin, text.size(), &tokens);
  if (tokens.empty()) return;
  impl_->splitter->Split(text, tokens, &ends);
  size_t start = 0;
  for (size_t end : ends) {
    if (end <= start) continue;
    Sentence& s = out->emplace_back();
    s.tokens.assign(std::make_move_iterator(tokens.begin() + start),
                    std::make_move_iterator(tokens.begin() + end));
    s.begin = s.tokens.front().begin;
    s.end = s.tokens.back().end;
    start = end;
  }
}

}  // namespace dyad::text
