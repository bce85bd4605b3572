#include "events/cameo_table.h"

#include <charconv>
#include <vector>

#include "base/file_system.h"
#include "base/lines.h"

namespace dyad::events {
namespace {

// Calls fn(line_number, fields) for each data line of a TSV text; '#'
// comments, blank lines and the header (first field `header`) are skipped.
// Stops at, and returns, the first error fn returns.
template <typename Fn>
Status ForEachRow(std::string_view tsv, std::string_view header, Fn fn) {
  Status status;
  ForEachLine(tsv, [&](std::string_view line, int64_t number) {
    if (line.ends_with('\r')) line.remove_suffix(1);  // Tolerate CRLF files.
    if (line.empty() || line[0] == '#') return true;
    std::vector<std::string_view> fields;
    for (size_t start = 0;;) {
      size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (fields[0] == header) return true;
    status = fn(static_cast<int>(number), fields);
    return status.ok();
  });
  return status;
}

Status Bad(std::string_view path, int line, std::string_view reason) {
  return Status::Corruption(std::string(path) + ":" + std::to_string(line) + ": " +
                            std::string(reason));
}

bool IsCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  for (char c : code) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// GDELT's QuadClass of a root "01".."20"; 0 for anything else.
int QuadClassOfRoot(std::string_view root) {
  if (root.size() != 2 || !IsCode(root)) return 0;
  int r = (root[0] - '0') * 10 + (root[1] - '0');
  if (r >= 1 && r <= 5) return 1;
  if (r >= 6 && r <= 9) return 2;
  if (r >= 10 && r <= 14) return 3;
  if (r >= 15 && r <= 20) return 4;
  return 0;
}

// Parses the whole of `text` as a T; false if anything is left over.
template <typename T>
bool ParseNumber(std::string_view text, T* out) {
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && end == text.data() + text.size() && !text.empty();
}

}  // namespace

Result<CameoTable> CameoTable::Load(const std::string& home) {
  const std::string events_path = home + "/data/cameo/events.tsv";
  const std::string plover_path = home + "/data/plover/cameo_plover.tsv";
  auto events = FileSystem::Default()->ReadFile(events_path);
  if (!events.ok()) return events.status();
  auto plover = FileSystem::Default()->ReadFile(plover_path);
  if (!plover.ok()) return plover.status();
  return Parse(*events, events_path, *plover, plover_path);
}

Result<CameoTable> CameoTable::Parse(std::string_view events_tsv, std::string_view plover_tsv) {
  return Parse(events_tsv, "events.tsv", plover_tsv, "cameo_plover.tsv");
}

Result<CameoTable> CameoTable::Parse(std::string_view events_tsv, std::string_view events_path,
                                     std::string_view plover_tsv, std::string_view plover_path) {
  CameoTable table;
  Status s = table.ParseEvents(events_tsv, events_path);
  if (!s.ok()) return s;
  s = table.ParsePlover(plover_tsv, plover_path);
  if (!s.ok()) return s;
  return table;
}

Status CameoTable::ParseEvents(std::string_view tsv, std::string_view path) {
  Status s = ForEachRow(tsv, "code", [&](int line, const std::vector<std::string_view>& f) {
    if (f.size() != 5) {
      return Bad(path, line, "expected code<tab>root<tab>quad_class<tab>goldstein<tab>name");
    }
    if (!IsCode(f[0]))
      return Bad(path, line, "code \"" + std::string(f[0]) + "\" is not 2-4 digits");
    if (f[1] != f[0].substr(0, 2) || QuadClassOfRoot(f[1]) == 0) {
      return Bad(path, line,
                 "root \"" + std::string(f[1]) + "\" is not a root 01-20 of " + std::string(f[0]));
    }
    CameoEventInfo info;
    if (!ParseNumber(f[2], &info.quad_class) || info.quad_class != QuadClassOfRoot(f[1])) {
      return Bad(path, line,
                 "quad_class \"" + std::string(f[2]) + "\" should be " +
                     std::to_string(QuadClassOfRoot(f[1])) + " for root " + std::string(f[1]));
    }
    if (!ParseNumber(f[3], &info.goldstein) || !(info.goldstein >= -10 && info.goldstein <= 10)) {
      return Bad(path, line,
                 "goldstein \"" + std::string(f[3]) + "\" is not a number in [-10, 10]");
    }
    if (f[4].empty()) return Bad(path, line, "empty name");
    info.code = f[0];
    info.root = f[1];
    info.name = f[4];
    if (!codes_.emplace(info.code, info).second) {
      return Bad(path, line, "code " + info.code + " appears twice");
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (codes_.empty()) return Status::Corruption(std::string(path) + ": no event codes");
  return Status::Ok();
}

Status CameoTable::ParsePlover(std::string_view tsv, std::string_view path) {
  std::map<std::string, int, std::less<>> seen;  // code -> line, to report repeats.
  return ForEachRow(tsv, "cameo", [&](int line, const std::vector<std::string_view>& f) {
    if (f.size() != 4 || f[1].empty()) {
      return Bad(path, line, "expected cameo<tab>plover_type<tab>plover_mode<tab>plover_context");
    }
    auto it = codes_.find(f[0]);
    if (it == codes_.end()) {
      return Bad(path, line, "unknown CAMEO code \"" + std::string(f[0]) + "\"");
    }
    if (auto [prev, fresh] = seen.emplace(std::string(f[0]), line); !fresh) {
      return Bad(
          path, line,
          "code " + std::string(f[0]) + " already mapped on line " + std::to_string(prev->second));
    }
    it->second.plover_type = f[1];
    it->second.plover_mode = f[2];
    it->second.plover_context = f[3];
    return Status::Ok();
  });
}

const CameoEventInfo* CameoTable::Find(std::string_view code) const {
  if (!IsCode(code)) return nullptr;
  // The code itself, then each shorter parent down to the root.
  for (size_t n = code.size(); n >= 2; --n) {
    auto it = codes_.find(code.substr(0, n));
    if (it != codes_.end()) return &it->second;
  }
  return nullptr;
}

}  // namespace dyad::events
