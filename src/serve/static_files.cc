// Static files of the dashboard (static_files.h).
#include "serve/static_files.h"

#include <filesystem>

namespace dyad::serve {

const char* ContentTypeOf(std::string_view path) {
  struct Type {
    const char* ext;
    const char* type;
  };
  static const Type kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".png", "image/png"},
      {".svg", "image/svg+xml"},
      {".ico", "image/x-icon"},
      {".map", "application/json"},
      {".txt", "text/plain; charset=utf-8"},
      {".woff2", "font/woff2"},
  };
  for (const Type& t : kTypes) {
    if (path.ends_with(t.ext)) return t.type;
  }
  return "application/octet-stream";
}

Result<StaticFile> ResolveStatic(const std::string& root, std::string_view url_path) {
  namespace fs = std::filesystem;
  if (url_path.empty() || url_path[0] != '/') return Status::InvalidArgument("not an absolute path");
  const Status not_found = Status::NotFound(std::string(url_path.substr(0, 200)) + ": no such file");
  if (root.empty()) return not_found;
  // Segment by segment: no "..", ".", hidden files, backslashes or NULs.
  std::string relative;
  size_t start = 1;
  while (start <= url_path.size()) {
    size_t slash = url_path.find('/', start);
    if (slash == std::string_view::npos) slash = url_path.size();
    std::string_view seg = url_path.substr(start, slash - start);
    start = slash + 1;
    if (seg.empty()) continue;
    if (seg[0] == '.' || seg.find('\\') != std::string_view::npos || seg.find('\0') != std::string_view::npos) {
      return not_found;
    }
    if (!relative.empty()) relative += '/';
    relative += seg;
  }
  std::error_code ec;
  const fs::path base = fs::canonical(root, ec);
  if (ec) return not_found;
  fs::path file = relative.empty() ? base : base / relative;
  if (fs::is_directory(file, ec)) file /= "index.html";
  const fs::path real = fs::canonical(file, ec);
  if (ec || !fs::is_regular_file(real, ec)) return not_found;
  // A symlink inside may not lead outside.
  const std::string b = base.string() + "/", r = real.string();
  if (r.compare(0, b.size(), b) != 0) return not_found;
  return StaticFile{r, ContentTypeOf(r)};
}

}  // namespace dyad::serve
