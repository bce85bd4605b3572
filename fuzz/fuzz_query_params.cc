// Fuzz target: the query string of dyad serve's /api/series and /api/events
// (serve/params.h): decoding, every parameter's checks, cursors, cache keys.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "serve/params.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 16384) return 0;  // the server's request line is bounded far below
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  auto params = dyad::serve::ParseQueryString(input);
  if (!params.ok()) return 0;
  for (auto endpoint : {dyad::serve::Endpoint::kSeries, dyad::serve::Endpoint::kEvents}) {
    auto request = dyad::serve::ParseApiRequest(*params, endpoint, {});
    if (request.ok()) (void)dyad::serve::CanonicalKey(*request, endpoint);
  }
  (void)dyad::serve::DecodeCursor(input);
  return 0;
}
