// Charset detection from <meta> and conversion with ICU ucnv_convert.
#include "ingest/charset.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <climits>
#include <utility>

namespace dyad::ingest {

std::string DeclaredHtmlCharset(std::string_view html) {
  std::string head(html.substr(0, 4096));
  std::transform(head.begin(), head.end(), head.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  size_t p = head.find("charset");
  while (p != std::string::npos) {
    size_t q = p + 7;
    while (q < head.size() && head[q] == ' ') ++q;
    if (q < head.size() && head[q] == '=') {
      ++q;
      while (q < head.size() && (head[q] == ' ' || head[q] == '"' || head[q] == '\'')) ++q;
      size_t e = q;
      while (e < head.size() && (std::isalnum(static_cast<unsigned char>(head[e])) || head[e] == '-' ||
                                 head[e] == '_' || head[e] == ':' || head[e] == '.')) {
        ++e;
      }
      if (e > q) return head.substr(q, e - q);
    }
    p = head.find("charset", p + 7);
  }
  return "";
}

std::string WebEncodingForLabel(const std::string& label) {
  static constexpr std::pair<std::string_view, std::string_view> kSupersets[] = {
      {"ascii", "windows-1252"},      {"us-ascii", "windows-1252"},
      {"iso-8859-1", "windows-1252"}, {"iso8859-1", "windows-1252"},
      {"iso_8859-1", "windows-1252"}, {"latin1", "windows-1252"},
      {"l1", "windows-1252"},         {"cp819", "windows-1252"},
      {"iso-8859-9", "windows-1254"}, {"latin5", "windows-1254"},
      {"iso-8859-11", "windows-874"}, {"tis-620", "windows-874"},
      {"gb2312", "gb18030"},          {"gbk", "gb18030"},
      {"euc-kr", "windows-949"},      {"ks_c_5601-1987", "windows-949"},
  };
  for (const auto& [from, to] : kSupersets) {
    if (label == from) return std::string(to);
  }
  return label;
}

Result<std::string> ConvertToUtf8(std::string_view bytes, const std::string& charset) {
  if (bytes.size() > INT_MAX / 4) return Status::InvalidArgument("input too large to convert");
  UErrorCode err = U_ZERO_ERROR;
  UConverter* probe = ucnv_open(charset.c_str(), &err);
  if (U_FAILURE(err) || probe == nullptr) {
    return Status::InvalidArgument("unknown charset \"" + charset + "\"");
  }
  ucnv_close(probe);
  err = U_ZERO_ERROR;
  // Preflight for the exact size, then convert.
  int32_t need = ucnv_convert("UTF-8", charset.c_str(), nullptr, 0, bytes.data(),
                              static_cast<int32_t>(bytes.size()), &err);
  if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) {
    return Status::InvalidArgument(std::string("cannot convert from ") + charset + ": " +
                                   u_errorName(err));
  }
  std::string out(static_cast<size_t>(need), '\0');
  err = U_ZERO_ERROR;
  int32_t got = ucnv_convert("UTF-8", charset.c_str(), out.data(), need,
                             bytes.data(), static_cast<int32_t>(bytes.size()), &err);
  if (U_FAILURE(err) && err != U_STRING_NOT_TERMINATED_WARNING) {
    return Status::InvalidArgument(std::string("cannot convert from ") + charset + ": " +
                                   u_errorName(err));
  }
  out.resize(static_cast<size_t>(got));
  return out;
}

}  // namespace dyad::ingest
