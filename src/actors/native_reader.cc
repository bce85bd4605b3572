#include "actors/native_reader.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "base/lines.h"

namespace dyad::actors {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsBlank(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsBlank(s.back())) s.remove_suffix(1);
  return s;
}

// Cuts a comment: '#' at the start or after a blank.
std::string_view StripComment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || IsBlank(line[i - 1]))) return line.substr(0, i);
  }
  return line;
}

std::vector<std::string_view> SplitNames(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t bar = s.find('|', start);
    out.push_back(Trim(s.substr(start, bar == std::string_view::npos ? bar : bar - start)));
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return out;
}

std::string_view FirstWord(std::string_view s, std::string_view* rest) {
  size_t end = 0;
  while (end < s.size() && !IsBlank(s[end])) ++end;
  *rest = Trim(s.substr(end));
  return s.substr(0, end);
}

class Reader {
 public:
  Reader(std::string_view path, const CodeTable* codes, Diagnostics* diagnostics,
         DictionaryFile* file)
      : path_(path), codes_(codes), diag_(diagnostics), file_(file) {}

  void Line(std::string_view raw, int64_t number) {
    line_ = number;
    std::string_view line = StripComment(raw);
    if (Trim(line).empty()) return;
    if (!IsBlank(line[0])) {
      Finish();
      if (line[0] == '@') {
        Directive(Trim(line));
      } else {
        StartEntry(Trim(line));
      }
      return;
    }
    if (!open_) {
      if (!orphan_reported_) Error("indented line without an entry above it");
      return;
    }
    Continuation(Trim(line));
  }

  void Finish() {
    if (open_ && !entry_failed_) CheckEntry();
    if (open_ && !entry_failed_) file_->entries.push_back(std::move(entry_));
    open_ = false;
    entry_ = DictionaryEntry();
  }

 private:
  void Error(std::string_view reason) { diag_->Error(path_, line_, reason); }

  void Directive(std::string_view line) {
    std::string_view rest;
    std::string_view word = FirstWord(line, &rest);
    if (word != "@kind") {
      Error("unknown directive \"" + std::string(word) + "\" (known: @kind)");
      return;
    }
    if (!ParseEntryKind(rest, &kind_)) {
      Error("unknown kind \"" + std::string(rest) +
            "\" (known: country, organisation, person, media, agent, place, discard)");
      kind_set_ = false;
      return;
    }
    kind_set_ = true;
  }

  void StartEntry(std::string_view line) {
    orphan_reported_ = false;
    if (!kind_set_) {
      Error("entry before any `@kind` line; start the file with e.g. `@kind country`");
      orphan_reported_ = true;  // Its indented lines would repeat the complaint.
      return;
    }
    open_ = true;
    entry_failed_ = false;
    entry_.kind = kind_;
    entry_.line = line_;
    size_t eq = line.find('=');
    AddNames(line.substr(0, eq));
    if (eq != std::string_view::npos) {
      RoleCode code;
      if (ParseCodeSpec(Trim(line.substr(eq + 1)), &code)) entry_.codes.push_back(code);
    }
  }

  void AddNames(std::string_view list) {
    for (std::string_view name : SplitNames(list)) {
      if (name.empty()) {
        Error("empty name (two '|' in a row, or '|' at an end)");
        entry_failed_ = true;
        continue;
      }
      entry_.names.emplace_back(name);
      entry_.name_lines.push_back(line_);
    }
  }

  void Continuation(std::string_view line) {
    std::string_view rest;
    std::string_view word = FirstWord(line, &rest);
    if (word == "also") {
      AddNames(rest);
    } else if (word == "cased") {
      if (!rest.empty()) Error("`cased` takes nothing after it");
      entry_.cased = true;
    } else if (word == "story") {
      entry_.story_discard = true;
    } else if (word == "when") {
      size_t eq = rest.find('=');
      if (eq == std::string_view::npos) {
        Error("`when` needs `= CODE`: when CUE | CUE = CODE");
        return;
      }
      ContextReading reading;
      for (std::string_view cue : SplitNames(rest.substr(0, eq))) {
        if (cue.empty()) {
          Error("empty cue in `when`");
          return;
        }
        reading.cues.emplace_back(cue);
      }
      if (ParseCodeSpec(Trim(rest.substr(eq + 1)), &reading.code)) {
        entry_.readings.push_back(std::move(reading));
      }
    } else {
      RoleCode code;
      if (ParseCodeSpec(line, &code)) entry_.codes.push_back(code);
    }
  }

