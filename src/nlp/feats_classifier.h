// Internal to nlp/: the FEATS classifier of the tagger. For a word whose
// predicted tag has been seen in training with more than one FEATS string
// (VB: VerbForm=Inf or Mood=Imp|VerbForm=Fin; VBN: with or without
// Voice=Pass; VBP: Person/Number; PRP "it"/"you": Case...), an averaged
// perceptron chooses among those strings from the context.
//
//   FeatsFeatures fx;
//   fx.SetSentence(forms, tag_ids, classifier.kinds);
//   fx.Extract(i, lexicon_feats_id, &features);
//   uint16_t f = classifier.Choose(features, tag_ids[i], lexicon_feats_id);
//
// Features (kFeatsFeatureSetVersion 1), each joined with the word's tag:
// bias; the lexicon's FEATS for (word, tag); the lower-cased word and its
// 3-byte suffix; the words at -2, -1, +1 and the bigram (-1, 0); the tags at
// -1, +1, (-2, -1) and (+1, +2); clause start (first word, or after
// punctuation); the nearest verb or modal among the 4 words before (the
// "be"/"have"/"get" of a passive or progressive, skipping adverbs and "not");
// the nearest noun, pronoun or determiner among the 8 words before (the
// subject of a VBP/VBD) and its tag.
//
// Thread-safety: FeatsClassifier is immutable after construction and may
// be shared; FeatsFeatures is per-thread scratch.
#ifndef DYAD_NLP_FEATS_CLASSIFIER_H_
#define DYAD_NLP_FEATS_CLASSIFIER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "nlp/linear_model.h"

namespace dyad::nlp {

inline constexpr uint32_t kFeatsFeatureSetVersion = 1;

// What a tag is, for the context searches; derived from the Penn XPOS.
enum class TagKind : uint8_t { kOther, kVerb, kSubject, kAdverb, kPunct };
TagKind KindOfXpos(std::string_view xpos);

class FeatsFeatures {
 public:
  // `forms` and `tags` (tag ids, indexes of `kinds`) must outlive Extract.
  void SetSentence(const std::vector<std::string_view>& forms, const std::vector<int>& tags,
                   const std::vector<TagKind>& kinds);
  // The features of word i, whose lexicon FEATS id is `lexicon`. Replaces *out.
  void Extract(size_t i, uint16_t lexicon, std::vector<FeatureId>* out) const;

 private:
  std::vector<uint64_t> lower_, suffix_;
  const std::vector<int>* tags_ = nullptr;
  const std::vector<TagKind>* kinds_ = nullptr;
  std::string scratch_;
};

struct FeatsClassifier {
  // Per tag: the FEATS ids seen with it in training, ascending. The
  // classifier is consulted only for tags with two or more.
  std::vector<std::vector<uint16_t>> candidates;
  std::vector<TagKind> kinds;  // Per tag.
  LinearModel weights;         // Classes: FEATS ids; no features: unused.

  bool Ambiguous(int tag) const { return candidates[tag].size() > 1; }
  // The best of the tag's candidates. REQUIRES: Ambiguous(tag); scores
  // has weights.classes() slots (scratch).
  uint16_t Choose(const std::vector<FeatureId>& features, int tag, float* scores) const;

  void AppendTo(std::string* out) const;
  // Reads what AppendTo wrote from the front of *in; `tags` and `feats` are
  // the model's counts. kCorruption if truncated or inconsistent.
  static Result<FeatsClassifier> ReadFrom(std::string_view* in, size_t tags, size_t feats);
};

}  // namespace dyad::nlp

#endif  // DYAD_NLP_FEATS_CLASSIFIER_H_
