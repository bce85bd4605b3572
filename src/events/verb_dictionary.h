// Internal to events/: the in-memory form of verb dictionaries (TABARI and
// PETRARCH verb files today; dyad's own format later), whatever file they
// came from. The pattern matcher interprets it over the dependency parse.
//
// A PETRARCH-2 verb block, for orientation:
//
//   --- CALL  [010] ---              <- a verb and its default code
//   CALL                             <- the verb's words (irregular forms in {})
//   - * (FOR CEASEFIRE)  [014]       <- patterns: * the verb, (PREP ...) a
//   - * (UPON)  [097]                   prepositional phrase, {...} a noun
//   - + * (IN) $  [075]                 phrase, + target, $ source, ^ skip,
//                                       &SET a synonym set
#ifndef DYAD_EVENTS_VERB_DICTIONARY_H_
#define DYAD_EVENTS_VERB_DICTIONARY_H_

#include <cstdint>
#include <string>
#include <vector>

namespace dyad::events {

// One element of a pattern, in the order written.
struct PatternElement {
  enum Kind : uint8_t {
    kWord,         // A word ("CEASEFIRE"); `text` upper-cased as written, `_` joins.
    kSynset,       // A synonym set ("&TOWN"); `text` is the set's name without '&'.
    kVerb,         // "*": where the verb stands.
    kSource,       // "$": the source actor goes here.
    kTarget,       // "+": the target actor goes here.
    kSkip,         // "^": skip one phrase/word.
    kCompound,     // "%": a compound actor (both source and target).
    kOpenPrep,     // "(": a prepositional phrase begins; its first word is the preposition.
    kClosePrep,    // ")".
    kOpenNoun,     // "{": a noun phrase begins.
    kCloseNoun,    // "}".
  };
  Kind kind = kWord;
  std::string text;
  // TABARI/PETRARCH: a word ending in '_' must match exactly; otherwise it
  // is a stem (prefix) match. dyad matches lemmas; kept for fidelity.
  bool exact = true;
};

// The code a verb or pattern gives. PETRARCH writes "[014]", "[062:062]"
// (source-event and target-event codes for a paired event), "[---]" (no
// event), "[###]" (discard the sentence), and TABARI may shift time with
// "<TIME>" markers (kept in `time_shift`, days; 0 = none).
struct VerbCode {
  std::string code;         // "014"; empty for a null code.
  std::string paired_code;  // After ':', or empty.
  bool null_code = false;   // "[---]".
  bool discard = false;     // "[###]".
  int time_shift = 0;
};

struct VerbPattern {
  std::vector<PatternElement> elements;
  VerbCode code;
  int64_t line = 0;
  std::string text;  // As written, for evidence ("- * (FOR CEASEFIRE)").
};

// A verb block: its words (the verb and its irregular forms; multi-word
// verbs such as "HOLD_TALKS" or "CALL_ON" with '_' joins), its default
// code and patterns.
struct VerbEntry {
  std::string head;                 // "CALL".
  std::vector<std::string> forms;   // "CALL", "BROKE", "BROKEN", "HOLD_TALKS".
  VerbCode code;                    // Default (from the block header or verb line).
  std::vector<VerbPattern> patterns;
  int64_t line = 0;
};

struct Synset {
  std::string name;                  // Without '&'.
  std::vector<std::string> members;  // As written ("CEASE_FIRE").
  int64_t line = 0;
};

struct VerbDictionary {
  std::string path;
  std::vector<Synset> synsets;
  std::vector<VerbEntry> verbs;
  int64_t lines = 0;
};

}  // namespace dyad::events

#endif  // DYAD_EVENTS_VERB_DICTIONARY_H_
