// Internal to ingest/: the per-format readers behind ArticleReader::Open, and
// the finishing step they all share.
#ifndef DYAD_INGEST_READERS_H_
#define DYAD_INGEST_READERS_H_

#include <memory>
#include <string>

#include "ingest/ingest.h"

namespace dyad::ingest {

// Each takes ownership of `file` (already decompressed, sniffed bytes put
// back) and reads it as one format. `path` names the input in diagnostics
// and ids. `diag` must outlive the reader.
std::unique_ptr<ArticleReader> NewJsonlReader(std::string path, std::unique_ptr<SequentialFile> file,
                                              const IngestOptions& options, Diagnostics* diag);
std::unique_ptr<ArticleReader> NewTextReader(std::string path, std::unique_ptr<SequentialFile> file,
                                             const IngestOptions& options, Diagnostics* diag);
std::unique_ptr<ArticleReader> NewHtmlReader(std::string path, std::unique_ptr<SequentialFile> file,
                                             const IngestOptions& options, Diagnostics* diag);
std::unique_ptr<ArticleReader> NewFeedReader(std::string path, std::unique_ptr<SequentialFile> file,
                                             const IngestOptions& options, Diagnostics* diag);
std::unique_ptr<ArticleReader> NewConlluReader(std::string path, std::unique_ptr<SequentialFile> file,
                                               const IngestOptions& options, Diagnostics* diag);

// What every reader does last: finds a wire dateline at body_begin (setting
// dateline, body_begin and, when source is empty, source) and gives an
// undated article options.default_date. `scan_paragraphs` > 0 (HTML, whose
// visible text opens with menus) also tries the start of that many further
// paragraphs; past the first kDatelineAnyFormParagraphs only datelines with
// an agency ("JAKARTA (Reuters) -") count there.
inline constexpr int kDatelineAnyFormParagraphs = 40;
void FinishArticle(const IngestOptions& options, Article* article, int scan_paragraphs = 0);

// "a1" for "news/a1.txt"; for stdin ("-"), HashId(fallback).
std::string IdForFile(const std::string& path, std::string_view fallback);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_READERS_H_
