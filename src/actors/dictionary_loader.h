// Internal to actors/: finds, reads and counts dictionary files of any
// format, for ActorDictionary::Load and CheckDictionaries.
#ifndef DYAD_ACTORS_DICTIONARY_LOADER_H_
#define DYAD_ACTORS_DICTIONARY_LOADER_H_

#include <string>
#include <vector>

#include "actors/actors.h"
#include "actors/code_table.h"
#include "actors/dictionary.h"

namespace dyad::actors {

// home/data/cameo/codes.tsv.
Result<CodeTable> LoadCodeTable(const std::string& home);

// The default dictionaries: home/data/dictionaries/*.dict, sorted by name.
Result<std::vector<std::string>> DefaultDictionaryPaths(const std::string& home);

// Reads one file in the format `source.kind` names (or the detected one).
// Problems inside go to diagnostics; the Status is for an unreadable file.
Result<DictionaryFile> ReadDictionaryFile(const DictionarySource& source, const CodeTable* codes,
                                          Diagnostics* diagnostics);

// Adds a file's counts to *stats.
void CountFile(const DictionaryFile& file, DictionaryStats* stats);

}  // namespace dyad::actors

#endif  // DYAD_ACTORS_DICTIONARY_LOADER_H_
