// Internal to text/: how TrainSentenceModel (declared in text.h) trains the
// sentence-boundary model (sentence_model.h)
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
#include "text/text.h"

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

// Splits every document with `model` (null: rules) and scores it.
SentenceScore ScoreSentences(const std::vector<UdDocument>& docs, const SentenceModel* model);

}  // namespace dyad::text

#endif  // DYAD_TEXT_SENTENCE_MODEL_TRAINER_H_
