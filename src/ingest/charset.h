// Internal to ingest/: legacy charsets to UTF-8, through ICU.
//
//   std::string cs = DeclaredHtmlCharset(page);       // "iso-8859-1" or ""
//   auto utf8 = ConvertToUtf8(page, cs.empty() ? "windows-1252" : cs);
//
// Thread-safety: pure functions (ICU converters are created per call).
#ifndef DYAD_INGEST_CHARSET_H_
#define DYAD_INGEST_CHARSET_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace dyad::ingest {

// The charset an HTML page declares in its first 4 KB (<meta charset="x"> or
// <meta http-equiv="Content-Type" content="text/html; charset=x">), lower
// case; empty if none.
std::string DeclaredHtmlCharset(std::string_view html);

// The encoding a browser actually uses for a declared label, as the WHATWG
// Encoding Standard maps them: pages labelled "iso-8859-1", "latin1" or
// "us-ascii" are windows-1252 (curly quotes at 0x93/0x94 and all), and so
// on for a few other supersets. Other labels come back unchanged.
std::string WebEncodingForLabel(const std::string& label);

// Converts `bytes` from `charset` (an ICU converter name such as
// "windows-1252", "iso-8859-1", "shift_jis") to UTF-8; bytes with no mapping
// become U+FFFD. kInvalidArgument if ICU does not know the charset.
Result<std::string> ConvertToUtf8(std::string_view bytes, const std::string& charset);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_CHARSET_H_
