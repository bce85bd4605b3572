// Internal to actors/: the steps of recognition (recognizer.cc,
// resolver.cc, coreference.cc), exposed for their tests.
#ifndef DYAD_ACTORS_RECOGNIZER_H_
#define DYAD_ACTORS_RECOGNIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/actors.h"
#include "actors/dictionary.h"
#include "actors/name_matcher.h"
#include "nlp/nlp.h"
#include "text/text.h"

namespace dyad::actors {

class CompiledDictionary;

// The parsed sentence as recognition reads it (nlp::ParsedSentence).
using Word = nlp::ParsedWord;
using SentenceWords = nlp::ParsedSentence;

// How a piece attaches to the head of its phrase (its first step up).
enum class Relation : uint8_t { kHead, kPossessive, kAdjective, kCompound, kConjunct, kPlace };

// A dictionary name found in a sentence.
struct Piece {
  uint32_t first = 0, last = 0;  // Tokens, inclusive.
  uint32_t entry = 0;
  uint32_t name = 0;
  EntryKind kind = EntryKind::kCountry;
  std::string code;       // On the article's date.
  bool by_context = false;  // A `when` reading chose the code.
  std::string alias_of;   // Set for a surname repeated from a full name.
  uint32_t anchor = 0;    // Top token (GroupPieces).
  uint32_t head = 0;      // Head of its phrase (GroupPieces).
  Relation relation = Relation::kHead;
  bool coordinated = false;   // "US and British activists": one mention each.
  uint32_t phrase_first = 0;  // First token of the phrase headed by `head`.
};

// A mention as the article's history keeps it for coreference.
struct PastMention {
  std::string code;
  std::string text;
  EntryKind kind = EntryKind::kCountry;
  bool person_like = false;  // A person, or a singular agent such as "the minister".
  bool plural = false;
  size_t sentence = 0;
  uint32_t token = 0;
};

struct Surname {
  uint32_t entry = 0;
  std::string code;
  std::string text;
};

// What one article carries from sentence to sentence.
struct ArticleState {
  int32_t date = 0;                                 // yyyymmdd; 0 unknown.
  std::unordered_map<uint32_t, uint32_t> readings;  // entry -> active `when` reading.
  std::unordered_map<std::string, Surname> surnames;
  std::string dateline_country;                     // Three letters, or "".
  std::string dateline_text;
  std::vector<PastMention> history;
};

// The entry's code on `date` (yyyymmdd; 0: the unranged code, else the
// latest role), or null when it has none then.
const RoleCode* CodeOnDate(const DictionaryEntry& entry, int32_t date);

// base + the parts of `sector` that base lacks: ("RUS", "GOVMIL") ->
// "RUSGOVMIL"; ("USAGOV", "GOV") -> "USAGOV"; ("IGOUNO", "MIL") -> "IGOUNOMIL".
std::string CombineCodes(std::string_view base, std::string_view sector);

// Days, months and "today": proper nouns to the tagger, never actors and
// never part of an actor's phrase. `key` is a TokenKey.
bool IsCalendarWord(std::string_view key);

// Whether a word starts with a capital (any non-ASCII start counts).
bool IsUpperStart(std::string_view form);

// Before tagging: the id in `trie` of the first singular of `key`
// ("ministries": "ministry"; "spokesmen": "spokesman"; "forces": "force")
// that the trie knows, standing in for the lemma the tagger would give;
// else `form_id`.
uint32_t SingularId(const NameTrie& trie, const std::string& key, uint32_t form_id);

// Lower numbers win when one name belongs to entries of several kinds.
int KindRank(EntryKind kind);

void FindPieces(const CompiledDictionary& dict, const SentenceWords& sw, int32_t date,
                const ArticleState& state,
                std::vector<Piece>* pieces);
void RejectPartsOfLongerNames(const SentenceWords& sw, std::vector<Piece>* pieces);
// Chunk id of each token (-1: outside any noun phrase).
std::vector<int> ChunkTokens(const SentenceWords& sw, const std::vector<Piece>& pieces);
// `lists_lend`: every place of a list after in/of/from, and the country of
// one of two coordinated agents, lend to the agents too (not in TABARI
// projects).
void GroupPieces(const SentenceWords& sw, std::vector<Piece>* pieces, bool lists_lend = true);

// Turns grouped pieces into mentions of sentence `index` (resolver.cc).
void ResolvePhrases(const CompiledDictionary& dict, const SentenceWords& sw, size_t index,
                    const std::vector<Piece>& pieces, const ArticleState& state,
                    std::vector<ActorMention>* out);

// Adds mentions found by coreference in sentence `index` and records the
// sentence's mentions in state.history (coreference.cc).
void ResolveCoreference(const SentenceWords& sw, size_t index, const std::vector<Piece>& pieces,
                        ArticleState* state, std::vector<ActorMention>* mentions);

// Fills code/country/sector of a mention from a full code.
void SetCode(std::string_view code, ActorMention* m);

}  // namespace dyad::actors

#endif  // DYAD_ACTORS_RECOGNIZER_H_
