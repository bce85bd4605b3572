// JSON Lines: one article per line, {"id","date","title","text"|"html","url","source"}.
// nlohmann::json is used in its non-throwing mode (parse with
// allow_exceptions=false, typed access only after checking the type), so no
// exception leaves this file.
#include <nlohmann/json.hpp>

#include "base/utf8.h"
#include "ingest/html_text.h"
#include "ingest/line_reader.h"
#include "ingest/readers.h"

namespace dyad::ingest {
namespace {

class JsonlReader : public ArticleReader {
 public:
  JsonlReader(std::string path, std::unique_ptr<SequentialFile> file, const IngestOptions& options,
              Diagnostics* diag)
      : path_(std::move(path)),
        lines_(std::move(file), options.max_record_bytes),
        options_(options),
        diag_(diag) {}

  Result<bool> Next(Article* article) override {
    std::string line;
    while (true) {
      auto outcome = lines_.Next(&line);
      if (!outcome.ok()) return outcome.status();
      if (*outcome == LineReader::Outcome::kEnd) return false;
      const int64_t n = lines_.line_number();
      if (*outcome == LineReader::Outcome::kTooLong) {
        diag_->Error(path_, n, "line longer than " + std::to_string(options_.max_record_bytes) +
                                   " bytes; skipped");
        continue;
      }
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      if (ParseLine(line, n, article)) return true;
    }
  }

 private:
  bool ParseLine(const std::string& line, int64_t n, Article* a) {
    if (size_t bad = FindInvalidUtf8(line); bad != std::string::npos) {
      diag_->Error(path_, n, "invalid UTF-8 at byte " + std::to_string(bad + 1) + "; record skipped");
      return false;
    }
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
      diag_->Error(path_, n, "malformed JSON; record skipped");
      return false;
    }
    if (!j.is_object()) {
      diag_->Error(path_, n, "expected a JSON object; record skipped");
      return false;
    }
    *a = Article();
    a->file = path_;
    a->line = n;
    a->format = InputFormat::kJsonl;
    auto str = [&](const char* key) -> std::string {
      auto it = j.find(key);
      if (it == j.end() || it->is_null()) return "";
      if (it->is_string()) return it->get<std::string>();
      if (it->is_number_integer()) return std::to_string(it->get<long long>());
      return "";
    };
    a->title = str("title");
    a->url = str("url");
    a->source = str("source");
    a->author = str("author");
    a->text = str("text");
    bool from_html = false;
    std::string html;
    if (a->text.empty()) {
      if (html = str("html"); !html.empty()) {
        from_html = true;
        PageText page = ExtractPage(html);
        if (page.too_deep) {
          diag_->Error(path_, n, "\"html\" nested deeper than " + std::to_string(kMaxHtmlDepth) +
                                     " elements; record skipped");
          return false;
        }
        a->text = std::move(page.text);
        if (a->text.empty()) diag_->Warning(path_, n, "no article text found in \"html\"");
        if (a->title.empty()) a->title = std::move(page.title);
        if (a->url.empty()) a->url = std::move(page.url);
        if (a->source.empty()) a->source = std::move(page.site_name);
        if (a->author.empty()) a->author = std::move(page.author);
        if (str("date").empty()) a->date = std::move(page.date);
      }
    }
    if (a->text.empty() && !from_html) {
      diag_->Warning(path_, n, "record has no \"text\" or \"html\"");
    }
    a->id = str("id");
    // Hash the page, not its extracted text: ids survive extractor changes.
    if (a->id.empty()) a->id = HashId(!a->url.empty() ? a->url : from_html ? html : a->text);
    std::string date = str("date");
    if (!date.empty()) {
      auto d = NormalizeDate(date);
      if (d.ok()) {
        a->date = *d;
      } else {
        diag_->Warning(path_, n, "unrecognised date \"" + date + "\"");
      }
    }
    FinishArticle(options_, a);
    return true;
  }

  std::string path_;
  LineReader lines_;
  IngestOptions options_;
  Diagnostics* diag_;
};

}  // namespace

std::unique_ptr<ArticleReader> NewJsonlReader(std::string path, std::unique_ptr<SequentialFile> file,
                                              const IngestOptions& options, Diagnostics* diag) {
  return std::make_unique<JsonlReader>(std::move(path), std::move(file), options, diag);
}

}  // namespace dyad::ingest
