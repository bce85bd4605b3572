// ingest: articles in, from the formats people have them in.
//
// An ArticleReader turns one input (a file, or "-" for stdin; .gz and .zst
// are decompressed on the fly) into Articles, one at a time, so memory stays
// flat on long streams. Formats: plain text, JSON Lines, HTML, RSS 2.0/Atom
// and CoNLL-U; kAuto decides by extension, then by content.
//
//   dyad::CollectingDiagnostics diag;
//   dyad::ingest::IngestOptions options;               // format = kAuto
//   auto paths = dyad::ingest::ExpandInputs({"news/"}, fs, &diag);
//   for (const auto& path : paths) {
//     auto reader = dyad::ingest::ArticleReader::Open(path, options, fs, &diag);
//     if (!reader.ok()) { ... report reader.status(), go on ... }
//     dyad::ingest::Article a;
//     while (true) {
//       auto more = (*reader)->Next(&a);
//       if (!more.ok() || !*more) break;
//       Use(a);
//     }
//   }
//
// A bad record (truncated JSON line, invalid UTF-8, a feed that is not XML)
// is reported to the Diagnostics as "FILE:LINE: reason" and skipped; every
// other record is still returned. What each kind of bad input does:
//   empty input (after decompression)   warning "empty input"; no articles
//   UTF-16 with a byte order mark       warning "converted from UTF-16LE";
//                                       read as the UTF-8 equivalent
//   NUL byte in the first 8 KB          error "binary file (...), skipped"
//   corrupt/truncated .gz or .zst       Open or Next returns kDataError
//                                       "FILE: corrupt gzip stream: ..."; the
//                                       articles before the damage stand
//   JSONL: malformed or truncated line, error at that line ("malformed JSON",
//     a non-object, invalid UTF-8,      "expected a JSON object", "invalid
//     a line over max_record_bytes      UTF-8 at byte N", "line longer
//                                       than N bytes"); the line is skipped
//   text file with invalid UTF-8        error at the first bad line; the file
//                                       is skipped (no guessing of charsets
//                                       for plain text)
//   HTML not in UTF-8                   converted from its <meta charset>, or
//                                       else windows-1252, with a warning
//   HTML page with no article (only     warning "no article text found ...";
//     menus, links, a login form)       article with empty text and metadata
//   feed that is not XML / not a feed   error "not an RSS or Atom feed: ..."
//                                       at libxml2's line; no articles
//   feed item without text              warning; title-only article
//   CoNLL-U document with invalid UTF-8 error at that line; document skipped
//   page, feed or text file over        error; input skipped
//     max_record_bytes
//
// Article ids: the JSONL "id" field; else the file's base name ("news/
// a1.html.gz" -> "a1", CoNLL-U: "# newdoc id = X", later unnamed documents
// get "-2", "-3"...); else (stdin, JSONL without id) HashId of the URL, or
// else of the page's HTML (so the id survives changes to the extractor) or
// the text. Feed items: the guid, else HashId(link), else HashId(title and
// text), made distinct within a feed with "-2", "-3".
//
// Wire datelines ("GENEVA (Reuters) - ", "WASHINGTON, May 3 (AP) -",
// "LONDON —") at the start of every article's body fill dateline, source
// (when empty) and body_begin; `text` keeps the dateline. For HTML, whose
// text may open with a standfirst, a byline or (when extraction keeps the
// whole page) menus, the start of each of the first 300 paragraphs is tried too (past the 40th only with an agency in
// parentheses), and body_begin then skips everything before the story.
//
// Plain text is one article per file: the first non-empty line is the title;
// date and byline lines right after it (or before it) ("April 24, 2024",
// "Updated April 24, 2024 7:25 PM EDT", "By Jane Doe") give the date and are
// not part of `text`. A leading UTF-8 byte order mark is dropped from every
// input.
// HTML pages (files, and JSONL records carrying "html") go through main-text
// extraction: the story's paragraphs only, separated by a blank line, without
// menus, share bars, adverts, captions, related links or comments; title,
// date, URL, site (`source`) and author come from the page's JSON-LD, meta
// tags and markup. Feed items' HTML bodies keep all their visible text.
// HTML is parsed with gumbo, feeds with libxml2, never fetching anything.
//
// Thread-safety: an ArticleReader belongs to one thread; the free functions
// are thread-safe.
#ifndef DYAD_INGEST_INGEST_H_
#define DYAD_INGEST_INGEST_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "base/status.h"

