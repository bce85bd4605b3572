// Internal to actors/: the importer for TABARI and PETRARCH dictionaries
// (the Phoenix dictionaries among them), which turns their files into
// DictionaryEntry records (dictionary.h) so that dyad codes with the
// dictionaries users already keep.
//
//   CollectingDiagnostics diag;
//   Result<DictionaryFile> file =
//       ReadTabariDictionary(text, "Phoenix.agents.txt", DictionaryFormat::kAuto, &diag);
//   if (!file.ok()) return file.status();   // kNative: use the native reader
//   for (const DictionaryEntry& e : file->entries) ...
//
// Every line is either used or reported to Diagnostics as "file:line: reason":
// an Error when it could not be used (that record, or that code, is skipped),
// a Warning when it was used with a change. Reading never stops early.
//
// What each format becomes:
//
// - Actors (TABARI .actors, PETRARCH *.actors.txt): one entry per block, its
//   root name and its '+' synonyms, with codes from "[...]" on the root line
//   or on the lines below it:
//     GOLLUM            # a root name, no code yet
//     +SMEAGOL          # synonym
//         [HOB < 950601]           # ranged: before 1995-06-01
//         [HOBGOV 950601-990815]   # from 1995-06-01, before 1999-08-15
//         [HOBREB > 990816]        # from 1999-08-16
//     ISRAEL [ISR]      # unranged
//   Names become plain text ('_' → ' ', see PhraseToText). Dated codes
//   become ranged RoleCodes (tabari_scan.h gives the date rules and the
//   century pivot); the first undated code is the unranged one, and further
//   undated codes are dropped with a warning (dyad keeps one). The kind is
//   guessed from the codes, since neither format states it:
//     discard       every code is "###" (TABARI's discard) or "+++" (its
//                   "complex" code); the codes are kept;
//     agent         a code with '~' (an agent in an actors file);
//     country       every code is a bare country code (3 letters), dated or
//                   not ("ZIMBABWE [RHO <790606] [ZBW]"), or only "---";
//     person        any other entry with a dated code, or whose root line's
//                   comment names CountryInfo (Phoenix marks the people it
//                   took from CountryInfo.txt that way);
//     media         the code has a MED part after the first ("CHNMED");
//     organisation  the code starts with IGO, NGO, IMG or MNC, or has three
//                   or more parts ("PSEREBHMS": a group), or starts "---";
//     country       otherwise: a country and one sector ("WHITE_HOUSE
//                   [USAGOV]", "AFGHAN_NATIONAL_ARMY [AFGMIL]") are metonyms
//                   and national institutions.
//   TABARI's special codes "---" (null actor: the name is matched, so its
//   words are not read as another actor: "INDIAN_OCEAN [---]"), "###" and
//   "+++" are kept as written. A compound code "[FRO/BIL/SAM]" keeps its
//   first actor, with a warning.
//   A root line without a code directly followed (no blank line between) by
//   another root line without a code, while the block has no code yet, is
//   read as a synonym with a warning: Phoenix forgot the '+' in several
//   blocks ("LEONID_BREZHNEV_" then "SECRETARY_BREZHNEV" then the codes).
//   A block that ends without any usable code is an error.
//   TABARI's "<NOUN>" and "<ADJECTIVE>" word lists (parser data, not
//   actors) are skipped with one warning per list.
//
// - Agents: one kAgent entry per line "NOUN {PLURAL PLURAL} [~SECTOR]".
//   "[~GOV]" (PETRARCH: the sector follows the country, USA + GOV = USAGOV)
//   and "[NGO~]" (the code goes before the country: NGO + TUR = NGOTUR) both
//   become the sector parts only, "GOV" and "NGO": dyad's recognizer puts the
//   parts in CAMEO order itself (IGO, NGO, IMG and MNC lead). Explicit plurals
//   in {...} become more names; "{}" (PETRARCH: make no regular plural) adds
//   none, since dyad matches agents by lemma anyway. Substitution sets
//   "!PERSON! = MAN, MEN, WOMAN" are expanded wherever "!PERSON!" occurs in a
//   name or a plural ("BUSINESS!PERSON!" → "BUSINESSMAN", "BUSINESSMEN", ...).
//
// - Discards (PETRARCH): one kDiscard entry per phrase; a leading '+' marks
//   a story-level discard (story_discard), none a sentence-level one.
//
// - Verbs, options (TABARI .options and .project) and issues: a syntactic
//   pass only, until the event coder imports them (issue 6): each line is
//   recognised (comment, synonym set, verb, pattern, transformation, option,
//   issue phrase, ...) or reported; the result has no entries, only `lines`.
//
// Names that end without '_' are prefix matches in TABARI ("ARGENTIN"
// matches "Argentina"); PETRARCH matches them as whole words, and so does
// dyad. They are kept as whole words, counted in DictionaryFile::prefix_names
// and not reported: they are normal in both formats. Likewise TABARI lets
// other words intervene at a space inside a phrase ("AL GORE") and not at
// '_' ("AL_GORE"); dyad matches both as consecutive words.
//
// Thread-safety: plain functions without shared state; call from any thread.
#ifndef DYAD_ACTORS_TABARI_READER_H_
#define DYAD_ACTORS_TABARI_READER_H_

#include <string_view>

#include "actors/dictionary.h"
#include "base/diagnostics.h"
#include "base/status.h"

namespace dyad::actors {

// Tells the format of a dictionary file from its content, with the file name
// as a weak hint (used only when the content cannot tell, e.g. a file of
// comments). Returns kNative for dyad's own format (an "@kind" line), one of
// the TABARI/PETRARCH formats otherwise, and kAuto when there is nothing to
// tell by (no content lines and no telling name). Reads at most the first
// 20,000 lines.
DictionaryFormat DetectFormat(std::string_view text, std::string_view path);

// Reads a TABARI or PETRARCH dictionary of the given format (kAuto: as
// DetectFormat says). `path` names the file in reports and in the result.
// Success: the entries in file order, `lines` read, `lines_ignored` (lines
// recognised but not used, each reported), `prefix_names`; bad lines and
// codes were reported to *diagnostics and skipped. A file that DetectFormat
// cannot place (kAuto) gives an empty result of format kAuto.
// Failure: kInvalidArgument when `format` (given or detected) is kNative,
// which the native reader reads.
// REQUIRES: diagnostics != nullptr.
Result<DictionaryFile> ReadTabariDictionary(std::string_view text, std::string_view path,
                                            DictionaryFormat format, Diagnostics* diagnostics);

}  // namespace dyad::actors

#endif  // DYAD_ACTORS_TABARI_READER_H_
