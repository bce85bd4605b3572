// Internal to serve/: the query parameters of /api/series and /api/events,
// read into a store::Query. Every parameter is checked: an unknown name, a
// repeated one or a malformed value is an error naming it and saying what
// to write, which the handlers answer with 400.
//
//   // req.params: the query as cpp-httplib decoded it ("dyad=IND~PAK&by=week").
//   auto request = ParseApiRequest(req.params, Endpoint::kSeries, limits);
//   store::QuerySeries(store, request->query);
#ifndef DYAD_SERVE_PARAMS_H_
#define DYAD_SERVE_PARAMS_H_

#include <map>
#include <string>
#include <string_view>

#include "base/status.h"
#include "store/query.h"

namespace dyad::serve {

// Parameters by name, as httplib::Params holds them (a name may repeat):
// httplib percent-decodes the query, and its request-line limit bounds it.
using Params = std::multimap<std::string, std::string>;

enum class Endpoint { kSeries, kEvents };

struct PageLimits {
  int default_page = 50;
  int max_page = 500;
};

struct ApiRequest {
  store::Query query;
  int limit = 50;  // kEvents: events per page
};

// Reads and checks the parameters of an endpoint: dyad, actor, code,
// plover, from, to, by, weight, country, near (both); limit and cursor
// (kEvents). kInvalidArgument (the message names the parameter) for an
// unknown or repeated parameter or a bad value.
Result<ApiRequest> ParseApiRequest(const Params& params, Endpoint endpoint, const PageLimits& limits);

// The cursor of the page after the one ending with `last`: an opaque
// string that ParseApiRequest reads back from `cursor`.
std::string EncodeCursor(const store::EventKey& last);
Result<store::EventKey> DecodeCursor(std::string_view cursor);

// The request in a normal form (parameters in one order, defaults filled,
// codes upper-cased): two requests with the same key have the same answer
// over the same store. The response cache's key.
std::string CanonicalKey(const ApiRequest& request, Endpoint endpoint);

}  // namespace dyad::serve

#endif  // DYAD_SERVE_PARAMS_H_
