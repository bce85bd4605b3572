// Internal to events/: TABARI verb patterns read the way TABARI reads them,
// as words in linear order around the verb, over the words of a clause
// (not over the dependency parse: docs/coding.md, "TABARI dictionaries").
//
//   TabariPattern p = CompileTabariPattern(pattern.elements, synsets);
//   TabariMatch m;
//   if (MatchTabariPattern(p, clause, verb_first, verb_last, &m)) ... m.score, m.source
//
// Words of the dictionary match words of the text by TABARI's rules
// (TabariWordMatches); words before '*' are looked for leftwards from the
// verb, words after it rightwards; a blank lets other words come between
// two elements, a '_' does not; `$`, `+` and `%` take the next actor (a
// compound "A and B" as a whole), `^` skips one actor; `{A | B C}` is a
// choice; `&SET` any member of a synonym set.
#ifndef DYAD_EVENTS_TABARI_PATTERN_H_
#define DYAD_EVENTS_TABARI_PATTERN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "events/verb_dictionary.h"

namespace dyad::events {

// How a dictionary word matches a word of the text (both lower case).
enum class TabariWordRule : uint8_t {
  kStem,   // "RESTOR": any word that begins with it (restore, restored).
  kWhole,  // "DEPART_": the word, or it with a regular ending (departs,
           // departed, departing, Libya's); not "departx".
  kExact,  // "BAN=": the word alone.
};

// Whether `word` (lower case, as in the text) matches the dictionary word
// `dict` (lower case, without its '_' or '=') under `rule`.
bool TabariWordMatches(std::string_view word, std::string_view dict, TabariWordRule rule);

// A dictionary phrase ("CALLED_ON", "BURN DOWN", "ACT_", "BAN=") as words:
// each with its rule and whether it must follow the previous one directly.
struct TabariWord {
  std::string text;  // Lower case.
  TabariWordRule rule = TabariWordRule::kStem;
  bool glued = false;  // '_' before it: no word may come between.
  bool tilde = false;  // Written "NEAT~": a stem even where '_' glues it to the next.
};
// Verb forms keep kWhole (regular verb endings); in patterns and synonym
// sets a final '_' asks for the word exactly ("RESOLUTION_" is not
// "resolutions"), see CompileTabariPattern.
std::vector<TabariWord> SplitTabariPhrase(std::string_view phrase);

// One element of a compiled pattern.
struct TabariItem {
  enum Kind : uint8_t { kWord, kSynset, kChoice, kSource, kTarget, kCompound, kSkip };
  Kind kind = kWord;
  TabariWord word;                                // kWord.
  std::string synset;                             // kSynset: the set's name.
  std::vector<std::vector<TabariItem>> choices;   // kChoice: the alternatives.
  bool glued = false;  // No word between this item and the one before it (or the verb).
};

struct TabariPattern {
  std::vector<TabariItem> before;  // In text order, ending next to the verb.
  std::vector<TabariItem> after;   // In text order, starting next to the verb.
  bool verb_glued = false;         // The last `before` item is glued to the verb ("IN_*").
};

// Synonym sets by name, each member compiled like pattern text, in text
// order (`forward`) and reversed for the words before the verb.
struct TabariSynsets {
  std::unordered_map<std::string, std::vector<std::vector<TabariItem>>> forward, backward;
  void Add(const std::string& name, std::string_view member);
};

TabariPattern CompileTabariPattern(const std::vector<PatternElement>& elements);
// A synonym set member ("CEASE_FIRE", "&TIETYPES_MEMOS", "PESO_$").
std::vector<TabariItem> CompileTabariPhrase(std::string_view text);

// The words of a clause as the matcher sees them.
struct TabariClause {
  std::vector<std::string> words;  // Lower case.
  // actor[i]: the actor group (0-based, caller's numbering) that word i
  // belongs to, or -1. A group is one actor or a compound ("A and B"):
  // its words are contiguous.
  std::vector<int> actor;
};

struct TabariMatch {
  int score = 0;    // Dictionary words matched: the more, the more specific.
  int source = -1;  // The group `$` took, or -1.
  int target = -1;  // The group `+` took.
  int compound = -1;  // The group `%` took.
  std::vector<int> skipped;  // Groups `^` passed over.
  size_t end = 0;   // One past the last word the pattern used after the verb.
};

// Matches `pattern` around the verb at words [verb_first, verb_last] of
// `clause` (a multi-word verb's words end at verb_last). Returns false when
// it does not match.
bool MatchTabariPattern(const TabariPattern& pattern, const TabariSynsets& synsets,
                        const TabariClause& clause, size_t verb_first, size_t verb_last,
                        TabariMatch* match);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_TABARI_PATTERN_H_
