// Actors, agents and discards: the TABARI/PETRARCH files that become
// DictionaryEntry records. tabari_reader.h describes the mapping.
#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actors/tabari_formats.h"
#include "actors/tabari_scan.h"
#include "base/utf8.h"

namespace dyad::actors::tabari {
namespace {

std::string Quote(std::string_view s) { return "'" + std::string(s) + "'"; }

// Names are kept as written apart from '_'; these characters would change
// what a name means to dyad's native format or to TABARI ("MOUSE=").
// Control characters (Phoenix has "Z\x1AROUAL", a lost accent) and bytes
// that are not UTF-8 could never match text that dyad has read.
bool CheckNameChars(std::string_view name, std::string* reason) {
  for (char c : name) {
    if (c == '|' || c == '=' || c == '<' || c == '>' || c == '~') {
      *reason = std::string("character '") + c + "' cannot be part of a name: " + Quote(name);
      return false;
    }
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(c));
      *reason = std::string("control character ") + hex + " in the name " +
                Quote(ReplaceInvalidUtf8(name));
      return false;
    }
  }
  if (FindInvalidUtf8(name) != std::string_view::npos) {
    *reason = "the name " + Quote(ReplaceInvalidUtf8(name)) + " is not UTF-8";
    return false;
  }
  return true;
}

// What may sit in a file beside its entries: TABARI's "<NOUN>" and
// "<ADJECTIVE>" word lists (parser data) and its "~~FINISH" end marker.
class Extras {
 public:
  Extras(std::string_view path, DictionaryFile* file, Diagnostics* diag)
      : path_(path), file_(file), diag_(diag) {}

  // True when the line was one of these (or is inside a skipped list, or
  // after the end marker), so the caller must not read it.
  bool Consume(const Line& line) {
    if (finished_) {
      if (!line.text.empty()) {
        if (after_finish_++ == 0) after_finish_line_ = line.number;
        ++file_->lines_ignored;
      }
      return true;
    }
    if (line.text.empty()) return !section_.empty();
    std::string_view t = line.text;
    if (!section_.empty()) {
      if (t.size() == section_.size() + 3 && t.starts_with("</") && t.ends_with(">") &&
          t.substr(2, section_.size()) == section_) {
        diag_->Warning(path_, section_line_,
                       "<" + section_ + "> list of " + std::to_string(section_lines_) +
                           " lines skipped: TABARI parser data, not dictionary entries");
        section_.clear();
      } else {
        ++section_lines_;
        ++file_->lines_ignored;
      }
      return true;
    }
    if (t.starts_with("~~")) {
      finished_ = true;
      return true;
    }
    if (t[0] != '<') return false;
    bool closing = t.starts_with("</");
    std::string_view name = t.substr(closing ? 2 : 1);
    if (!name.ends_with(">")) {
      diag_->Error(path_, line.number, "unrecognised tag line " + Quote(t));
      return true;
    }
    name.remove_suffix(1);
    bool good = !name.empty();
    for (char c : name) {
      good = good && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_');
    }
    if (!good) {
      diag_->Error(path_, line.number, "unrecognised tag line " + Quote(t));
    } else if (closing) {
      diag_->Error(path_, line.number, Quote(t) + " closes no open list");
    } else {
      section_ = std::string(name);
      section_line_ = line.number;
      section_lines_ = 0;
    }
    return true;
  }

  void Finish() {
    if (!section_.empty()) {
      diag_->Warning(path_, section_line_,
                     "<" + section_ + "> list is not closed: the " +
                         std::to_string(section_lines_) + " lines after it were skipped");
    }
    if (after_finish_ > 0) {
      diag_->Warning(
          path_, after_finish_line_,
          std::to_string(after_finish_) + " lines after the end marker '~~' were not read");
    }
  }

 private:
  std::string_view path_;
  DictionaryFile* file_;
  Diagnostics* diag_;
  std::string section_;
  int64_t section_line_ = 0;
  int64_t section_lines_ = 0;
  bool finished_ = false;
  int64_t after_finish_ = 0;
  int64_t after_finish_line_ = 0;
};

// Adds `phrase` as a name of *entry unless it is already there; counts
// prefix names in file->prefix_names unless `file` is null (discards, where
// the difference does not exist). False (reason set) for an empty or bad
// name.
bool AddName(std::string_view phrase, int64_t line, DictionaryEntry* entry, DictionaryFile* file,
             std::string* reason) {
  bool whole_word = false;
  std::string name = PhraseToText(phrase, &whole_word);
  if (name.empty()) {
    *reason = "empty name";
    return false;
  }
  if (!CheckNameChars(name, reason)) return false;
  // The same spelling twice in one block ("+SECRETARY-GENERAL_KOFI_ANNAN"
  // in Phoenix) adds nothing.
  if (std::find(entry->names.begin(), entry->names.end(), name) != entry->names.end()) {
    return true;
  }
  // No '_' at the end: a prefix match in TABARI, a whole word in PETRARCH
  // and in dyad. Counted, not reported (tabari_reader.h).
  if (!whole_word && file != nullptr) ++file->prefix_names;
  entry->names.push_back(std::move(name));
  entry->name_lines.push_back(line);
  return true;
}

