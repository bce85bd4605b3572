// Internal to actors/: the CAMEO code parts dyad knows (data/cameo/codes.tsv)
// and the checks on whole codes that `dyad dict check` makes.
#ifndef DYAD_ACTORS_CODE_TABLE_H_
#define DYAD_ACTORS_CODE_TABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/status.h"

namespace dyad::actors {

enum class CodePart : uint8_t { kCountry, kSector, kGroup, kReligion, kEthnic, kRegion };

class CodeTable {
 public:
  // Parses codes.tsv text ("code\tpart\tlabel" lines; '#' comments).
  static Result<CodeTable> Parse(std::string_view tsv, std::string_view path);

  // Bit (1 << CodePart) set for each thing `part` (three letters, any case)
  // can be; 0 when unknown. "SUN" is both a country (Soviet Union) and a
  // religion (Sunni).
  uint32_t Find(std::string_view part) const;

  // Empty when `code` is a valid actor code for an entry of a kind that needs
  // a country first (country, organisation, person, media, place), or, with
  // sector_only, a run of non-country parts (agents); else the reason.
  std::string Check(std::string_view code, bool sector_only) const;

  // Whether `part` is known as a sector (actor type) and not as a country.
  bool IsSectorOnly(std::string_view part) const;

  // Whether the code's first part can stand first: a country, region,
  // "---" or one of IGO, NGO, IMG, MNC, INT, NGM, UIS.
  bool HasCountryPart(std::string_view code) const;

  size_t size() const { return parts_.size(); }

 private:
  std::unordered_map<std::string, uint32_t> parts_;
};

}  // namespace dyad::actors

#endif  // DYAD_ACTORS_CODE_TABLE_H_
