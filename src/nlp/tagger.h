// Internal to nlp/: part-of-speech tagger and lemmatizer (one model file,
// models/tagger.model).
//
//   auto tagger = Tagger::Load("models/tagger.model");
//   std::vector<TaggedWord> tags;
//   (*tagger)->Tag({"Lavrov", "urged", "Ankara", "to", "halt", "."}, &tags);
//   // tags[1]: upos "VERB", xpos "VBD", feats "Mood=Ind|Tense=Past|VerbForm=Fin",
//   //          lemma "urge"
//
// CONTRACT (issue 4): a discriminative tagger (averaged perceptron over
// word, affix, shape and context features, greedy or small-beam decoding)
// predicting UPOS, Penn XPOS and the Universal features, and a lemmatizer
// (training-data lexicon, learned suffix rules, WordNet exception lists);
// deterministic training.
//
// DESIGN (measured on EWT dev, see models/README.md): one classifier over
// the combined "UPOS|XPOS" tag (102 classes), greedy left to right
// (tagger_features.h, tagger_model.h); FEATS chosen by a second averaged
// perceptron among the strings seen with the predicted tag, from context
// (feats_classifier.h), the (word, tag) lexicon being one of its features;
// lemmas from lemmatizer.h. One constraint the model did not learn: a
// clause of four words or more always gets a finite verb if an inflected
// word nearly took one (TaggerModel::FinishClause, models/README.md).
// Tag is allocation-free once warm when `out` is reused (thread_local
// scratch), about 240k words/s per core.
//
// Thread-safety: immutable after Load; Tag may be called from any thread.
#ifndef DYAD_NLP_TAGGER_H_
#define DYAD_NLP_TAGGER_H_

#include <functional>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "nlp/nlp.h"

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

// TaggerTrainOptions, TaggerTrainReport and TrainTagger are declared in
// nlp/nlp.h, the entry point `dyad train tagger` uses.

}  // namespace dyad::nlp

#endif  // DYAD_NLP_TAGGER_H_
