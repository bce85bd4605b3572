// Internal to serve/: the handlers of the API's routes (docs/serve.md),
// over a pool of read connections, one writer, the response cache and the
// metrics. server.cc binds them to httplib's routes.
//
// Thread-safe: handlers are called from many worker threads at once.
#ifndef DYAD_SERVE_API_H_
#define DYAD_SERVE_API_H_

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "serve/metrics.h"
#include "serve/params.h"
#include "serve/response_cache.h"
#include "serve/serve.h"
#include "serve/store_pool.h"
#include "store/browse.h"
#include "store/store.h"

namespace dyad::serve {

class Api {
 public:
  // Opens the store's connections. Errors as EventStore::Open's.
  static Result<std::unique_ptr<Api>> Open(const ServerOptions& options);

  void Series(const httplib::Request& req, httplib::Response& res);
  void Events(const httplib::Request& req, httplib::Response& res);
  void Actors(const httplib::Request& req, httplib::Response& res);
  void Article(const httplib::Request& req, httplib::Response& res);
  void PostArticles(const httplib::Request& req, httplib::Response& res);
  void Healthz(const httplib::Request& req, httplib::Response& res);
  void MetricsText(const httplib::Request& req, httplib::Response& res);
  void OpenApi(const httplib::Request& req, httplib::Response& res);
  // GET of anything else: a dashboard file, or 404 JSON.
  void Static(const httplib::Request& req, httplib::Response& res);

  Metrics& metrics() { return metrics_; }

 private:
  explicit Api(const ServerOptions& options) : options_(options), cache_(options.cache_entries) {}

  // The store's generation: bumped by this server's writes and, checked at
  // most every change_check_ms, by anyone else's.
  uint64_t Generation();

  // The actor list of the current generation (built once per generation).
  struct ActorIndex {
    uint64_t generation = 0;
    std::chrono::steady_clock::time_point built;
    std::vector<store::ActorCount> actors;  // most events first
  };
  Result<std::shared_ptr<const ActorIndex>> Actors();
  // Whether a dyad's code is a known country or names actors in the store;
  // fills res with 404 and returns false if not.
  bool KnownActor(const std::string& code, const char* side, httplib::Response& res);

  // Store counts for /healthz and /metrics, refreshed once per generation.
  struct StoreFacts {
    uint64_t generation = 0;
    store::StoreCounts counts;
    int64_t size_bytes = 0;
    std::string backend;
    int schema_version = 0;
  };
  Result<StoreFacts> Facts();

  // The lock of one cache key: concurrent misses of a key wait for the
  // first request to compute it rather than all querying the store at once.
  std::shared_ptr<std::mutex> FlightFor(const std::string& key);

  // Answers a series or events request from the cache, else (one request
  // per key at a time) with compute's body, which is then cached; compute
  // returns nullopt after filling res with an error, which is not cached.
  void Cached(const httplib::Request& req, httplib::Response& res, Endpoint endpoint,
              const std::function<std::optional<std::string>(const ApiRequest&)>& compute);

  void Fail(httplib::Response& res, int status, const char* error, const std::string& detail);
  void FailStatus(httplib::Response& res, const Status& s);

  const ServerOptions options_;
  std::unique_ptr<StorePool> readers_;
  std::unique_ptr<store::EventStore> watcher_;  // GUARDED_BY(watch_mu_): ChangeStamp
  std::unique_ptr<store::EventStore> writer_;   // GUARDED_BY(write_mu_); null when POST is off
  std::mutex watch_mu_, write_mu_, actors_mu_, facts_mu_, flights_mu_;
  std::map<std::string, std::weak_ptr<std::mutex>> flights_;  // GUARDED_BY(flights_mu_)
  std::atomic<uint64_t> generation_{1};
  std::atomic<int64_t> last_check_ms_{0};
  int64_t last_stamp_ = 0;                               // GUARDED_BY(watch_mu_)
  std::shared_ptr<const ActorIndex> actor_index_;        // GUARDED_BY(actors_mu_)
  std::unique_ptr<StoreFacts> facts_;                    // GUARDED_BY(facts_mu_)
  ResponseCache cache_;
  Metrics metrics_;
};

}  // namespace dyad::serve

#endif  // DYAD_SERVE_API_H_
