// Internal to actors/: the in-memory form of actor dictionaries, whatever
// file format they came from (dyad's native format, TABARI, PETRARCH).
//
// Readers turn a file into DictionaryEntry records and report problems to
// Diagnostics as `file:line: reason`; the matcher (name_matcher.h) compiles
// entries into a token automaton. Nothing here knows about text.
#ifndef DYAD_ACTORS_DICTIONARY_H_
#define DYAD_ACTORS_DICTIONARY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"

namespace dyad::actors {

// What an entry is. Decides how it combines with its neighbours in a noun
// phrase (recognizer.cc) and how coreference may refer to it.
enum class EntryKind : uint8_t {
  kCountry,       // Countries, territories, their adjectives and metonyms.
  kOrganisation,  // IGOs, NGOs, parties, armed groups.
  kPerson,        // People with dated roles.
  kMedia,         // News agencies and state media.
  kAgent,         // Sector nouns ("official" = GOV), country from context.
  kPlace,         // Cities/regions that give a country, not actors themselves.
  kDiscard,       // Phrases that mark a sentence (or story) as not political.
};

// "country", "organisation", ... as written after `@kind`; nullptr-safe.
const char* EntryKindName(EntryKind kind);
// Parses a kind name; false when unknown.
bool ParseEntryKind(std::string_view name, EntryKind* kind);

// Dates are yyyymmdd integers: they order like dates and print readably.
inline constexpr int32_t kOpenStart = 0;
inline constexpr int32_t kOpenEnd = 99999999;

// A code valid over [from, to] (both included). An entry's code without a
// range has ranged == false and applies when no ranged code covers a date.
struct RoleCode {
  std::string code;  // "RUSGOV"; agents: sector parts only ("GOV"); "---OPP".
  int32_t from = kOpenStart;
  int32_t to = kOpenEnd;
  bool ranged = false;
  int64_t line = 0;  // Where it was written (0: unknown).
  // Added (TABARI "[FRO/BIL/SAM]", one phrase for several actors): the
  // actors after the first, which `code` holds. In TABARI projects
  // (ActorDictionary::Load) the mention's code is "FRO/BIL/SAM"; elsewhere
  // each actor is a mention of its own (resolver.cc).
  std::vector<std::string> compound;
};

// "when Atlanta | Kemp = USA": used when a cue occurs in the article.
struct ContextReading {
  std::vector<std::string> cues;  // Names, matched like entry names.
  RoleCode code;
};

struct DictionaryEntry {
  EntryKind kind = EntryKind::kCountry;
  std::vector<std::string> names;  // As written: "Sergei Lavrov", "U.S.".
  std::vector<int64_t> name_lines; // Line of each name (parallel to names).
  // Added (TABARI files): per name, 1 when written without a final '_'
  // ("ARGENTIN"): TABARI matches its last word as a stem, only in a TABARI
  // project (ActorDictionary::Load). May be shorter than names (0 then).
  std::vector<uint8_t> name_stems;
  // Added (TABARI files): per name, bit k set when its word k came after a
  // blank ("PRINCE DOL_AMROTH": bit 1), which lets words come between in a
  // TABARI project; clear after a '_'. May be shorter than names (0 then).
  std::vector<uint32_t> name_blanks;
  std::vector<RoleCode> codes;
  std::vector<ContextReading> readings;
  // Names match only where the text capitalises their first letter.
  bool cased = false;
  // Discards: the whole story is discarded, not just the sentence.
  bool story_discard = false;
  int64_t line = 0;  // The entry's first line.
};

// The formats dyad reads. kAuto: detect from content (DetectFormat).
enum class DictionaryFormat : uint8_t {
  kAuto,
  kNative,         // dyad's own (docs/dictionaries.md).
  kTabariActors,   // TABARI/PETRARCH .actors: NAME [CODE DATES], + synonyms.
  kTabariAgents,   // TABARI/PETRARCH agents: NOUN [~SECTOR], {plurals}, !SETS!.
  kTabariDiscards, // PETRARCH discards.
  kTabariVerbs,    // Verb dictionaries: read by the event coder (issue 6).
  kTabariOptions,  // TABARI .options / .project files.
  kTabariIssues,   // PETRARCH issue-coding files.
};

const char* DictionaryFormatName(DictionaryFormat format);

// One file's entries, in file order.
struct DictionaryFile {
  std::string path;
  DictionaryFormat format = DictionaryFormat::kNative;
  std::vector<DictionaryEntry> entries;
  int64_t lines = 0;          // Lines read.
  int64_t lines_ignored = 0;  // Lines recognised but not used (reported).
  // TABARI/PETRARCH names that ended without '_' (prefix matches in TABARI),
  // kept as whole words (tabari_reader.h). Always 0 for native files.
  int64_t prefix_names = 0;
};

// yyyymmdd for "2004-03-09", "2004-03" (first day, or last when `end`),
// "2004"; TABARI's "040309"/"20040309" are read by the importer. False when
// malformed or impossible (month 13, day 32).
bool ParseIsoDate(std::string_view text, bool end, int32_t* yyyymmdd);

}  // namespace dyad::actors

#endif  // DYAD_ACTORS_DICTIONARY_H_
