// GDELT's actor columns from a CAMEO actor code (gdelt_actor.h).
#include "store/gdelt_actor.h"

#include <vector>

#include "base/file_system.h"

namespace dyad::store {
namespace {

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t tab; (tab = line.find('\t', start)) != std::string_view::npos; start = tab + 1) {
    out.push_back(line.substr(start, tab - start));
  }
  out.push_back(line.substr(start));
  return out;
}

}  // namespace

Result<ActorCodeParts> ActorCodeParts::Load(const std::string& home) {
  const std::string path = home + "/data/cameo/codes.tsv";
  Result<std::string> text = FileSystem::Default()->ReadFile(path);
  if (!text.ok()) return text.status();
  return Parse(*text, path);
}

Result<ActorCodeParts> ActorCodeParts::Parse(std::string_view tsv, std::string_view path) {
  ActorCodeParts parts;
  int64_t line_no = 0;
  while (!tsv.empty()) {
    const size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#' || line.starts_with("code\t")) continue;
    auto bad = [&](const std::string& why) {
      return Status::Corruption(std::string(path) + ":" + std::to_string(line_no) + ": " + why);
    };
    std::vector<std::string_view> f = Fields(line);
    if (f.size() < 2) return bad("expected code<TAB>part<TAB>label");
    if (f[0].size() != 3) return bad("code \"" + std::string(f[0]) + "\" is not three characters");
    static const std::pair<std::string_view, uint8_t> kKinds[] = {
        {"country", kCountry}, {"region", kCountry}, {"group", kGroup},
        {"sector", kSector},   {"religion", kReligion}, {"ethnic", kEthnic}};
    uint8_t bit = 0;
    for (const auto& [name, b] : kKinds) {
      if (f[1] == name) bit = b;
    }
    if (bit == 0) return bad("unknown part \"" + std::string(f[1]) + "\"");
    parts.parts_[std::string(f[0])] |= bit;
  }
  if (parts.parts_.empty()) return Status::Corruption(std::string(path) + ": no code parts");
  return parts;
}

uint8_t ActorCodeParts::Find(std::string_view part) const {
  auto it = parts_.find(std::string(part));
  return it == parts_.end() ? 0 : it->second;
}

GdeltActor ActorCodeParts::Decompose(std::string_view code, std::string_view stored_country) const {
  GdeltActor a;
  int types = 0;
  for (size_t i = 0; i + 3 <= code.size(); i += 3) {
    const std::string_view part = code.substr(i, 3);
    if (part == "---") continue;  // "country from context": see stored_country
    const uint8_t bits = Find(part);
    if ((bits & kCountry) && a.country.empty()) {
      a.country = part;
    } else if ((bits & kGroup) && a.known_group.empty()) {
      a.known_group = part;
    } else if ((bits & kSector) && types < 3) {
      a.types[types++] = part;
    } else if ((bits & kReligion) && (a.religion1.empty() || a.religion2.empty())) {
      (a.religion1.empty() ? a.religion1 : a.religion2) = part;
    } else if ((bits & kEthnic) && a.ethnic.empty()) {
      a.ethnic = part;
    }
  }
  if (a.country.empty() && stored_country.size() == 3 && stored_country != "---" &&
      (Find(stored_country) & kCountry)) {
    a.country = stored_country;
  }
  return a;
}

}  // namespace dyad::store
