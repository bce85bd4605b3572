// events::EventId (events.h).
#include <string>
#include <string_view>

#include "events/events.h"

namespace dyad::events {

uint64_t EventId(const Event& e) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&](std::string_view s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    h = (h ^ 0xFF) * 1099511628211ull;
  };
  mix(e.article_id);
  mix(std::to_string(e.evidence.sentence));
  mix(std::to_string(e.evidence.begin));
  mix(e.source.code);
  mix(e.target.code);
  mix(e.code);
  return h & ((uint64_t{1} << 53) - 1);
}

}  // namespace dyad::events