// Reads one code block into *entry, reporting what it changes or cannot use.
// `agent` is set when the code is an agent's ("~GOV"), which is stored as
// its sector parts.
void AddCode(std::string_view inside, int64_t line, std::string_view path, DictionaryEntry* entry,
             bool* agent, Diagnostics* diag) {
  CodeBlock block;
  std::string reason;
  if (!ParseCodeBlock(inside, &block, &reason)) {
    diag->Error(path, line, reason + "; code skipped");
    return;
  }
  if (block.lowercase) {
    diag->Warning(path, line,
                  "lower-case code [" + std::string(Trim(inside)) + "] read as " + block.code);
  }
  if (!block.change.empty()) diag->Warning(path, line, block.change);
  if (size_t slash = block.code.find('/'); slash != std::string::npos) {
    // TABARI's compound actor: the phrase stands for several actors. dyad's
    // entries have one actor at a time.
    std::string first = block.code.substr(0, slash);
    diag->Warning(path, line, "compound code " + block.code + " read as its first actor " + first);
    block.code = first;
  }
  if (block.code.find('~') != std::string::npos) {
    std::string sector;
    for (char c : block.code) {
      if (c != '~') sector.push_back(c);
    }
    block.code = sector;
    *agent = true;
  }
  if (block.code.empty()) {
    diag->Error(path, line, "empty code [" + std::string(Trim(inside)) + "]; code skipped");
    return;
  }
  if (!block.ranged) {
    for (const RoleCode& c : entry->codes) {
      if (!c.ranged) {
        diag->Warning(path, line,
                      "second undated code " + block.code + " dropped: dyad keeps one (" + c.code +
                          ", line " + std::to_string(c.line) + ")");
        return;
      }
    }
  }
  RoleCode code;
  code.code = std::move(block.code);
  code.ranged = block.ranged;
  if (block.ranged) {
    code.from = block.from;
    code.to = block.to;
  }
  code.line = line;
  entry->codes.push_back(std::move(code));
}

// ---- Actors ----

EntryKind GuessActorKind(const DictionaryEntry& e, bool country_info, bool agent) {
  bool all_special = true, any_ranged = false, all_bare = true;
  const RoleCode* first_real = nullptr;
  for (const RoleCode& c : e.codes) {
    bool special = c.code == "###" || c.code == "+++";
    all_special = all_special && special;
    any_ranged = any_ranged || c.ranged;
    if (c.code != "---" && !special) {
      all_bare = all_bare && c.code.size() <= 3;
      if (first_real == nullptr) first_real = &c;
    }
  }
  if (all_special) return EntryKind::kDiscard;
  if (agent) return EntryKind::kAgent;
  if (first_real == nullptr || all_bare) return EntryKind::kCountry;
  if (any_ranged || country_info) return EntryKind::kPerson;
  std::string_view code = first_real->code;
  for (size_t i = 3; i + 3 <= code.size(); i += 3) {
    if (code.substr(i, 3) == "MED") return EntryKind::kMedia;
  }
  std::string_view head = code.substr(0, 3);
  if (head == "IGO" || head == "NGO" || head == "IMG" || head == "MNC" || head == "---" ||
      code.size() >= 9) {
    return EntryKind::kOrganisation;
  }
  return EntryKind::kCountry;
}

// Collects one actor block: the root line, its '+' synonyms and its codes.
class ActorBlocks {
 public:
  ActorBlocks(std::string_view path, DictionaryFile* file, Diagnostics* diag)
      : path_(path), file_(file), diag_(diag) {}

  void Root(const Line& line, const LineParts& parts) {
    // Phoenix sometimes left out the '+' ("LEONID_BREZHNEV_" then
    // "SECRETARY_BREZHNEV" then the codes). A root line right below a root
    // or synonym of a block that has no code yet, neither of them with a
    // code of its own, is read as a synonym.
    if (open_ && entry_.codes.empty() && !inline_codes_ && parts.brackets.empty() &&
        last_name_line_ == line.number - 1 && !entry_.names.empty()) {
      diag_->Warning(path_, line.number,
                     Quote(PhraseToText(parts.name, nullptr)) +
                         " has no '+' but the block above has no code yet: read as its synonym");
      Synonym(line, parts);
      return;
    }
    Finish();
    open_ = true;
    entry_ = DictionaryEntry();
    entry_.line = line.number;
    agent_ = false;
    bad_codes_ = 0;
    inline_codes_ = !parts.brackets.empty();
    country_info_ = line.comment.find("CountryInfo") != std::string_view::npos;
    std::string reason;
    if (AddName(parts.name, line.number, &entry_, file_, &reason)) {
      last_name_line_ = line.number;
    } else {
      diag_->Error(path_, line.number, reason + "; name skipped");
    }
    Codes(line, parts);
  }

