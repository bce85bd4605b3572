// Internal to events/: whether an event lies before, around or after the
// article's date, from its verb's form and auxiliaries in the parse.
//
//   Tense t = VerbTense(analyses, verb);  // "will meet" -> kFuture
//
// Past: VBD ("met"), a past auxiliary ("was killed", "did"), the perfect
// ("has met", "would have met"), a bare participle ("talks held in June").
// Future: "will"/"shall"/"'ll", other modals ("may meet"), "is to meet",
// and an infinitive under a verb of plans or expectation ("plans to",
// "is expected to", "is going to", "is due to", "is likely to"), unless that
// verb is itself past ("agreed to meet" could be either: present).
// Present: the rest ("meets", "is meeting"). An event noun takes the tense
// of the verb that governs it ("the attack on Thursday killed 5": past).
//
// Thread-safety: pure functions.
#ifndef DYAD_EVENTS_VERB_TENSE_H_
#define DYAD_EVENTS_VERB_TENSE_H_

#include <cstdint>
#include <vector>

#include "text/text.h"

namespace dyad::events {

enum class Tense : uint8_t { kPast, kPresent, kFuture };

// The tense of token `verb` (0-based). kPast when `analyses` is empty or too
// short: news reports mostly what happened. Never fails.
Tense VerbTense(const std::vector<text::WordAnalysis>& analyses, uint32_t verb);

// The 0-based head of token i, -1 for the root, -2 when unknown ("_" or
// out of range): dyad's parse columns are text.
int HeadOf(const std::vector<text::WordAnalysis>& analyses, uint32_t i);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_VERB_TENSE_H_
