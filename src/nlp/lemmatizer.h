// Internal to nlp/: lemmas from a word and its predicted tag, stored inside
// the tagger model.
//
//   LemmatizerBuilder b;
//   b.Add("urged", "VERB|VBD", "urge");            // every training word
//   b.AddExceptions(verb_exc_bytes, 'v');           // WordNet verb.exc
//   Lemmatizer lem = b.Build();
//   std::string lemma;
//   lem.Lemmatize("smote", "VERB|VBD", &lemma);     // "smite"
//
// A lemma is made from the word by an edit rule: optionally lower-case it
// (ASCII), strip N bytes from its end, append a string ("urged" -> strip 1
// -> "urge"; "The" -> lower, strip 0 -> "the"; "Lavrov" -> keep). Three
// sources, tried in order:
//   1. the training lexicon: (lower-cased word, tag) -> its most frequent
//      lemma (so "i" -> "I", "google" -> "Google"), which keeps EWT's conventions ("n't" -> "not", "'s" -> "'s" as
//      PART|POS but "be" as AUX|VBZ, proper nouns keep their case);
//   2. WordNet exception lists (irregular forms: "geese" -> "goose"), used
//      for NNS (noun.exc), VB* (verb.exc), JJR/JJS (adj.exc), RBR/RBS
//      (adv.exc), read at training time and stored in the model;
//   3. suffix rules per tag learned from the training word types: the
//      longest seen suffix of the word (up to 8 bytes) picks the rule.
// Tags are the tagger's "UPOS|XPOS" strings.
//
// Serialized (inside the tagger model), little-endian: u32 rule count,
// rules (u8 lower, u8 strip, length-prefixed append); u32 n + n lemmas
// (length-prefixed); u32 n + n x (length-prefixed key, u32 lemma) for the
// lexicon, then the same for the
// suffix table; u32 n + n x (key, lemma) for the exceptions. Keys are
// sorted, so the bytes depend only on the training data.
//
// Thread-safety: a Lemmatizer is immutable after Build/ReadFrom;
// Lemmatize may be called from any thread. The builder is single-threaded.
#ifndef DYAD_NLP_LEMMATIZER_H_
#define DYAD_NLP_LEMMATIZER_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "base/status.h"

namespace dyad::nlp {

struct LemmaRule {
  bool lower = false;
  uint8_t strip = 0;
  std::string append;
  bool operator<(const LemmaRule& o) const {
    return std::tie(lower, strip, append) < std::tie(o.lower, o.strip, o.append);
  }
  bool operator==(const LemmaRule& o) const = default;
};

// The cheapest rule turning `form` into `lemma` (preferring lower-casing
// when the lemma has no upper-case letter).
LemmaRule MakeLemmaRule(std::string_view form, std::string_view lemma);
// Applies the rule; false (and *out untouched) when it does not fit.
bool ApplyLemmaRule(const LemmaRule& rule, std::string_view form, std::string* out);

class Lemmatizer {
 public:
  Lemmatizer() = default;

  // Writes the lemma of `form` tagged `tag` into *out (the form itself when
  // nothing applies).
  void Lemmatize(std::string_view form, std::string_view tag, std::string* out) const;

  void AppendTo(std::string* out) const;
  // kCorruption if the bytes are truncated or inconsistent.
  static Result<Lemmatizer> ReadFrom(std::string_view* in);

  size_t lexicon_size() const { return lexicon_.size(); }
  size_t suffix_rules() const { return suffixes_.size(); }
  size_t exceptions() const { return exceptions_.size(); }

 private:
  friend class LemmatizerBuilder;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  // Open addressing (Abseil): every token costs up to ten lookups here.
  using Map = absl::flat_hash_map<std::string, uint32_t, Hash, std::equal_to<>>;

  std::vector<LemmaRule> rules_;
  std::vector<std::string> lemmas_;
  Map lexicon_;   // lower + '\1' + tag -> lemmas_ index
  Map suffixes_;  // tag + '\1' + suffix -> rule
  absl::flat_hash_map<std::string, std::string, Hash, std::equal_to<>> exceptions_;  // 'v' + '\1' + lower
};

class LemmatizerBuilder {
 public:
  // One training word.
  void Add(std::string_view form, std::string_view tag, std::string_view lemma);
  // A WordNet exception file ("inflected lemma [lemma...]" per line; the
  // first lemma is used, multi-word ones skipped); pos is 'n', 'v', 'a' or
  // 'r'. Returns the number of entries kept.
  size_t AddExceptions(std::string_view file_bytes, char pos);
  Lemmatizer Build() const;

 private:
  // (lower + '\1' + tag) -> rule -> count, ordered for determinism.
  std::map<std::string, std::map<LemmaRule, uint32_t>> lexicon_;
  std::map<std::string, std::map<std::string, uint32_t>> lemmas_;
  std::map<std::string, std::string> exceptions_;
};

}  // namespace dyad::nlp

#endif  // DYAD_NLP_LEMMATIZER_H_
