// Internal to nlp/: the features of the part-of-speech tagger, shared by
// training and tagging so that both see exactly the same ids.
//
//   TaggerFeatures fx;
//   fx.SetSentence(forms);                 // per-word hashes, once
//   for (size_t i = 0; i < forms.size(); ++i) {
//     fx.Extract(i, prev_tag, prev2_tag, &features);   // reused buffer
//     ...score, pick tag...
//   }
//
// Templates (kFeatureSetVersion 1): bias; form; lower-cased form; prefixes
// and suffixes of 1-4 bytes; word shape (X/x/d runs capped at 3, e.g.
// "Xxx", "dd", "x-x"); flags (digit, hyphen, upper, all upper, first word);
// length bucket; the lower-cased words at -2, -1, +1, +2 and the suffixes
// of 3 at -1 and +1; the bigrams (-1, 0) and (0, +1); the predicted tags at
// -1 and -2, their pair, and tag -1 with the word. Lower-casing is ASCII
// only; affixes are bytes. Changing any of this changes the ids: bump
// kFeatureSetVersion (models of another version are refused).
//
// Thread-safety: a TaggerFeatures is per-thread scratch.
#ifndef DYAD_NLP_TAGGER_FEATURES_H_
#define DYAD_NLP_TAGGER_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/linear_model.h"

namespace dyad::nlp {

inline constexpr uint32_t kTaggerFeatureSetVersion = 1;
// Tag ids below 0 are the sentence start; "no tag" is kNoTag.
inline constexpr int kNoTag = -1;

// ASCII lower-casing (other bytes are kept), into *out.
void AsciiLower(std::string_view s, std::string* out);
// The collapsed shape of a word: "Lavrov" -> "Xxx", "1990" -> "ddd",
// "x-ray" -> "x-x"; at most 12 bytes.
void WordShape(std::string_view s, std::string* out);

class TaggerFeatures {
 public:
  // Computes the per-word parts. The forms must outlive the Extract calls.
  void SetSentence(const std::vector<std::string_view>& forms);

  // The features of word i given the predicted tags of words i-1 and i-2
  // (kNoTag before the sentence). Replaces *out.
  void Extract(size_t i, int prev_tag, int prev2_tag, std::vector<FeatureId>* out) const;

  // The static (tag-independent) part only, and the dynamic part appended
  // to it; Extract is Static followed by Dynamic.
  void Static(size_t i, std::vector<FeatureId>* out) const;
  void Dynamic(size_t i, int prev_tag, int prev2_tag, std::vector<FeatureId>* out) const;

 private:
  struct Word {
    uint64_t form, lower, shape, flags, length;
    uint64_t prefix[4], suffix[4];  // 0 when the word is shorter.
  };
  const Word& At(ptrdiff_t i) const;

  std::vector<Word> words_;
  Word start_[2], end_[2];
  std::string lower_, shape_;
};

}  // namespace dyad::nlp

#endif  // DYAD_NLP_TAGGER_FEATURES_H_
