// Internal to events/: the actors that fill an event's source and target
// beyond what the verb's frame says (verb_frame.h): the mentions at a
// token, and the fallbacks for what short or misparsed sentences leave
// empty (docs/coding.md, "Source and target").
//
//   std::vector<int> sources = MentionsAt(parsed, frame.subject, mentions);
//   if (sources.empty()) sources = ActorRightBefore(parsed, frame.verb, mentions);
//
// All take the sentence's mentions (indexes into `mentions`).
// Thread-safety: pure functions.
#ifndef DYAD_EVENTS_EVENT_ROLES_H_
#define DYAD_EVENTS_EVENT_ROLES_H_

#include <cstdint>
#include <vector>

#include "actors/actors.h"
#include "events/events.h"
#include "events/verb_frame.h"
#include "nlp/nlp.h"

namespace dyad::events {

// The mentions standing at `token`: the one whose phrase holds it, and those
// of its conjuncts ("Brazil and the United States"). A quantity or part
// with no mention of its own stands for its "of" phrase ("hundreds of UN
// troops", "part of Syria's second city"). Empty for kNone.
std::vector<int> MentionsAt(const nlp::ParsedSentence& s, int token,
                            const std::vector<actors::ActorMention>& mentions);

// "condemned an attack by X and promised aid to Y", with "promised" parsed
// as a conjunct of "attack": the subject of the verb above that noun.
// Empty unless `verb` is a conjunct of a word that is not a verb.
std::vector<int> SubjectOfVerbAbove(const nlp::ParsedSentence& s, uint32_t verb,
                                    const std::vector<actors::ActorMention>& mentions);

// For a verb the parse gives no subject at all: the actor right before it,
// when only auxiliaries, adverbs, punctuation and a time phrase stand
// between and the actor is not in a prepositional phrase; else empty.
std::vector<int> ActorRightBefore(const nlp::ParsedSentence& s, uint32_t verb,
                                  const std::vector<actors::ActorMention>& mentions);

// "Russian police arrested Russian students", parsed as a noun phrase with
// "arrested" modifying "students" (amod): the actor the verb modifies,
// when it comes after the verb; else empty.
std::vector<int> NounAfterParticiple(const nlp::ParsedSentence& s, uint32_t verb,
                                     const std::vector<actors::ActorMention>& mentions);

// "The lions and the evil awful Gondor welcomed ...", parsed with three
// subjects: the actors at the verb's other nsubj dependents than `subject`
// that a conjunction joins to it.
std::vector<int> OtherSubjects(const nlp::ParsedSentence& s, uint32_t verb, int subject,
                               const std::vector<actors::ActorMention>& mentions);

// "Eriador's death toll": the actor that owns the word at `token`, if any.
std::vector<int> PossessorOf(const nlp::ParsedSentence& s, int token,
                             const std::vector<actors::ActorMention>& mentions);

// "their", "its": a pronoun that only owns the phrase it stands in.
bool IsPossessivePronoun(const nlp::ParsedSentence& s, const actors::ActorMention& m);

// A passive without an obl:agent: a "by" phrase the parser hung below
// another word of the verb's clause is the source and the subject the
// target (each expanded into its compound members); without one both are
// emptied.
void AgentlessPassive(const nlp::ParsedSentence& s, const VerbFrame& frame,
                      const std::vector<actors::ActorMention>& mentions, std::vector<int>* sources,
                      std::vector<int>* targets);

// Whether `verb` is an infinitive under a verb with an object (object
// control, "urged Eriador to respond") that already has an event among
// `events` for sentence `sentence`.
bool ControllerWasCoded(const nlp::ParsedSentence& s, uint32_t verb, size_t sentence,
                        const std::vector<Event>& events);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_EVENT_ROLES_H_
