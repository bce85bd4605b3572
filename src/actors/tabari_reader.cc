#include "actors/tabari_reader.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "actors/tabari_formats.h"
#include "actors/tabari_scan.h"

namespace dyad::actors {
namespace {

// Detection reads this many lines at most: enough to tell any file apart.
constexpr int64_t kDetectLines = 20000;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// "SET: ...", "LABEL: ...": TABARI .options lines.
bool LooksLikeOption(std::string_view t) {
  size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon < 2) return false;
  for (char c : t.substr(0, colon)) {
    if (!IsUpper(c) && c != ' ') return false;
  }
  return colon + 1 == t.size() || t[colon + 1] == ' ' || t[colon + 1] == '\t';
}

// "n:teacher", "education n:reform", "v:kidnap": PETRARCH issue phrases.
bool HasWordClassMark(std::string_view t) {
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if ((t[i] == 'n' || t[i] == 'v') && t[i + 1] == ':' &&
        (i == 0 || t[i - 1] == ' ' || t[i - 1] == '+')) {
      return true;
    }
  }
  return false;
}

// The format a file name suggests: "Phoenix.agents.txt", "Validate.options".
DictionaryFormat FormatFromName(std::string_view path) {
  size_t slash = path.find_last_of("/\\");
  std::string name(slash == std::string_view::npos ? path : path.substr(slash + 1));
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  auto has = [&](const char* s) { return name.find(s) != std::string::npos; };
  if (has("verb") || has("cameo")) return DictionaryFormat::kTabariVerbs;
  if (has("agent")) return DictionaryFormat::kTabariAgents;
  if (has("discard")) return DictionaryFormat::kTabariDiscards;
  if (has("issue")) return DictionaryFormat::kTabariIssues;
  if (has("option") || has(".project")) return DictionaryFormat::kTabariOptions;
  if (has("actor")) return DictionaryFormat::kTabariActors;
  return DictionaryFormat::kAuto;
}

}  // namespace

DictionaryFormat DetectFormat(std::string_view text, std::string_view path) {
  using tabari::Line;
  using tabari::LineParts;
  tabari::LineScanner lines(text, tabari::CommentStyle::kDictionary);
  int64_t content = 0, issue_tags = 0, issue_marks = 0, project_tags = 0, option_lines = 0,
          verb_lines = 0, set_defs = 0, tilde_codes = 0, plain_codes = 0, bare = 0;
  for (Line line; lines.Next(&line) && line.number <= kDetectLines;) {
    std::string_view raw = tabari::Trim(line.raw);
    if (raw.starts_with("@kind")) return DictionaryFormat::kNative;
    if (raw.starts_with("//")) continue;  // A TABARI .options comment.
    std::string_view t = line.text;
    if (t.empty()) continue;
    ++content;
    if (t.starts_with("<ISSUE")) {
      ++issue_tags;
      continue;
    }
    if (t[0] == '<') {
      // ".project": "<actorsfile> TABARI.Demo.actors", "<session 1> ...".
      if (t.find("file>") != std::string_view::npos || t.starts_with("<session") ||
          t.starts_with("<coder")) {
        ++project_tags;
      }
      if (t == "<SYNSETS>" || t == "<TIME>") verb_lines += 10;
      continue;
    }
    if (LooksLikeOption(t)) {
      ++option_lines;
      continue;
    }
    if (HasWordClassMark(t)) ++issue_marks;
    // Verb files: patterns "- * AID [070]", block headers "--- ADD [---] ---",
    // synonym sets "&CURRENCY", transformations "~ a (b . X) Y = a b 112".
    if ((t[0] == '-' && t.size() > 1 && (tabari::IsBlank(t[1]) || t[1] == '-')) || t[0] == '&' ||
        (t[0] == '~' && t.size() > 1 && tabari::IsBlank(t[1]))) {
      ++verb_lines;
      continue;
    }
    if (t[0] == '!' && t.find('=') != std::string_view::npos) {
      ++set_defs;
      continue;
    }
    LineParts parts;
    if (!tabari::SplitLineParts(t, &parts) || parts.brackets.empty()) {
      ++bare;
      continue;
    }
    for (std::string_view b : parts.brackets) {
      b = tabari::Trim(b);
      if (b.starts_with("~") || b.ends_with("~")) {
        ++tilde_codes;
      } else {
        ++plain_codes;
      }
    }
  }
  if (issue_tags > 0 || (content > 0 && issue_marks * 10 >= content)) {
    return DictionaryFormat::kTabariIssues;
  }
  if (project_tags > 0 || (content > 0 && option_lines * 2 >= content)) {
    return DictionaryFormat::kTabariOptions;
  }
  if (verb_lines > 0 && verb_lines * 20 >= content) return DictionaryFormat::kTabariVerbs;
  if (tilde_codes > 0 && (tilde_codes >= plain_codes || set_defs > 0)) {
    return DictionaryFormat::kTabariAgents;
  }
  DictionaryFormat hint = FormatFromName(path);
  // A discards file has no codes; one with a stray bracket is still told by
  // its name.
  if (plain_codes > 0 &&
      (plain_codes * 50 >= content || hint != DictionaryFormat::kTabariDiscards)) {
    return DictionaryFormat::kTabariActors;
  }
  if (bare > 0) return DictionaryFormat::kTabariDiscards;
  return hint;
}

Result<DictionaryFile> ReadTabariDictionary(std::string_view text, std::string_view path,
                                            DictionaryFormat format, Diagnostics* diagnostics) {
  if (format == DictionaryFormat::kAuto) format = DetectFormat(text, path);
  if (format == DictionaryFormat::kNative) {
    return Status::InvalidArgument(std::string(path) +
                                   ": dyad's native dictionary format, not TABARI or PETRARCH");
  }
  DictionaryFile file;
  file.path = std::string(path);
  file.format = format;
  switch (format) {
    case DictionaryFormat::kTabariActors:
      tabari::ReadActors(text, path, &file, diagnostics);
      break;
    case DictionaryFormat::kTabariAgents:
      tabari::ReadAgents(text, path, &file, diagnostics);
      break;
    case DictionaryFormat::kTabariDiscards:
      tabari::ReadDiscards(text, path, &file, diagnostics);
      break;
    case DictionaryFormat::kTabariVerbs:
      tabari::CheckVerbs(text, path, &file, diagnostics);
      break;
    case DictionaryFormat::kTabariOptions:
      tabari::CheckOptions(text, path, &file, diagnostics);
      break;
    case DictionaryFormat::kTabariIssues:
      tabari::CheckIssues(text, path, &file, diagnostics);
      break;
    case DictionaryFormat::kAuto:
    case DictionaryFormat::kNative: {
      // kAuto: nothing to tell the format by. Only a file without content
      // (blank, comments) is read without a report.
      tabari::LineScanner lines(text, tabari::CommentStyle::kDictionary);
      int64_t first_content = 0;
      for (tabari::Line line; lines.Next(&line);) {
        if (first_content == 0 && !line.text.empty()) first_content = line.number;
      }
      file.lines = lines.lines();
      if (first_content != 0) {
        diagnostics->Error(path, first_content,
                           "cannot tell the dictionary's format; name it (actors, agents, ...)");
      }
      break;
    }
  }
  return file;
}

}  // namespace dyad::actors
