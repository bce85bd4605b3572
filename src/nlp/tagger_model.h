// Internal to nlp/: the trained tagger (what models/tagger.model holds) and
// its decoder; Tagger (tagger.h) is a thin handle around it, and training
// (tagger_train.cc) builds one.
//
// Design (issue 4): one averaged-perceptron classifier over the combined
// "UPOS|XPOS" tag (102 classes in EWT), greedy left to right over the
// features of tagger_features.h. FEATS: for
// a tag seen with several FEATS strings, the FEATS classifier
// (feats_classifier.h) chooses among them; otherwise the tag's only one.
// The lexicon (lower-cased word, tag) -> most frequent FEATS, falling back
// to the tag's most frequent FEATS, is one of the classifier's features.
// Lemmas from the Lemmatizer (lemmatizer.h).
//
// Model file (model_file.h container, magic DYTG). Versions:
//   1: u32 feature-set version; training options (u32 epochs, u64 seed,
//      f32 min_weight, u32 best epoch); u32 tags + tags x (upos, xpos)
//      length-prefixed; LinearModel; u32 n + n FEATS strings; u32 n + n x
//      (key "lower\1tag-id", u16 feats id) sorted by key; tags x u16 default
//      feats id; Lemmatizer. Little-endian throughout.
//   2: the FeatsClassifier (feats_classifier.h) between the FEATS defaults
//      and the Lemmatizer.
//
// Thread-safety: immutable after Parse; Tag may be called from any thread
// (its scratch is thread_local).
#ifndef DYAD_NLP_TAGGER_MODEL_H_
#define DYAD_NLP_TAGGER_MODEL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "base/status.h"
#include "nlp/feats_classifier.h"
#include "nlp/lemmatizer.h"
#include "nlp/linear_model.h"
#include "nlp/tagger.h"

namespace dyad::nlp {

inline constexpr uint32_t kTaggerFormatVersion = 2;

struct TaggerModel {
  struct TagName {
    std::string upos, xpos, combined;  // combined = upos + "|" + xpos
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };

  // Training settings kept in the file (habit 10).
  uint32_t epochs = 0, best_epoch = 0;
  uint64_t seed = 0;
  float min_weight = 0;

  std::vector<TagName> tags;
  LinearModel weights;
  std::vector<std::string> feats;  // Distinct FEATS strings.
  absl::flat_hash_map<std::string, uint16_t, Hash, std::equal_to<>> feats_lexicon;  // Every token.
  std::vector<uint16_t> feats_default;  // Per tag.
  FeatsClassifier feats_classifier;
  Lemmatizer lemmatizer;

  // By how much the score of each of finite_verb_tags fell short of the
  // best tag's for a word (0 for the best).
  struct VerbAlternative {
    static constexpr int kMax = 4;
    float shortfall[kMax] = {};
  };
  // Tags (VERB with VBD, VBZ or VBP; at most VerbAlternative::kMax) that
  // FinishClause may force; set by Parse.
  std::vector<int> finite_verb_tags;
  // Tags that give a clause its verb (any VBD, VBZ, VBP or MD); set by Parse.
  std::vector<bool> is_finite;
  // Tags VB (an imperative or subjunctive unless after "to" or a modal).
  std::vector<bool> is_base_verb;

  // The tag ids of `forms`, greedy left to right, into *ids. If `forced`
  // is a position, its tag is `forced_tag` instead of the best. With `alt`,
  // each word's best finite-verb alternative goes into (*alt)[i].
  void Decode(const std::vector<std::string_view>& forms, std::vector<int>* ids,
              int forced = -1, int forced_tag = -1,
              std::vector<VerbAlternative>* alt = nullptr) const;
  // The finite-verb constraint (see tagger_model.cc): if a sentence of four
  // words or more came out without any verb that could head a clause, the
  // word whose finite-verb tag fell least short (by less than
  // kVerbShortfall), among words the training data saw with that tag,
  // takes it and the words after it are decoded again.
  // Returns whether it changed *ids.
  bool FinishClause(const std::vector<std::string_view>& forms,
                    const std::vector<VerbAlternative>& alt, std::vector<int>* ids) const;
  // Fills finite_verb_tags, is_finite and is_base_verb from `tags`.
  void FindVerbTags();
  // FEATS id of a word given its tag, from the lexicon alone.
  uint16_t FeatsOf(std::string_view form, int tag) const;
  // FEATS ids of the words given their tags (`tags`), into *out.
  void ChooseFeats(const std::vector<std::string_view>& forms, const std::vector<int>& tags,
                   std::vector<uint16_t>* out) const;
  // Everything: tags, FEATS and lemmas.
  void Tag(const std::vector<std::string_view>& forms, std::vector<TaggedWord>* out) const;

  std::string Serialize() const;
  // kCorruption for damaged bytes; kUnsupported for another feature set.
  static Result<TaggerModel> Parse(std::string_view payload);
};

// The key of the FEATS lexicon.
void FeatsKey(std::string_view form, int tag, std::string* key);

}  // namespace dyad::nlp

#endif  // DYAD_NLP_TAGGER_MODEL_H_
