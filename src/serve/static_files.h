// Internal to serve/: the dashboard's files at "/". A request path is
// mapped to a regular file under the dashboard directory, never outside
// it: ".." segments, encoded or not, backslashes, NUL bytes and symlinks
// leading out are refused.
//
//   auto file = ResolveStatic("/Users/x/web", "/js/app.js");  // -> web/js/app.js
#ifndef DYAD_SERVE_STATIC_FILES_H_
#define DYAD_SERVE_STATIC_FILES_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace dyad::serve {

struct StaticFile {
  std::string path;          // the file on disk
  std::string content_type;  // e.g. "text/html; charset=utf-8"
};

// The file a GET of `url_path` (already percent-decoded, starting with
// '/') serves: "/" and a directory are its index.html. kNotFound when there
// is no such regular file inside `root` or the path tries to leave it;
// kInvalidArgument for a path that is not absolute.
Result<StaticFile> ResolveStatic(const std::string& root, std::string_view url_path);

// The Content-Type of a file by its extension: .html .js .mjs .css .json
// .png .svg .ico .map .txt .woff2; application/octet-stream otherwise.
const char* ContentTypeOf(std::string_view path);

}  // namespace dyad::serve

#endif  // DYAD_SERVE_STATIC_FILES_H_
