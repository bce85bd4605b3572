// DropDiscarded: sentence discards drop their sentence's events, story
// discards the article's.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "events/events.h"

namespace dyad::events {
namespace {

// Events of sentences 0, 1, 1 and 2, coded "0", "1a", "1b", "2".
std::vector<Event> ThreeSentences() {
  std::vector<Event> events;
  for (auto [sentence, code] : {std::pair<size_t, const char*>{0, "0"}, {1, "1a"}, {1, "1b"}, {2, "2"}}) {
    Event e;
    e.evidence.sentence = sentence;
    e.code = code;
    events.push_back(e);
  }
  return events;
}

std::vector<std::string> Codes(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const Event& e : events) out.push_back(e.code);
  return out;
}

TEST(DropDiscarded, SentenceAndStoryDiscards) {
  const struct {
    std::vector<actors::DiscardHit> hits;
    std::vector<std::string> kept;
  } kCases[] = {
      {{}, {"0", "1a", "1b", "2"}},
      {{{1, false, "World Cup"}}, {"0", "2"}},
      {{{0, false, "shares of"}, {2, false, "hurricane"}}, {"1a", "1b"}},
      {{{5, false, "album"}}, {"0", "1a", "1b", "2"}},  // A sentence without events.
      {{{1, false, "World Cup"}, {1, false, "semifinal"}}, {"0", "2"}},
      {{{5, true, "Premier League"}}, {}},  // A story discard anywhere: no event.
  };
  for (const auto& c : kCases) {
    std::vector<Event> events = ThreeSentences();
    DropDiscarded(c.hits, &events);
    EXPECT_THAT(Codes(events), ::testing::ElementsAreArray(c.kept)) << c.hits.size() << " hits";
  }
  std::vector<Event> none;
  DropDiscarded({{0, true, "box office"}}, &none);
  EXPECT_TRUE(none.empty());
}

}  // namespace
}  // namespace dyad::events
