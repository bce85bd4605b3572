// Plain text: one article per file; see text_header.h for title and date.
#include "base/utf8.h"
#include "ingest/readers.h"
#include "ingest/text_header.h"

namespace dyad::ingest {
namespace {

class TextReader : public DocumentReader {
 public:
  TextReader(std::string path, std::unique_ptr<SequentialFile> file, const IngestOptions& options,
             Diagnostics* diag)
      : DocumentReader(std::move(path), std::move(file), options, diag, "text file") {}

 private:
  Status ParseDocument(std::string content) override {
    if (size_t bad = FindInvalidUtf8(content); bad != std::string::npos) {
      diag_->Error(path_, LineOfOffset(content, bad),
                   "invalid UTF-8 at byte " + std::to_string(bad) +
                       " (not a UTF-8 text file?); file skipped");
      return Status::Ok();
    }
    Article* a = &articles_.emplace_back();
    a->file = path_;
    a->format = InputFormat::kText;
    TextHeader header = ParseTextHeader(content);
    a->title = std::move(header.title);
    a->date = std::move(header.date);
    a->text = content.substr(header.body_offset);
    a->id = IdForFile(path_, content);
    if (a->text.find_first_not_of(" \t\r\n") == std::string::npos) {
      diag_->Warning(path_, 0, a->title.empty() ? "no text" : "only a title, no body text");
    }
    FinishArticle(options_, a);
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<ArticleReader> NewTextReader(std::string path, std::unique_ptr<SequentialFile> file,
                                             const IngestOptions& options, Diagnostics* diag) {
  return std::make_unique<TextReader>(std::move(path), std::move(file), options, diag);
}

}  // namespace dyad::ingest
