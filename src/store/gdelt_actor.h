// Internal to store/: GDELT's actor columns from a CAMEO actor code. GDELT
// breaks an actor code ("USAGOVMIL", "IGOWSTNAT") into its three-letter
// parts: a country, a known group, an ethnic group, up to two religions and
// up to three types (roles). dyad's data/cameo/codes.tsv says what each part
// may be; the rule that picks one meaning for a part that may be several is
// Decompose's, documented in docs/store.md ("Export").
//
//   auto parts = ActorCodeParts::Load(home);
//   GdeltActor a = parts->Decompose("IGOWSTNAT", "");
//   // a.types[0] == "IGO", a.country == "WST", a.known_group == "NAT"
//
// Thread-safety: immutable after Load/Parse.
#ifndef DYAD_STORE_GDELT_ACTOR_H_
#define DYAD_STORE_GDELT_ACTOR_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/status.h"

namespace dyad::store {

// GDELT's Actor*CountryCode ... Actor*Type3Code; "" when absent.
struct GdeltActor {
  std::string country, known_group, ethnic, religion1, religion2;
  std::string types[3];
};

class ActorCodeParts {
 public:
  // Reads home/data/cameo/codes.tsv. kNotFound when it is missing, kIOError
  // when it cannot be read, kCorruption as Parse.
  static Result<ActorCodeParts> Load(const std::string& home);

  // Parses codes.tsv text: "code<TAB>part<TAB>label" rows, '#' comments and
  // the "code part label" header skipped. kCorruption ("path:LINE: reason")
  // for a row with fewer than two fields, a code not three characters long,
  // or an unknown part; also when no row is read.
  static Result<ActorCodeParts> Parse(std::string_view tsv, std::string_view path);

  // The GDELT columns of `code`. Its three-letter parts are read left to
  // right and each takes the first meaning that applies, in this order: the
  // country (a country or region, while none is set), the known group (while
  // none is set), a type (a sector, up to three), a religion (up to two), the
  // ethnic group (while none is set); a part with no meaning left, an unknown
  // part and "---" are skipped. When the code names no country,
  // stored_country (the country dyad stored for the actor, which may come
  // from context) is used if it is a known country or region.
  GdeltActor Decompose(std::string_view code, std::string_view stored_country) const;

 private:
  enum Bit : uint8_t { kCountry = 1, kGroup = 2, kSector = 4, kReligion = 8, kEthnic = 16 };
  uint8_t Find(std::string_view part) const;

  std::unordered_map<std::string, uint8_t> parts_;
};

}  // namespace dyad::store

#endif  // DYAD_STORE_GDELT_ACTOR_H_
