// Internal to text/: decides where sentences end, between tokens.
#ifndef DYAD_TEXT_SENTENCE_SPLITTER_H_
#define DYAD_TEXT_SENTENCE_SPLITTER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "text/text.h"

namespace dyad::text {

class SentenceSplitter {
 public:
  // Loads the boundary model at `model_path` (empty: rules only).
  static Result<std::unique_ptr<SentenceSplitter>> Create(const SegmenterOptions& options);
  virtual ~SentenceSplitter() = default;

  // Given the tokens of `text` (in order), appends to *ends the index one past
  // the last token of each sentence, ending with tokens.size().
  // Thread-safe (const).
  virtual void Split(std::string_view text, const std::vector<Token>& tokens,
                     std::vector<size_t>* ends) const = 0;
};

}  // namespace dyad::text

#endif  // DYAD_TEXT_SENTENCE_SPLITTER_H_
