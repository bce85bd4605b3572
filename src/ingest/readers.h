// Internal to ingest/: the per-format readers behind ArticleReader::Open, and
// the finishing step they all share.
#ifndef DYAD_INGEST_READERS_H_
#define DYAD_INGEST_READERS_H_

#include <memory>
#include <string>
#include <vector>

#include "ingest/ingest.h"

namespace dyad::ingest {

// Each takes ownership of `file` (already decompressed, sniffed bytes put
// back) and reads it as one format. `path` names the input in diagnostics
// and ids. `diag` must outlive the reader.
std::unique_ptr<ArticleReader> NewJsonlReader(std::string path,
                                              std::unique_ptr<SequentialFile> file,
                                              const IngestOptions& options, Diagnostics* diag);
std::unique_ptr<ArticleReader> NewTextReader(std::string path, std::unique_ptr<SequentialFile> file,
                                             const IngestOptions& options, Diagnostics* diag);
std::unique_ptr<ArticleReader> NewHtmlReader(std::string path, std::unique_ptr<SequentialFile> file,
                                             const IngestOptions& options, Diagnostics* diag);
std::unique_ptr<ArticleReader> NewFeedReader(std::string path, std::unique_ptr<SequentialFile> file,
                                             const IngestOptions& options, Diagnostics* diag);
std::unique_ptr<ArticleReader> NewConlluReader(std::string path,
                                               std::unique_ptr<SequentialFile> file,
                                               const IngestOptions& options, Diagnostics* diag);

// Base of the readers whose format is one whole document (text, HTML, a
// feed): on the first Next it reads the input, at most max_record_bytes of it
// (a larger input is reported as "<what> larger than N bytes; skipped"), and
// hands it to ParseDocument, whose articles Next then returns in order.
class DocumentReader : public ArticleReader {
 public:
  Result<bool> Next(Article* article) final;

 protected:
  // `what` names the input in the too-large report ("HTML page", "feed").
  DocumentReader(std::string path, std::unique_ptr<SequentialFile> file,
                 const IngestOptions& options, Diagnostics* diag, std::string what)
      : path_(std::move(path)),
        options_(options),
        diag_(diag),
        file_(std::move(file)),
        what_(std::move(what)) {}

  // Appends the articles of `content` to articles_, reporting bad content to
  // diag_. A non-OK Status means the input could not be read at all.
  virtual Status ParseDocument(std::string content) = 0;

  const std::string path_;
  const IngestOptions options_;
  Diagnostics* const diag_;
  std::vector<Article> articles_;

 private:
  std::unique_ptr<SequentialFile> file_;
  std::string what_;
  bool loaded_ = false;
  size_t next_ = 0;
};

// What every reader does last: finds a wire dateline at body_begin (setting
// dateline, body_begin and, when source is empty, source) and gives an
// undated article options.default_date. `scan_paragraphs` > 0 (HTML, whose
// text may open with a standfirst, byline or menus) also tries the start of that many further
// paragraphs; past the first kDatelineAnyFormParagraphs only datelines with
// an agency ("JAKARTA (Reuters) -") count there.
inline constexpr int kDatelineAnyFormParagraphs = 40;
void FinishArticle(const IngestOptions& options, Article* article, int scan_paragraphs = 0);

// "a1" for "news/a1.txt"; for stdin ("-"), HashId(fallback).
std::string IdForFile(const std::string& path, std::string_view fallback);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_READERS_H_
