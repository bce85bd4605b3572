// Internal to events/: the line-level syntax of TABARI and PETRARCH verb
// files, for verb_reader.cc: comments, "[code]" blocks, pattern text and
// transformations. Plain string_view scanning, no regular expressions, so
// that the 9,000 lines of CAMEO.2.0.txt read in a few milliseconds.
//
//   VerbLineScanner lines(text);
//   for (VerbLine line; lines.Next(&line);) {
//     if (line.text.empty()) continue;  // blank or comment
//     ...
//   }
//
// (actors/tabari_scan.h has similar helpers for the actors files; they are
// internal to actors/, so the few needed here are written again, smaller.)
#ifndef DYAD_EVENTS_VERB_SYNTAX_H_
#define DYAD_EVENTS_VERB_SYNTAX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "events/verb_dictionary.h"

namespace dyad::events::verbs {

// One physical line; `text` has its comment removed and is trimmed (empty
// for a blank or comment-only line).
struct VerbLine {
  int64_t number = 0;  // 1-based.
  std::string_view text;
};

// Cuts text into lines ("\n", "\r\n" or "\r") and removes comments: '#'
// (PETRARCH) and ';' (TABARI) outside "[...]" (where "###" is a code), and
// "<!-- ... -->" blocks, which may span lines.
// Not thread-safe; the text must outlive the scanner.
class VerbLineScanner {
 public:
  explicit VerbLineScanner(std::string_view text);

  // Fills *line with the next line; false at the end of the text.
  bool Next(VerbLine* line);

  int64_t lines() const { return number_; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  int64_t number_ = 0;
  bool in_block_comment_ = false;
};

inline bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
std::string_view Trim(std::string_view s);

// Upper-cases ASCII letters and collapses runs of blanks into one space:
// how forms, members and pattern words are kept.
std::string Normalize(std::string_view s);

// A line cut into NAME {BRACES} [BRACKET] (each group optional, at most one
// of each, in that order).
struct LineGroups {
  std::string_view name;  // Trimmed.
  bool has_braces = false;
  std::string_view braces;  // Inside of {...}.
  bool has_code = false;
  std::string_view code;  // Inside of [...].
};

// False, with *error, when a group is not closed, repeated, out of order,
// or followed by other text.
bool SplitLineGroups(std::string_view text, LineGroups* groups, std::string* error);

// Cuts the trailing "[code]" off a pattern or header line. *has_code is
// false when the line has no '['. False, with *error, for an unclosed '['
// or text after the ']'.
bool SplitTrailingCode(std::string_view text, std::string_view* before, std::string_view* code,
                       bool* has_code, std::string* error);

// Parses the inside of a code block: "014", "062:062", ":173", "---",
// "###", "+++", and with `time` (TABARI <TIME>) "-7", "+30". Letters are
// kept as written with a warning ("075A", "xxy": not a CAMEO code); a '!'
// or '?' after the code is dropped with a warning; blanks inside "- - -"
// are dropped with a warning. Warnings are appended to *warnings.
// False, with *error, for an empty code, other characters, or two ':'.
bool ParseVerbCode(std::string_view inside, bool time, VerbCode* code,
                   std::vector<std::string>* warnings, std::string* error);

// Synonym-set names known to the file, with where each was defined; a
// pattern's "&NAME_WORD" is cut at the longest known name.
using SynsetNames = std::unordered_map<std::string, int64_t>;

// Parses a pattern's elements (the text between the leading '-' and the
// code). `tabari` makes '{' '|' '}' a choice (TABARI) instead of a noun
// phrase (PETRARCH). See PatternElement for the elements and '_'.
// A reference to an unknown set is kept, with a warning; "&PREP" for a set
// defined as "&PREP_" (or the reverse) refers to it, with a warning.
// False, with *error, for an unexpected character, unbalanced or crossed
// groups, '|' outside a choice, an empty '&', and a pattern without
// exactly one '*'.
bool ParsePattern(std::string_view text, bool tabari, const SynsetNames& names,
                  std::vector<PatternElement>* elements, std::vector<std::string>* warnings,
                  std::string* error);

// Parses a transformation after its '~': "a (b . ATTACK) SAY = a b 112".
// False, with *error, without exactly one '=', with unbalanced parentheses
// or an empty side.
bool ParseTransformation(std::string_view text, Transformation* transformation, std::string* error);

}  // namespace dyad::events::verbs

#endif  // DYAD_EVENTS_VERB_SYNTAX_H_
