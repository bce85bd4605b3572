// Internal to actors/: the line-level syntax that TABARI and PETRARCH
// dictionary files share, for the readers in tabari_actors.cc,
// tabari_agents.cc and tabari_syntax.cc. Plain string_view scanning, no
// regular expressions: all Phoenix dictionaries (80,000 lines) are read in a
// few tens of milliseconds.
//
//   LineScanner lines(text, CommentStyle::kDictionary);
//   for (Line line; lines.Next(&line);) {
//     if (line.text.empty()) continue;  // blank or comment
//     LineParts parts;
//     if (!SplitLineParts(line.text, &parts)) Report(line.number, parts.error);
//   }
#ifndef DYAD_ACTORS_TABARI_SCAN_H_
#define DYAD_ACTORS_TABARI_SCAN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::actors::tabari {

// How a file writes comments.
enum class CommentStyle : uint8_t {
  // Actors, agents, discards, verbs: '#' (PETRARCH) and ';' (TABARI) start a
  // comment anywhere outside "[...]", where "###" is a code.
  kDictionary,
  // PETRARCH issues: '#' only (';' never occurs there).
  kHash,
  // TABARI .options and .project: "//" or '#' at the start of a line.
  kSlashes,
};

// One physical line. `text` is what is left once comments and the blanks
// around it are removed: empty for a blank or comment-only line.
struct Line {
  int64_t number = 0;        // 1-based.
  std::string_view raw;      // The whole line without its line break.
  std::string_view text;     // Comment removed, trimmed.
  std::string_view comment;  // The comment's text after '#', ';' or "//", trimmed.
  bool indented = false;     // raw starts with a space or tab.
};

// Cuts text into lines ("\n", "\r\n" or "\r"), skips a UTF-8 byte order mark,
// and removes comments, including PETRARCH's "<!-- ... -->" blocks, which may
// span lines (a line starting with "<!" opens one; "-->" closes it).
// Not thread-safe; the text must outlive the scanner.
class LineScanner {
 public:
  LineScanner(std::string_view text, CommentStyle style);

  // Fills *line with the next line; false at the end of the text.
  bool Next(Line* line);

  // Lines returned so far.
  int64_t lines() const { return number_; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  int64_t number_ = 0;
  CommentStyle style_;
  bool in_block_comment_ = false;
};

// The groups on one line: NAME {PLURALS} [CODE DATES] [CODE] ... .
struct LineParts {
  std::string_view name;                   // Text before the first '[' or '{', trimmed.
  std::vector<std::string_view> brackets;  // Insides of each [...].
  std::vector<std::string_view> braces;    // Insides of each {...}.
  std::string_view trailing;               // First stray text after the name (else empty).
  std::string error;                       // Why SplitLineParts failed.
};

// Splits `text` (comment already removed) into its groups. False, with
// parts->error set, when a '[' or '{' is not closed, or is closed by the
// other kind of bracket.
bool SplitLineParts(std::string_view text, LineParts* parts);

// A code block's inside: "USAGOV", "HOBGOV 950601 - 990815", "HOB < 950601",
// "AFGGOV >011222", " ~GOV".
struct CodeBlock {
  std::string code;        // As written, upper-cased.
  bool lowercase = false;  // The code had lower-case letters.
  int32_t from = 0;        // yyyymmdd; see ParseCodeBlock for the bounds.
  int32_t to = 0;
  bool ranged = false;
  // Set when the block was read with a change the caller should report as
  // a warning (a bare date, a one-day range).
  std::string change;
};

// Parses a code block. TABARI and PETRARCH write
//   [CODE]            no date: the code applies whenever no dated one does;
//   [CODE >DATE]      from DATE on;
//   [CODE <DATE]      before DATE;
//   [CODE FROM-TO]    from FROM, before TO;
// with or without blanks around '<', '>' and '-'. PETRARCH compares story
// dates with `<` for the end and `>=` for the start (half-open ranges, so
// that one spell may end on the day the next begins, as CountryInfo writes
// them); dyad's ranges include both ends, so TO becomes the day before TO.
// Dates are YYYYMMDD or YYMMDD (see ParseTabariDate). Two repairs, noted in
// block->change: a bare date "[CODE DATE]" is read as ">DATE", as PETRARCH
// does, and "FROM-TO" with FROM == TO (empty for PETRARCH, but plainly meant
// as a one-day spell: "[IRQGOV 040517-040517]") as that day. False, with
// *reason, for an empty block, a code with characters other than letters,
// digits and "-#+/~", a date glued to the code, a malformed or impossible
// date, and an inverted range.
bool ParseCodeBlock(std::string_view inside, CodeBlock* block, std::string* reason);

// TABARI's six-digit dates have two-digit years: 00-29 are 2000-2029 and
// 30-99 are 1930-1999. The pivot comes from the data: CountryInfo (and so
// Phoenix) writes years before 1930 with eight digits ("19270101") and
// 1930-1999 with six ("320101" for 1932), and no six-digit year between 15
// and 30 occurs in any file we have. Eight digits are YYYYMMDD.
inline constexpr int kCenturyPivot = 30;

// "950601" or "19950601" → 19950601. False when the digits are not 6 or 8 or
// the date does not exist (month 13, 30 February).
bool ParseTabariDate(std::string_view digits, int32_t* yyyymmdd);

// The day before a valid yyyymmdd date (19950301 → 19950228).
int32_t PreviousDay(int32_t yyyymmdd);

// A TABARI/PETRARCH phrase as plain text: '_' joins words, so it becomes a
// space; runs of blanks collapse; hyphens, periods and apostrophes stay
// ("RUSSIAN_FOREIGN_MINISTER_SERGEY_LAVROV_" → "RUSSIAN FOREIGN MINISTER
// SERGEY LAVROV"). *whole_word (may be null) tells whether the phrase ended
// with '_' (TABARI: the last word must end there; without it the last word is
// a prefix, "ARGENTIN" matching "Argentina" and "Argentine").
std::string PhraseToText(std::string_view phrase, bool* whole_word);

// True for the blanks TABARI and PETRARCH files use (space, tab, and stray
// carriage returns and form feeds).
inline bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view Trim(std::string_view s);

}  // namespace dyad::actors::tabari

#endif  // DYAD_ACTORS_TABARI_SCAN_H_
