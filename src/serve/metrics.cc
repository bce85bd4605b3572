// Prometheus text exposition (metrics.h).
#include "serve/metrics.h"

#include <cstdio>

namespace dyad::serve {
namespace {

std::string Number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

}  // namespace

void Metrics::Record(const std::string& route, int status, double seconds) {
  std::lock_guard<std::mutex> lock(mu_);
  ++requests_[{route, status}];
  Histogram& h = latency_[route];
  for (size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++h.buckets[i];
  }
  ++h.count;
  h.sum += seconds;
}

int64_t Metrics::Count(const std::string& route, int status) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = requests_.find({route, status});
  return it == requests_.end() ? 0 : it->second;
}

std::string Metrics::Exposition(const std::vector<Gauge>& gauges) const {
  std::string out;
  {
    std::lock_guard<std::mutex> lock(mu_);
    out += "# HELP dyad_http_requests_total HTTP requests answered, by route and status.\n";
    out += "# TYPE dyad_http_requests_total counter\n";
    for (const auto& [key, n] : requests_) {
      out += "dyad_http_requests_total{route=\"" + key.first + "\",status=\"" + std::to_string(key.second) +
             "\"} " + std::to_string(n) + "\n";
    }
    out += "# HELP dyad_http_request_duration_seconds Time from a request's routing to its answer.\n";
    out += "# TYPE dyad_http_request_duration_seconds histogram\n";
    for (const auto& [route, h] : latency_) {
      const std::string label = "route=\"" + route + "\"";
      for (size_t i = 0; i < kBuckets.size(); ++i) {
        out += "dyad_http_request_duration_seconds_bucket{" + label + ",le=\"" + Number(kBuckets[i]) + "\"} " +
               std::to_string(h.buckets[i]) + "\n";
      }
      out += "dyad_http_request_duration_seconds_bucket{" + label + ",le=\"+Inf\"} " + std::to_string(h.count) +
             "\n";
      out += "dyad_http_request_duration_seconds_sum{" + label + "} " + Number(h.sum) + "\n";
      out += "dyad_http_request_duration_seconds_count{" + label + "} " + std::to_string(h.count) + "\n";
    }
  }
  for (const Gauge& g : gauges) {
    out += "# HELP " + g.name + " " + g.help + "\n# TYPE " + g.name + " gauge\n" + g.name + " " + Number(g.value) +
           "\n";
  }
  return out;
}

}  // namespace dyad::serve
