// HTML: one article per page. Legacy charsets are converted to UTF-8 first
// (declared <meta charset>, else windows-1252), then html_text.h takes over.
#include "base/utf8.h"
#include "ingest/charset.h"
#include "ingest/html_text.h"
#include "ingest/readers.h"

namespace dyad::ingest {
namespace {

// Paragraphs of the extracted text searched for a dateline: a standfirst or
// byline may come first, and a page whose story is not found keeps its
// menus, which run to 100 entries or more.
constexpr int kDatelineParagraphs = 300;

class HtmlReader : public DocumentReader {
 public:
  HtmlReader(std::string path, std::unique_ptr<SequentialFile> file, const IngestOptions& options,
             Diagnostics* diag)
      : DocumentReader(std::move(path), std::move(file), options, diag, "HTML page") {}

 private:
  Status ParseDocument(std::string html) override {
    if (size_t bad = FindInvalidUtf8(html); bad != std::string::npos) {
      ToUtf8(bad, &html);
    }
    PageText page = ExtractPage(html);
    if (page.too_deep) {
      diag_->Error(
          path_, 0,
          "HTML nested deeper than " + std::to_string(kMaxHtmlDepth) + " elements; page skipped");
      return Status::Ok();
    }
    Article* a = &articles_.emplace_back();
    a->file = path_;
    a->format = InputFormat::kHtml;
    a->title = std::move(page.title);
    a->text = std::move(page.text);
    a->date = std::move(page.date);
    a->url = std::move(page.url);
    a->source = std::move(page.site_name);
    a->author = std::move(page.author);
    // Without a file name or URL, the id hashes the page itself, not the
    // extracted text, so that it survives changes to the extractor.
    a->id = IdForFile(path_, a->url.empty() ? std::string_view(html) : a->url);
    if (a->text.empty()) diag_->Warning(path_, 0, "no article text found in the HTML page");
    FinishArticle(options_, a, kDatelineParagraphs);
    return Status::Ok();
  }

  // Converts a page that is not UTF-8, with a warning saying from what.
  void ToUtf8(size_t bad, std::string* html) {
    std::string charset = DeclaredHtmlCharset(*html);
    const int64_t line = LineOfOffset(*html, bad);
    if (charset == "utf-8" || charset == "utf8") {
      diag_->Warning(path_, line,
                     "invalid UTF-8 in a page declared UTF-8; bad bytes replaced by U+FFFD");
      *html = ReplaceInvalidUtf8(*html);
      return;
    }
    charset = charset.empty() ? "windows-1252" : WebEncodingForLabel(charset);
    auto converted = ConvertToUtf8(*html, charset);
    if (!converted.ok()) {
      diag_->Warning(path_, line, converted.status().message() + "; reading as windows-1252");
      charset = "windows-1252";
      converted = ConvertToUtf8(*html, charset);
    }
    if (converted.ok()) {
      diag_->Warning(path_, line, "not UTF-8; converted from " + charset);
      *html = std::move(*converted);
    } else {
      diag_->Warning(path_, line, "not UTF-8; bad bytes replaced by U+FFFD");
      *html = ReplaceInvalidUtf8(*html);
    }
    if (FindInvalidUtf8(*html) != std::string::npos) *html = ReplaceInvalidUtf8(*html);
  }
};

}  // namespace

std::unique_ptr<ArticleReader> NewHtmlReader(std::string path, std::unique_ptr<SequentialFile> file,
                                             const IngestOptions& options, Diagnostics* diag) {
  return std::make_unique<HtmlReader>(std::move(path), std::move(file), options, diag);
}

}  // namespace dyad::ingest
