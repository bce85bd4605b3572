// nlp: part-of-speech tags, morphological features, lemmas and dependency
// trees for segmented sentences, from models trained on Universal
// Dependencies English (models/README.md).
//
//   auto nlp = dyad::nlp::NlpModel::Load(dyad::nlp::NlpOptions{.models_dir = home + "/models"});
//   if (!nlp.ok()) ...report nlp.status()...
//   std::vector<dyad::text::WordAnalysis> words;
//   (*nlp)->Annotate(sentence, &words);   // one per token: LEMMA, UPOS, XPOS,
//                                         // FEATS, HEAD, DEPREL as CoNLL-U text
//
// For CoNLL-U input the sentence's own words (its FORM column, gold
// tokenization) are analysed; otherwise its tokens.
//
// Thread-safety: an NlpModel is immutable after Load; Annotate may be called
// from any number of threads at once.
#ifndef DYAD_NLP_NLP_H_
#define DYAD_NLP_NLP_H_

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "text/text.h"

namespace dyad::nlp {

struct NlpOptions {
  // Folder holding tagger.model and parser.model (dyad's models/).
  std::string models_dir;
  // Skip the parser (HEAD and DEPREL stay "_"): tagging and lemmas only,
  // several times faster.
  bool parse = true;
};

class NlpModel {
 public:
  virtual ~NlpModel() = default;

  // Loads the models. kNotFound names the missing file; kCorruption a
  // damaged or too new one.
  static Result<std::unique_ptr<NlpModel>> Load(const NlpOptions& options);

  // Fills (*words)[i] for every word of `sentence`.
  virtual void Annotate(const text::Sentence& sentence,
                        std::vector<text::WordAnalysis>* words) const = 0;
};

}  // namespace dyad::nlp

#endif  // DYAD_NLP_NLP_H_
