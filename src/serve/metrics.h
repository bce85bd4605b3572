// Internal to serve/: request counters and latency histograms, written in
// the Prometheus text exposition format (version 0.0.4) for GET /metrics.
//
//   Metrics m;
//   m.Record("/api/series", 200, 0.0012);
//   std::string text = m.Exposition(gauges);
//
// Thread-safe: Record and Exposition may be called from any thread.
#ifndef DYAD_SERVE_METRICS_H_
#define DYAD_SERVE_METRICS_H_

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace dyad::serve {

// A gauge read when /metrics is asked: name, help, value.
struct Gauge {
  std::string name, help;
  double value = 0;
};

class Metrics {
 public:
  // Upper bounds (seconds) of the latency buckets.
  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1,    2.5};

  // Counts one request to `route` (a route pattern such as
  // "/api/articles/{id}", never a raw path, so labels stay few) that
  // answered `status` after `seconds`.
  void Record(const std::string& route, int status, double seconds);

  // The exposition: dyad_http_requests_total{route,status},
  // dyad_http_request_duration_seconds{route} (histogram), then the gauges.
  std::string Exposition(const std::vector<Gauge>& gauges) const;

  // Requests counted for a route and status (tests).
  int64_t Count(const std::string& route, int status) const;

 private:
  struct Histogram {
    std::array<int64_t, kBuckets.size()> buckets{};
    int64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mu_;
  std::map<std::pair<std::string, int>, int64_t> requests_;  // GUARDED_BY(mu_)
  std::map<std::string, Histogram> latency_;                 // GUARDED_BY(mu_)
};

}  // namespace dyad::serve

#endif  // DYAD_SERVE_METRICS_H_
