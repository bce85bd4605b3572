// Internal to text/: decides where sentences end, in raw text.
//
// A sentence can end only at whitespace. At every gap between two
// whitespace-delimited chunks of raw text the splitter asks the boundary
// model (sentence_model.h) over features of the text around the gap
// (boundary_features.h), or, without a model, hand-written rules (final
// punctuation, abbreviations). Blank lines always end a sentence; with
// SegmenterOptions::split_at_unpunctuated_line_breaks a single line break
// after an unpunctuated line (a headline) does too. The Segmenter then
// tokenizes each sentence's range, so no token is ever cut by a boundary.
//
//   auto splitter = SentenceSplitter::Create(options);   // loads the model
//   std::vector<uint32_t> ends;
//   (*splitter)->SplitText(text, 0, text.size(), &ends); // e.g. {9, 13}
//
// Thread-safety: immutable after Create; SplitText is const, so one splitter
// may serve any number of threads.
#ifndef DYAD_TEXT_SENTENCE_SPLITTER_H_
#define DYAD_TEXT_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/file_system.h"
#include "base/status.h"
#include "text/text.h"

namespace dyad::text {

class SentenceModel;

class SentenceSplitter {
 public:
  // Loads the boundary model at options.boundary_model_path through `fs`
  // (null: FileSystem::Default()); an empty path gives the rules alone.
  // kNotFound/kIOError if the file cannot be read, kCorruption/kUnsupported
  // if it is not a model this dyad can use.
  static Result<std::unique_ptr<SentenceSplitter>> Create(const SegmenterOptions& options,
                                                          FileSystem* fs = nullptr);
  // A splitter over an already loaded model (null: rules alone).
  static std::unique_ptr<SentenceSplitter> CreateWithModel(
      std::shared_ptr<const SentenceModel> model, const SegmenterOptions& options);
  virtual ~SentenceSplitter() = default;

  // Appends to *ends the byte offset where each sentence of text[begin, end)
  // ends (the start of the whitespace after it), the last being the end of
  // the last non-space byte. Nothing is appended for all-whitespace text.
  virtual void SplitText(std::string_view text, size_t begin, size_t end,
                         std::vector<uint32_t>* ends) const = 0;
};

// SplitText's decision procedure over an explicit model (null: rules), so
// that the trainer's dev evaluation decides exactly as dyad does.
void FindSentenceEnds(std::string_view text, size_t begin, size_t end, const SentenceModel* model,
                      bool line_break_rule, std::vector<uint32_t>* ends);

}  // namespace dyad::text

#endif  // DYAD_TEXT_SENTENCE_SPLITTER_H_
