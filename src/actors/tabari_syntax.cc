// Verbs, options and issues: a syntactic pass over the files the event
// coder will import (issue 6). Each line is classified, and what cannot be
// classified is reported; no entries are made. The per-line classifiers are
// where the later import attaches its meaning.
#include <algorithm>
#include <string>
#include <string_view>

#include "actors/tabari_formats.h"
#include "actors/tabari_scan.h"

namespace dyad::actors::tabari {
namespace {

std::string Quote(std::string_view s) { return "'" + std::string(s) + "'"; }

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Counts unbalanced '(' ')' and '{' '}' in a pattern. Empty when balanced.
std::string CheckNesting(std::string_view s) {
  int paren = 0, brace = 0;
  for (char c : s) {
    if (c == '(') ++paren;
    if (c == ')' && --paren < 0) return "')' without '('";
    if (c == '{') ++brace;
    if (c == '}' && --brace < 0) return "'}' without '{'";
  }
  if (paren > 0) return "'(' not closed";
  if (brace > 0) return "'{' not closed";
  return "";
}

// "<NAME>", "</NAME>", "<NAME attr=...>": one tag filling the line.
bool IsTagLine(std::string_view t) {
  if (t.size() < 3 || t[0] != '<' || t.back() != '>') return false;
  size_t i = t[1] == '/' ? 2 : 1;
  if (i >= t.size() - 1 || !(IsUpper(t[i]) || (t[i] >= 'a' && t[i] <= 'z'))) return false;
  return t.find('<', 1) == std::string_view::npos && t.find('>') == t.size() - 1;
}

// The trailing "[code]" of a verb, pattern or header line: false when the
// line has no complete code or has text after it.
bool SplitCode(std::string_view t, std::string_view* before, std::string_view* code,
               std::string* reason) {
  size_t open = t.rfind('[');
  if (open == std::string_view::npos) {
    *reason = "no [code]";
    return false;
  }
  size_t close = t.find(']', open);
  if (close == std::string_view::npos) {
    *reason = "'[' not closed by ']'";
    return false;
  }
  if (!Trim(t.substr(close + 1)).empty()) {
    *reason = "text after the code: " + Quote(Trim(t.substr(close + 1)));
    return false;
  }
  *code = Trim(t.substr(open + 1, close - open - 1));
  if (code->empty()) {
    *reason = "empty code []";
    return false;
  }
  *before = Trim(t.substr(0, open));
  return true;
}

// One line of a verbs file (PETRARCH CAMEO.2.0.txt, TABARI .verbs).
// Returns an empty string when the line is well formed, else the reason.
std::string CheckVerbLine(std::string_view t) {
  std::string reason;
  std::string_view before, code;
  switch (t[0]) {
    case '&': {  // Synonym set: "&CURRENCY".
      std::string_view name = Trim(t.substr(1));
      if (name.empty()) return "synonym set without a name";
      for (char c : name) {
        if (IsBlank(c) || c == '[' || c == '{') return "bad synonym set name " + Quote(name);
      }
      return "";
    }
    case '+': {  // Set member or multi-word verb: "+AUSTRIAN FLORIN", "+ANGERED_BY {}".
      std::string_view rest = Trim(t.substr(1));
      if (rest.empty()) return "empty '+' line";
      LineParts parts;
      if (!SplitLineParts(rest, &parts)) return parts.error;
      if (parts.brackets.size() > 1) return "more than one code";
      return "";
    }
    case '{': {  // TABARI's verb forms: "{ BROKE_ BROKEN_ }".
      if (t.back() != '}') return "'{' not closed by '}' at the end of the line";
      return CheckNesting(t);
    }
    case '~': {  // PETRARCH transformation: "~ a (b . ATTACK) SAY = a b 112".
      if (t.find('=') == std::string_view::npos) return "transformation without '='";
      return CheckNesting(t);
    }
    case '-': {
      if (t.starts_with("---")) {
        // Block header: "---  ACCELERATE   [---]  ---" (or "[120]---  ---").
        size_t end = t.size();
        while (end > 0 && (t[end - 1] == '-' || IsBlank(t[end - 1]))) --end;
        size_t begin = 3;
        if (!SplitCode(t.substr(0, end), &before, &code, &reason)) return "verb header: " + reason;
        if (Trim(before.substr(std::min(begin, before.size()))).empty()) {
          return "verb header without a verb";
        }
        return "";
      }
      // Pattern: "- * (TO LIST) (OF {BANNED PARTIES}) [1722]".
      if (!SplitCode(t, &before, &code, &reason)) return "pattern: " + reason;
      if (Trim(before.substr(1)).empty()) return "empty pattern";
      return CheckNesting(before);
    }
    default:
      break;
  }
  // Verb (or TABARI time phrase): "ABANDON", "HURRY {HURRIES HURRIED}",
  // "ARRIVE [032:033]".
  LineParts parts;
  if (!SplitLineParts(t, &parts)) return parts.error;
  if (parts.name.empty()) return "no verb before the code";
  if (parts.brackets.size() > 1) return "more than one code";
  if (parts.braces.size() > 1) return "more than one {...}";
  if (!parts.brackets.empty() && Trim(parts.brackets[0]).empty()) return "empty code []";
  if (!parts.trailing.empty()) return "unexpected text " + Quote(parts.trailing);
  return "";
}

// "KEY: value" with an upper-case key ("SET: LABEL = TRUE", "COMPLEX: ...").
bool IsOptionLine(std::string_view t) {
  size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  for (char c : t.substr(0, colon)) {
    if (!IsUpper(c) && c != ' ' && c != '_') return false;
  }
  return true;
}

// "<actorsfile> TABARI.Demo.actors", "<session 1> <coder ***> <date ...>":
// every '<' closes before the next one opens.
bool IsProjectLine(std::string_view t) {
  if (t.empty() || t[0] != '<') return false;
  bool open = false;
  for (char c : t) {
    if (c == '<') {
      if (open) return false;
      open = true;
    } else if (c == '>') {
      if (!open) return false;
      open = false;
    }
  }
  return !open;
}

}  // namespace

void CheckVerbs(std::string_view text, std::string_view path, DictionaryFile* file,
                Diagnostics* diagnostics) {
  LineScanner lines(text, CommentStyle::kDictionary);
  bool finished = false;
  int64_t after_finish = 0, after_finish_line = 0;
  for (Line line; lines.Next(&line);) {
    std::string_view t = line.text;
    if (t.empty()) continue;
    if (finished) {
      if (after_finish++ == 0) after_finish_line = line.number;
      ++file->lines_ignored;
      continue;
    }
    if (t.starts_with("~~")) {  // TABARI's "~~FINISH": the end.
      finished = true;
      continue;
    }
    if (t[0] == '<') {  // "<SYNSETS>", "</TIME>", ...
      if (!IsTagLine(t)) diagnostics->Error(path, line.number, "unrecognised tag line " + Quote(t));
      continue;
    }
    std::string reason = CheckVerbLine(t);
    if (!reason.empty()) diagnostics->Error(path, line.number, reason);
  }
  if (after_finish > 0) {
    diagnostics->Warning(
        path, after_finish_line,
        std::to_string(after_finish) + " lines after the end marker '~~' were not read");
  }
  file->lines = lines.lines();
}

void CheckOptions(std::string_view text, std::string_view path, DictionaryFile* file,
                  Diagnostics* diagnostics) {
  LineScanner lines(text, CommentStyle::kSlashes);
  bool finished = false, first = true;
  int64_t after_finish = 0, after_finish_line = 0;
  for (Line line; lines.Next(&line);) {
    std::string_view t = line.text;
    if (t.empty()) continue;
    if (finished) {  // Options end at "~~~~~".
      if (after_finish++ == 0) after_finish_line = line.number;
      ++file->lines_ignored;
      continue;
    }
    bool was_first = first;
    first = false;
    if (t.starts_with("~~")) {
      finished = true;
    } else if (IsOptionLine(t) || IsProjectLine(t)) {
      // "SET: VERB USAGE = FALSE", "<actorsfile> TABARI.Demo.actors".
    } else if (was_first && line.number == 1) {
      // A .project file opens with its title: "Validation file for TABARI".
    } else {
      diagnostics->Error(path, line.number,
                         "not an option (KEY: value) or project line (<tag> value): " + Quote(t));
    }
  }
  if (after_finish > 0) {
    diagnostics->Warning(
        path, after_finish_line,
        std::to_string(after_finish) + " lines after the end marker '~~' were not read");
  }
  file->lines = lines.lines();
}

void CheckIssues(std::string_view text, std::string_view path, DictionaryFile* file,
                 Diagnostics* diagnostics) {
  LineScanner lines(text, CommentStyle::kHash);
  int64_t open_issue = 0;  // Line of the open <ISSUE ...>, 0: none.
  for (Line line; lines.Next(&line);) {
    std::string_view t = line.text;
    if (t.empty()) continue;
    if (t[0] == '<') {
      if (!IsTagLine(t)) {
        diagnostics->Error(path, line.number, "unrecognised tag line " + Quote(t));
      } else if (t.starts_with("</")) {
        if (open_issue == 0) diagnostics->Warning(path, line.number, Quote(t) + " closes nothing");
        open_issue = 0;
      } else {
        if (open_issue != 0) {
          diagnostics->Warning(path, line.number,
                               "<ISSUE> inside the one opened on line " +
                                   std::to_string(open_issue) + " (not closed)");
        }
        open_issue = line.number;
      }
      continue;
    }
    if (t[0] == '~') {  // A phrase that cancels the issue: "~olive oil".
      std::string_view phrase = Trim(t.substr(1));
      if (phrase.empty() || phrase.find('[') != std::string_view::npos) {
        diagnostics->Error(path, line.number, "bad negative phrase " + Quote(t));
      }
      continue;
    }
    // "n:teacher [TEACHERS]", "v:kidnap" (no code: the category's), with
    // "n:"/"v:" word-class marks and '+' joining words.
    LineParts parts;
    std::string reason;
    if (!SplitLineParts(t, &parts)) {
      reason = parts.error;
    } else if (parts.name.empty()) {
      reason = "no phrase before the code";
    } else if (parts.brackets.size() > 1) {
      reason = "more than one code";
    } else if (!parts.braces.empty()) {
      reason = "{...} in an issue phrase";
    } else if (!parts.trailing.empty()) {
      reason = "text after the code: " + Quote(parts.trailing);
    } else if (!parts.brackets.empty()) {
      std::string_view code = Trim(parts.brackets[0]);
      if (code.empty()) reason = "empty code []";
      for (char c : code) {
        if (IsBlank(c)) reason = "blank inside the code [" + std::string(code) + "]";
      }
    }
    if (!reason.empty()) diagnostics->Error(path, line.number, reason);
  }
  if (open_issue != 0) {
    diagnostics->Warning(path, open_issue, "<ISSUE> not closed by </ISSUE>");
  }
  file->lines = lines.lines();
}

}  // namespace dyad::actors::tabari
