// The server end to end: a store on each back end, the server on a free
// loopback port, httplib's client. Each endpoint's answer, and each bad
// request's (malformed parameters, unknown dyads, huge bodies, slow
// clients, missing or wrong tokens).
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "serve/openapi.h"
#include "serve/serve.h"
#include "store/query.h"
#include "store/store.h"
#include "store/test_target.h"

namespace dyad::serve {
namespace {

using store::TestBackend;
using store::TestTarget;

struct Spec {
  std::string source, target, code;
  int quad;
  double goldstein;
  int32_t date;
};

// A coder for POST tests: one IND -> PAK consultation per article, dated
// the article's date.
void FakeCoder(const ingest::Article& a, Diagnostics* diag, CodedOutput* out) {
  if (a.text.find("fail") != std::string::npos) {
    diag->Error(a.file, a.line, "cannot code this article");
    return;
  }
  events::Event e;
  e.article_id = a.id;
  e.date = 20240610;
  e.source = {"IND", "IND", "", "", 0, 5, {}};
  e.target = {"PAK", "PAK", "", "", 10, 18, {}};
  e.has_target = true;
  e.code = "040";
  e.root_code = "04";
  e.quad_class = 1;
  e.goldstein = 1;
  out->events.push_back(e);
  out->sentences = {a.text};
  out->event_json.push_back(R"({"code":"040","article_id":")" + a.id + "\"}");
}

class ServerTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  void SetUp() override {
    target_ = TestTarget::Create(GetParam());
    if (target_ == nullptr) GTEST_SKIP() << store::kPostgresqlSkipMessage;
    store::StoreOptions o;
    o.target = target_->target();
    auto s = store::EventStore::Open(o);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    // Seven IND-PAK events over three months, one USA-CHN, and an article
    // with two events in one sentence.
    Put(**s, "a1", "India criticised Pakistan.",
        {{"IND", "PAK", "111", 3, -2, 20240402}, {"PAK", "IND", "112", 3, -2, 20240403}});
    Put(**s, "a2", "India met Pakistan.",
        {{"IND", "PAK", "036", 1, 4, 20240520}, {"INDGOV", "PAK", "190", 4, -10, 20240521}});
    Put(**s, "a3", "India and Pakistan talked.",
        {{"IND", "PAK", "040", 1, 1, 20240601}, {"IND", "PAK", "042", 1, 1.9, 20240602},
         {"PAK", "IND", "043", 1, 2.8, 20240603}});
    Put(**s, "a4", "The US met China.", {{"USA", "CHN", "036", 1, 4, 20240605}});
    ASSERT_TRUE((*s)->Commit().ok());
    s->reset();
    char tmpl[] = "/tmp/dyad_serve_web_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    web_ = tmpl;
    std::filesystem::create_directories(web_ + "/js");
    std::ofstream(web_ + "/index.html") << "<!doctype html><title>dyad</title>";
    std::ofstream(web_ + "/js/app.js") << "console.log(1);";
    std::ofstream(web_ + "/style.css") << "body{}";
    std::ofstream(web_ + "/../dyad_serve_secret.txt") << "TOPSECRETCONTENT";
  }

  void TearDown() override {
    if (server_) server_->Stop();
    if (!web_.empty()) {
      std::filesystem::remove_all(web_);
      std::filesystem::remove(std::filesystem::path(web_).parent_path() / "dyad_serve_secret.txt");
    }
  }

  void Start(ServerOptions o = {}) {
    o.db = target_->target();
    o.port = 0;
    o.dashboard_dir = web_;
    o.threads = 8;
    auto server = Server::Start(o);
    ASSERT_TRUE(server.ok()) << server.status().ToString();
    server_ = std::move(*server);
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    client_->set_read_timeout(10, 0);
  }

