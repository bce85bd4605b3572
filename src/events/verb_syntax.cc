#include "events/verb_syntax.h"

#include "events/pattern_matcher.h"

#include <string>
#include <string_view>
#include <vector>

namespace dyad::events::verbs {
namespace {

std::string Quote(std::string_view s) { return "'" + std::string(s) + "'"; }

bool IsAlnum(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Characters of pattern words: letters, digits and those the files put
// inside words ("PEACE-KEEPING", "U.N.", "TO/FOR", "DON'T", TABARI's
// "RECENT~_"). '_' is handled by the caller.
bool IsWordChar(char c) {
  return IsAlnum(c) || c == '-' || c == '.' || c == '/' || c == '\'' || c == '~';
}

// Where a comment starts in `line` ('#' or ';' outside [...]), or npos.
size_t CommentStart(std::string_view line) {
  bool in_code = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '[') in_code = true;
    if (c == ']') in_code = false;
    if (!in_code && (c == '#' || c == ';')) return i;
  }
  return std::string_view::npos;
}

}  // namespace

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

std::string Normalize(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool blank = false;
  for (char c : Trim(s)) {
    if (IsBlank(c)) {
      blank = true;
      continue;
    }
    if (blank) out += ' ';
    blank = false;
    out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  }
  return out;
}

VerbLineScanner::VerbLineScanner(std::string_view text) : text_(text) {
  if (text_.starts_with("\xEF\xBB\xBF")) pos_ = 3;  // UTF-8 byte order mark.
}

bool VerbLineScanner::Next(VerbLine* line) {
  if (pos_ >= text_.size()) return false;
  size_t end = text_.find_first_of("\r\n", pos_);
  if (end == std::string_view::npos) end = text_.size();
  std::string_view raw = text_.substr(pos_, end - pos_);
  pos_ = end;
  if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
  if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
  line->number = ++number_;

  std::string_view t = Trim(raw);
  if (!in_block_comment_ && t.starts_with("<!--")) in_block_comment_ = true;
  if (in_block_comment_) {
    size_t close = t.find("-->");
    if (close == std::string_view::npos) {
      line->text = {};
      return true;
    }
    in_block_comment_ = false;
    t = t.substr(close + 3);  // Text after "-->" counts.
  }
  size_t comment = CommentStart(t);
  line->text = Trim(comment == std::string_view::npos ? t : t.substr(0, comment));
  return true;
}

bool SplitLineGroups(std::string_view text, LineGroups* groups, std::string* error) {
  *groups = LineGroups();
  size_t first = text.find_first_of("{[");
  groups->name = Trim(text.substr(0, first));
  size_t i = first;
  while (i != std::string_view::npos && i < text.size()) {
    char open = text[i];
    char close = open == '{' ? '}' : ']';
    size_t end = text.find(close, i + 1);
    size_t other = text.find_first_of("{[]}", i + 1);
    if (end == std::string_view::npos || other < end) {
      *error = std::string("'") + open + "' not closed by '" + close + "'";
      return false;
    }
    std::string_view inside = text.substr(i + 1, end - i - 1);
    if (open == '{') {
      if (groups->has_braces || groups->has_code) {
        *error = groups->has_code ? "{...} after the [code]" : "more than one {...}";
        return false;
      }
      groups->has_braces = true;
      groups->braces = inside;
    } else {
      if (groups->has_code) {
        *error = "more than one [code]";
        return false;
      }
      groups->has_code = true;
      groups->code = inside;
    }
    size_t next = end + 1;
    while (next < text.size() && IsBlank(text[next])) ++next;
    if (next < text.size() && text[next] != '{' && text[next] != '[') {
      *error = "unexpected text " + Quote(Trim(text.substr(next)));
      return false;
    }
    i = next;
  }
  if (text.find_first_of("]}") < first) {
    *error = "unexpected ']' or '}'";
    return false;
  }
  return true;
}

bool SplitTrailingCode(std::string_view text, std::string_view* before, std::string_view* code,
                       bool* has_code, std::string* error) {
  size_t open = text.rfind('[');
  *has_code = open != std::string_view::npos;
  if (!*has_code) {
    *before = Trim(text);
    *code = {};
    return true;
  }
  size_t close = text.find(']', open);
  if (close == std::string_view::npos) {
    *error = "'[' not closed by ']'";
    return false;
  }
  std::string_view after = Trim(text.substr(close + 1));
  if (!after.empty()) {
    *error = "text after the code: " + Quote(after);
    return false;
  }
  *before = Trim(text.substr(0, open));
  *code = text.substr(open + 1, close - open - 1);
  return true;
}

