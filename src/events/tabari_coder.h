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
#include "events/tabari_sentence.h"
#include "events/verb_dictionary.h"
#include "text/text.h"

namespace dyad::events {

struct TabariEvent {
  actors::ActorMention source, target;
  std::string code;
  uint32_t verb_token = 0;  // The verb's first token.
  const VerbEntry* entry = nullptr;
  const VerbPattern* pattern = nullptr;  // Null: the verb's own code.
  std::string file;                      // The dictionary's file name.
};

// A <TIME> phrase of the dictionary found in a sentence ("YESTERDAY
// [-1]", "LAST_WEEK [-7]", "- * AND A WEEK [+8]"): the event date moves by
// `days` from the article date, or the sentence is set aside ([###] a
// discard, [+++] too complex to code).
struct TabariTime {
  bool found = false;
  int days = 0;
  bool discard = false;
  bool complex = false;
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

  // The first <TIME> phrase of the dictionaries in the sentence, with its
  // most specific pattern; found false when there is none.
  TabariTime TimeOf(const TabariSentence& sentence) const;

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
  // Dictionary phrases (verbs or <TIME> phrases) by their first word.
  struct PhraseIndex {
    std::vector<Form> forms;
    std::unordered_map<std::string, std::vector<size_t>> first;  // First word -> forms.
    size_t longest_key = 0;
    void Add(const VerbEntry& v, const std::string& file);
  };
  std::vector<VerbAt> VerbsAt(const TabariSentence& s, const std::vector<size_t>& clause,
                              size_t pos) const {
    return PhrasesAt(verbs_, s, clause, pos);
  }
  static std::vector<VerbAt> PhrasesAt(const PhraseIndex& index, const TabariSentence& s,
                                       const std::vector<size_t>& clause, size_t pos);
  bool IsVerbAt(const TabariSentence& s, const std::vector<size_t>& words, size_t pos) const;

  PhraseIndex verbs_;
  PhraseIndex times_;  // The <TIME> phrases.
  TabariSynsets synsets_;
};

}  // namespace dyad::events

#endif  // DYAD_EVENTS_TABARI_CODER_H_
