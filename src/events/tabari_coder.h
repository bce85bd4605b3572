// Internal to events/: coding with TABARI verb dictionaries the way TABARI
// reads a sentence: shallowly, over its words in order (docs/coding.md,
// "TABARI dictionaries"). EventCoder uses it when every verb dictionary
// given is in TABARI's format.
//
//   TabariCoder coder(dictionaries);   // the kTabari ones are used
//   TabariSentence s = ReadTabariSentence(sentence, mentions, &carry);
//   std::vector<TabariEvent> out;
//   coder.CodeSentence(s, &out);
//
// Per sentence: comma-delimited asides of 2-10 words are dropped; the rest
// is cut into clauses at "but", ";" and at "and"/"or" that lead to a verb
// before any actor; in each clause the first dictionary verb (a weak "?"
// verb only when no other gives an event) is coded with its most specific
// pattern; the source is the pattern's `$`, else the first actor before the
// verb (else the previous clause's source), the target `+`, else the first
// actor after it; "was <verb>ed by X" swaps them.
//
// Thread-safety: immutable after construction; CodeSentence is const.
#ifndef DYAD_EVENTS_TABARI_CODER_H_
#define DYAD_EVENTS_TABARI_CODER_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "actors/actors.h"
#include "events/tabari_pattern.h"
#include "events/verb_dictionary.h"
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

struct TabariEvent {
  actors::ActorMention source, target;
  std::string code;
  uint32_t verb_token = 0;  // The verb's first token.
  const VerbEntry* entry = nullptr;
  const VerbPattern* pattern = nullptr;  // Null: the verb's own code.
  std::string file;                      // The dictionary's file name.
};

class TabariCoder {
 public:
  // Keeps pointers into `dictionaries`, which must outlive the coder.
  explicit TabariCoder(const std::vector<VerbDictionary>& dictionaries);
  TabariCoder(const TabariCoder&) = delete;  // Holds compiled patterns by pointer.
  TabariCoder& operator=(const TabariCoder&) = delete;

  // Appends the sentence's events. Returns false when the sentence is set
  // aside (a [###] or [+++] verb or actor): nothing is appended then.
  bool CodeSentence(const TabariSentence& sentence, std::vector<TabariEvent>* out) const;

 private:
  struct Form {
    const VerbEntry* entry;
    std::vector<TabariWord> words;  // The form's words; the first is looked up.
    std::string file;
    std::vector<TabariPattern> patterns;  // Compiled entry->patterns, same order.
  };
  struct VerbAt {
    const Form* form = nullptr;
    size_t first = 0, last = 0;  // Clause positions of the verb's words.
  };
  std::vector<VerbAt> VerbsAt(const TabariSentence& s, const std::vector<size_t>& clause,
                              size_t pos) const;
  bool IsVerbAt(const TabariSentence& s, const std::vector<size_t>& words, size_t pos) const;

  std::vector<Form> forms_;
  std::unordered_map<std::string, std::vector<size_t>> index_;  // First word -> forms_.
  size_t longest_key_ = 0;
  TabariSynsets synsets_;
};

}  // namespace dyad::events

#endif  // DYAD_EVENTS_TABARI_CODER_H_
