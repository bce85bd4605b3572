// Server: httplib's routes, limits and error pages over the Api (serve.h).
#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "serve/api.h"
#include "serve/json_error.h"
#include "serve/openapi.h"
#include "serve/serve.h"

namespace dyad::serve {
namespace {

constexpr const char* kJson = "application/json";

// The route label of a request for metrics: its pattern, or "static" for
// files and unknown paths (raw paths would make labels unbounded).
std::string RouteOf(const httplib::Request& req) {
  const std::string& p = req.path;
  if (p.starts_with("/api/articles/")) return "/api/articles/{id}";
  for (const RouteSpec& r : ApiRoutes()) {
    if (p == r.path) return r.path;
  }
  return p.starts_with("/api/") ? "/api/other" : "static";
}

// Set by Timed on the worker thread that ran a handler, read and cleared
// by the logger that httplib calls on the same thread after answering.
thread_local bool counted = false;

class ServerImpl final : public Server {
 public:
  ServerImpl(const ServerOptions& options, std::unique_ptr<Api> api) : options_(options), api_(std::move(api)) {}
  ~ServerImpl() override { Stop(); }

  Status Bind() {
    const int threads = options_.threads;
    http_.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    http_.set_payload_max_length(options_.max_body_bytes);
    const time_t sec = options_.io_timeout_ms / 1000, usec = (options_.io_timeout_ms % 1000) * 1000;
    http_.set_read_timeout(sec, usec);
    http_.set_write_timeout(sec, usec);
    http_.set_keep_alive_max_count(static_cast<size_t>(options_.keep_alive_max_requests));
    http_.set_keep_alive_timeout(options_.keep_alive_timeout_s);
    http_.set_tcp_nodelay(true);
    Route("/api/series", &Api::Series);
    Route("/api/events", &Api::Events);
    Route("/api/actors", &Api::Actors);
    Route(R"(/api/articles/([^/]+))", &Api::Article);
    Route("/healthz", &Api::Healthz);
    Route("/metrics", &Api::MetricsText);
    Route("/api/openapi.json", &Api::OpenApi);
    Api* api = api_.get();
    http_.Post("/api/articles", [this, api](const httplib::Request& req, httplib::Response& res) {
      Timed(req, res, [&] { api->PostArticles(req, res); });
    });
    http_.Get(R"(/.*)", [this, api](const httplib::Request& req, httplib::Response& res) {
      Timed(req, res, [&] {
        for (const RouteSpec& r : ApiRoutes()) {
          if (req.path == r.path) {  // a route of another method
            res.status = 405;
            res.set_content(ErrorJson("method_not_allowed", "GET is not allowed on " + req.path + "; use " +
                                                                 r.method + " (see /api/openapi.json)"),
                            kJson);
            return;
          }
        }
        api->Static(req, res);
      });
    });
    // Every error is JSON: httplib's own (404 no route, 413, 400 bad
    // request line) get a body here; a known path with another method is 405.
    http_.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request& req,
                                                                     httplib::Response& res) {
      if (res.status == 404 && RouteOf(req) != "static" && RouteOf(req) != "/api/other" && res.body.empty()) {
        res.status = 405;
      }
      if (res.body.empty() || res.get_header_value("Content-Type") != kJson) {
        std::string detail;
        switch (res.status) {
          case 405: detail = req.method + " is not allowed on " + req.path.substr(0, 200) + " (see /api/openapi.json)"; break;
          case 413: detail = "the body is larger than the server's limit (--max-body)"; break;
          case 404: detail = req.path.substr(0, 200) + ": no such route (see /api/openapi.json)"; break;
          case 400: detail = "the request could not be read: malformed, or sent too slowly"; break;
          default: detail = "the request could not be served";
        }
        res.set_content(ErrorJson(ErrorCodeOf(res.status), detail), kJson);
        // A request httplib could not read leaves the connection in an
        // unknown state (and a slow client should not keep it): close it.
        if (res.status == 400 || res.status == 413 || res.status == 408) res.set_header("Connection", "close");
      }
      return httplib::Server::HandlerResponse::Handled;
    }));
    http_.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
      std::string what = "unknown";
      try {
        if (ep) std::rethrow_exception(ep);
      } catch (const std::exception& e) {
        what = e.what();
      } catch (...) {
      }
      res.status = 500;
      res.set_content(ErrorJson("internal_error", what), kJson);
    });
    http_.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
      // Requests that never reached a handler (413, 404 of httplib, bad
      // request lines) are counted here; handled ones in Timed.
      if (counted) {
        counted = false;
        return;
      }
      api_->metrics().Record(RouteOf(req), res.status, 0);
    });
    if (options_.port == 0) {
      port_ = http_.bind_to_any_port(options_.host);
      if (port_ < 0) return Status::IOError("cannot listen on " + options_.host + ": no free port");
    } else {
      if (!http_.bind_to_port(options_.host, options_.port)) {
        return Status::IOError("cannot listen on " + options_.host + ":" + std::to_string(options_.port) +
                               " (in use, or no such address); choose another with --listen HOST:PORT");
      }
      port_ = options_.port;
    }
    thread_ = std::thread([this] { http_.listen_after_bind(); });
    return Status::Ok();
  }

  void Stop() override {
    std::lock_guard<std::mutex> lock(stop_mu_);
    if (stopped_) return;
    http_.stop();
    if (thread_.joinable()) thread_.join();
    {
      std::lock_guard<std::mutex> wait_lock(wait_mu_);
      stopped_ = true;
    }
    wait_cv_.notify_all();
  }

  void Wait() override {
    if (thread_.joinable()) {
      std::unique_lock<std::mutex> lock(wait_mu_);
      wait_cv_.wait(lock, [&] { return stopped_.load(); });
    }
  }

  int port() const override { return port_; }

 private:
  void Route(const char* pattern, void (Api::*handler)(const httplib::Request&, httplib::Response&)) {
    Api* api = api_.get();
    http_.Get(pattern, [this, api, handler](const httplib::Request& req, httplib::Response& res) {
      Timed(req, res, [&] { (api->*handler)(req, res); });
    });
  }

  template <typename F>
  void Timed(const httplib::Request& req, httplib::Response& res, F&& f) {
    const auto start = std::chrono::steady_clock::now();
    f();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const int status = res.status == -1 ? 200 : res.status;
    api_->metrics().Record(RouteOf(req), status, seconds);
    counted = true;
    if (options_.log) {
      char ms[32];
      std::snprintf(ms, sizeof ms, "%.2f", seconds * 1000);
      options_.log(req.method + " " + req.path + " " + std::to_string(status) + " " + ms + " ms");
    }
  }

  const ServerOptions options_;
  std::unique_ptr<Api> api_;
  httplib::Server http_;
  std::thread thread_;
  int port_ = 0;
  std::mutex stop_mu_, wait_mu_;
  std::condition_variable wait_cv_;
  std::atomic<bool> stopped_{false};
};

}  // namespace

Result<std::unique_ptr<Server>> Server::Start(const ServerOptions& options) {
  if (options.port < 0 || options.port > 65535) return Status::InvalidArgument("serve: port must be 0-65535");
  if (options.max_body_bytes == 0 || options.io_timeout_ms < 1 || options.query_timeout_ms < 0 ||
      options.keep_alive_max_requests < 1 || options.keep_alive_timeout_s < 0) {
    return Status::InvalidArgument("serve: limits must be positive");
  }
  auto api = Api::Open(options);
  if (!api.ok()) return api.status();
  auto server = std::make_unique<ServerImpl>(options, std::move(*api));
  if (Status s = server->Bind(); !s.ok()) return s;
  return std::unique_ptr<Server>(std::move(server));
}

}  // namespace dyad::serve
