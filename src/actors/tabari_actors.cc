// Actors and discards: the TABARI/PETRARCH files whose lines become
// DictionaryEntry records. tabari_reader.h describes the mapping.
#include <string>
#include <string_view>

#include "actors/tabari_entries.h"
#include "actors/tabari_formats.h"
#include "actors/tabari_scan.h"

namespace dyad::actors::tabari {
namespace {

// Reads one code block into *entry, reporting what it changes or cannot use.
// `agent` is set when the code is an agent's ("~GOV"), which is stored as
// its sector parts.
void AddCode(std::string_view inside, int64_t line, std::string_view path, DictionaryEntry* entry,
             bool* agent, Diagnostics* diag) {
  CodeBlock block;
  std::string reason;
  std::vector<std::string> compound;  // "[FRO/BIL/SAM]": BIL, SAM.
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
    // TABARI's compound actor: the phrase stands for several actors, kept
    // as the first one's code and the others in RoleCode::compound (each
    // makes its own mention and events; no warning due).
    std::string first = block.code.substr(0, slash);
    for (size_t at = slash; at != std::string::npos;) {
      size_t next = block.code.find('/', at + 1);
      std::string part = block.code.substr(at + 1, next == std::string::npos ? std::string::npos : next - at - 1);
      if (!part.empty()) compound.push_back(part);
      at = next;
    }
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
  code.compound = std::move(compound);
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
    NameAndCodes(line, parts);
  }

  void Synonym(const Line& line, const LineParts& parts) {
    if (!open_) {
      diag_->Error(path_, line.number, "synonym " + Quote(line.text) + " without an entry above");
      return;
    }
    NameAndCodes(line, parts);
  }

  // A root or synonym line: its name (reported and skipped if unusable),
  // then whatever codes stand on it.
  void NameAndCodes(const Line& line, const LineParts& parts) {
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

}  // namespace

void ReadActors(std::string_view text, std::string_view path, DictionaryFile* file,
                Diagnostics* diagnostics) {
  LineScanner lines(text, CommentStyle::kDictionary);
  FileExtras extras(path, file, diagnostics);
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

void ReadDiscards(std::string_view text, std::string_view path, DictionaryFile* file,
                  Diagnostics* diagnostics) {
  LineScanner lines(text, CommentStyle::kDictionary);
  FileExtras extras(path, file, diagnostics);
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
