// Internal to events/: how the words around a verb change the CAMEO code
// its dictionary gives, as the CAMEO codebook asks (docs/coding.md,
// "Intent and refusal").
//
//   "Modi will meet Albanese"            040 -> 036 (express intent to meet)
//   "Iran plans to release the sailors"  0841 -> 0353 (intent to release)
//   "Hamas refused to meet the envoy"    040 -> 125 (reject a proposal to meet)
//   "Israel will strike Iran"            190 -> 138 (threaten military force)
//
// A plain negation ("did not meet") is not a stance: it suppresses the
// event (VerbFrame::negated).
#ifndef DYAD_EVENTS_CAMEO_STANCE_H_
#define DYAD_EVENTS_CAMEO_STANCE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "nlp/nlp.h"

namespace dyad::events {

enum class Stance : uint8_t {
  kNone,     // The verb is reported as done.
  kIntent,   // Future, plan, promise, agreement to act: "will meet", "plans to visit".
  kRefusal,  // "refused to meet", "declined to release".
};

struct StanceOfVerb {
  Stance stance = Stance::kNone;
  // The verb whose infinitive complement `verb` is ("plans" in "plans to
  // visit"), or -1 when the stance comes from an auxiliary ("will").
  int governor = -1;
};

// The stance of `verb` in `s`: an infinitive under an intent verb (plan,
// intend, agree, vow, pledge, promise, be set/due/expected to ...) or a
// refusal verb (refuse, decline); and will/shall when `future_is_intent`
// (dictionaries that code "will meet" as a meeting turn it off: the TABARI
// and PETRARCH dictionaries do).
StanceOfVerb StanceOf(const nlp::ParsedSentence& s, uint32_t verb, bool future_is_intent);

// The CAMEO code for the intent to do what `code` names ("040" -> "036"),
// or "" when CAMEO has no intent code for it (statements, demands, threats
// themselves keep their code).
std::string IntentCode(std::string_view code);

// The CAMEO code for refusing what `code` names ("040" -> "125", "0841" ->
// "1243"), or "" when CAMEO has none: such a refusal is no event.
std::string RefusalCode(std::string_view code);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_CAMEO_STANCE_H_
