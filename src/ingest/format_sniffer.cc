// Format and compression sniffing; see format_sniffer.h.
#include "ingest/format_sniffer.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "base/ascii.h"

namespace dyad::ingest {
namespace {

// Skips white space, "<?...?>" processing instructions, "<!-- -->" comments
// and "<!doctype ...>" so that `p` lands on the root element's "<".
size_t SkipXmlProlog(const std::string& s, size_t p) {
  while (true) {
    while (p < s.size() && std::isspace(static_cast<unsigned char>(s[p]))) ++p;
    if (s.compare(p, 2, "<?") == 0) {
      size_t e = s.find("?>", p);
      if (e == std::string::npos) return s.size();
      p = e + 2;
    } else if (s.compare(p, 4, "<!--") == 0) {
      size_t e = s.find("-->", p);
      if (e == std::string::npos) return s.size();
      p = e + 3;
    } else if (s.compare(p, 9, "<!doctype") == 0 && s.compare(p, 14, "<!doctype html") != 0) {
      size_t e = s.find('>', p);
      if (e == std::string::npos) return s.size();
      p = e + 1;
    } else {
      return p;
    }
  }
}

// A CoNLL-U token line: 10 tab-separated columns, the first an integer id,
// a range "1-2" or an empty node "1.1".
bool IsTokenLine(std::string_view line) {
  if (std::count(line.begin(), line.end(), '\t') != 9) return false;
  size_t tab = line.find('\t');
  std::string_view id = line.substr(0, tab);
  if (id.empty() || !std::isdigit(static_cast<unsigned char>(id[0]))) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '.';
  });
}

bool LooksConllu(std::string_view s) {
  size_t p = 0;
  for (int lines = 0; lines < 50 && p < s.size(); ++lines) {
    size_t e = s.find('\n', p);
    if (e == std::string_view::npos) e = s.size();
    std::string_view line = s.substr(p, e - p);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    p = e + 1;
    if (line.empty()) continue;
    if (line.starts_with("# ")) {
      for (std::string_view key : {"# newdoc", "# sent_id", "# text", "# newpar", "# global.columns"}) {
        if (line.starts_with(key)) return true;
      }
      continue;  // Another comment: keep looking.
    }
    return IsTokenLine(line);  // The first non-comment line decides.
  }
  return false;
}

}  // namespace

Compression CompressionOf(std::string_view path, std::string_view head) {
  std::string p = AsciiLower(path);
  if (p.ends_with(".gz")) return Compression::kGzip;
  if (p.ends_with(".zst")) return Compression::kZstd;
  if (head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
      static_cast<unsigned char>(head[1]) == 0x8b) {
    return Compression::kGzip;
  }
  if (head.size() >= 4 && std::memcmp(head.data(), "\x28\xb5\x2f\xfd", 4) == 0) {
    return Compression::kZstd;
  }
  return Compression::kNone;
}

InputFormat FormatFromExtension(std::string_view path) {
  std::string p = AsciiLower(path);
  for (std::string_view ext : {".gz", ".zst"}) {
    if (p.ends_with(ext)) {
      p.resize(p.size() - ext.size());
      break;
    }
  }
  auto ends = [&](std::string_view e) { return p.ends_with(e); };
  if (ends(".jsonl") || ends(".ndjson")) return InputFormat::kJsonl;
  if (ends(".txt") || ends(".text")) return InputFormat::kText;
  if (ends(".html") || ends(".htm") || ends(".xhtml")) return InputFormat::kHtml;
  if (ends(".rss") || ends(".atom") || ends(".xml")) return InputFormat::kRss;
  if (ends(".conllu")) return InputFormat::kConllu;
  return InputFormat::kAuto;
}

InputFormat SniffFormat(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  size_t p = 0;
  while (p < head.size() && std::isspace(static_cast<unsigned char>(head[p]))) ++p;
  if (p == head.size()) return InputFormat::kText;
  if (head[p] == '{') return InputFormat::kJsonl;
  if (head[p] == '<') {
    std::string s = AsciiLower(head.substr(p, 4096));
    size_t root = SkipXmlProlog(s, 0);
    for (std::string_view feed : {"<rss", "<feed", "<rdf:rdf"}) {
      if (s.compare(root, feed.size(), feed) == 0) return InputFormat::kRss;
    }
    if (s.starts_with("<?xml") && s.compare(root, 5, "<html") != 0 &&
        s.compare(root, 14, "<!doctype html") != 0) {
      return InputFormat::kRss;  // Some other XML: the feed reader says what is wrong.
    }
    return InputFormat::kHtml;
  }
  if (LooksConllu(head)) return InputFormat::kConllu;
  return InputFormat::kText;
}

bool LooksBinary(std::string_view head) {
  return head.find('\0') != std::string_view::npos;
}

}  // namespace dyad::ingest
