// Internal to events/: who and what stand around a verb in the dependency
// parse, the "frame" that verb patterns are matched against.
//
//   "Lavrov urged Ankara to halt its purchases"  verb "urged": subject
//   Lavrov, object Ankara, complement "halt"; verb "halt": subject Ankara
//   (object control), object "purchases".
#ifndef DYAD_EVENTS_VERB_FRAME_H_
#define DYAD_EVENTS_VERB_FRAME_H_

#include <cstdint>
#include <string>
#include <vector>

#include "nlp/nlp.h"

namespace dyad::events {

inline constexpr int kNone = -1;

struct PrepPhrase {
  std::string prep;  // Lower case: "with", "against", "to".
  uint32_t head = 0;  // The noun the preposition marks.
};

struct VerbFrame {
  uint32_t verb = 0;
  int subject = kNone;     // Head of the subject (inherited through control, conj, relcl).
  int object = kNone;      // Head of the direct object.
  int second_object = kNone;  // iobj: "gave Iran ..." (the receiver).
  int agent = kNone;       // Passive "by" phrase head: the real source.
  bool passive = false;
  int complement = kNone;  // xcomp/ccomp verb.
  std::vector<PrepPhrase> preps;  // Obliques of the verb, and nmods of its object.
  bool negated = false;    // "not", "never", "n't", "no longer".
  bool hypothetical = false;  // would/could/may/might/should, or under "if".
  bool future = false;     // will/shall, "going to", a reported "would" (ReportedFuture).
  bool question = false;   // The sentence asks.
};

// "the civilians imprisoned for ...": a past participle modifying a noun,
// which is what it acts on (the passive subject), not its agent.
bool ReducedPassive(const nlp::ParsedSentence& s, uint32_t verb);

// "Israel announced it would free 150 prisoners": "would" in what a
// reporting verb reports is the future seen from the past (an intent), not
// a hypothesis; unless under "if"/"unless".
bool ReportedFuture(const nlp::ParsedSentence& s, uint32_t verb);

// The frame of `verb` (a token of `s`).
VerbFrame BuildFrame(const nlp::ParsedSentence& s, uint32_t verb);

// Whether `token` lies in the subtree of `root` (itself included).
bool InSubtree(const nlp::ParsedSentence& s, uint32_t token, uint32_t root);

// Lower-cased lemma (or form when there is no lemma) of a token.
std::string LemmaKey(const nlp::ParsedSentence& s, uint32_t token);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_VERB_FRAME_H_
