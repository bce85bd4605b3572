#include "actors/code_table.h"

#include <cctype>

#include "base/lines.h"

namespace dyad::actors {
namespace {

bool ParsePart(std::string_view name, CodePart* part) {
  static constexpr std::pair<std::string_view, CodePart> kNames[] = {
      {"country", CodePart::kCountry}, {"sector", CodePart::kSector},
      {"group", CodePart::kGroup},     {"religion", CodePart::kReligion},
      {"ethnic", CodePart::kEthnic},   {"region", CodePart::kRegion},
  };
  for (const auto& [n, p] : kNames) {
    if (n == name) {
      *part = p;
      return true;
    }
  }
  return false;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// The first part of a non-agent code: a country, or one of the CAMEO
// international and generic codes that stand where a country would.
constexpr uint32_t Bit(CodePart p) { return 1u << static_cast<uint32_t>(p); }

bool CanLead(std::string_view part, uint32_t kinds) {
  if (kinds & (Bit(CodePart::kCountry) | Bit(CodePart::kRegion))) return true;
  static constexpr std::string_view kInternational[] = {"IGO", "NGO", "IMG", "MNC",
                                                       "INT", "NGM", "UIS"};
  for (auto p : kInternational) {
    if (part == p) return true;
  }
  return false;
}

}  // namespace

Result<CodeTable> CodeTable::Parse(std::string_view tsv, std::string_view path) {
  CodeTable table;
  Status status;
  ForEachLine(tsv, [&](std::string_view line, int64_t number) {
    if (line.empty() || line[0] == '#' || line.starts_with("code\t")) return true;
    size_t tab1 = line.find('\t');
    size_t tab2 = tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
    CodePart part;
    if (tab1 != 3 || tab2 == std::string_view::npos ||
        !ParsePart(line.substr(tab1 + 1, tab2 - tab1 - 1), &part)) {
      status = Status::Corruption(std::string(path) + ":" + std::to_string(number) +
                                  ": expected CODE<tab>PART<tab>LABEL");
      return false;
    }
    table.parts_[Upper(line.substr(0, 3))] |= Bit(part);
    return true;
  });
  if (!status.ok()) return status;
  if (table.parts_.empty()) return Status::Corruption(std::string(path) + ": no codes");
  return table;
}

uint32_t CodeTable::Find(std::string_view part) const {
  auto it = parts_.find(Upper(part));
  return it == parts_.end() ? 0 : it->second;
}

bool CodeTable::IsSectorOnly(std::string_view part) const {
  uint32_t kinds = Find(part);
  return (kinds & Bit(CodePart::kSector)) != 0 &&
         (kinds & (Bit(CodePart::kCountry) | Bit(CodePart::kRegion))) == 0;
}

bool CodeTable::HasCountryPart(std::string_view code) const {
  if (code.size() < 3) return false;
  if (code.starts_with("---")) return true;
  uint32_t kinds = Find(code.substr(0, 3));
  return kinds != 0 && CanLead(code.substr(0, 3), kinds);
}

std::string CodeTable::Check(std::string_view code, bool sector_only) const {
  if (code.empty()) return "empty code";
  if (code.size() % 3 != 0) {
    return "code \"" + std::string(code) + "\" is not a run of three-letter parts";
  }
  for (size_t i = 0; i < code.size(); i += 3) {
    std::string_view part = code.substr(i, 3);
    for (char c : part) {
      if (!(c >= 'A' && c <= 'Z') && c != '-') {
        return "code \"" + std::string(code) + "\": write codes in capitals (A-Z, ---)";
      }
    }
    if (part == "---") {
      if (i != 0 || sector_only) {
        return "code \"" + std::string(code) + "\": \"---\" may only stand first, for the country";
      }
      continue;
    }
    uint32_t kinds = Find(part);
    if (kinds == 0) {
      return "unknown code part \"" + std::string(part) + "\" in \"" + std::string(code) +
             "\" (known parts: data/cameo/codes.tsv)";
    }
    if (i == 0 && !sector_only && !CanLead(part, kinds)) {
      return "code \"" + std::string(code) + "\" must start with a country or IGO/NGO/IMG/MNC, "
             "not \"" + std::string(part) + "\" (agents: `@kind agent`)";
    }
    if (sector_only && kinds == Bit(CodePart::kCountry)) {
      return "agent code \"" + std::string(code) + "\" names a country (\"" + std::string(part) +
             "\"); agents take only sector parts such as GOV, MIL";
    }
  }
  return "";
}

}  // namespace dyad::actors