  // "CODE" or "CODE FROM..TO".
  bool ParseCodeSpec(std::string_view spec, RoleCode* code) {
    std::string_view rest;
    std::string_view word = FirstWord(spec, &rest);
    code->line = line_;
    if (word.empty()) {
      Error("missing code after '='");
      return false;
    }
    if (codes_ != nullptr) {
      std::string problem = codes_->Check(word, kind_ == EntryKind::kAgent);
      if (!problem.empty()) {
        Error(problem);
        entry_failed_ = true;
        return false;
      }
    }
    if (kind_ == EntryKind::kPlace && word.size() != 3) {
      Error("a place's code is a country only (three letters), not \"" + std::string(word) + "\"");
      entry_failed_ = true;
      return false;
    }
    code->code = std::string(word);
    if (rest.empty()) return true;
    std::string_view range = rest;
    if (range.find_first_of(" \t") != std::string_view::npos) {
      Error("unexpected text after the date range: \"" + std::string(range) + "\"");
      entry_failed_ = true;
      return false;
    }
    size_t dots = range.find("..");
    if (dots == std::string_view::npos) {
      Error("expected a date range FROM..TO after the code, got \"" + std::string(range) + "\"");
      entry_failed_ = true;
      return false;
    }
    std::string_view from = range.substr(0, dots), to = range.substr(dots + 2);
    if ((!from.empty() && !ParseIsoDate(from, false, &code->from)) ||
        (!to.empty() && !ParseIsoDate(to, true, &code->to))) {
      Error("bad date in \"" + std::string(range) + "\" (use YYYY-MM-DD, YYYY-MM or YYYY)");
      entry_failed_ = true;
      return false;
    }
    if (from.empty() && to.empty()) {
      Error("a range needs at least one end; write the code alone for \"any date\"");
      entry_failed_ = true;
      return false;
    }
    code->ranged = true;
    if (code->from > code->to) {
      Error("inverted date range " + std::string(range));
      entry_failed_ = true;
      return false;
    }
    return true;
  }

  void CheckEntry() {
    int64_t saved = line_;
    if (entry_.codes.empty() && entry_.kind != EntryKind::kDiscard) {
      line_ = entry_.line;
      Error("entry has no code");
      entry_failed_ = true;
    }
    std::vector<const RoleCode*> ranged;
    const RoleCode* unranged = nullptr;
    for (const RoleCode& c : entry_.codes) {
      if (c.ranged) {
        ranged.push_back(&c);
      } else if (unranged != nullptr) {
        line_ = c.line;
        Error("second code without a date range (line " + std::to_string(unranged->line) +
              " has one); give one of them a range");
        entry_failed_ = true;
      } else {
        unranged = &c;
      }
    }
    std::sort(ranged.begin(), ranged.end(),
              [](const RoleCode* a, const RoleCode* b) { return a->from < b->from; });
    for (size_t i = 1; i < ranged.size(); ++i) {
      if (ranged[i]->from <= ranged[i - 1]->to) {
        line_ = ranged[i]->line;
        Error("date range overlaps the one on line " + std::to_string(ranged[i - 1]->line));
        entry_failed_ = true;
      }
    }
    line_ = saved;
  }

  std::string_view path_;
  const CodeTable* codes_;
  Diagnostics* diag_;
  DictionaryFile* file_;
  int64_t line_ = 0;
  EntryKind kind_ = EntryKind::kCountry;
  bool kind_set_ = false;
  bool open_ = false;
  bool entry_failed_ = false;
  bool orphan_reported_ = false;
  DictionaryEntry entry_;
};

}  // namespace

std::string NameKey(std::string_view name) {
  std::string key;
  bool space = false;
  for (char c : name) {
    if (IsBlank(c)) {
      space = !key.empty();
      continue;
    }
    if (space) key += ' ';
    space = false;
    key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return key;
}

DictionaryFile ReadNativeDictionary(std::string_view text, std::string_view path,
                                    const CodeTable* codes, Diagnostics* diagnostics) {
  DictionaryFile file;
  file.path = std::string(path);
  file.format = DictionaryFormat::kNative;
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // A BOM from some editors.
  Reader reader(path, codes, diagnostics, &file);
  int64_t number = 0;
  ForEachLine(text, [&](std::string_view line, int64_t n) {
    reader.Line(line, n);
    number = n;
  });
  reader.Finish();
  file.lines = number;
  return file;
}

void ReportDuplicateNames(const std::vector<const DictionaryFile*>& files,
                          Diagnostics* diagnostics) {
  struct Seen {
    const DictionaryFile* file;
    int64_t line;
    const DictionaryEntry* entry;
  };
  std::unordered_map<std::string, Seen> seen[7];
  for (const DictionaryFile* file : files) {
    for (const DictionaryEntry& entry : file->entries) {
      auto& table = seen[static_cast<int>(entry.kind)];
      for (size_t i = 0; i < entry.names.size(); ++i) {
        std::string key = NameKey(entry.names[i]);
        auto [it, inserted] = table.emplace(key, Seen{file, entry.name_lines[i], &entry});
        if (inserted) continue;
        std::string where = it->second.file == file
                                ? "line " + std::to_string(it->second.line)
                                : it->second.file->path + ":" + std::to_string(it->second.line);
        std::string reason = "duplicate name \"" + entry.names[i] + "\"";
        reason += it->second.entry == &entry ? " in the same entry" : ", also at " + where;
        diagnostics->Error(file->path, entry.name_lines[i], reason);
      }
    }
  }
}

}  // namespace dyad::actors
