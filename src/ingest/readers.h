// Internal to ingest/: the per-format readers behind ArticleReader::Open.
#ifndef DYAD_INGEST_READERS_H_
#define DYAD_INGEST_READERS_H_

#include <memory>
#include <string>

#include "ingest/ingest.h"

namespace dyad::ingest {

// Each takes ownership of `file` (already decompressed) and reads it as one
// format. `path` names the input in diagnostics and ids.
std::unique_ptr<ArticleReader> NewJsonlReader(std::string path, std::unique_ptr<SequentialFile> file,
                                              const IngestOptions& options, Diagnostics* diag);
std::unique_ptr<ArticleReader> NewTextReader(std::string path, std::unique_ptr<SequentialFile> file,
                                             const IngestOptions& options, Diagnostics* diag);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_READERS_H_