  void Put(store::EventStore& s, const std::string& id, const std::string& sentence, const std::vector<Spec>& specs) {
    auto st = std::make_unique<Stored>();
    st->article.id = id;
    st->article.url = "https://news.example/" + id;
    st->article.title = "Title " + id;
    st->article.text = sentence;
    st->sentences = {sentence};
    for (const Spec& sp : specs) {
      events::Event e;
      e.article_id = id;
      e.date = sp.date;
      e.source = {sp.source, sp.source.substr(0, 3), "", "", 0, 5, {}};
      e.target = {sp.target, sp.target.substr(0, 3), "", "", 6, 9, {}};
      e.has_target = true;
      e.code = sp.code;
      e.root_code = sp.code.substr(0, 2);
      e.quad_class = sp.quad;
      e.goldstein = sp.goldstein;
      e.evidence.verb = "met";
      if (sp.code == "190") e.plover_type = "ASSAULT";
      st->events.push_back(e);
    }
    auto put = s.Put({&st->article, &st->events, &st->mentions, &st->sentences});
    ASSERT_TRUE(put.ok()) << put.status().ToString();
    stored_.push_back(std::move(st));
  }

  nlohmann::json GetJson(const std::string& path, int want_status = 200) {
    auto res = client_->Get(path);
    EXPECT_TRUE(res) << path;
    if (!res) return nullptr;
    EXPECT_EQ(res->status, want_status) << path << ": " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json") << path;
    return nlohmann::json::parse(res->body, nullptr, false);
  }

  struct Stored {
    ingest::Article article;
    std::vector<events::Event> events;
    std::vector<actors::ActorMention> mentions;
    std::vector<std::string> sentences;
  };
  std::vector<std::unique_ptr<Stored>> stored_;
  std::unique_ptr<TestTarget> target_;
  std::unique_ptr<Server> server_;
  std::unique_ptr<httplib::Client> client_;
  std::string web_;
};

TEST_P(ServerTest, SeriesIsTheDocumentOfQuerySeries) {
  Start();
  auto j = GetJson("/api/series?dyad=IND~PAK&by=month");
  ASSERT_TRUE(j.is_object());
  // The same document dyad query --format json writes.
  store::StoreOptions o;
  o.target = target_->target();
  auto s = store::EventStore::Open(o);
  ASSERT_TRUE(s.ok());
  store::Query q;
  q.dyad = *store::ParseDyad("IND~PAK");
  auto series = store::QuerySeries(**s, q);
  ASSERT_TRUE(series.ok());
  EXPECT_EQ(j, nlohmann::json::parse(store::SeriesJson(q, *series)));
  ASSERT_EQ(j["series"].size(), 3u);
  EXPECT_EQ(j["series"][0]["period"], "2024-04");
  EXPECT_EQ(j["series"][2]["counts"]["verbal_cooperation"], 3);
  // Cached: the same answer again.
  EXPECT_EQ(GetJson("/api/series?by=month&dyad=ind~pak"), j);
  auto weekly = GetJson("/api/series?dyad=IND-PAK&by=week&code=1&from=2024-05&to=2024-05-31&plover=ASSAULT");
  int64_t total = 0;
  for (const auto& p : weekly["series"]) total += p["counts"]["total"].get<int64_t>();
  EXPECT_EQ(total, 1);
}

TEST_P(ServerTest, EventPagesCoverEveryEventOnce) {
  Start();
  std::set<int64_t> seen;
  int pages = 0, events = 0;
  std::string url = "/api/events?dyad=IND~PAK&limit=2";
  for (;;) {
    auto j = GetJson(url);
    ASSERT_TRUE(j.is_object());
    ++pages;
    for (const auto& e : j["events"]) {
      ++events;
      seen.insert(e["canonical_id"].get<int64_t>());
      EXPECT_FALSE(e["mentions"].empty());
      EXPECT_TRUE(e["mentions"][0]["url"].get<std::string>().starts_with("https://news.example/"));
    }
    if (j["next_cursor"].is_null()) break;
    ASSERT_LT(pages, 10);
    url = "/api/events?dyad=IND~PAK&limit=2&cursor=" + j["next_cursor"].get<std::string>();
  }
  EXPECT_EQ(events, 7);
  EXPECT_EQ(seen.size(), 7u);
  EXPECT_EQ(pages, 4);
  auto first = GetJson("/api/events?dyad=IND-PAK");
  EXPECT_EQ(first["events"][0]["date"], "2024-06-02");  // newest first
  EXPECT_TRUE(first["next_cursor"].is_null());
}

