// serve: dyad's HTTP API over an event store (issue 10; docs/serve.md). A
// Server answers the questions of `dyad query` as JSON — time series of a
// dyad, pages of events with their evidence sentences, actor search,
// articles — serves the dashboard's static files, codes and stores posted
// articles when a write token is set, and reports health and Prometheus
// metrics.
//
//   dyad::serve::ServerOptions options;
//   options.db = "dyad.db";
//   options.port = 0;                          // any free port
//   auto server = dyad::serve::Server::Start(options);
//   if (!server.ok()) return server.status();
//   int port = (*server)->port();              // GET http://127.0.0.1:PORT/api/series?dyad=IND~PAK
//   (*server)->Stop();
//
// Limits: every request is bounded in page size (max_page), body size
// (max_body_bytes), query time (query_timeout_ms), read and write time on
// its socket (io_timeout_ms) and keep-alive use, and is served by a fixed
// pool of threads; see docs/serve.md for what each bad request gets.
//
// The library never prints: log lines go to ServerOptions::log, if set.
#ifndef DYAD_SERVE_SERVE_H_
#define DYAD_SERVE_SERVE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "actors/actors.h"
#include "base/diagnostics.h"
#include "base/status.h"
#include "events/events.h"
#include "geo/geo.h"
#include "ingest/ingest.h"

namespace dyad::serve {

// What coding one article produced: what EventStore::Put stores, and each
// event as `dyad code` writes it (one JSON object per event, same order).
struct CodedOutput {
  std::vector<events::Event> events;
  std::vector<actors::ActorMention> mentions;
  std::vector<std::string> sentences;   // by 0-based sentence index
  std::vector<std::string> event_json;  // JSON objects, one per event
};

// Codes one article (the CLI passes its chain: read -> ... -> locations).
// Problems with the article go to *diag. Called from several threads at
// once: it must be thread-safe.
using ArticleCoder = std::function<void(const ingest::Article&, Diagnostics* diag, CodedOutput* out)>;

struct ServerOptions {
  // The store: a SQLite path or a postgresql:// URL; it must exist.
  std::string db = "dyad.db";
  // Address to listen on. Loopback by default: the API has no TLS and the
  // read endpoints no authentication; put a proxy in front to expose it.
  std::string host = "127.0.0.1";
  // 0: any free port (port() says which).
  int port = 8080;
  // The dashboard's files, served at "/" (index.html for "/"); empty: none.
  std::string dashboard_dir;
  // Worker threads. Each keeps one connection for as long as the client
  // keeps it alive, so more threads serve more keep-alive clients at once;
  // each costs a stack (8 MB virtual, little resident).
  int threads = 32;
  // Read connections to the store, shared by the workers: queries run on
  // at most this many at once (SQLite WAL readers do not block each other).
  int read_connections = 4;
  // /api/events page size: default and largest allowed.
  int default_page = 50;
  int max_page = 500;
  // Largest request body (POST /api/articles); larger: 413.
  size_t max_body_bytes = size_t{8} << 20;
  // A statement running longer is stopped and answered 503.
  int query_timeout_ms = 5000;
  // Socket read and write timeout: a client that stalls mid-request for
  // this long has its connection closed (slowloris).
  int io_timeout_ms = 5000;
  // Keep-alive: requests per connection, and seconds an idle one is kept.
  int keep_alive_max_requests = 1000;
  int keep_alive_timeout_s = 5;
  // Series and event pages cached (by their normalised query), dropped
  // when the store changes. 0: no cache.
  size_t cache_entries = 4096;
  // How often (ms) the cache asks the store whether another process wrote
  // to it; a write through this server drops the cache at once.
  int change_check_ms = 1000;
  // Bearer token that POST /api/articles requires; empty: POST disabled.
  std::string write_token;
  // Codes posted articles; null: POST disabled.
  ArticleCoder coder;
  // Country names for /api/actors (may be null: codes only). Not owned;
  // must outlive the server.
  const geo::Gazetteer* gazetteer = nullptr;
  // One line per request and problem ("GET /api/series 200 1.2 ms"); null:
  // silent. Called from worker threads.
  std::function<void(const std::string&)> log;
};

// Thread-safety: Start, port and Stop may be called from any thread; the
// server's own threads serve requests.
class Server {
 public:
  // Opens the store (read connections and one writer), binds host:port and
  // starts serving on background threads. kInvalidArgument for a bad
  // option; kNotFound when the store does not exist; kIOError when it
  // cannot be opened or the address cannot be bound (in use, no such
  // address); kUnsupported for a newer store.
  static Result<std::unique_ptr<Server>> Start(const ServerOptions& options);

  // Stops accepting, finishes the requests in progress and joins the
  // threads. Idempotent; the destructor calls it.
  virtual void Stop() = 0;

  // Blocks until Stop is called (from another thread or a signal handler's
  // helper).
  virtual void Wait() = 0;

  // The bound port.
  virtual int port() const = 0;

  virtual ~Server() = default;

 protected:
  Server() = default;

 private:
  // Not copyable: it owns sockets, threads and store connections.
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;
};

}  // namespace dyad::serve

#endif  // DYAD_SERVE_SERVE_H_
