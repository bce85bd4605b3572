// Plain text: one article per file; the first non-empty line is the title.
#include "base/utf8.h"
#include "ingest/readers.h"

namespace dyad::ingest {
namespace {

class TextReader : public ArticleReader {
 public:
  TextReader(std::string path, std::unique_ptr<SequentialFile> file, const IngestOptions& options,
             Diagnostics* diag)
      : path_(std::move(path)), file_(std::move(file)), options_(options), diag_(diag) {}

  Result<bool> Next(Article* a) override {
    if (done_) return false;
    done_ = true;
    std::string content;
    char buf[1 << 16];
    while (true) {
      auto n = file_->Read(buf, sizeof buf);
      if (!n.ok()) return n.status();
      if (*n == 0) break;
      content.append(buf, *n);
    }
    if (size_t bad = FindInvalidUtf8(content); bad != std::string::npos) {
      diag_->Error(path_, LineOfOffset(content, bad), "invalid UTF-8; file skipped");
      return false;
    }
    *a = Article();
    a->file = path_;
    a->format = InputFormat::kText;
    a->id = path_ == "-" ? HashId(content) : IdFromPath(path_);
    size_t start = content.find_first_not_of(" \t\r\n");
    if (start == std::string::npos) {
      diag_->Warning(path_, 0, "empty article");
      a->date = options_.default_date;
      return true;
    }
    size_t eol = content.find('\n', start);
    a->title = content.substr(start, eol == std::string::npos ? std::string::npos : eol - start);
    while (!a->title.empty() && (a->title.back() == '\r' || a->title.back() == ' ')) {
      a->title.pop_back();
    }
    a->text = eol == std::string::npos ? "" : content.substr(eol + 1);
    a->date = options_.default_date;
    return true;
  }

 private:
  std::string path_;
  std::unique_ptr<SequentialFile> file_;
  IngestOptions options_;
  Diagnostics* diag_;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<ArticleReader> NewTextReader(std::string path, std::unique_ptr<SequentialFile> file,
                                             const IngestOptions& options, Diagnostics* diag) {
  return std::make_unique<TextReader>(std::move(path), std::move(file), options, diag);
}

}  // namespace dyad::ingest
