// Internal to actors/: reads dyad's native dictionary format
// (docs/dictionaries.md) and checks it.
//
// Every problem is reported to Diagnostics as `path:line: reason`, the
// faulty line (or entry) is skipped and reading goes on, so that
// `dyad dict check` lists all problems of a file in one run.
#ifndef DYAD_ACTORS_NATIVE_READER_H_
#define DYAD_ACTORS_NATIVE_READER_H_

#include <string_view>
#include <vector>

#include "actors/code_table.h"
#include "actors/dictionary.h"
#include "base/diagnostics.h"

namespace dyad::actors {

// Parses `text`. Codes are checked against `codes` when it is not null.
// Entries with an error are left out of the result; entries with a warning
// are kept.
DictionaryFile ReadNativeDictionary(std::string_view text, std::string_view path,
                                    const CodeTable* codes, Diagnostics* diagnostics);

// Reports names that occur in more than one entry of the same kind across
// `files` (case and spacing ignored), naming both places. The first entry
// keeps the name when dyad loads such files.
void ReportDuplicateNames(const std::vector<const DictionaryFile*>& files,
                          Diagnostics* diagnostics);

// The key names are compared by for duplicates: lower case, single spaces.
std::string NameKey(std::string_view name);

}  // namespace dyad::actors

#endif  // DYAD_ACTORS_NATIVE_READER_H_