namespace {

// One side of "SRC:TGT" ("014", "075A", "080!"). Empty is allowed here.
bool ParseCodePart(std::string_view part, std::string* out, std::vector<std::string>* warnings,
                   std::string* error) {
  // TABARI's "?" marks a weak verb (VerbCode::weak, set by the caller);
  // "!" means nothing to dyad.
  if (!part.empty() && part.back() == '?') {
    part.remove_suffix(1);
  } else if (!part.empty() && part.back() == '!') {
    warnings->push_back("'!' after the code " + std::string(part.substr(0, part.size() - 1)) + " dropped");
    part.remove_suffix(1);
  }
  bool digits = true;
  for (char c : part) {
    if (!IsAlnum(c)) {
      *error = "bad character " + Quote(std::string(1, c)) + " in the code";
      return false;
    }
    if (!IsDigit(c)) digits = false;
  }
  if (!digits) warnings->push_back("code " + Quote(part) + " is not a number (kept as written)");
  out->assign(part);
  return true;
}

}  // namespace

bool ParseVerbCode(std::string_view inside, bool time, VerbCode* code,
                   std::vector<std::string>* warnings, std::string* error) {
  *code = VerbCode();
  std::string s;
  for (char c : Trim(inside)) {
    if (!IsBlank(c)) s += c;
  }
  if (s.empty()) {
    *error = "empty code []";
    return false;
  }
  if (s.size() != Trim(inside).size()) {
    warnings->push_back("blanks inside the code [" + std::string(Trim(inside)) + "] dropped");
  }
  if (s == "---") {
    code->null_code = true;
    return true;
  }
  if (s == "###") {
    code->discard = true;
    return true;
  }
  if (s == "+++") {
    code->complex = true;
    return true;
  }
  if (s[0] == '+' || (s[0] == '-' && s.size() > 1 && IsDigit(s[1]))) {
    bool number = s.size() > 1 && s.size() <= 6;
    for (size_t i = 1; i < s.size(); ++i) number = number && IsDigit(s[i]);
    if (!number) {
      *error = "bad code [" + s + "]";
      return false;
    }
    if (!time) {
      *error = "time shift [" + s + "] outside <TIME>";
      return false;
    }
    code->time_shift = std::stoi(s);
    return true;
  }
  size_t colon = s.find(':');
  if (colon != std::string::npos && s.find(':', colon + 1) != std::string::npos) {
    *error = "more than one ':' in the code [" + s + "]";
    return false;
  }
  std::string_view all = s;
  std::string_view left = all.substr(0, colon);
  std::string_view right = colon == std::string::npos ? std::string_view() : all.substr(colon + 1);
  if (left.empty() && right.empty()) {
    *error = "empty code [" + s + "]";
    return false;
  }
  code->weak = s.find('?') != std::string::npos;  // TABARI "[023?]": see VerbCode::weak.
  return ParseCodePart(left, &code->code, warnings, error) &&
         ParseCodePart(right, &code->paired_code, warnings, error);
}

namespace {

// Finds the set that "&run" names: the longest prefix of `run` ending
// where `run` ends or at a '_' that is a known set, also trying the name
// with a '_' added or removed. Returns the prefix length used (0: unknown)
// and the set's name in *name.
size_t ResolveSynset(std::string_view run, const SynsetNames& names, std::string* name,
                     bool* near_miss) {
  *near_miss = false;
  for (size_t end = run.size(); end > 0; --end) {
    if (end != run.size() && run[end] != '_') continue;
    std::string candidate = Normalize(run.substr(0, end));
    if (names.contains(candidate)) {
      *name = candidate;
      return end;
    }
    std::string other =
        candidate.ends_with('_') ? candidate.substr(0, candidate.size() - 1) : candidate + "_";
    if (!other.empty() && names.contains(other)) {
      *name = other;
      *near_miss = true;
      return end;
    }
  }
  return 0;
}

struct PatternParser {
  std::string_view s;
  bool tabari;
  const SynsetNames& names;
  std::vector<PatternElement>* out;
  std::vector<std::string>* warnings;
  std::string* error;
  std::string open;  // Open groups: '(' or '{'.
  size_t i = 0;
  bool glue = false;  // A '_' joins the next element to the previous one.

  void Add(PatternElement::Kind kind, std::string text = {}, bool exact = true) {
    PatternElement e;
    e.kind = kind;
    e.text = std::move(text);
    if (kind == PatternElement::kWord) e.words = SplitWords(e.text);
    e.exact = exact;
    e.joined = glue && !out->empty();
    glue = false;
    out->push_back(std::move(e));
  }

  bool Fail(std::string reason) {
    *error = std::move(reason);
    return false;
  }

  bool Close(char want, PatternElement::Kind kind) {
    if (open.empty() || open.back() != want) {
      return Fail(std::string("'") + s[i] + "' " +
                  (open.empty() ? "without an opening bracket" : "closes the wrong bracket"));
    }
    open.pop_back();
    Add(kind);
    return true;
  }

