// Agents: TABARI/PETRARCH sector nouns, with plurals and substitution
// sets. tabari_reader.h describes the mapping.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/tabari_entries.h"
#include "actors/tabari_formats.h"
#include "actors/tabari_scan.h"

namespace dyad::actors::tabari {
namespace {

// "!PERSON!" → {"MAN", "MEN", ...}.
using SubstitutionSets = std::unordered_map<std::string, std::vector<std::string>>;

// A name with sets expands to this many names at most; more is a mistake.
constexpr size_t kMaxExpansions = 1000;

// Expands every "!SET!" in `phrase`, all combinations, into *out.
bool ExpandSets(std::string_view phrase, const SubstitutionSets& sets,
                std::vector<std::string>* out, std::string* reason) {
  out->assign(1, std::string());
  size_t pos = 0;
  while (pos < phrase.size()) {
    size_t open = phrase.find('!', pos);
    if (open == std::string_view::npos) {
      for (std::string& s : *out) s.append(phrase.substr(pos));
      break;
    }
    size_t close = phrase.find('!', open + 1);
    if (close == std::string_view::npos) {
      *reason = "'!' without its closing '!' in " + Quote(phrase);
      return false;
    }
    for (std::string& s : *out) s.append(phrase.substr(pos, open - pos));
    std::string name(phrase.substr(open + 1, close - open - 1));
    auto it = sets.find(name);
    if (it == sets.end()) {
      *reason = "unknown substitution set !" + name + "! in " + Quote(phrase);
      return false;
    }
    if (out->size() * it->second.size() > kMaxExpansions) {
      *reason =
          Quote(phrase) + " expands to more than " + std::to_string(kMaxExpansions) + " names";
      return false;
    }
    std::vector<std::string> next;
    next.reserve(out->size() * it->second.size());
    for (const std::string& s : *out) {
      for (const std::string& member : it->second) next.push_back(s + member);
    }
    out->swap(next);
    pos = close + 1;
  }
  return true;
}

// "!PERSON! = MAN, MEN, WOMAN". False when the line is not a set definition.
bool ReadSetDefinition(const Line& line, SubstitutionSets* sets, std::string_view path,
                       Diagnostics* diag) {
  std::string_view t = line.text;
  size_t close = t.find('!', 1);
  if (close == std::string_view::npos) return false;
  std::string_view rest = Trim(t.substr(close + 1));
  if (!rest.starts_with("=")) return false;
  std::string name(t.substr(1, close - 1));
  bool good = !name.empty();
  for (char c : name) {
    good = good &&
           ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
  }
  if (!good) {
    diag->Error(path, line.number, "bad substitution set name " + Quote(t.substr(0, close + 1)));
    return true;
  }
  std::vector<std::string> members;
  rest.remove_prefix(1);
  while (!rest.empty()) {
    size_t comma = rest.find(',');
    std::string_view m = Trim(rest.substr(0, comma));
    if (!m.empty()) members.emplace_back(m);
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  if (members.empty()) {
    diag->Error(path, line.number, "substitution set !" + name + "! has no members");
    return true;
  }
  if (sets->contains(name)) {
    diag->Warning(path, line.number, "substitution set !" + name + "! redefined");
  }
  (*sets)[name] = std::move(members);
  return true;
}

void ReadAgentLine(const Line& line, const SubstitutionSets& sets, std::string_view path,
                   DictionaryFile* file, Diagnostics* diag) {
  LineParts parts;
  if (!SplitLineParts(line.text, &parts)) {
    diag->Error(path, line.number, parts.error + "; agent skipped");
    return;
  }
  if (parts.name.empty()) {
    diag->Error(path, line.number, "no noun before the code; agent skipped");
    return;
  }
  if (parts.brackets.empty()) {
    diag->Error(path, line.number,
                Quote(PhraseToText(parts.name, nullptr)) + " has no code; agent skipped");
    return;
  }
  CodeBlock block;
  std::string reason;
  if (!ParseCodeBlock(parts.brackets[0], &block, &reason)) {
    diag->Error(path, line.number, reason + "; agent skipped");
    return;
  }
  std::string inside(Trim(parts.brackets[0]));
  if (block.lowercase) {
    diag->Warning(path, line.number, "lower-case code [" + inside + "] read as " + block.code);
  }
  if (block.ranged) {
    diag->Warning(path, line.number, "date ignored in [" + inside + "]: agents have no dates");
  }
  // "~GOV": the sector follows the country; "NGO~": the code goes before
  // it. Both are kept as the sector parts (tabari_reader.h says why).
  std::string sector = block.code;
  size_t tilde = sector.find('~');
  if (tilde == std::string::npos) {
    diag->Warning(path, line.number, "agent code [" + inside + "] without '~' read as a sector");
  } else if (sector.find('~', tilde + 1) != std::string::npos ||
             (tilde != 0 && tilde != sector.size() - 1)) {
    diag->Error(path, line.number,
                "'~' must start or end the agent code [" + inside + "]; agent skipped");
    return;
  } else {
    sector.erase(tilde, 1);
  }
  if (sector.empty() || sector.find('/') != std::string::npos) {
    diag->Error(path, line.number, "bad agent code [" + inside + "]; agent skipped");
    return;
  }
  for (size_t i = 1; i < parts.brackets.size(); ++i) {
    diag->Warning(path, line.number,
                  "second code [" + std::string(Trim(parts.brackets[i])) +
                      "] dropped: an agent has one sector code");
  }
  if (!parts.trailing.empty()) {
    diag->Warning(path, line.number, "text after the code ignored: " + Quote(parts.trailing));
  }

  DictionaryEntry entry;
  entry.kind = EntryKind::kAgent;
  entry.line = line.number;
  // The noun, then its explicit plurals ("{CHAMBERS_OF_COMMERCE}"; several
  // are separated by blanks; "{}" asks PETRARCH for no regular plural).
  std::vector<std::string_view> phrases = {parts.name};
  for (std::string_view braces : parts.braces) {
    size_t i = 0;
    while (i < braces.size()) {
      while (i < braces.size() && IsBlank(braces[i])) ++i;
      size_t start = i;
      while (i < braces.size() && !IsBlank(braces[i])) ++i;
      if (i > start) phrases.push_back(braces.substr(start, i - start));
    }
  }
  std::vector<std::string> expanded;
  for (std::string_view phrase : phrases) {
    if (!ExpandSets(phrase, sets, &expanded, &reason)) {
      diag->Error(path, line.number, reason + (phrase == parts.name ? "; agent skipped" : ""));
      if (phrase == parts.name) return;
      continue;
    }
    for (const std::string& name : expanded) {
      if (!AddName(name, line.number, &entry, file, &reason)) {
        diag->Error(path, line.number, reason + "; name skipped");
      }
    }
  }
  if (entry.names.empty()) return;  // Reported above.
  RoleCode code;
  code.code = std::move(sector);
  code.line = line.number;
  entry.codes.push_back(std::move(code));
  file->entries.push_back(std::move(entry));
}

}  // namespace

void ReadAgents(std::string_view text, std::string_view path, DictionaryFile* file,
                Diagnostics* diagnostics) {
  LineScanner lines(text, CommentStyle::kDictionary);
  FileExtras extras(path, file, diagnostics);
  SubstitutionSets sets;
  for (Line line; lines.Next(&line);) {
    if (extras.Consume(line) || line.text.empty()) continue;
    if (line.text[0] == '!' && ReadSetDefinition(line, &sets, path, diagnostics)) continue;
    if (line.text[0] == '+') {
      diagnostics->Error(path, line.number,
                         "'+' line in an agents file (write each noun on its own line); skipped");
      continue;
    }
    ReadAgentLine(line, sets, path, file, diagnostics);
  }
  extras.Finish();
  file->lines = lines.lines();
}

}  // namespace dyad::actors::tabari
