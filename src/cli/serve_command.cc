// dyad serve: the HTTP API and the dashboard over a store (serve/serve.h,
// docs/serve.md).
#include <signal.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>

#include "cli/chain.h"
#include "cli/cli.h"
#include "geo/geo.h"
#include "serve/serve.h"

namespace dyad::cli {
namespace {

struct ServeFlags {
  std::string db = "dyad.db";
  std::string listen = "127.0.0.1:8080";
  std::string dashboard;
  std::string write_token;
  std::string max_body = "8M";
  int threads = 32;
  int read_connections = 4;
  int query_timeout_ms = 5000;
  int io_timeout_ms = 5000;
  int max_page = 500;
  size_t cache_entries = 4096;
  bool quiet = false;
  ChainFlags chain;
};

// "8M", "512K", "1G" or bytes.
bool ParseSize(const std::string& text, size_t* out) {
  char* end = nullptr;
  const unsigned long long n = std::strtoull(text.c_str(), &end, 10);
  if (end == text.c_str()) return false;
  std::string unit(end);
  size_t mult = 1;
  if (unit == "K" || unit == "k") mult = size_t{1} << 10;
  else if (unit == "M" || unit == "m") mult = size_t{1} << 20;
  else if (unit == "G" || unit == "g") mult = size_t{1} << 30;
  else if (!unit.empty()) return false;
  *out = static_cast<size_t>(n) * mult;
  return *out > 0;
}

int RunServe(ServeFlags& flags) {
  serve::ServerOptions options;
  options.db = flags.db;
  const size_t colon = flags.listen.rfind(':');
  if (colon == std::string::npos) {
    std::fprintf(stderr, "dyad serve: --listen \"%s\": write HOST:PORT, e.g. 127.0.0.1:8080\n", flags.listen.c_str());
    return kExitUsage;
  }
  options.host = flags.listen.substr(0, colon);
  if (options.host.size() > 2 && options.host.front() == '[' && options.host.back() == ']') {
    options.host = options.host.substr(1, options.host.size() - 2);
  }
  char* end = nullptr;
  const long port = std::strtol(flags.listen.c_str() + colon + 1, &end, 10);
  if (*end != '\0' || end == flags.listen.c_str() + colon + 1 || port < 0 || port > 65535) {
    std::fprintf(stderr, "dyad serve: --listen \"%s\": the port must be 0-65535\n", flags.listen.c_str());
    return kExitUsage;
  }
  options.port = static_cast<int>(port);
  if (!ParseSize(flags.max_body, &options.max_body_bytes)) {
    std::fprintf(stderr, "dyad serve: --max-body \"%s\": write bytes or 512K, 8M, 1G\n", flags.max_body.c_str());
    return kExitUsage;
  }
  options.threads = flags.threads;
  options.read_connections = flags.read_connections;
  options.query_timeout_ms = flags.query_timeout_ms;
  options.io_timeout_ms = flags.io_timeout_ms;
  options.max_page = flags.max_page;
  options.default_page = std::min(50, flags.max_page);
  options.cache_entries = flags.cache_entries;
  if (flags.write_token.empty()) {
    if (const char* env = std::getenv("DYAD_WRITE_TOKEN"); env != nullptr) flags.write_token = env;
  }
  options.write_token = flags.write_token;
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!flags.dashboard.empty()) {
    if (!fs::is_directory(flags.dashboard, ec)) {
      std::fprintf(stderr, "dyad serve: --dashboard %s: no such directory\n", flags.dashboard.c_str());
      return kExitUsage;
    }
    options.dashboard_dir = flags.dashboard;
  } else if (const std::string web = FindHome() + "/web"; fs::is_directory(web, ec)) {
    options.dashboard_dir = web;
  }
  // POST codes articles with the same chain as `dyad ingest`; without a
  // token the models are not even loaded.
  StderrDiagnostics stderr_diag;
  WarningDiagnostics load_diag(&stderr_diag);
  std::unique_ptr<Chain> chain;
  std::unique_ptr<geo::Gazetteer> gazetteer;
  if (!options.write_token.empty()) {
    chain = Chain::Load(flags.chain, "serve", &load_diag);
    if (chain == nullptr) return kExitUsage;
    options.gazetteer = chain->gazetteer();
    const Chain* c = chain.get();
    options.coder = [c](const ingest::Article& article, Diagnostics* diag, serve::CodedOutput* out) {
      int64_t sentences = 0;
      c->Code(article, diag, &sentences, &out->events, &out->mentions, &out->sentences);
      for (const events::Event& e : out->events) {
        std::string line = EventJsonLine(e, article);
        if (!line.empty() && line.back() == '\n') line.pop_back();
        out->event_json.push_back(std::move(line));
      }
    };
  } else if (!flags.chain.no_geo) {
    geo::GeoOptions geo_options;
    geo_options.home = FindHome();
    auto loaded = geo::Gazetteer::Load(geo_options);
    if (loaded.ok()) {
      gazetteer = std::move(*loaded);
      options.gazetteer = gazetteer.get();
    } else {
      std::fprintf(stderr, "dyad serve: warning: %s; /api/actors shows no country names\n",
                   loaded.status().ToString().c_str());
    }
  }
  if (!flags.quiet) {
    static std::mutex log_mu;
    options.log = [](const std::string& line) {
      std::lock_guard<std::mutex> lock(log_mu);
      std::fprintf(stderr, "%s\n", line.c_str());
    };
  }
  // SIGINT and SIGTERM are waited for here, not delivered to the server's
  // threads (which inherit this mask).
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  signal(SIGPIPE, SIG_IGN);
  auto server = serve::Server::Start(options);
  if (!server.ok()) {
    std::fprintf(stderr, "dyad serve: %s%s\n", server.status().message().c_str(),
                 server.status().code() == Status::kNotFound ? " (make one with `dyad ingest FILE --db ...`)" : "");
    return kExitUsage;
  }
  std::fprintf(stderr, "dyad serve: listening on http://%s:%d/ (store %s; dashboard %s; POST %s). Ctrl-C stops.\n",
               options.host.c_str(), (*server)->port(), options.db.c_str(),
               options.dashboard_dir.empty() ? "none" : options.dashboard_dir.c_str(),
               options.write_token.empty() ? "off" : "on");
  int sig = 0;
  sigwait(&signals, &sig);
  std::fprintf(stderr, "dyad serve: stopping\n");
  (*server)->Stop();
  return kExitOk;
}

}  // namespace

