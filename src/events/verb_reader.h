// Internal to events/: the reader for TABARI and PETRARCH verb dictionaries
// (Phoenix's CAMEO.2.0.txt among them), which fills a VerbDictionary
// (verb_dictionary.h) so that dyad codes events with the verb patterns users
// already keep.
//
//   CollectingDiagnostics diag;
//   Result<VerbDictionary> verbs = ReadVerbDictionary(text, "CAMEO.2.0.txt", &diag);
//   if (!verbs.ok()) return verbs.status();
//   for (const VerbEntry& verb : verbs->verbs) ...
//
// Every line is either used or reported to Diagnostics as "file:line: reason":
// an Error when it could not be used (that line is skipped), a Warning when
// it was used with a change or looks wrong. Reading never stops early.
//
// The two formats (told apart by DetectVerbFormat):
//
// PETRARCH (1 and 2):
//   &CEASEFIRE                     a synonym set; its members follow on
//   +TRUCE                         '+' lines ("+AUSTRIAN FLORIN", "+&OTHER",
//   +CEASE_FIRE                    "+(TO THE END)"); a set ends at the first
//                                  line that is not a member.
//   --- CALL [010] ---             a verb block: its name and default code;
//   CALL                           its verbs, one a line: "SPEED {SPED}"
//   +ASK_FOR {+ASKED_FOR} [020]    (irregular forms), "+ANGERED_BY {}" (no
//                                  regular forms), multi-word verbs ('+'
//                                  marks the verb), an own code;
//   - * (FOR CEASEFIRE) [014]      patterns (see PatternElement), which
//   - &MILITARY * EXERCISES [062:062]   belong to the last block, also when
//                                  a synonym set comes between;
//   ~ a (b . ATTACK) SAY = a b 112 transformations (see Transformation).
//   '#' starts a comment, as do "<!-- ... -->" blocks (PETRARCH 1).
//
// TABARI (.verbs):
//   <SYNSETS> ... </SYNSETS>       synonym sets as above;
//   <TIME> ... </TIME>             time phrases, "LAST_WEEK [-7]", with
//                                  patterns "- * AND A WEEK [+8]";
//   ABANDON [345]                  one verb a line, each its own entry with
//   { BROKE_ BROKEN_ }             its code and forms, and the patterns that
//   - IN_* [075]                   follow; in patterns "{ A | B }" is a
//   - * FOR { X | Y } [172]        choice;
//   ~~FINISH                       the end: later lines are not read.
//   ';' starts a comment.
//
// Reported, among others: a pattern before any verb, a line without its
// code, bad or unknown codes, unbalanced brackets, patterns without one '*',
// unknown synonym sets (kept as references), empty or redefined sets (a
// later definition replaces the earlier one, as in PETRARCH), blocks
// without verbs, lines after "~~FINISH", unknown <TAG> lines.
//
// Thread-safety: plain functions without shared state; call from any thread.
#ifndef DYAD_EVENTS_VERB_READER_H_
#define DYAD_EVENTS_VERB_READER_H_

#include <string_view>

#include "base/diagnostics.h"
#include "base/status.h"
#include "events/verb_dictionary.h"

namespace dyad::events {

// Tells the format of a verbs file from its content: kPetrarch when a line
// starts with "---" (a verb block header), kTabari otherwise (its verbs
// stand one a line with their codes). A file without verbs reads the same
// either way.
VerbFormat DetectVerbFormat(std::string_view text);

// Reads a TABARI or PETRARCH verbs file (format detected from the content).
// `path` names the file in reports and in the result.
// Success: the synonym sets, verbs (and TABARI time phrases, PETRARCH
// transformations) in file order, `lines` read and `format`; bad lines were
// reported to *diagnostics and skipped. An empty file (or one of comments
// only) gives an empty dictionary.
// Failure: kDataError when the file has content lines but none of them
// could be read (not a verbs file); each line was reported.
// REQUIRES: diagnostics != nullptr.
Result<VerbDictionary> ReadVerbDictionary(std::string_view text, std::string_view path,
                                          Diagnostics* diagnostics);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_VERB_READER_H_
