// Internal to events/: matching a verb's patterns against its sentence.
//
// Patterns are read the way TABARI and PETRARCH wrote them, as words in
// order around the verb ("- * (FOR CEASEFIRE) [014]": "for" then
// "ceasefire" after the verb), and matched against the words of the verb's
// own clause (its subtree in the parse) on each side of it, in order, with
// gaps allowed. `+` and `$` take the next actor mention at that point as
// target or source. Words match lemmas or forms, case ignored; a word
// written without a final '_' in TABARI style matches as a prefix.
#ifndef DYAD_EVENTS_PATTERN_MATCHER_H_
#define DYAD_EVENTS_PATTERN_MATCHER_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "actors/actors.h"
#include "events/verb_dictionary.h"
#include "nlp/nlp.h"

namespace dyad::events {

// Synonym sets by name, members as lower-case word lists.
using SynsetTable = std::unordered_map<std::string, std::vector<std::vector<std::string>>>;

struct PatternMatch {
  const VerbPattern* pattern = nullptr;  // Null: the verb alone.
  int score = 0;          // Words matched: the more, the more specific.
  bool state_scored = false;  // The one point of "$!"/"+!" slots counted.
  int source = -1;        // Index into the sentence's mentions set by '$', else -1.
  int target = -1;        // Likewise for '+'.
  int compound = -1;      // Likewise for '%': a compound actor, source and target at once.
  // The pattern's words took the verb's negation ("&NEGATVAUXVRB * OVER
  // EFFORTS" with "didn't clash over efforts"): the code is the negated
  // phrase's own, and the event is not negated.
  bool covers_negation = false;
  // Likewise for a modal ("- INDICATED WOULD * NOW [1010]"): the pattern
  // codes the hypothetical phrase, and the event is not hypothetical.
  bool covers_modal = false;
  uint32_t end_token = 0; // The last token the pattern's words matched (the verb if none).
};

// Lower-cased form and lemma of every token of a sentence: made once per
// sentence and shared by all its verbs, as patterns compare words many times.
// The first two letters of a sentence's words, as bits: a pattern word
// (matched exactly, as a stem or as a prefix) starts like some word of the
// sentence or cannot match. Most patterns fail this test.
class WordStarts {
 public:
  // A lower-case form or lemma of the sentence.
  void Note(std::string_view key);
  // False when no noted key starts with the first two letters of `word`
  // (its one letter if it has one); true may be a false alarm.
  bool MayStartAny(std::string_view word) const;

 private:
  static size_t Bit(std::string_view key);
  uint64_t bits_[16] = {};
};

struct WordKeys {
  explicit WordKeys(const nlp::ParsedSentence& s);
  bool MayStartAny(std::string_view word) const { return starts.MayStartAny(word); }

  std::vector<std::string> forms, lemmas;
  WordStarts starts;
};

// Whether every word element of `pattern` (each must match) may be in the
// sentence of `starts`.
bool PatternWordsMayBeIn(const VerbPattern& pattern, const WordStarts& starts);

// The words of a verb's clause on each side of it, in order: computed once
// per verb and shared by all its patterns. `keys` must outlive it.
struct VerbSides {
  VerbSides(const nlp::ParsedSentence& s, uint32_t verb, const WordKeys& keys);
  uint32_t verb;
  std::vector<uint32_t> before, after;
  const WordKeys& keys;
  const std::vector<std::string>& forms;
  const std::vector<std::string>& lemmas;
};

// Matches `pattern` for the verb at `verb`; `extra_words` are the words of
// a multi-word verb after its first ("hold talks": "talks"), required after
// the verb. `mentions` are the sentence's actor mentions. A word written
// without a final '_' matches as a prefix (TABARI's stems: "REVOLUTION"
// matches "revolutionary"); with `stems_take_endings_only` (PETRARCH
// files) only as the word with an ending ("EFFORT": "efforts", "MEET":
// "meeting"; "OFF" is not "official"). Returns false when the pattern does
// not match.
bool MatchPattern(const nlp::ParsedSentence& s, const VerbSides& sides,
                  const std::vector<std::string>& extra_words, const VerbPattern* pattern,
                  const SynsetTable& synsets, const std::vector<actors::ActorMention>& mentions,
                  PatternMatch* match, bool stems_take_endings_only = false);

// Lower-case words of a dictionary word ("CEASE_FIRE" -> {"cease", "fire"}).
std::vector<std::string> SplitWords(const std::string& text);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_PATTERN_MATCHER_H_
