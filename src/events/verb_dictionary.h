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
    kWord,       // A word ("CEASEFIRE"); `text` upper-cased as written, `_` joins.
    kSynset,     // A synonym set ("&TOWN"); `text` is the set's name without '&'.
    kVerb,       // "*": where the verb stands.
    kSource,     // "$": the source actor goes here.
    kTarget,     // "+": the target actor goes here.
    kSkip,       // "^": skip one phrase/word.
    kCompound,   // "%": a compound actor (both source and target).
    kOpenPrep,   // "(": a prepositional phrase begins; its first word is the preposition.
    kClosePrep,  // ")".
    kOpenNoun,   // "{": a noun phrase begins.
    kCloseNoun,  // "}".
    // Added for TABARI, whose "{ A | B C }" in a pattern is a choice: one of
    // the '|'-separated alternatives (each one or more elements) matches.
    kOpenChoice,   // "{" in a TABARI pattern.
    kChoiceOr,     // "|" between two alternatives.
    kCloseChoice,  // "}" in a TABARI pattern.
  };
  Kind kind = kWord;
  std::string text;
  // kWord: the lower-case words of `text` ("CEASE_FIRE" -> {"cease",
  // "fire"}), split once when the dictionary is read, not at every match.
  std::vector<std::string> words;
  // TABARI/PETRARCH: a word ending in '_' must match exactly; otherwise it
  // is a stem (prefix) match. dyad matches lemmas; kept for fidelity.
  bool exact = true;
  // Added: the element was glued to the previous one by '_' ("IN_*",
  // "*_UPON", "DEMAND_{ ... }_CONVENTIONS", "NEW_&TIETYPES_RELATIONS"):
  // TABARI lets no word come between the two; a blank lets words intervene.
  // '_' between two plain words stays inside the word ("AIR_STRIKE").
  bool joined = false;
  // dyad's own files: "$!" / "+!", an actor that is a state or armed (a
  // country, capital or place, or a military, rebel or armed group; not a
  // person, a party or an organisation): "- $! * +! [190]" codes "Russia
  // attacked Ukraine" but not "Obama attacked Romney". Such slots add one
  // point to the pattern's score together, so a pattern of one word written
  // before it (the "attacked the policy" null patterns) outranks it.
  bool state_only = false;
};

// The code a verb or pattern gives. PETRARCH writes "[014]", "[062:062]"
// (source-event and target-event codes for a paired event), "[---]" (no
// event), "[###]" (discard the sentence), and TABARI may shift time with
// "<TIME>" markers (kept in `time_shift`, days; 0 = none).
//
// Codes are kept as written (letters too: the validation suites use
// "[075A]" and "[xxy]"); whether a code exists in CAMEO is for the coder to
// check. "[:173]" (PETRARCH) has an empty `code` and paired_code "173".
struct VerbCode {
  std::string code;         // "014"; empty for a null code.
  std::string paired_code;  // After ':', or empty.
  bool null_code = false;   // "[---]".
  bool discard = false;     // "[###]".
  bool complex = false;     // Added: "[+++]", TABARI's "complex" code (the sentence is set aside).
  int time_shift = 0;       // TABARI <TIME> entries: "[-7]" is -7, "[+30]" is 30.
  // Added (TABARI): "[023?]", a weak verb ("said", "reported"): coded only
  // when no other verb of its clause gives an event.
  bool weak = false;
};

struct VerbPattern {
  std::vector<PatternElement> elements;
  VerbCode code;
  int64_t line = 0;
  std::string text;  // As written, for evidence ("- * (FOR CEASEFIRE)").
};

// A PETRARCH verb line inside a block may give its own code ("GRILL [110]"
// in the ASK block): it replaces the block's code for that verb and its
// irregular forms, which share the block's patterns. (Added.)
struct FormCode {
  std::string form;  // As in VerbEntry::forms.
  VerbCode code;
  int64_t line = 0;
};

// A verb block: its words (the verb and its irregular forms; multi-word
// verbs such as "HOLD_TALKS" or "CALL_ON" with '_' joins), its default
// code and patterns.
//
// Forms are kept as written, upper-cased, blanks collapsed: '_' joins words
// that must be adjacent, a blank (TABARI "BURN DOWN") lets words intervene,
// a trailing '_' (TABARI "ACT_") asks for the whole word, and in PETRARCH's
// multi-word verbs '+' marks the verb among the words ("+ASK_FOR": ASK;
// "WIRE_+TAP": TAP); without '+' the first word is the verb.
struct VerbEntry {
  std::string head;                // "CALL".
  std::vector<std::string> forms;  // "CALL", "BROKE", "BROKEN", "HOLD_TALKS".
  VerbCode code;                   // Default (from the block header or verb line).
  std::vector<VerbPattern> patterns;
  int64_t line = 0;
  // Added (PETRARCH): verbs whose own line gave a code, see FormCode.
  std::vector<FormCode> form_codes;
  // Added (PETRARCH): verbs written with "{}" ("+ANGERED_BY {}"): PETRARCH
  // makes no regular inflections for them. dyad matches lemmas, so the
  // matcher may ignore this; kept for fidelity.
  std::vector<std::string> no_regular_forms;
};

// A PETRARCH transformation (added), "~ a (b . ATTACK) SAY = a b 112": an
// event whose target is itself an event (here: a says that b attacked) is
// rewritten into one event. Tokens are kept as written for the coder: on
// the left, lower-case letters are actor variables, '.' any actor, '_' no
// actor, upper-case words verbs (or codes), "(" ")" the nested event; on
// the right, source, target and code (or a variable such as "Q").
struct Transformation {
  std::vector<std::string> pattern;  // "a", "(", "b", ".", "ATTACK", ")", "SAY".
  std::vector<std::string> result;   // "a", "b", "112".
  int64_t line = 0;
  std::string text;  // As written, without the comment.
};

// Members are kept as written (upper-cased, blanks collapsed): words
// ("CEASE_FIRE", "CASH_"), phrases ("AUSTRIAN FLORIN"), other sets
// ("&TIETYPES", PETRARCH's embedded sets) and prepositional phrases
// ("(TO THE END)"); the matcher interprets them like pattern text.
struct Synset {
  std::string name;                  // Without '&'.
  std::vector<std::string> members;  // As written ("CEASE_FIRE").
  int64_t line = 0;
};

// Added: the file format a dictionary was read from.
enum class VerbFormat : uint8_t {
  kPetrarch,  // "--- VERB [code] ---" blocks, '#' comments (PETRARCH 1 and 2).
  kTabari,    // One "VERB [code]" line per verb, ';' comments, <SYNSETS>, <TIME>.
  // dyad's own files (data/dictionaries/verbs/, docs/dictionaries.md):
  // PETRARCH's syntax, first line "#dyad-verbs 1", and CAMEO's conventions
  // where PETRARCH's differ ("will meet" is the intent 036, not 040).
  kDyad,
};

struct VerbDictionary {
  std::string path;
  std::vector<Synset> synsets;
  std::vector<VerbEntry> verbs;
  int64_t lines = 0;
  VerbFormat format = VerbFormat::kPetrarch;  // Added.
  // Added (TABARI): the <TIME> block's phrases ("LAST_WEEK [-7]"), with
  // their patterns ("- * AND A WEEK [+8]"); code.time_shift in days, or a
  // discard/complex/null code.
  std::vector<VerbEntry> time_phrases;
  std::vector<Transformation> transformations;  // Added (PETRARCH).
};

}  // namespace dyad::events

#endif  // DYAD_EVENTS_VERB_DICTIONARY_H_