namespace dyad::ingest {

// Values are not persisted; order is the order of `--input` in the help.
enum class InputFormat : uint8_t { kAuto, kText, kJsonl, kHtml, kRss, kConllu };

// "text", "jsonl", "html", "rss", "conllu", "auto" -> format; kInvalidArgument
// for anything else.
Result<InputFormat> ParseInputFormat(std::string_view name);
std::string_view InputFormatName(InputFormat format);

// One news article, or for CoNLL-U input one document (`# newdoc`).
struct Article {
  std::string id;        // Stable: rerunning on the same input gives the same id.
  std::string title;     // Headline; may be empty.
  std::string date;      // Publication date as YYYY-MM-DD; empty when unknown.
  std::string url;       // Link or canonical URL; may be empty.
  std::string source;    // Outlet or agency ("Reuters"); may be empty.
  std::string author;    // Byline ("Jane Doe, John Roe"); may be empty.
  std::string dateline;  // Place of a wire dateline ("GENEVA"); may be empty.
  // The body in UTF-8, exactly as it stands in the input (HTML: the
  // extracted main text). Sentences and token offsets refer to this string.
  std::string text;
  // Byte offset in `text` where the story's words begin: past a wire dateline
  // such as "GENEVA (Reuters) - ", which is not part of the first sentence.
  uint32_t body_begin = 0;
  // kConllu when `text` holds CoNLL-U lines (already tokenized); otherwise the
  // format the article was read from.
  InputFormat format = InputFormat::kText;
  std::string file;   // Input it came from ("-" for stdin), for diagnostics.
  // 1-based line in `file` where the record starts: the JSON line, the
  // feed's <item>, the CoNLL-U document's first line; 1 for whole files.
  int64_t line = 1;
};

struct IngestOptions {
  // kAuto: by extension (.txt .jsonl/.ndjson .html/.htm .rss/.atom/.xml
  // .conllu, under .gz/.zst), then by the first bytes: "{" jsonl; <rss>,
  // <feed>, <rdf:RDF> (or other XML) rss; other markup html; CoNLL-U comments
  // or token lines conllu; else text. Compression is chosen by extension or
  // by magic bytes, so compressed stdin works too.
  InputFormat format = InputFormat::kAuto;
  // YYYY-MM-DD given to articles that carry no date of their own (`--date`);
  // empty leaves them undated (the CLI warns).
  std::string default_date;
  // A record (a JSON line, a whole HTML page, feed, text file or CoNLL-U
  // document) larger than this is rejected with a diagnostic rather than
  // parsed; protects memory on hostile input. Lines over the limit are
  // drained without being kept, so they cost no more than the limit.
  size_t max_record_bytes = size_t{256} << 20;
};

class ArticleReader {
 public:
  virtual ~ArticleReader() = default;

  // Opens one input file, or "-" for stdin, reads its first 8 KB (after
  // decompression) to choose the format and spot empty or binary inputs, and
  // returns a reader; sniffed bytes are not lost. Returns kNotFound/kIOError
  // when it cannot be opened, kInvalidArgument for a directory (use
  // ExpandInputs), kDataError "PATH: corrupt gzip|zstd stream: ..." when the
  // compressed data is damaged within those first bytes. An empty or binary
  // input is reported to `diagnostics` and gives a reader with no articles.
  // `fs` and `diagnostics` must outlive the reader.
  static Result<std::unique_ptr<ArticleReader>> Open(const std::string& path,
                                                     const IngestOptions& options,
                                                     FileSystem* fs, Diagnostics* diagnostics);

  // Fills *article with the next article and returns true, or returns false
  // at the end of the input. Bad records are reported and skipped. A non-OK
  // Status means the rest of this input cannot be read (I/O error, corrupt
  // compressed stream); what was returned before stays valid.
  virtual Result<bool> Next(Article* article) = 0;
};

// Expands the command line's inputs: files as given, directories recursively
// (sorted; hidden entries skipped), "-" as stdin. A path that does not exist
// is reported as an error and left out.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& paths, FileSystem* fs,
                                      Diagnostics* diagnostics);

// The id of a file's article: its base name without compression and format
// extensions ("news/a1.html.gz" -> "a1").
std::string IdFromPath(std::string_view path);

// A short stable id from content (a URL or text): 16 hex digits of a 64-bit
// FNV-1a hash, the same on every machine and run.
std::string HashId(std::string_view content);

// Normalises a date in the usual news forms to YYYY-MM-DD: "2024-04-24",
// "2024/04/24", "20240424", RFC 3339 / ISO 8601 times ("2024-04-24T19:25:00
// +02:00": the date as written, not converted to UTC), RFC 822 ("Wed, 24 Apr
// 2024 19:25:00 GMT"), "Apr 24, 2024", "Apr. 24, 2024", "April 24, 2024 7:25
// PM EDT", "24 April 2024", "Wednesday, April 24, 2024". Leading and trailing
// white space is ignored; anything else after the date and time is not.
// Returns kInvalidArgument if `s` is not such a date, or names a day that
// does not exist (Feb 30, Feb 29 of a common year, month 13).
Result<std::string> NormalizeDate(std::string_view s);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_INGEST_H_
