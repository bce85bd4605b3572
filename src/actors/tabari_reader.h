// Internal to actors/: reads TABARI and PETRARCH dictionaries.
// (Interface stub; the importer replaces this file.)
#ifndef DYAD_ACTORS_TABARI_READER_H_
#define DYAD_ACTORS_TABARI_READER_H_

#include <string_view>

#include "actors/dictionary.h"
#include "base/diagnostics.h"
#include "base/status.h"

namespace dyad::actors {

DictionaryFormat DetectFormat(std::string_view text, std::string_view path);

Result<DictionaryFile> ReadTabariDictionary(std::string_view text, std::string_view path,
                                            DictionaryFormat format, Diagnostics* diagnostics);

}  // namespace dyad::actors

#endif  // DYAD_ACTORS_TABARI_READER_H_
