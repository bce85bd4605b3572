// Internal to actors/: what the readers of TABARI/PETRARCH actors, agents
// and discards files (tabari_actors.cc, tabari_agents.cc) share: names
// turned into entry names, and the lines a file may hold besides entries.
//
//   FileExtras extras(path, &file, diagnostics);
//   for (Line line; lines.Next(&line);) {
//     if (extras.Consume(line) || line.text.empty()) continue;
//     ...read an entry, AddName(phrase, line.number, &entry, &file, &reason)...
//   }
//   extras.Finish();
#ifndef DYAD_ACTORS_TABARI_ENTRIES_H_
#define DYAD_ACTORS_TABARI_ENTRIES_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "actors/dictionary.h"
#include "actors/tabari_scan.h"
#include "base/diagnostics.h"

namespace dyad::actors::tabari {

// "'text'", for messages.
std::string Quote(std::string_view s);

// Adds `phrase` (TABARI spelling, see PhraseToText) as a name of *entry,
// with its line, unless the entry has it already: Phoenix repeats synonyms
// within a block ("+SECRETARY-GENERAL_KOFI_ANNAN"), which adds nothing.
// Counts names without a final '_' in file->prefix_names unless `file` is
// null (discards, where the difference does not exist). False, with
// *reason, for an empty name, one with '|', '=', '<', '>' or '~' (they would
// change its meaning to dyad's native format or to TABARI: "MOUSE="), a
// control character (Phoenix's "Z\x1AROUAL", a lost accent) or bytes that
// are not UTF-8: such a name could never match text dyad has read.
bool AddName(std::string_view phrase, int64_t line, DictionaryEntry* entry, DictionaryFile* file,
             std::string* reason);

// What may sit in a file beside its entries: TABARI's "<NOUN>" and
// "<ADJECTIVE>" word lists (parser data; skipped, counted in
// file->lines_ignored, one warning per list) and its "~~FINISH" end marker
// (the lines after it are counted and reported once).
// Not thread-safe; one per file read.
class FileExtras {
 public:
  FileExtras(std::string_view path, DictionaryFile* file, Diagnostics* diag)
      : path_(path), file_(file), diag_(diag) {}

  // True when the line was one of these, lies inside a skipped list or
  // after the end marker, or is a bad tag line (reported): the caller must
  // not read it.
  bool Consume(const Line& line);

  // Reports a list left open and the lines after the end marker.
  void Finish();

 private:
  std::string_view path_;
  DictionaryFile* file_;
  Diagnostics* diag_;
  std::string section_;  // The open list's tag ("NOUN"), empty: none.
  int64_t section_line_ = 0;
  int64_t section_lines_ = 0;
  bool finished_ = false;
  int64_t after_finish_ = 0;
  int64_t after_finish_line_ = 0;
};

}  // namespace dyad::actors::tabari

#endif  // DYAD_ACTORS_TABARI_ENTRIES_H_
