// Metrics: counters and histogram buckets in the exposition format.
#include "serve/metrics.h"

#include <gtest/gtest.h>

namespace dyad::serve {
namespace {

TEST(Metrics, CountsAndBuckets) {
  Metrics m;
  m.Record("/api/series", 200, 0.0007);
  m.Record("/api/series", 200, 0.2);
  m.Record("/api/series", 400, 0.0001);
  EXPECT_EQ(m.Count("/api/series", 200), 2);
  EXPECT_EQ(m.Count("/api/series", 400), 1);
  EXPECT_EQ(m.Count("/api/events", 200), 0);
  const std::string text = m.Exposition({{"dyad_store_events", "Events.", 42}});
  EXPECT_NE(text.find("# TYPE dyad_http_requests_total counter"), std::string::npos);
  EXPECT_NE(text.find("dyad_http_requests_total{route=\"/api/series\",status=\"200\"} 2\n"), std::string::npos);
  // Cumulative buckets: 0.0001 and 0.0007 are under 1 ms, all three under 0.25 s.
  EXPECT_NE(text.find("dyad_http_request_duration_seconds_bucket{route=\"/api/series\",le=\"0.001\"} 2\n"),
            std::string::npos);
  EXPECT_NE(text.find("dyad_http_request_duration_seconds_bucket{route=\"/api/series\",le=\"0.25\"} 3\n"),
            std::string::npos);
  EXPECT_NE(text.find("dyad_http_request_duration_seconds_bucket{route=\"/api/series\",le=\"+Inf\"} 3\n"),
            std::string::npos);
  EXPECT_NE(text.find("dyad_store_events 42\n"), std::string::npos);
}

}  // namespace
}  // namespace dyad::serve