TEST_P(ServerTest, ActorsByCodePrefixAndCount) {
  Start();
  auto j = GetJson("/api/actors?q=ind");
  ASSERT_TRUE(j["actors"].is_array());
  ASSERT_GE(j["actors"].size(), 2u);
  EXPECT_EQ(j["actors"][0]["code"], "IND");  // most events first
  EXPECT_EQ(j["actors"][0]["events"], 6);
  EXPECT_EQ(j["actors"][1]["code"], "INDGOV");
  EXPECT_EQ(GetJson("/api/actors?q=usa&limit=1")["actors"].size(), 1u);
  EXPECT_EQ(GetJson("/api/actors?limit=0", 400)["error"], "bad_parameter");
}

TEST_P(ServerTest, ArticleWithSentencesAndHighlights) {
  Start();
  auto j = GetJson("/api/articles/a3");
  EXPECT_EQ(j["id"], "a3");
  EXPECT_EQ(j["url"], "https://news.example/a3");
  ASSERT_EQ(j["sentences"].size(), 1u);
  EXPECT_EQ(j["sentences"][0]["text"], "India and Pakistan talked.");
  EXPECT_EQ(j["sentences"][0]["events"].size(), 3u);
  auto e404 = GetJson("/api/articles/nope", 404);
  EXPECT_EQ(e404["error"], "unknown_article");
  EXPECT_FALSE(e404["detail"].get<std::string>().empty());
}

TEST_P(ServerTest, BadRequestsGetClearErrors) {
  Start();
  struct Case {
    const char* path;
    int status;
    const char* error;
  } cases[] = {
      {"/api/series?dyad=IND~PAK&from=April", 400, "bad_parameter"},
      {"/api/series?dyad=INDPAK", 400, "bad_parameter"},
      {"/api/series?near=91,0", 400, "bad_parameter"},
      {"/api/series?by=fortnight", 400, "bad_parameter"},
      {"/api/series?weight=tons", 400, "bad_parameter"},
      {"/api/series?colour=red", 400, "bad_parameter"},
      {"/api/series?dyad=IND-PAK&dyad=USA-CHN", 400, "bad_parameter"},
      {"/api/series?code=1x", 400, "bad_parameter"},
      {"/api/events?limit=501", 400, "bad_parameter"},
      {"/api/events?limit=0", 400, "bad_parameter"},
      {"/api/events?limit=ten", 400, "bad_parameter"},
      {"/api/events?cursor=garbage!", 400, "bad_parameter"},
      {"/api/series?limit=5", 400, "bad_parameter"},
      {"/api/series?dyad=XYZ~PAK", 404, "unknown_actor"},
      {"/api/events?dyad=IND-QQQGOV", 404, "unknown_actor"},
      {"/api/nothing", 404, "not_found"},
      {"/api/articles", 405, "method_not_allowed"},
  };
  for (const Case& c : cases) {
    auto j = GetJson(c.path, c.status);
    EXPECT_EQ(j["error"], c.error) << c.path;
    EXPECT_TRUE(j["detail"].is_string()) << c.path;
  }
  auto post = client_->Post("/api/series", "x", "text/plain");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  EXPECT_EQ(nlohmann::json::parse(post->body)["error"], "method_not_allowed");
  // The server still answers.
  GetJson("/healthz");
}

