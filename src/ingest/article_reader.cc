// ArticleReader::Open: open, decompress, sniff, hand over to a format reader.
#include <algorithm>

#include "base/utf8.h"
#include "ingest/charset.h"
#include "ingest/dateline.h"
#include "ingest/format_sniffer.h"
#include "ingest/ingest.h"
#include "ingest/input_file.h"
#include "ingest/readers.h"

namespace dyad::ingest {
namespace {

// For inputs that are reported and skipped as a whole (empty, binary).
class EmptyReader : public ArticleReader {
 public:
  Result<bool> Next(Article*) override { return false; }
};

// The rest of a UTF-16 input (after `head`) as a UTF-8 file, or null (with
// an error reported) if it is too large or not UTF-16 after all.
Result<std::unique_ptr<SequentialFile>> ReadUtf16(const std::string& path, std::string head,
                                                  SequentialFile* file, size_t max,
                                                  Diagnostics* diag) {
  const char* charset = head.starts_with("\xFF\xFE") ? "UTF-16LE" : "UTF-16BE";
  std::string rest;
  auto complete = ReadAll(file, max, &rest);
  if (!complete.ok()) return complete.status();
  if (!*complete || head.size() + rest.size() > max) {
    diag->Error(path, 0, "UTF-16 input larger than " + std::to_string(max) + " bytes, skipped");
    return std::unique_ptr<SequentialFile>();
  }
  auto utf8 = ConvertToUtf8(head + rest, charset);
  if (!utf8.ok()) {
    diag->Error(path, 0, utf8.status().message() + ", skipped");
    return std::unique_ptr<SequentialFile>();
  }
  diag->Warning(path, 0, std::string("converted from ") + charset);
  return NewStringFile(std::move(*utf8));
}

}  // namespace

Result<InputFormat> ParseInputFormat(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text") return InputFormat::kText;
  if (name == "jsonl") return InputFormat::kJsonl;
  if (name == "html") return InputFormat::kHtml;
  if (name == "rss") return InputFormat::kRss;
  if (name == "conllu") return InputFormat::kConllu;
  return Status::InvalidArgument("unknown input format \"" + std::string(name) +
                                 "\" (expected text, jsonl, html, rss, conllu or auto)");
}

std::string_view InputFormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto: return "auto";
    case InputFormat::kText: return "text";
    case InputFormat::kJsonl: return "jsonl";
    case InputFormat::kHtml: return "html";
    case InputFormat::kRss: return "rss";
    case InputFormat::kConllu: return "conllu";
  }
  return "auto";
}

Result<std::unique_ptr<ArticleReader>> ArticleReader::Open(const std::string& path,
                                                           const IngestOptions& options,
                                                           FileSystem* fs, Diagnostics* diag) {
  auto is_dir = fs->IsDirectory(path);
  if (!is_dir.ok()) return is_dir.status();
  if (*is_dir) return Status::InvalidArgument(path + ": is a directory");
  auto raw = fs->NewSequentialFile(path);
  if (!raw.ok()) return raw.status();

  // Compression: by extension, else by magic bytes (stdin too).
  auto magic = ReadUpTo(raw->get(), 4);
  if (!magic.ok()) return magic.status();
  const Compression compression = CompressionOf(path, *magic);
  std::unique_ptr<SequentialFile> file = NewPrefixedFile(*magic, std::move(*raw));
  if (compression == Compression::kGzip) file = NewGzipFile(path, std::move(file));
  if (compression == Compression::kZstd) file = NewZstdFile(path, std::move(file));

  // The first decompressed bytes: empty? binary? which format?
  auto head = ReadUpTo(file.get(), kSniffBytes);
  if (!head.ok()) return head.status();
  if (head->empty()) {
    diag->Warning(path, 0, "empty input");
    return std::unique_ptr<ArticleReader>(new EmptyReader);
  }
  // UTF-16 with a byte order mark (as some editors and old servers save
  // pages): converted to UTF-8 as a whole, since every reader works on UTF-8.
  if (head->starts_with("\xFF\xFE") || head->starts_with("\xFE\xFF")) {
    auto utf8 = ReadUtf16(path, std::move(*head), file.get(), options.max_record_bytes, diag);
    if (!utf8.ok()) return utf8.status();
    if (!*utf8) return std::unique_ptr<ArticleReader>(new EmptyReader);
    head = ReadUpTo(utf8->get(), kSniffBytes);
    if (!head.ok()) return head.status();
    file = std::move(*utf8);
  }
  if (size_t nul = head->find('\0'); nul != std::string::npos) {
    diag->Error(path, LineOfOffset(*head, nul),
                "binary file (NUL byte at offset " + std::to_string(nul) + "), skipped");
    return std::unique_ptr<ArticleReader>(new EmptyReader);
  }
  // A UTF-8 byte order mark is not content (it would break the first JSON
  // line and end up in titles).
  if (head->starts_with("\xEF\xBB\xBF")) head->erase(0, 3);
  InputFormat format = options.format;
  if (format == InputFormat::kAuto) format = FormatFromExtension(path);
  if (format == InputFormat::kAuto) format = SniffFormat(*head);
  file = NewPrefixedFile(std::move(*head), std::move(file));

  switch (format) {
    case InputFormat::kJsonl: return NewJsonlReader(path, std::move(file), options, diag);
    case InputFormat::kHtml: return NewHtmlReader(path, std::move(file), options, diag);
    case InputFormat::kRss: return NewFeedReader(path, std::move(file), options, diag);
    case InputFormat::kConllu: return NewConlluReader(path, std::move(file), options, diag);
    case InputFormat::kText:
    case InputFormat::kAuto: break;
  }
  return NewTextReader(path, std::move(file), options, diag);
}

void FinishArticle(const IngestOptions& options, Article* a, int scan_paragraphs) {
  if (a->dateline.empty()) {
    std::optional<Dateline> d = FindDateline(a->text, a->body_begin);
    size_t p = a->body_begin;
    for (int i = 0; !d && i < scan_paragraphs; ++i) {
      p = a->text.find("\n\n", p);
      if (p == std::string::npos) break;
      p += 2;
      d = FindDateline(a->text, p);
      if (d && d->agency.empty() && i >= kDatelineAnyFormParagraphs) d.reset();
    }
    if (d) {
      a->dateline = d->place;
      a->body_begin = static_cast<uint32_t>(d->body_begin);
      if (a->source.empty()) a->source = d->agency;
    }
  }
  if (a->date.empty()) a->date = options.default_date;
}

std::string IdForFile(const std::string& path, std::string_view fallback) {
  return path == "-" ? HashId(fallback) : IdFromPath(path);
}

std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths, FileSystem* fs,
                                      Diagnostics* diag) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    auto is_dir = fs->IsDirectory(p);
    if (!is_dir.ok()) {
      diag->Error(p, 0, "no such file or directory");
      continue;
    }
    if (!*is_dir) {
      out.push_back(p);
      continue;
    }
    auto files = fs->ListFilesRecursive(p);
    if (!files.ok()) {
      diag->Error(p, 0, files.status().message());
      continue;
    }
    out.insert(out.end(), files->begin(), files->end());
  }
  return out;
}

}  // namespace dyad::ingest
