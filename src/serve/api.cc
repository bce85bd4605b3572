// The API's handlers (api.h; docs/serve.md).
#include "serve/api.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "base/file_system.h"
#include "ingest/ingest.h"
#include "serve/json_error.h"
#include "serve/openapi.h"
#include "serve/static_files.h"
#include "store/query.h"

namespace dyad::serve {
namespace {

constexpr const char* kJson = "application/json";

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// Compares a secret in time that depends on the lengths only.
bool SameSecret(std::string_view a, std::string_view b) {
  unsigned char diff = a.size() != b.size();
  const size_t n = std::max(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    const unsigned char x = i < a.size() ? a[i] : 0, y = i < b.size() ? b[i] : 0;
    diff |= x ^ y;
  }
  return diff == 0;
}

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The article lines of a POST body: a JSON object or array is turned into
// JSON Lines; anything else is read as JSON Lines as it is.
std::string AsJsonLines(const std::string& body) {
  if (!nlohmann::json::accept(body)) return body;
  const nlohmann::json doc = nlohmann::json::parse(body, nullptr, false);
  if (doc.is_array()) {
    std::string out;
    for (const auto& item : doc) out += item.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    return out;
  }
  return doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

const char* OutcomeName(store::PutOutcome o) {
  switch (o) {
    case store::PutOutcome::kNew: return "new";
    case store::PutOutcome::kReplaced: return "replaced";
    case store::PutOutcome::kUnchanged: return "unchanged";
  }
  return "unchanged";
}

}  // namespace

Result<std::unique_ptr<Api>> Api::Open(const ServerOptions& options) {
  if (options.threads < 1 || options.read_connections < 1) {
    return Status::InvalidArgument("serve: threads and read connections must be at least 1");
  }
  if (options.default_page < 1 || options.max_page < options.default_page) {
    return Status::InvalidArgument("serve: page sizes must satisfy 1 <= default <= max");
  }
  std::unique_ptr<Api> api(new Api(options));
  store::StoreOptions so;
  so.target = options.db;
  so.must_exist = true;
  so.query_timeout_ms = options.query_timeout_ms;
  auto pool = StorePool::Open(so, options.read_connections);
  if (!pool.ok()) return pool.status();
  api->readers_ = std::move(*pool);
  so.query_timeout_ms = 0;
  auto watcher = store::EventStore::Open(so);
  if (!watcher.ok()) return watcher.status();
  api->watcher_ = std::move(*watcher);
  auto stamp = store::ChangeStamp(*api->watcher_);
  if (!stamp.ok()) return stamp.status();
  api->last_stamp_ = *stamp;
  api->last_check_ms_ = NowMs();
  if (!options.write_token.empty() && options.coder) {
    so.batch_articles = 1000000;  // committed per request
    auto writer = store::EventStore::Open(so);
    if (!writer.ok()) return writer.status();
    api->writer_ = std::move(*writer);
  }
  return api;
}

uint64_t Api::Generation() {
  const int64_t now = NowMs();
  if (now - last_check_ms_.load() >= options_.change_check_ms) {
    std::unique_lock<std::mutex> lock(watch_mu_, std::try_to_lock);
    // One thread checks; the others go on with the generation they know.
    if (lock.owns_lock() && now - last_check_ms_.load() >= options_.change_check_ms) {
      auto stamp = store::ChangeStamp(*watcher_);
      if (!stamp.ok() || *stamp != last_stamp_) {
        if (stamp.ok()) last_stamp_ = *stamp;
        ++generation_;
      }
      last_check_ms_ = NowMs();
    }
  }
  return generation_.load();
}

std::shared_ptr<std::mutex> Api::FlightFor(const std::string& key) {
  std::lock_guard<std::mutex> lock(flights_mu_);
  if (flights_.size() > 1024) std::erase_if(flights_, [](const auto& f) { return f.second.expired(); });
  std::weak_ptr<std::mutex>& slot = flights_[key];
  std::shared_ptr<std::mutex> m = slot.lock();
  if (m == nullptr) {
    m = std::make_shared<std::mutex>();
    slot = m;
  }
  return m;
}

void Api::Fail(httplib::Response& res, int status, const char* error, const std::string& detail) {
  res.status = status;
  res.set_content(ErrorJson(error, detail), kJson);
}

void Api::FailStatus(httplib::Response& res, const Status& s) {
  const HttpError e = ToHttpError(s);
  std::string detail = s.message();
  if (e.status == 503) detail = "the query ran past the server's limit of " + std::to_string(options_.query_timeout_ms) +
                                " ms; narrow it (a dyad, dates, a code) or try again";
  if (e.status == 500) detail = "the store failed: " + detail;
  Fail(res, e.status, e.error, detail);
  if (e.status == 503) res.set_header("Retry-After", "1");
}

Result<std::shared_ptr<const Api::ActorIndex>> Api::Actors() {
  const uint64_t gen = Generation();
  std::lock_guard<std::mutex> lock(actors_mu_);
  // Counting every actor reads the whole store (a second or more per
  // million events): after a change, the old counts serve search for up to
  // a minute rather than every write costing a full read.
  const auto now = std::chrono::steady_clock::now();
  if (actor_index_ != nullptr &&
      (actor_index_->generation == gen || now - actor_index_->built < std::chrono::seconds(60))) {
    return actor_index_;
  }
  auto index = std::make_shared<ActorIndex>();
  index->generation = gen;
  index->built = now;
  {
    StorePool::Lease lease = readers_->Acquire();
    auto actors = store::QueryActorCounts(*lease);
    if (!actors.ok()) return actors.status();
    index->actors = std::move(*actors);
  }
  actor_index_ = index;
  return std::shared_ptr<const ActorIndex>(index);
}

bool Api::KnownActor(const std::string& code, const char* side, httplib::Response& res) {
  if (code.size() == 3 && options_.gazetteer != nullptr && options_.gazetteer->CountryByIso3(code) != nullptr) {
    return true;
  }
  // Index probes, not the actor index: an unknown code must get its 404 at
  // once, however large the store and however often it changes.
  Result<bool> known = false;
  {
    StorePool::Lease lease = readers_->Acquire();
    known = store::ActorInStore(*lease, code);
  }
  if (!known.ok()) {
    FailStatus(res, known.status());
    return false;
  }
  if (*known) return true;
  Fail(res, 404, "unknown_actor",
       std::string("the dyad's ") + side + " \"" + code +
           "\" is neither a known country code nor an actor code in this store; find codes with /api/actors?q=NAME");
  return false;
}

void Api::Cached(const httplib::Request& req, httplib::Response& res, Endpoint endpoint,
                 const std::function<std::optional<std::string>(const ApiRequest&)>& compute) {
  auto request = ParseApiRequest(req.params, endpoint, {options_.default_page, options_.max_page});
  if (!request.ok()) return Fail(res, 400, "bad_parameter", request.status().message());
  const std::string key = CanonicalKey(*request, endpoint);
  const uint64_t gen = Generation();
  if (auto hit = cache_.Get(key, gen)) {
    res.set_content(*hit, kJson);
    return;
  }
  const std::shared_ptr<std::mutex> flight = FlightFor(key);
  std::lock_guard<std::mutex> flight_lock(*flight);
  if (auto hit = cache_.Get(key, gen)) {  // computed while this one waited
    res.set_content(*hit, kJson);
    return;
  }
  const store::Query& q = request->query;
  if (q.dyad && (!KnownActor(q.dyad->source, "source", res) || !KnownActor(q.dyad->target, "target", res))) return;
  std::optional<std::string> body = compute(*request);
  if (!body) return;  // compute answered with an error
  cache_.Put(key, gen, *body);
  res.set_content(std::move(*body), kJson);
}

void Api::Series(const httplib::Request& req, httplib::Response& res) {
  Cached(req, res, Endpoint::kSeries, [&](const ApiRequest& request) -> std::optional<std::string> {
    Result<std::vector<store::SeriesPoint>> series = std::vector<store::SeriesPoint>{};
    {
      StorePool::Lease lease = readers_->Acquire();
      series = store::QuerySeries(*lease, request.query);
    }
    if (!series.ok()) {
      FailStatus(res, series.status());
      return std::nullopt;
    }
    return store::SeriesJson(request.query, *series);
  });
}

void Api::Events(const httplib::Request& req, httplib::Response& res) {
  Cached(req, res, Endpoint::kEvents, [&](const ApiRequest& request) -> std::optional<std::string> {
    Result<std::vector<store::EventRecord>> events = std::vector<store::EventRecord>{};
    {
      StorePool::Lease lease = readers_->Acquire();
      // One more than the page: whether there is a next page.
      events = store::QueryEvents(*lease, request.query, request.limit + 1, 3);
    }
    if (!events.ok()) {
      FailStatus(res, events.status());
      return std::nullopt;
    }
    std::string cursor = "null";
    if (static_cast<int>(events->size()) > request.limit) {
      events->resize(request.limit);
      cursor = "\"" + EncodeCursor({events->back().date_start, events->back().canonical_id}) + "\"";
    }
    std::string body = store::EventsJson(request.query, *events);
    // {"events":[...],"query":{...}} + ,"next_cursor":...}
    body.pop_back();
    body += ",\"next_cursor\":" + cursor + "}";
    return body;
  });
}

void Api::Actors(const httplib::Request& req, httplib::Response& res) {
  std::string q;
  int limit = 20;
  for (const auto& [name, value] : req.params) {
    if (name == "q") {
      q = value;
    } else if (name == "limit") {
      char* end = nullptr;
      const long n = std::strtol(value.c_str(), &end, 10);
      if (value.empty() || *end != '\0' || n < 1 || n > options_.max_page) {
        return Fail(res, 400, "bad_parameter",
                    "limit: \"" + value.substr(0, 64) + "\": give a number from 1 to " +
                        std::to_string(options_.max_page));
      }
      limit = static_cast<int>(n);
    } else {
      return Fail(res, 400, "bad_parameter", name.substr(0, 64) + ": unknown parameter; /api/actors takes q and limit");
    }
  }
  if (q.size() > 200) return Fail(res, 400, "bad_parameter", "q: longer than 200 bytes");
  auto index = Actors();
  if (!index.ok()) return FailStatus(res, index.status());
  const std::string code = Upper(q), needle = Lower(q);
  nlohmann::json out = nlohmann::json::array();
  for (const store::ActorCount& a : (*index)->actors) {
    if (static_cast<int>(out.size()) >= limit) break;
    std::string name = a.name;
    if (name.empty() && options_.gazetteer != nullptr && a.code.size() == 3) {
      if (const geo::Country* c = options_.gazetteer->CountryByIso3(a.code)) name = c->name;
    }
    const bool match = q.empty() || a.code.starts_with(code) ||
                       (!needle.empty() && Lower(name).find(needle) != std::string::npos);
    if (!match) continue;
    out.push_back({{"code", a.code}, {"name", name}, {"country", a.country}, {"events", a.events}});
  }
  res.set_content(nlohmann::json{{"actors", std::move(out)}}.dump(-1, ' ', false,
                                                                  nlohmann::json::error_handler_t::replace),
                  kJson);
}

void Api::Article(const httplib::Request& req, httplib::Response& res) {
  if (!req.params.empty()) return Fail(res, 400, "bad_parameter", "/api/articles/{id} takes no parameters");
  const std::string id = req.matches.size() > 1 ? std::string(req.matches[1]) : "";
  Result<store::ArticleRecord> article = store::ArticleRecord{};
  {
    StorePool::Lease lease = readers_->Acquire();
    article = store::QueryArticle(*lease, id);
  }
  if (!article.ok()) {
    if (article.status().code() == Status::kNotFound) {
      return Fail(res, 404, "unknown_article", article.status().message());
    }
    return FailStatus(res, article.status());
  }
  res.set_content(store::ArticleJson(*article), kJson);
}

void Api::PostArticles(const httplib::Request& req, httplib::Response& res) {
  if (writer_ == nullptr) {
    return Fail(res, 403, "writes_disabled",
                "POST /api/articles is off: start the server with --write-token TOKEN (or DYAD_WRITE_TOKEN) and "
                "send Authorization: Bearer TOKEN");
  }
  const std::string auth = req.get_header_value("Authorization");
  if (auth.empty()) {
    res.set_header("WWW-Authenticate", "Bearer");
    return Fail(res, 401, "unauthorized", "send the write token as Authorization: Bearer TOKEN");
  }
  if (!auth.starts_with("Bearer ") || !SameSecret(auth.substr(7), options_.write_token)) {
    return Fail(res, 403, "forbidden", "the token does not match the server's write token");
  }
  MemFileSystem fs;
  fs.AddFile("body.jsonl", AsJsonLines(req.body));
  CollectingDiagnostics diag;
  ingest::IngestOptions io;
  io.format = ingest::InputFormat::kJsonl;
  io.max_record_bytes = options_.max_body_bytes;
  auto reader = ingest::ArticleReader::Open("body.jsonl", io, &fs, &diag);
  if (!reader.ok()) return Fail(res, 400, "bad_body", reader.status().message());
  nlohmann::json articles = nlohmann::json::array();
  nlohmann::json errors = nlohmann::json::array();
  struct Coded {
    ingest::Article article;
    CodedOutput out;
  };
  std::vector<Coded> coded;
  for (;;) {
    Coded c;
    auto more = (*reader)->Next(&c.article);
    if (!more.ok()) {
      errors.push_back({{"line", 0}, {"detail", more.status().message()}});
      break;
    }
    if (!*more) break;
    CollectingDiagnostics article_diag;
    options_.coder(c.article, &article_diag, &c.out);
    for (const auto& e : article_diag.entries()) {
      if (e.severity == Severity::kError) errors.push_back({{"line", c.article.line}, {"detail", e.reason}});
    }
    coded.push_back(std::move(c));
  }
  for (const auto& e : diag.entries()) {
    if (e.severity == Severity::kError) errors.push_back({{"line", e.line}, {"detail", e.reason}});
  }
  if (coded.empty()) {
    res.status = 400;
    res.set_content(nlohmann::json{{"error", "no_articles"},
                                   {"detail", "no article could be read from the body: send one JSON article "
                                              "{\"id\",\"date\",\"title\",\"text\"} or JSON Lines of them"},
                                   {"errors", errors}}
                        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                    kJson);
    return;
  }
  {
    std::lock_guard<std::mutex> lock(write_mu_);
    for (Coded& c : coded) {
      auto put = writer_->Put({&c.article, &c.out.events, &c.out.mentions, &c.out.sentences});
      if (!put.ok()) return FailStatus(res, put.status());
      nlohmann::json events = nlohmann::json::array();
      for (const std::string& e : c.out.event_json) events.push_back(nlohmann::json::parse(e, nullptr, false));
      articles.push_back({{"id", c.article.id}, {"line", c.article.line}, {"outcome", OutcomeName(*put)},
                          {"events", std::move(events)}});
    }
    if (Status s = writer_->Commit(); !s.ok()) return FailStatus(res, s);
    ++generation_;  // cached answers are stale now
  }
  res.set_content(nlohmann::json{{"articles", std::move(articles)}, {"errors", std::move(errors)}}.dump(
                      -1, ' ', false, nlohmann::json::error_handler_t::replace),
                  kJson);
}

Result<Api::StoreFacts> Api::Facts() {
  const uint64_t gen = Generation();
  std::lock_guard<std::mutex> lock(facts_mu_);
  if (facts_ != nullptr && facts_->generation == gen) return *facts_;
  StoreFacts f;
  f.generation = gen;
  StorePool::Lease lease = readers_->Acquire();
  auto counts = lease->Counts();
  if (!counts.ok()) return counts.status();
  f.counts = *counts;
  auto size = store::StoreSizeBytes(*lease);
  if (!size.ok()) return size.status();
  f.size_bytes = *size;
  f.backend = lease->backend();
  f.schema_version = lease->schema_version();
  facts_ = std::make_unique<StoreFacts>(f);
  return f;
}

void Api::Healthz(const httplib::Request&, httplib::Response& res) {
  auto facts = Facts();
  if (!facts.ok()) {
    res.status = 503;
    res.set_content(ErrorJson("store_unavailable", facts.status().message()), kJson);
    return;
  }
  nlohmann::json j = {{"status", "ok"},
                      {"store",
                       {{"backend", facts->backend},
                        {"schema_version", facts->schema_version},
                        {"articles", facts->counts.articles},
                        {"events", facts->counts.events},
                        {"canonical_events", facts->counts.canonical_events},
                        {"size_bytes", facts->size_bytes}}}};
  res.set_content(j.dump(), kJson);
}

void Api::MetricsText(const httplib::Request&, httplib::Response& res) {
  std::vector<Gauge> gauges;
  if (auto facts = Facts(); facts.ok()) {
    gauges = {{"dyad_store_articles", "Articles in the store.", static_cast<double>(facts->counts.articles)},
              {"dyad_store_events", "Events (reports) in the store.", static_cast<double>(facts->counts.events)},
              {"dyad_store_canonical_events", "Canonical (deduplicated) events in the store.",
               static_cast<double>(facts->counts.canonical_events)},
              {"dyad_store_size_bytes", "Bytes the store takes.", static_cast<double>(facts->size_bytes)}};
  }
  gauges.push_back({"dyad_cache_entries", "Answers in the response cache.", static_cast<double>(cache_.size())});
  gauges.push_back({"dyad_cache_hits", "Response cache hits since start.", static_cast<double>(cache_.hits())});
  gauges.push_back({"dyad_cache_misses", "Response cache misses since start.", static_cast<double>(cache_.misses())});
  res.set_content(metrics_.Exposition(gauges), "text/plain; version=0.0.4; charset=utf-8");
}

void Api::OpenApi(const httplib::Request&, httplib::Response& res) {
  static const std::string kDoc = OpenApiJson();
  res.set_content(kDoc, kJson);
}

void Api::Static(const httplib::Request& req, httplib::Response& res) {
  auto file = ResolveStatic(options_.dashboard_dir, req.path);
  if (!file.ok()) {
    return Fail(res, 404, "not_found",
                req.path.substr(0, 200) + ": no such route or file; the API is under /api/ (see /api/openapi.json)");
  }
  auto body = FileSystem::Default()->ReadFile(file->path);
  if (!body.ok()) return Fail(res, 404, "not_found", req.path.substr(0, 200) + ": cannot be read");
  res.set_content(std::move(*body), file->content_type.c_str());
}

}  // namespace dyad::serve
