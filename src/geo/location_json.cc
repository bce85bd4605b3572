#include "geo/location_json.h"

#include <cmath>

namespace dyad::geo {

namespace {
// Four decimals are 11 m: finer than any gazetteer point, and stable text.
double Round4(double x) { return std::round(x * 1e4) / 1e4; }
}  // namespace

nlohmann::json LocationJson(const events::EventLocation& l) {
  if (!l.known()) return nullptr;
  nlohmann::json j = {{"name", l.name},
                      {"type", l.type},
                      {"country_iso3", l.country_iso3},
                      {"country_fips", l.country_fips},
                      {"adm1", l.adm1},
                      {"adm1_code", l.adm1_code},
                      {"lat", Round4(l.lat)},
                      {"lon", Round4(l.lon)}};
  j["geonameid"] = l.geonameid > 0 ? nlohmann::json(l.geonameid) : nlohmann::json(nullptr);
  j["start"] = l.begin >= 0 ? nlohmann::json(l.begin) : nlohmann::json(nullptr);
  j["end"] = l.end >= 0 ? nlohmann::json(l.end) : nlohmann::json(nullptr);
  j["from"] = l.from;
  return j;
}

}  // namespace dyad::geo
