// Internal to ingest/: decides compression and format for kAuto inputs, from
// the file name first and then from the first bytes.
//
//   Compression c = CompressionOf("a.jsonl.gz", raw_head);  // kGzip
//   InputFormat f = FormatFromExtension("a.jsonl.gz");        // kJsonl
//   if (f == InputFormat::kAuto) f = SniffFormat(head);       // by content
//
// Thread-safety: pure functions.
#ifndef DYAD_INGEST_FORMAT_SNIFFER_H_
#define DYAD_INGEST_FORMAT_SNIFFER_H_

#include <cstddef>
#include <string_view>

#include "ingest/ingest.h"

namespace dyad::ingest {

// Bytes read from the start of an input to sniff it and to spot binary data.
inline constexpr size_t kSniffBytes = 8192;

enum class Compression { kNone, kGzip, kZstd };

// By extension (.gz, .zst) or else by magic bytes (1f 8b, 28 b5 2f fd).
Compression CompressionOf(std::string_view path, std::string_view head);

// By the format extension under any compression extension (.txt .jsonl
// .ndjson .html .htm .xhtml .rss .atom .xml .conllu); kAuto if none.
InputFormat FormatFromExtension(std::string_view path);

// By content (after a UTF-8 BOM and white space):
//   "{"                                      -> kJsonl
//   "<?xml" then <rss, <feed or <rdf:RDF      -> kRss (also without "<?xml")
//   "<!doctype html", "<html", any other tag  -> kHtml
//   a CoNLL-U comment ("# newdoc", "# sent_id", "# text", "# newpar"), or a
//   first non-comment line of 10 tab-separated columns starting with a
//   token id ("1", "1-2", "1.1")            -> kConllu
//   anything else                             -> kText
// A lone "# Heading" is text (Markdown), not CoNLL-U.
InputFormat SniffFormat(std::string_view head);

// True if `head` has a NUL byte: a binary file, not text.
bool LooksBinary(std::string_view head);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_FORMAT_SNIFFER_H_
