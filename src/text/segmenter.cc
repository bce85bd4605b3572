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

namespace {

// Sentences first, from the raw text; then each sentence is tokenized
// straight into the Sentence that next_sentence() returns. Tokenizing per
// sentence also treats a sentence-final abbreviation as EWT does
// ("... etc." -> "etc" "."). done(s) is called when s is complete and
// returns false to drop an empty one.
template <typename Next, typename Done>
void SegmentInto(const SentenceSplitter& splitter, std::string_view text, size_t begin,
                 Next&& next_sentence, Done&& done) {
  thread_local std::vector<uint32_t> ends;  // Reused: no allocation once warm.
  ends.clear();
  splitter.SplitText(text, begin, text.size(), &ends);
  size_t start = begin;
  for (uint32_t end : ends) {
    Sentence& s = next_sentence();
    // About one token per five bytes of news text; a close guess saves regrowth.
    s.tokens.reserve((end - start) / 5 + 4);
    Tokenize(text, start, end, &s.tokens);
    start = end;
    if (!s.tokens.empty()) {
      s.begin = s.tokens.front().begin;
      s.end = s.tokens.back().end;
    }
    done(s);
  }
}

}  // namespace

void Segmenter::Segment(std::string_view text, size_t begin, std::vector<Sentence>* out) const {
  SegmentInto(
      *impl_->splitter, text, begin, [&]() -> Sentence& { return out->emplace_back(); },
      [&](const Sentence& s) {
        if (s.tokens.empty()) out->pop_back();
      });
}

void Segmenter::ForEachSentence(std::string_view text, size_t begin,
                                const std::function<void(const Sentence&)>& fn) const {
  Sentence s;
  SegmentInto(
      *impl_->splitter, text, begin,
      [&]() -> Sentence& {
        s.tokens.clear();
        return s;
      },
      [&](const Sentence& done) {
        if (!done.tokens.empty()) fn(done);
      });
}

}  // namespace dyad::text
