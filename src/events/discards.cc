// DropDiscarded: the events.h rule that discard phrases remove events.
#include <algorithm>

#include "events/events.h"

namespace dyad::events {

void DropDiscarded(const std::vector<actors::DiscardHit>& hits, std::vector<Event>* events) {
  if (hits.empty() || events->empty()) return;
  for (const actors::DiscardHit& h : hits) {
    if (h.story) {
      events->clear();
      return;
    }
  }
  std::erase_if(*events, [&](const Event& e) {
    return std::any_of(hits.begin(), hits.end(),
                       [&](const actors::DiscardHit& h) { return h.sentence == e.evidence.sentence; });
  });
}

}  // namespace dyad::events
