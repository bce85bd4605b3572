// Internal to actors/: one reader per TABARI/PETRARCH format, called by
// ReadTabariDictionary (tabari_reader.h says what each format becomes).
// Each reads the whole text into *file (entries, lines, lines_ignored,
// prefix_names) and reports bad lines to *diagnostics under `path`.
#ifndef DYAD_ACTORS_TABARI_FORMATS_H_
#define DYAD_ACTORS_TABARI_FORMATS_H_

#include <string_view>

#include "actors/dictionary.h"
#include "base/diagnostics.h"

namespace dyad::actors::tabari {

// tabari_actors.cc (actors, discards) and tabari_agents.cc
void ReadActors(std::string_view text, std::string_view path, DictionaryFile* file,
                Diagnostics* diagnostics);
void ReadAgents(std::string_view text, std::string_view path, DictionaryFile* file,
                Diagnostics* diagnostics);
void ReadDiscards(std::string_view text, std::string_view path, DictionaryFile* file,
                  Diagnostics* diagnostics);

// tabari_syntax.cc: syntax only, no entries (the event coder reads them).
void CheckVerbs(std::string_view text, std::string_view path, DictionaryFile* file,
                Diagnostics* diagnostics);
void CheckOptions(std::string_view text, std::string_view path, DictionaryFile* file,
                  Diagnostics* diagnostics);
void CheckIssues(std::string_view text, std::string_view path, DictionaryFile* file,
                 Diagnostics* diagnostics);

}  // namespace dyad::actors::tabari

#endif  // DYAD_ACTORS_TABARI_FORMATS_H_
