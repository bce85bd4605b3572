// Fuzz target: the query string of dyad serve's /api/series and /api/events
// as the server reads it: cpp-httplib's own parser (what fills
// Request::params), then serve/params.h's checks, cursors and cache keys.
#include <httplib.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "serve/params.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 16384) return 0;  // the server's request line is bounded far below
  const std::string input(reinterpret_cast<const char*>(data), size);
  dyad::serve::Params params;
  httplib::detail::parse_query_text(input, params);
  for (auto endpoint : {dyad::serve::Endpoint::kSeries, dyad::serve::Endpoint::kEvents}) {
    auto request = dyad::serve::ParseApiRequest(params, endpoint, {});
    if (request.ok()) (void)dyad::serve::CanonicalKey(*request, endpoint);
  }
  (void)dyad::serve::DecodeCursor(input);
  return 0;
}
