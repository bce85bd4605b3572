// Internal to nlp/: part-of-speech tagger and lemmatizer (one model file,
// models/tagger.model).
//
//   auto tagger = Tagger::Load("models/tagger.model");
//   std::vector<TaggedWord> tags;
//   (*tagger)->Tag({"Lavrov", "urged", "Ankara", "to", "halt", "."}, &tags);
//   // tags[1]: upos "VERB", xpos "VBD", feats "Mood=Ind|Tense=Past|VerbForm=Fin",
//   //          lemma "urge"
//
// CONTRACT (issue 4; the implementation fills in the design notes here):
// a discriminative tagger (averaged perceptron over word, affix, shape and
// context features, greedy or small-beam decoding) predicting UPOS, Penn
// XPOS and the Universal features, and a lemmatizer (training-data lexicon,
// learned suffix rules, WordNet exception lists); deterministic training.
//
// Thread-safety: immutable after Load; Tag may be called from any thread.
#ifndef DYAD_NLP_TAGGER_H_
#define DYAD_NLP_TAGGER_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dyad::nlp {

struct TaggedWord {
  std::string upos, xpos, feats, lemma;  // CoNLL-U text; feats "_" if none.
};

class Tagger {
 public:
  virtual ~Tagger() = default;
  // kNotFound, or kCorruption for a damaged or too new file.
  static Result<std::unique_ptr<Tagger>> Load(const std::string& path);
  // One TaggedWord per form, in order. `forms` are the sentence's words.
  virtual void Tag(const std::vector<std::string_view>& forms,
                   std::vector<TaggedWord>* out) const = 0;
};

struct TaggerTrainOptions {
  int epochs = 10;     // Passes; the best epoch on dev is kept.
  uint64_t seed = 1;   // Shuffling; training is deterministic for a seed.
  int threads = 2;     // Work split so that results do not depend on it.
  // Extra lemma exceptions (WordNet *.exc files: "inflected lemma" lines);
  // empty to use none.
  std::vector<std::string> lemma_exception_files;
};

struct TaggerTrainReport {
  int best_epoch = 0;
  double dev_upos = 0, dev_xpos = 0, dev_feats = 0, dev_lemma = 0;  // Percent.
  double seconds = 0;
};

// Trains on UD CoNLL-U `train_path`, chooses the epoch on `dev_path`, writes
// the model to `out_path`. `log` receives one line per epoch.
Result<TaggerTrainReport> TrainTagger(const std::string& train_path, const std::string& dev_path,
                                      const std::string& out_path,
                                      const TaggerTrainOptions& options,
                                      const std::function<void(const std::string&)>& log);

}  // namespace dyad::nlp

#endif  // DYAD_NLP_TAGGER_H_