TEST_P(ServerTest, PostIsDisabledWithoutAToken) {
  Start();
  auto res = client_->Post("/api/articles", R"({"id":"n1","text":"x"})", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  auto j = nlohmann::json::parse(res->body);
  EXPECT_EQ(j["error"], "writes_disabled");
  EXPECT_NE(j["detail"].get<std::string>().find("--write-token"), std::string::npos);
}

TEST_P(ServerTest, PostNeedsTheRightTokenThenCodesAndStores) {
  ServerOptions o;
  o.write_token = "s3cret";
  o.coder = FakeCoder;
  Start(o);
  const std::string body = R"({"id":"n1","date":"2024-06-10","title":"T","text":"India consulted Pakistan."})";
  auto missing = client_->Post("/api/articles", body, "application/json");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 401);
  EXPECT_EQ(nlohmann::json::parse(missing->body)["error"], "unauthorized");
  auto wrong = client_->Post("/api/articles", {{"Authorization", "Bearer s3cres"}}, body, "application/json");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 403);
  // Series before, to fill the cache: the POST must invalidate it.
  auto before = GetJson("/api/series?dyad=IND-PAK&by=month");
  const std::string lines = body + "\n{\"id\":\"n2\",\"text\":\"this will fail\"}\nnot json\n";
  auto ok = client_->Post("/api/articles", {{"Authorization", "Bearer s3cret"}}, lines, "application/x-ndjson");
  ASSERT_TRUE(ok);
  ASSERT_EQ(ok->status, 200) << ok->body;
  auto j = nlohmann::json::parse(ok->body);
  ASSERT_EQ(j["articles"].size(), 2u);
  EXPECT_EQ(j["articles"][0]["id"], "n1");
  EXPECT_EQ(j["articles"][0]["outcome"], "new");
  EXPECT_EQ(j["articles"][0]["events"][0]["code"], "040");
  ASSERT_EQ(j["errors"].size(), 2u);  // n2 could not be coded; line 3 is no JSON
  EXPECT_EQ(j["errors"][0]["line"], 2);
  EXPECT_EQ(j["errors"][1]["line"], 3);
  auto after = GetJson("/api/series?dyad=IND-PAK&by=month");
  EXPECT_NE(before, after);
  EXPECT_EQ(after["series"].back()["period"], "2024-06");
  EXPECT_EQ(GetJson("/api/articles/n1")["sentences"][0]["text"], "India consulted Pakistan.");
  auto none = client_->Post("/api/articles", {{"Authorization", "Bearer s3cret"}}, "nothing here", "text/plain");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->status, 400);
}

TEST_P(ServerTest, HugeBodyIs413) {
  ServerOptions o;
  o.write_token = "s3cret";
  o.coder = FakeCoder;
  o.max_body_bytes = 1024;
  Start(o);
  auto res = client_->Post("/api/articles", {{"Authorization", "Bearer s3cret"}}, std::string(4096, 'x'),
                           "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_EQ(nlohmann::json::parse(res->body, nullptr, false)["error"], "body_too_large");
  httplib::Client again("127.0.0.1", server_->port());
  auto health = again.Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
}

TEST_P(ServerTest, SlowClientIsCutOffAndOthersAreServed) {
  ServerOptions o;
  o.io_timeout_ms = 500;
  o.keep_alive_timeout_s = 1;
  Start(o);
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(fd, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(server_->port()));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  const char half[] = "GET /api/series?dyad=IND~PAK HTTP/1.1\r\nHost: x\r\n";  // no blank line: stalls
  ASSERT_GT(write(fd, half, sizeof half - 1), 0);
  // Meanwhile another client is served.
  auto start = std::chrono::steady_clock::now();
  GetJson("/healthz");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(400));
  // The stalled request is answered 400 once it has stalled for the I/O
  // timeout, and the connection closed after the keep-alive timeout.
  timeval tv{4, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  char buf[512];
  std::string got;
  start = std::chrono::steady_clock::now();
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) got.append(buf, static_cast<size_t>(n));
  EXPECT_EQ(n, 0) << "the server should close the connection";
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(3000));
  if (!got.empty()) {
    EXPECT_TRUE(got.starts_with("HTTP/1.1 400")) << got;
    EXPECT_NE(got.find("\"error\":\"bad_request\""), std::string::npos) << got;
  }
  close(fd);
  GetJson("/healthz");
}

