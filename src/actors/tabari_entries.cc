#include "actors/tabari_entries.h"

#include <algorithm>
#include <cstdio>

#include "base/utf8.h"

namespace dyad::actors::tabari {
namespace {

// AddName's character rules (tabari_entries.h says why).
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

}  // namespace

std::string Quote(std::string_view s) { return "'" + std::string(s) + "'"; }

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
  entry->name_stems.resize(entry->names.size() - 1, 0);
  entry->name_stems.push_back(whole_word ? 0 : 1);
  uint32_t blanks = 0;
  size_t words = 0;
  bool in_word = false, saw_blank = false;
  for (char c : phrase) {
    if (c == '_' || c == ' ' || c == '\t') {
      in_word = false;
      saw_blank = saw_blank || c != '_';
      continue;
    }
    if (!in_word) {
      if (words > 0 && saw_blank && words < 32) blanks |= 1u << words;
      ++words;
      saw_blank = false;
      in_word = true;
    }
  }
  entry->name_blanks.resize(entry->names.size() - 1, 0);
  entry->name_blanks.push_back(blanks);
  return true;
}

bool FileExtras::Consume(const Line& line) {
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

void FileExtras::Finish() {
  if (!section_.empty()) {
    diag_->Warning(path_, section_line_,
                   "<" + section_ + "> list is not closed: the " + std::to_string(section_lines_) +
                       " lines after it were skipped");
  }
  if (after_finish_ > 0) {
    diag_->Warning(
        path_, after_finish_line_,
        std::to_string(after_finish_) + " lines after the end marker '~~' were not read");
  }
}

}  // namespace dyad::actors::tabari
