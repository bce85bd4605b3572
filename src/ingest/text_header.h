// Internal to ingest/: the header lines of a plain-text article.
//
//   TextHeader h = ParseTextHeader("Title\nBy Jane Doe\nApril 24, 2024\n\nBody...");
//   // h.title == "Title", h.date == "2024-04-24", h.body_offset == 36
//
// Lines that are only a date ("April 24, 2024 7:25 PM", "Updated April 24,
// 2024 7:25 PM EDT", "Published: 2024-04-24") or a byline ("By Jane Doe",
// "By Jane Doe | April 24, 2024") are metadata, up to kMaxHeaderLines of them
// before the title and as many right after it. The title is the first
// non-empty line that is not metadata; the first date among the metadata is
// the publication date; the body starts after the last header line.
//
// Thread-safety: pure function.
#ifndef DYAD_INGEST_TEXT_HEADER_H_
#define DYAD_INGEST_TEXT_HEADER_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace dyad::ingest {

inline constexpr int kMaxHeaderLines = 4;

struct TextHeader {
  std::string title;       // Empty if the text has no non-empty line.
  std::string date;        // YYYY-MM-DD, or empty.
  size_t body_offset = 0;  // Where the body starts (beginning of a line).
};

TextHeader ParseTextHeader(std::string_view content);

// True for a line that is only a date and time, possibly after "Updated",
// "Published", "Posted" (with ":" or "on"). Sets *date to YYYY-MM-DD.
bool IsDateLine(std::string_view line, std::string* date);

// True for a byline: "By " and a capitalised name, short, not a sentence.
bool IsByline(std::string_view line);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_TEXT_HEADER_H_
