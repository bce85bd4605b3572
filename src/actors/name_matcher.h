// Internal to actors/: dictionary names compiled into a token-level
// automaton (a trie over word ids), matched against a sentence's tokens.
//
// Names are tokenized like text, each token reduced to a key (TokenKey:
// lower case, curly apostrophes straightened) and interned as a word id, so
// matching a sentence costs one hash lookup per token (form and lemma) and
// then integer-keyed steps through the trie: no regular expression per
// entry, and the time per token does not grow with the dictionary.
#ifndef DYAD_ACTORS_NAME_MATCHER_H_
#define DYAD_ACTORS_NAME_MATCHER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"

namespace dyad::actors {

// The form a token is compared by: lower case (Unicode simple case
// folding), ’ and ‘ as '.
std::string TokenKey(std::string_view form);

inline constexpr uint32_t kNoWord = 0xFFFFFFFF;

class NameTrie {
 public:
  // Adds a name given as token keys; `value` is returned by matches. Bit k
  // of `gaps` (added, TABARI) lets up to four tokens come before key k.
  void Add(const std::vector<std::string>& keys, uint32_t value, uint32_t gaps = 0);

  // The id of a key, or kNoWord when no name uses it.
  uint32_t WordId(std::string_view key) const;

  struct Match {
    uint32_t length;  // Tokens matched.
    uint32_t value;
    bool via_lemma;   // Some token matched by its lemma, not its form.
  };

  // Every name that starts at token `start`, where token i has word ids
  // forms[i] and lemmas[i] (kNoWord when unknown; lemma equal to form is
  // fine). Appended to *out, longest first.
  void MatchAt(const std::vector<uint32_t>& forms, const std::vector<uint32_t>& lemmas,
               size_t start, std::vector<Match>* out) const;

  size_t nodes() const { return terminals_.size(); }

  // TABARI's reading of a name's last word (added): `key` as a stem
  // ("argentin" for "Argentina", "Argentine"), or as a whole word that may
  // take a plural or possessive ending ("libya" for "Libyas").
  // REQUIRES: `key` was added as a name's word.
  void AddStem(const std::string& key, bool prefix);
  // The word id a text word stands for by those rules (the longest stem
  // first), or kNoWord. Used only for words that are no name word.
  uint32_t StemId(std::string_view key) const;

 private:
  uint32_t Child(uint32_t node, uint32_t word) const;
  void Walk(const std::vector<uint32_t>& forms, const std::vector<uint32_t>& lemmas, size_t start,
            size_t pos, uint32_t node, bool via_lemma, std::vector<Match>* out) const;

  // Abseil's open-addressing maps: every token of every sentence is looked
  // up here, and a lookup is one probe of a flat array (a node-based map
  // costs a chain of cache misses). String keys are found by string_view
  // without a copy.
  // Transparent (Debian's Abseil has its own string_view, so its string
  // hash does not take std::string_view).
  struct KeyHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  absl::flat_hash_map<std::string, uint32_t, KeyHash, std::equal_to<>> words_;
  absl::flat_hash_map<uint32_t, bool> stems_;        // Word id -> prefix (else whole with endings).
  absl::flat_hash_map<uint64_t, bool> gap_edges_;    // Edges that may follow a gap.
  absl::flat_hash_map<uint64_t, uint32_t> edges_;    // (node << 32 | word) -> node.
  std::vector<std::vector<uint32_t>> terminals_{1};   // Per node; node 0 is the root.
};

}  // namespace dyad::actors

#endif  // DYAD_ACTORS_NAME_MATCHER_H_
