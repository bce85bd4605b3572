// The JSON form of an event's location, shared by every writer of events
// (`dyad code`, the store's query and export, `dyad serve`) so that they
// can never write it differently:
//   {"name":"Sydney","type":"city","country_iso3":"AUS","country_fips":"AS",
//    "adm1":"New South Wales","adm1_code":"02","lat":-33.8679,"lon":151.2073,
//    "geonameid":2147714,"start":120,"end":126,"from":"sentence"}
// geonameid, start and end are null when unknown; an unknown location is
// null.
#ifndef DYAD_GEO_LOCATION_JSON_H_
#define DYAD_GEO_LOCATION_JSON_H_

#include <nlohmann/json.hpp>

#include "events/events.h"

namespace dyad::geo {

nlohmann::json LocationJson(const events::EventLocation& location);

}  // namespace dyad::geo

#endif  // DYAD_GEO_LOCATION_JSON_H_
