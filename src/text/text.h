// text: an article's text cut into sentences and tokens.
//
// The Segmenter tokenizes in the Universal Dependencies English style
// ("Turkey's" -> "Turkey" "'s", "don't" -> "do" "n't", quotes and dashes split
// off; numbers, dates, URLs and abbreviations such as "U.S." kept whole) and
// splits sentences with a boundary classifier that knows abbreviations,
// quotations, datelines and lines without final punctuation. Every token and
// sentence keeps its byte offsets into the text, which is never changed.
//
//   auto seg = dyad::text::Segmenter::Create(options);   // loads the model once
//   std::vector<dyad::text::Sentence> sentences;
//   (*seg)->Segment(article.text, article.body_begin, &sentences);
//   for (const auto& s : sentences) Print(s.text(article.text));
//
// CoNLL-U (already tokenized input, and dyad's parse output) is read into the
// same Sentence type, keeping every column, multi-word token range and empty
// node so that it can be written back with only predicted columns replaced.
//
// Thread-safety: a Segmenter is immutable after Create and may be shared by
// any number of threads.
#ifndef DYAD_TEXT_TEXT_H_
#define DYAD_TEXT_TEXT_H_

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/status.h"

namespace dyad::text {

struct Token {
  // Byte range [begin, end) in the segmented text; form == text.substr(begin,
  // end - begin). For CoNLL-U input both are kNoOffset.
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string form;
  bool space_after = true;  // Whitespace follows in the text (CoNLL-U SpaceAfter).
};

inline constexpr uint32_t kNoOffset = 0xFFFFFFFF;

// A CoNLL-U line kept verbatim from the input: a multi-word token range
// ("3-4") or an empty node ("5.1"), written back before word `before_word`.
struct ConlluExtraLine {
  size_t before_word = 0;  // Index into Sentence::tokens.
  std::string line;
};

struct Sentence {
  // Byte range [begin, end) in the segmented text, from the first token's
  // first byte to the last token's last byte. kNoOffset for CoNLL-U input.
  uint32_t begin = 0;
  uint32_t end = 0;
  std::vector<Token> tokens;

  // Filled only for CoNLL-U input: the sentence's own `# text`, its other
  // comment lines (without sent_id, text and newdoc), each word's ten columns
  // as read, and the lines to pass through.
  std::string conllu_text;
  std::vector<std::string> conllu_comments;
  std::vector<std::array<std::string, 10>> conllu_columns;
  std::vector<ConlluExtraLine> conllu_extra;

  // The sentence exactly as it stands in `source` (the text given to
  // Segment), or its `# text` for CoNLL-U input.
  std::string_view Text(std::string_view source) const {
    if (begin == kNoOffset) return conllu_text;
    return source.substr(begin, end - begin);
  }
};

struct SegmenterOptions {
  // Boundary model (models/sentence_boundary.model). Empty: rules alone
  // (punctuation + abbreviations): F1 0.79 instead of 0.89 on UD EWT web text.
  std::string boundary_model_path;
  // A line break that follows a line without final punctuation (a headline,
  // a list item) ends a sentence when the next line starts a new one. Turn off
  // for hard-wrapped text where lines break mid-sentence at random.
  bool split_at_unpunctuated_line_breaks = true;
};

class Segmenter {
 public:
  // Loads the boundary model if one is named. kNotFound/kCorruption when the
  // model file is missing or damaged.
  static Result<std::unique_ptr<Segmenter>> Create(const SegmenterOptions& options);
  ~Segmenter();
  Segmenter(const Segmenter&) = delete;  // Holds a model; share by pointer.
  Segmenter& operator=(const Segmenter&) = delete;

  // Appends the sentences of text[begin..] to *out (which is not cleared).
  // Blank lines always end a sentence. Never fails: any bytes give some
  // segmentation (invalid UTF-8 is treated as letters).
  // REQUIRES: text.size() < kNoOffset.
  void Segment(std::string_view text, size_t begin, std::vector<Sentence>* out) const;

  // The same sentences, handed one at a time to fn, which must not keep the
  // reference: one Sentence is reused, so memory stays flat however long the
  // text (a 50 MB article costs its sentence ends, not its sentences).
  void ForEachSentence(std::string_view text, size_t begin,
                       const std::function<void(const Sentence&)>& fn) const;

 private:
  struct Impl;
  explicit Segmenter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Reads one CoNLL-U document (a run of sentence blocks) into sentences.
// Malformed lines are reported as `file:line: reason` (first_line is the
// document's first line in `file`) and their sentence is skipped.
std::vector<Sentence> ReadConllu(std::string_view conllu, std::string_view file, int64_t first_line,
                                 Diagnostics* diagnostics);

// The columns of one word as dyad writes them; "_" for what is unknown.
// HEAD is "_" or a number as text.
struct WordAnalysis {
  std::string lemma = "_", upos = "_", xpos = "_", feats = "_", head = "_", deprel = "_";
};

// Appends one CoNLL-U sentence block (comments, word lines, blank line) to
// *out. `source` is the segmented text; `analyses` may be empty (all "_") or
// one per token. Pass-through columns (ID, FORM, DEPS, MISC) of CoNLL-U input
// are kept; otherwise MISC records SpaceAfter=No and TokenRange=begin:end.
void WriteConlluSentence(const Sentence& sentence, std::string_view source,
                         std::string_view sent_id, const std::vector<WordAnalysis>& analyses,
                         std::string* out);

}  // namespace dyad::text

#endif  // DYAD_TEXT_TEXT_H_
