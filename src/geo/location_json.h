// The JSON form of an event's location, shared by every writer of events
// (`dyad code`, the store's query and export, `dyad serve`) so that they
// can never write it differently:
//   {"name":"Sydney","type":"city","country_iso3":"AUS","country_fips":"AS",
//    "adm1":"New South Wales","adm1_code":"02","lat":-33.8679,"lon":151.2073,
//    "geonameid":2147714,"start":120,"end":126,"from":"sentence"}
// geonameid, start and end are null when unknown; an unknown location is
// null. Json is nlohmann::json or nlohmann::ordered_json (keys as above).
#ifndef DYAD_GEO_LOCATION_JSON_H_
#define DYAD_GEO_LOCATION_JSON_H_

#include <cmath>
#include <nlohmann/json.hpp>

#include "events/events.h"

namespace dyad::geo {

template <typename Json = nlohmann::ordered_json>
Json LocationJson(const events::EventLocation& l) {
  if (!l.known()) return nullptr;
  // Four decimals are 11 m: finer than any gazetteer point, and stable text.
  auto round4 = [](double x) { return std::round(x * 1e4) / 1e4; };
  Json j;
  j["name"] = l.name;
  j["type"] = l.type;
  j["country_iso3"] = l.country_iso3;
  j["country_fips"] = l.country_fips;
  j["adm1"] = l.adm1;
  j["adm1_code"] = l.adm1_code;
  j["lat"] = round4(l.lat);
  j["lon"] = round4(l.lon);
  j["geonameid"] = l.geonameid > 0 ? Json(l.geonameid) : Json(nullptr);
  j["start"] = l.begin >= 0 ? Json(l.begin) : Json(nullptr);
  j["end"] = l.end >= 0 ? Json(l.end) : Json(nullptr);
  j["from"] = l.from;
  return j;
}

}  // namespace dyad::geo

#endif  // DYAD_GEO_LOCATION_JSON_H_
