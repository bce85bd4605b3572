// Internal to text/: trains the sentence-boundary model (sentence_model.h)
// from Universal Dependencies CoNLL-U files.
//
// Each document's raw text is rebuilt from its `# text` lines exactly as the
// evaluation does (shared/eval/score_sentences.py): sentences joined by one
// space, paragraphs (`# newpar`) by a blank line. The classifier is an
// averaged perceptron over the hashed gap features; every epoch is scored on
// the dev documents (sentence F1, as the evaluation counts it) and the best
// epoch is kept, then its decision threshold is tuned on dev.
//
//   SentenceTrainOptions options;                 // epochs, seed, pruning
//   auto result = TrainSentenceModel(train_conllu, dev_conllu, options,
//                                    [](const SentenceEpochReport& r) { Log(r); });
//   if (!result.ok()) return result.status();
//   Write(result->model_bytes);
//
// Deterministic: the same inputs and options give byte-identical models.
// Thread-safety: pure functions.
#ifndef DYAD_TEXT_SENTENCE_MODEL_TRAINER_H_
#define DYAD_TEXT_SENTENCE_MODEL_TRAINER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "text/sentence_model.h"

namespace dyad::text {

// One document rebuilt from CoNLL-U, with its gold sentence spans.
struct UdDocument {
  std::string id;
  std::string text;
  std::vector<uint32_t> sentence_begins;  // Byte offsets into text.
  std::vector<uint32_t> sentence_ends;
};

// Rebuilds the documents of a CoNLL-U file from its `# newdoc id`,
// `# newpar` and `# text` comments (word lines are ignored). Sentences
// before the first `# newdoc` are skipped, as the evaluation does.
std::vector<UdDocument> ReadUdDocuments(std::string_view conllu);

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

// Splits every document with `model` (null: rules) and scores it.
SentenceScore ScoreSentences(const std::vector<UdDocument>& docs, const SentenceModel* model);

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

#endif  // DYAD_TEXT_SENTENCE_MODEL_TRAINER_H_