TEST_P(ServerTest, HealthzAndMetricsCountRequests) {
  Start();
  auto h = GetJson("/healthz");
  EXPECT_EQ(h["status"], "ok");
  EXPECT_EQ(h["store"]["articles"], 4);
  EXPECT_EQ(h["store"]["canonical_events"], 8);
  GetJson("/api/series?dyad=IND~PAK");
  GetJson("/api/series?dyad=IND~PAK");
  GetJson("/api/series?from=bad", 400);
  auto m = client_->Get("/metrics");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->status, 200);
  EXPECT_NE(m->body.find("dyad_http_requests_total{route=\"/api/series\",status=\"200\"} 2"), std::string::npos)
      << m->body;
  EXPECT_NE(m->body.find("dyad_http_requests_total{route=\"/api/series\",status=\"400\"} 1"), std::string::npos);
  EXPECT_NE(m->body.find("dyad_http_request_duration_seconds_count{route=\"/api/series\"} 3"), std::string::npos);
  EXPECT_NE(m->body.find("dyad_store_canonical_events 8"), std::string::npos);
  EXPECT_NE(m->body.find("dyad_store_size_bytes "), std::string::npos);
  GetJson("/api/series?dyad=IND~PAK");
  auto m2 = client_->Get("/metrics");
  EXPECT_NE(m2->body.find("dyad_http_requests_total{route=\"/api/series\",status=\"200\"} 3"), std::string::npos);
}

TEST_P(ServerTest, OpenApiDescribesEveryRoute) {
  Start();
  auto doc = GetJson("/api/openapi.json");
  EXPECT_EQ(doc["openapi"], "3.0.3");
  for (const RouteSpec& r : ApiRoutes()) {
    EXPECT_TRUE(doc["paths"].contains(r.path)) << r.path;
    EXPECT_TRUE(doc["paths"][r.path].contains(r.method)) << r.path;
    // And the server answers each (not with "no such route").
    std::string path = r.path;
    if (path == "/api/articles/{id}") path = "/api/articles/a1";
    auto res = std::string(r.method) == "get" ? client_->Get(path) : client_->Post(path, "{}", "application/json");
    ASSERT_TRUE(res) << path;
    EXPECT_NE(res->status, 404) << path;
    EXPECT_NE(res->status, 405) << path;
  }
}

TEST_P(ServerTest, DashboardFilesAndNoTraversal) {
  Start();
  auto index = client_->Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_EQ(index->get_header_value("Content-Type"), "text/html; charset=utf-8");
  auto js = client_->Get("/js/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(client_->Get("/style.css")->get_header_value("Content-Type"), "text/css; charset=utf-8");
  for (const char* bad : {"/../dyad_serve_secret.txt", "/%2e%2e/dyad_serve_secret.txt", "/js/../../dyad_serve_secret.txt",
                          "/nope.html"}) {
    auto res = client_->Get(bad);
    ASSERT_TRUE(res) << bad;
    EXPECT_EQ(res->status, 404) << bad;
    EXPECT_EQ(res->body.find("TOPSECRETCONTENT"), std::string::npos) << bad;
    EXPECT_EQ(nlohmann::json::parse(res->body, nullptr, false)["error"], "not_found") << bad;
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, ServerTest, store::kTestBackends, store::TestBackendName);

TEST(ServerStartTest, MissingStoreAndBadOptions) {
  ServerOptions o;
  o.db = "/tmp/dyad-serve-no-such-store.db";
  o.port = 0;
  EXPECT_EQ(Server::Start(o).status().code(), Status::kNotFound);
  o.port = 70000;
  EXPECT_EQ(Server::Start(o).status().code(), Status::kInvalidArgument);
}

}  // namespace
}  // namespace dyad::serve