  bool Synset() {
    size_t start = ++i;
    while (i < s.size() && (IsAlnum(s[i]) || s[i] == '_' || s[i] == '-')) ++i;
    std::string_view run = s.substr(start, i - start);
    if (run.empty()) return Fail("'&' without a synonym set name");
    std::string name;
    bool near_miss = false;
    size_t used = ResolveSynset(run, names, &name, &near_miss);
    if (used == 0) {
      name = Normalize(run);
      warnings->push_back("unknown synonym set &" + name + " (kept as a reference)");
    } else {
      if (near_miss) {
        warnings->push_back("&" + Normalize(run.substr(0, used)) + " read as &" + name);
      }
      i = start + used;  // The rest ("_RELATIONS") is read as more elements.
    }
    Add(PatternElement::kSynset, name);
    return true;
  }

  void Word() {
    size_t start = i;
    while (i < s.size() && (IsWordChar(s[i]) || s[i] == '_')) ++i;
    std::string_view run = s.substr(start, i - start);
    size_t unders = 0;
    while (unders < run.size() && run[run.size() - 1 - unders] == '_') ++unders;
    run.remove_suffix(unders);
    // A trailing '_' before a blank or a closing bracket asks for the whole
    // word; glued to the next element ("IN_*") it joins the two.
    bool at_end = i >= s.size() || IsBlank(s[i]) || s[i] == ')' || s[i] == '}' || s[i] == '|';
    bool exact = unders > 0 && at_end;
    Add(PatternElement::kWord, Normalize(run), exact);
    if (unders > 0 && !at_end) glue = true;
  }

  bool Run() {
    while (i < s.size()) {
      char c = s[i];
      if (IsBlank(c)) {
        glue = false;
        ++i;
        continue;
      }
      if (c == '_') {
        glue = true;
        ++i;
        continue;
      }
      if (c == '&') {
        if (!Synset()) return false;
        continue;
      }
      if (IsWordChar(c)) {
        Word();
        continue;
      }
      switch (c) {
        case '*':
          Add(PatternElement::kVerb);
          break;
        case '$':
        case '+':
          Add(c == '$' ? PatternElement::kSource : PatternElement::kTarget);
          if (!tabari && i + 1 < s.size() && s[i + 1] == '!') {
            out->back().state_only = true;
            ++i;
          }
          break;
        case '^':
          Add(PatternElement::kSkip);
          break;
        case '%':
          Add(PatternElement::kCompound);
          break;
        case '(':
          open += '(';
          Add(PatternElement::kOpenPrep);
          break;
        case ')':
          if (!Close('(', PatternElement::kClosePrep)) return false;
          break;
        case '{':
          open += '{';
          Add(tabari ? PatternElement::kOpenChoice : PatternElement::kOpenNoun);
          break;
        case '}':
          if (!Close('{', tabari ? PatternElement::kCloseChoice : PatternElement::kCloseNoun)) {
            return false;
          }
          break;
        case '|':
          if (!tabari || open.empty() || open.back() != '{') return Fail("'|' outside { ... }");
          Add(PatternElement::kChoiceOr);
          break;
        default:
          return Fail("unexpected character " + Quote(std::string(1, c)));
      }
      ++i;
    }
    if (!open.empty()) return Fail(std::string("'") + open.back() + "' not closed");
    int verbs = 0;
    for (const PatternElement& e : *out) verbs += e.kind == PatternElement::kVerb;
    if (verbs == 0) return Fail("no '*' (the verb) in the pattern");
    if (verbs > 1) return Fail("more than one '*' in the pattern");
    return true;
  }
};

}  // namespace

bool ParsePattern(std::string_view text, bool tabari, const SynsetNames& names,
                  std::vector<PatternElement>* elements, std::vector<std::string>* warnings,
                  std::string* error) {
  elements->clear();
  PatternParser parser{text, tabari, names, elements, warnings, error, {}, 0, false};
  return parser.Run();
}

bool ParseTransformation(std::string_view text, Transformation* transformation,
                         std::string* error) {
  size_t eq = text.find('=');
  if (eq == std::string_view::npos || text.find('=', eq + 1) != std::string_view::npos) {
    *error = "transformation without exactly one '='";
    return false;
  }
  auto tokens = [](std::string_view side, std::vector<std::string>* out) {
    std::string word;
    auto flush = [&] {
      if (!word.empty()) out->push_back(std::move(word));
      word.clear();
    };
    for (char c : side) {
      if (IsBlank(c)) {
        flush();
      } else if (c == '(' || c == ')') {
        flush();
        out->push_back(std::string(1, c));
      } else {
        word += c;
      }
    }
    flush();
  };
  tokens(text.substr(0, eq), &transformation->pattern);
  tokens(text.substr(eq + 1), &transformation->result);
  if (transformation->pattern.empty() || transformation->result.empty()) {
    *error = "transformation with an empty side";
    return false;
  }
  int depth = 0;
  for (const std::string& t : transformation->pattern) {
    if (t == "(") ++depth;
    if (t == ")" && --depth < 0) break;
  }
  if (depth != 0) {
    *error = "unbalanced parentheses in the transformation";
    return false;
  }
  for (const std::string& t : transformation->result) {
    if (t == "(" || t == ")") {
      *error = "parenthesis after '=' in the transformation";
      return false;
    }
  }
  return true;
}

}  // namespace dyad::events::verbs
