// Internal to events/: a sentence as TABARI reads it, for TabariCoder
// (tabari_coder.h): its words in order (tokens not separated by a blank form
// one word: "Gondor's", "didn't"), commas kept, and its actors: the actor
// mentions of the actors stage, dictionary names as their capitalised words,
// and pronouns standing for an earlier actor.
//
//   actors::ActorMention carry;  // Across the sentences of an article.
//   TabariSentence s = ReadTabariSentence(sentence, mentions, &carry);
#ifndef DYAD_EVENTS_TABARI_SENTENCE_H_
#define DYAD_EVENTS_TABARI_SENTENCE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "actors/actors.h"
#include "text/text.h"

namespace dyad::events {

// An actor as TABARI sees it: a dictionary mention, or a pronoun standing
// for an earlier one.
struct TabariActor {
  size_t first_word = 0, last_word = 0;  // Inclusive, into TabariSentence::words.
  actors::ActorMention mention;          // A pronoun's: its antecedent's.
  bool pronoun = false;
};

// A sentence as TABARI reads it: words (tokens not separated by a blank
// form one word: "Gondor's", "didn't"), lower case, commas as ",".
struct TabariSentence {
  std::vector<std::string> words;
  std::vector<bool> capitalized;            // Written with a capital first letter.
  std::vector<uint32_t> first_token, last_token;  // Per word, into the sentence's tokens.
  std::vector<TabariActor> actors;          // In order, not overlapping.
  bool all_caps = false;                    // Written in capitals throughout.
  bool discard = false;                     // An actor coded [###] stands in it.
  bool complex = false;                     // An actor coded [+++] stands in it.
};

// `mentions`: the sentence's actor mentions. `carry` (may be null): the
// actor a pronoun stands for when none comes before it in the sentence; set
// to this sentence's first actor when it has one.
TabariSentence ReadTabariSentence(const text::Sentence& sentence,
                                  const std::vector<actors::ActorMention>& mentions,
                                  actors::ActorMention* carry);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_TABARI_SENTENCE_H_