  void Synonym(const Line& line, const LineParts& parts) {
    if (!open_) {
      diag_->Error(path_, line.number, "synonym " + Quote(line.text) + " without an entry above");
      return;
    }
    std::string reason;
    if (AddName(parts.name, line.number, &entry_, file_, &reason)) {
      last_name_line_ = line.number;
    } else {
      diag_->Error(path_, line.number, reason + "; name skipped");
    }
    Codes(line, parts);
  }

  void CodeLine(const Line& line, const LineParts& parts) {
    if (!open_) {
      diag_->Error(path_, line.number, "code " + Quote(line.text) + " without an entry above");
      return;
    }
    Codes(line, parts);
  }

  // A line of the block that could not be split: its codes are lost.
  void BadLine() { ++bad_codes_; }

  void Finish() {
    if (!open_) return;
    open_ = false;
    if (entry_.names.empty()) return;  // The bad name was reported.
    if (entry_.codes.empty()) {
      diag_->Error(path_, entry_.line,
                   Quote(entry_.names[0]) +
                       (bad_codes_ > 0 ? " has no usable code" : " has no code") +
                       "; entry skipped");
      return;
    }
    entry_.kind = GuessActorKind(entry_, country_info_, agent_);
    file_->entries.push_back(std::move(entry_));
  }

 private:
  void Codes(const Line& line, const LineParts& parts) {
    size_t before = entry_.codes.size();
    for (std::string_view b : parts.brackets) {
      AddCode(b, line.number, path_, &entry_, &agent_, diag_);
    }
    if (entry_.codes.size() - before < parts.brackets.size()) ++bad_codes_;
    if (!parts.braces.empty()) {
      diag_->Warning(path_, line.number, "{...} ignored: actors have no plural forms");
    }
    if (!parts.trailing.empty()) {
      diag_->Warning(path_, line.number, "text after the code ignored: " + Quote(parts.trailing));
    }
  }

  std::string_view path_;
  DictionaryFile* file_;
  Diagnostics* diag_;
  DictionaryEntry entry_;
  bool open_ = false;
  bool agent_ = false;
  bool inline_codes_ = false;
  bool country_info_ = false;
  int bad_codes_ = 0;
  int64_t last_name_line_ = -1;
};

// ---- Agents ----

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

void ReadActors(std::string_view text, std::string_view path, DictionaryFile* file,
                Diagnostics* diagnostics) {
  LineScanner lines(text, CommentStyle::kDictionary);
  Extras extras(path, file, diagnostics);
  ActorBlocks blocks(path, file, diagnostics);
  for (Line line; lines.Next(&line);) {
    if (extras.Consume(line) || line.text.empty()) continue;
    char first = line.text[0];
    std::string_view body = first == '+' ? line.text.substr(1) : line.text;
    LineParts parts;
    if (!SplitLineParts(body, &parts)) {
      diagnostics->Error(path, line.number, parts.error + "; line skipped");
      // A root line whose codes cannot be read still opens its block, so
      // that the synonyms and codes below it are not blamed on the block
      // above; it is reported again if no usable code follows.
      if (first != '+' && first != '[') {
        LineParts name_only;
        name_only.name = parts.name;
        blocks.Root(line, name_only);
      }
      blocks.BadLine();
      continue;
    }
    if (first == '+') {
      blocks.Synonym(line, parts);
    } else if (first == '[') {
      blocks.CodeLine(line, parts);
    } else {
      blocks.Root(line, parts);
    }
  }
  blocks.Finish();
  extras.Finish();
  file->lines = lines.lines();
}

void ReadAgents(std::string_view text, std::string_view path, DictionaryFile* file,
                Diagnostics* diagnostics) {
  LineScanner lines(text, CommentStyle::kDictionary);
  Extras extras(path, file, diagnostics);
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

void ReadDiscards(std::string_view text, std::string_view path, DictionaryFile* file,
                  Diagnostics* diagnostics) {
  LineScanner lines(text, CommentStyle::kDictionary);
  Extras extras(path, file, diagnostics);
  for (Line line; lines.Next(&line);) {
    if (extras.Consume(line) || line.text.empty()) continue;
    // PETRARCH: "+PHRASE" discards the story, "PHRASE" the sentence.
    bool story = line.text[0] == '+';
    LineParts parts;
    if (!SplitLineParts(story ? line.text.substr(1) : line.text, &parts)) {
      diagnostics->Error(path, line.number, parts.error + "; discard skipped");
      continue;
    }
    if (!parts.brackets.empty() || !parts.braces.empty()) {
      diagnostics->Warning(path, line.number, "codes and {...} ignored: discards have none");
    }
    if (!parts.trailing.empty()) {
      diagnostics->Warning(path, line.number,
                           "text after the code ignored: " + Quote(parts.trailing));
    }
    DictionaryEntry entry;
    entry.kind = EntryKind::kDiscard;
    entry.story_discard = story;
    entry.line = line.number;
    std::string reason;
    if (!AddName(parts.name, line.number, &entry, nullptr, &reason)) {
      diagnostics->Error(path, line.number, reason + "; discard skipped");
      continue;
    }
    file->entries.push_back(std::move(entry));
  }
  extras.Finish();
  file->lines = lines.lines();
}

}  // namespace dyad::actors::tabari