void AddServeCommand(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<ServeFlags>();
  CLI::App* sub = app->add_subcommand("serve", "The HTTP API and the dashboard over a store");
  sub->footer(
      "Serves, as JSON (docs/serve.md; the OpenAPI document is at /api/openapi.json):\n"
      "  GET  /api/series?dyad=IND~PAK&by=week   the series of `dyad query`\n"
      "  GET  /api/events?dyad=IND-PAK&code=19   pages of events (limit, cursor) with sentences and links\n"
      "  GET  /api/actors?q=modi                 actors by code prefix or name, most events first\n"
      "  GET  /api/articles/ID                   an article's sentences and their events\n"
      "  POST /api/articles                      code and store articles (off without --write-token)\n"
      "  GET  /healthz, /metrics                 health and Prometheus metrics\n"
      "and the dashboard (web/ beside the binary or in $DYAD_HOME, or --dashboard DIR) at /.\n"
      "Filters: dyad, actor, code, plover, from, to, by, weight, country, near, as for\n"
      "`dyad query`. Errors are {\"error\", \"detail\"} with a 4xx or 5xx status.\n"
      "Listens on loopback by default: there is no TLS, and reading needs no login.\n\n"
      "Examples:\n"
      "  dyad serve --db dyad.db                       then open http://127.0.0.1:8080/\n"
      "  curl 'http://127.0.0.1:8080/api/series?dyad=USA~CHN&by=month'\n"
      "  DYAD_WRITE_TOKEN=s3cret dyad serve --db news.db --listen 0.0.0.0:8080\n"
      "  curl -H 'Authorization: Bearer s3cret' --data-binary @wire.jsonl http://127.0.0.1:8080/api/articles");
  sub->add_option("--db", flags->db, "The store (as for dyad ingest)")->default_val("dyad.db");
  sub->add_option("--listen", flags->listen, "HOST:PORT to listen on; port 0 picks a free one")
      ->default_val("127.0.0.1:8080");
  sub->add_option("--dashboard", flags->dashboard, "Serve this directory at / (default: web/ of the dyad home)");
  sub->add_option("--write-token", flags->write_token,
                  "Accept POST /api/articles with Authorization: Bearer TOKEN (or set DYAD_WRITE_TOKEN)");
  sub->add_option("--max-body", flags->max_body, "Largest request body: bytes or 512K, 8M, 1G (larger: 413)")
      ->default_val("8M");
  sub->add_option("--threads", flags->threads, "Worker threads: keep-alive clients served at once")
      ->default_val(32)
      ->check(CLI::Range(1, 1024));
  sub->add_option("--read-connections", flags->read_connections, "Store connections queries share")
      ->default_val(4)
      ->check(CLI::Range(1, 256));
  sub->add_option("--query-timeout", flags->query_timeout_ms, "Milliseconds a query may run before a 503")
      ->default_val(5000)
      ->check(CLI::Range(1, 3600000));
  sub->add_option("--io-timeout", flags->io_timeout_ms,
                  "Milliseconds a client may stall while sending or reading before its connection closes")
      ->default_val(5000)
      ->check(CLI::Range(1, 600000));
  sub->add_option("--max-page", flags->max_page, "Largest /api/events page")->default_val(500)->check(
      CLI::Range(1, 10000));
  sub->add_option("--cache-entries", flags->cache_entries, "Answers kept in the response cache (0: none)")
      ->default_val(4096);
  sub->add_flag("--quiet", flags->quiet, "Do not log each request to stderr");
  AddChainFlags(sub, &flags->chain);
  sub->callback([flags, exit_code]() { *exit_code = RunServe(*flags); });
}

}  // namespace dyad::cli
