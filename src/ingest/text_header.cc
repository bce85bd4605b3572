// Title, date and byline lines at the top of a plain-text article.
#include "ingest/text_header.h"

#include "ingest/date_parser.h"

namespace dyad::ingest {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

}  // namespace

bool IsDateLine(std::string_view line, std::string* date) {
  line = Trim(line);
  for (std::string_view prefix : {"last updated", "first published", "updated", "published",
                                  "posted", "date"}) {
    if (StartsWithNoCase(line, prefix)) {
      line.remove_prefix(prefix.size());
      line = Trim(line);
      if (!line.empty() && line.front() == ':') line = Trim(line.substr(1));
      if (StartsWithNoCase(line, "on ")) line = Trim(line.substr(3));
      break;
    }
  }
  while (!line.empty() && (line.back() == '.' || line.back() == '|')) line = Trim(line.substr(0, line.size() - 1));
  auto m = ParseDateAt(line, 0);
  if (!m || m->end != line.size()) return false;
  *date = FormatDate(*m);
  return true;
}

bool IsByline(std::string_view line) {
  line = Trim(line);
  if (line.size() < 5 || line.size() > 120 || !StartsWithNoCase(line, "by ")) return false;
  char last = line.back();
  if (last == '?' || last == '!' || last == '"' || last == ':' || last == ';') return false;
  // The name part, up to a separator: 2-6 capitalised words ("Jane Doe",
  // "Jane Doe and John Roe"), or one word in capitals ("REUTERS").
  std::string_view names = line.substr(3);
  size_t sep = names.find_first_of(",|\xc2");  // ',', '|', or a "·" (C2 B7).
  if (size_t dash = names.find(" - "); dash < sep) sep = dash;
  names = Trim(names.substr(0, sep));
  int words = 0;
  bool all_caps = true;
  size_t p = 0;
  while (p < names.size()) {
    size_t e = names.find(' ', p);
    if (e == std::string_view::npos) e = names.size();
    std::string_view w = names.substr(p, e - p);
    p = e + 1;
    if (w.empty()) continue;
    if (w == "and" || w == "&") continue;
    if (!(w[0] >= 'A' && w[0] <= 'Z')) return false;
    for (char c : w) all_caps = all_caps && !(c >= 'a' && c <= 'z');
    ++words;
  }
  return (words >= 2 && words <= 6) || (words == 1 && all_caps && names.size() >= 2);
}

TextHeader ParseTextHeader(std::string_view content) {
  TextHeader h;
  bool title_seen = false;
  int metadata_lines = 0;  // Counted separately before and after the title.
  size_t p = 0;
  while (p < content.size()) {
    size_t e = content.find('\n', p);
    if (e == std::string_view::npos) e = content.size();
    std::string_view line = Trim(content.substr(p, e - p));
    const size_t next = std::min(e + 1, content.size());
    if (line.empty()) {
      p = next;
      continue;
    }
    // Date and byline lines, before the title (some sites print the date
    // first) or right after it, are metadata.
    std::string date;
    bool metadata = IsDateLine(line, &date);
    if (!metadata && IsByline(line)) {
      metadata = true;
      if (auto m = FindDate(line)) date = FormatDate(*m);
    }
    if (metadata && metadata_lines < kMaxHeaderLines) {
      ++metadata_lines;
      if (h.date.empty()) h.date = date;
    } else if (!title_seen) {
      h.title = std::string(line);
      title_seen = true;
      metadata_lines = 0;
    } else {
      break;  // The body starts here.
    }
    p = next;
    h.body_offset = p;
  }
  return h;
}

}  // namespace dyad::ingest
