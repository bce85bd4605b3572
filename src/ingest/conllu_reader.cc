// CoNLL-U input: already tokenized documents, streamed one `# newdoc` at a
// time. The text stage parses the lines; here we only split and name them.
#include "base/utf8.h"
#include "ingest/line_reader.h"
#include "ingest/readers.h"

namespace dyad::ingest {
namespace {

bool IsNewdoc(std::string_view line) {
  return line == "# newdoc" || line.starts_with("# newdoc ");
}

// "X" from "# newdoc id = X"; empty if the line has no id.
std::string NewdocId(std::string_view line) {
  size_t eq = line.find('=');
  if (!line.starts_with("# newdoc id") || eq == std::string_view::npos) return "";
  std::string_view id = line.substr(eq + 1);
  while (!id.empty() && (id.front() == ' ' || id.front() == '\t')) id.remove_prefix(1);
  while (!id.empty() && (id.back() == ' ' || id.back() == '\t')) id.remove_suffix(1);
  return std::string(id);
}

class ConlluReader : public ArticleReader {
 public:
  ConlluReader(std::string path, std::unique_ptr<SequentialFile> file, const IngestOptions& options,
               Diagnostics* diag)
      : path_(std::move(path)),
        lines_(std::move(file), options.max_record_bytes),
        options_(options),
        diag_(diag) {}

  Result<bool> Next(Article* a) override {
    while (!done_) {
      Result<bool> got = ReadDocument(a);
      if (!got.ok() || *got) return got;
    }
    return false;
  }

 private:
  // Reads one document; false if it was skipped (reported) or none was left.
  Result<bool> ReadDocument(Article* a) {
    std::string doc, id;
    int64_t first_line = 0;
    bool started = false, has_tokens = false, bad = false;
    if (!pending_.empty()) {
      doc = pending_ + "\n";
      first_line = pending_line_;
      id = NewdocId(pending_);
      started = true;
      pending_.clear();
    }
    std::string line;
    while (true) {
      auto outcome = lines_.Next(&line);
      if (!outcome.ok()) return outcome.status();
      if (*outcome == LineReader::Outcome::kEnd) {
        done_ = true;
        break;
      }
      const int64_t n = lines_.line_number();
      if (*outcome == LineReader::Outcome::kTooLong) {
        diag_->Error(path_, n, "line longer than " + std::to_string(options_.max_record_bytes) +
                                   " bytes; document skipped");
        bad = true;
        continue;
      }
      if (IsNewdoc(line)) {
        if (started && has_tokens) {
          pending_ = line;
          pending_line_ = n;
          break;
        }
        // Only comments or blank lines so far: they belong to this document.
        if (!started) first_line = n;
        id = NewdocId(line);
        started = true;
      }
      if (!started && line.empty()) continue;
      if (!started) first_line = n;
      started = true;
      if (!bad && FindInvalidUtf8(line) != std::string::npos) {
        diag_->Error(path_, n, "invalid UTF-8; document skipped");
        bad = true;
      }
      if (!line.empty() && line[0] != '#') has_tokens = true;
      if (bad) continue;
      if (doc.size() + line.size() + 1 > options_.max_record_bytes) {
        diag_->Error(path_, first_line, "document larger than " +
                                            std::to_string(options_.max_record_bytes) +
                                            " bytes; skipped");
        bad = true;
        continue;
      }
      doc += line;
      doc += '\n';
    }
    if (!started || bad) return false;
    ++documents_;
    *a = Article();
    a->file = path_;
    a->line = first_line;
    a->format = InputFormat::kConllu;
    a->id = !id.empty() ? id : IdForFile(path_, doc);
    if (id.empty() && documents_ > 1) a->id += "-" + std::to_string(documents_);
    a->text = std::move(doc);
    if (!has_tokens) diag_->Warning(path_, first_line, "CoNLL-U document has no tokens");
    a->date = options_.default_date;
    return true;
  }

  std::string path_;
  LineReader lines_;
  IngestOptions options_;
  Diagnostics* diag_;
  std::string pending_;  // A "# newdoc" line that starts the next document.
  int64_t pending_line_ = 0;
  bool done_ = false;
  int documents_ = 0;
};

}  // namespace

std::unique_ptr<ArticleReader> NewConlluReader(std::string path, std::unique_ptr<SequentialFile> file,
                                               const IngestOptions& options, Diagnostics* diag) {
  return std::make_unique<ConlluReader>(std::move(path), std::move(file), options, diag);
}

}  // namespace dyad::ingest
