// Internal to actors/: the loaded dictionaries, compiled for matching.
// ActorDictionary::Load builds one; recognizer.cc reads it.
#ifndef DYAD_ACTORS_COMPILED_DICTIONARY_H_
#define DYAD_ACTORS_COMPILED_DICTIONARY_H_

#include <memory>
#include <string>
#include <vector>

#include "actors/actors.h"
#include "actors/dictionary.h"
#include "actors/name_matcher.h"
#include "text/text.h"

namespace dyad::actors {

// One name of one entry, as the trie returns it.
struct CompiledName {
  uint32_t entry = 0;
  uint32_t tokens = 0;
  // Bit i set: the name's token i is an acronym written in capitals ("US",
  // "UN", "IS", "SHAPE"), which the text must capitalise too ("US", "Nato"
  // as British papers write it), so that "let us" is not the United States
  // and "shape" not NATO's headquarters.
  uint32_t upper_mask = 0;
  bool multi_token_person = false;
};

// One discard phrase, as discard_trie returns it.
struct CompiledDiscard {
  std::string phrase;       // As written: "World Cup".
  uint32_t upper_mask = 0;  // As CompiledName::upper_mask.
  bool cased = false;       // The first word must be capitalised.
  bool story = false;       // Discards the story, not just the sentence.
};

// A `when` cue of entry `entry`'s reading `reading`.
struct CompiledCue {
  uint32_t entry = 0;
  uint32_t reading = 0;
};

class CompiledDictionary : public ActorDictionary {
 public:
  const DictionaryStats& stats() const override { return stats_; }
  bool MayMention(const text::Sentence& sentence, const std::vector<text::WordAnalysis>& analyses,
                  int count) const override;  // recognize.cc
  void Recognize(const ingest::Article& article, const std::vector<text::Sentence>& sentences,
                 const std::vector<std::vector<text::WordAnalysis>>& analyses,
                 std::vector<ActorMention>* mentions, std::vector<UnknownName>* unknown,
                 size_t resolve) const override;  // recognize.cc
  void FindDiscards(const std::vector<text::Sentence>& sentences,
                    const std::vector<std::vector<text::WordAnalysis>>& analyses,
                    std::vector<DiscardHit>* hits) const override;  // discards.cc

  // Token keys of a phrase, tokenized like text.
  std::vector<std::string> Keys(std::string_view phrase) const;

  std::vector<DictionaryEntry> entries;
  std::vector<CompiledName> names;
  // A TABARI .options/.project file was among the dictionaries: TABARI's
  // own reading of lists ("ambassadors of A, B and C") is left to the
  // event coder, so places and agents of a list lend nothing here.
  bool tabari_project = false;
  std::vector<CompiledCue> cues;
  NameTrie trie;      // Values: indexes into names.
  NameTrie cue_trie;  // Values: indexes into cues.
  std::vector<CompiledDiscard> discards;
  NameTrie discard_trie;  // Values: indexes into discards.
  DictionaryStats stats_;
  std::unique_ptr<text::Segmenter> segmenter;  // Rules only: tokenizes names.
};

}  // namespace dyad::actors

#endif  // DYAD_ACTORS_COMPILED_DICTIONARY_H_
