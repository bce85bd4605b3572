// Internal to events/: compound actors, the actor mentions that one
// coordination joins ("Arnor and Gondor", "Mordor, Rohan, Arnor and Bree",
// "neither Galadriel nor Gollum"). Each member of a compound source or
// target gives its own event (docs/coding.md, "Source and target").
//
//   std::vector<int> members = CompoundMembers(parsed, mentions, m);
//   // m and the mentions coordinated with it, in text order.
//
// Two readings are joined, so that a parser's mistake on a long list does
// not lose members:
//   - the parse: mentions at the `conj` dependents of the mention's head, or
//     at its own head and sibling conjuncts when it is itself a conjunct;
//   - the words: mentions separated only by ',' and a final "and", "or" or
//     "nor" (", and" too), each member possibly preceded by determiners,
//     adjectives and nouns ("Arnor and the evil awful Gondor"). A run of
//     mentions separated by commas alone is not a list (it is usually an
//     apposition: "Osgiliath, the state's fiercest foe").
//
// Thread-safety: pure functions.
#ifndef DYAD_EVENTS_COMPOUND_ACTORS_H_
#define DYAD_EVENTS_COMPOUND_ACTORS_H_

#include <vector>

#include "actors/actors.h"
#include "nlp/nlp.h"

namespace dyad::events {

// `mention` (an index into `mentions`, all of one sentence) and the mentions
// coordinated with it, in text order; just {mention} when it stands alone.
std::vector<int> CompoundMembers(const nlp::ParsedSentence& s,
                                 const std::vector<actors::ActorMention>& mentions, int mention);

// The members of every mention in `group`, without repeats, in the order met.
std::vector<int> ExpandCompounds(const nlp::ParsedSentence& s,
                                 const std::vector<actors::ActorMention>& mentions,
                                 const std::vector<int>& group);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_COMPOUND_ACTORS_H_
