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

// --- Training the sentence-boundary model (`dyad train sentences`) ---
//
// From Universal Dependencies CoNLL-U: each document's text is rebuilt from
// its `# text` lines as the evaluation does (sentences joined by a space,
// paragraphs by a blank line); an averaged perceptron learns the boundaries;
// the best epoch on dev is kept and its threshold tuned on dev.
// Deterministic: the same inputs and options give byte-identical models.
//
//   auto result = TrainSentenceModel(train_conllu, dev_conllu, {},
//                                    [](const SentenceEpochReport& r) { Log(r); });
//   if (result.ok()) Write(result->model_bytes);

// Sentence-level counts: a predicted sentence is correct when its span equals
// a gold sentence's span.
struct SentenceScore {
  size_t gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted ? double(correct) / predicted : 0.0; }
  double recall() const { return gold ? double(correct) / gold : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct SentenceTrainOptions {
  // Passes over the training gaps. The best epoch on dev is kept, so more
  // epochs cost time but not accuracy; 10 is plenty for EWT.
  uint32_t epochs = 10;
  // Seeds the order in which gaps are visited each epoch.
  uint64_t seed = 1;
  // Averaged weights smaller than this in magnitude are dropped from the
  // file. Larger: smaller model, at some point less accurate.
  float min_abs_weight = 0.05f;
  // The weight table has 2^table_bits slots; features hash into it and
  // colliding features share a weight. 2^16 floats (256 KB) stay in cache
  // at run time; more bits: fewer collisions, more memory.
  uint32_t table_bits = 16;
  // Tune the decision threshold on dev (else 0).
  bool tune_threshold = true;
};

struct SentenceEpochReport {
  uint32_t epoch = 0;         // 1-based.
  size_t train_mistakes = 0;  // Perceptron updates in this pass.
  SentenceScore dev;
};

struct SentenceTrainResult {
  std::string model_bytes;  // SentenceModel::Serialize() of the kept model.
  std::vector<SentenceEpochReport> epochs;
  uint32_t best_epoch = 0;
  float threshold = 0;
  SentenceScore dev;  // Of the kept model (tuned threshold).
  size_t train_documents = 0, train_gaps = 0;
  size_t features_seen = 0, features_kept = 0;  // Distinct keys; non-zero slots.
};

// Trains on `train_conllu`, choosing epoch and threshold on `dev_conllu`.
// `on_epoch` (may be empty) hears about each epoch as it finishes.
// kDataError when either file holds no `# newdoc`/`# text` documents;
// kInvalidArgument when options.epochs is 0.
Result<SentenceTrainResult> TrainSentenceModel(
    std::string_view train_conllu, std::string_view dev_conllu, const SentenceTrainOptions& options,
    const std::function<void(const SentenceEpochReport&)>& on_epoch = {});

}  // namespace dyad::text

#endif  // DYAD_TEXT_TEXT_H_
