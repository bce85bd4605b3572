// Speed of EventStore::Put, in events per second, on each back end:
//   BM_Put/sqlite       a SQLite file in a temporary directory
//   BM_Put/postgresql   a fresh schema on the server of $DYAD_TEST_POSTGRESQL
//                       (scripts/pg-test-server.sh start prints a URL);
//                       skipped with a message when it is unset
//
//   build/bench/store_bench
//   DYAD_TEST_POSTGRESQL=$(scripts/pg-test-server.sh url) build/bench/store_bench
//   DYAD_BENCH_STORE_MILLION=1 ... --benchmark_filter=million   (a million events)
//
// Each iteration Puts one new synthetic coded article: 10 events and 20
// actor mentions with field lengths as in world news (a 3,000-byte text,
// 25 sentences, evidence sentences of ~150 bytes), 20 countries and 20 CAMEO
// codes, 200 articles a day in date order, each event dated 0 to 3 days
// before its article, so that canonical events group as they do in real
// ingests (an archive loaded in random date order regroups more:
// docs/store.md). Batches of StoreOptions::batch_articles (500) commit as they
// fill, and their canonical events are updated at each commit, inside the
// timed loop. The counter "events" is events stored per second.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "base/date_math.h"
#include "store/pg_test_schema.h"
#include "store/store.h"

namespace {

using dyad::store::CodedArticle;
using dyad::store::EventStore;

constexpr int kEvents = 10;
constexpr int kMentions = 20;

const char* const kCountries[] = {"USA", "CHN", "RUS", "UKR", "TUR", "SWE", "FRA", "DEU", "GBR", "IRN",
                                  "ISR", "PSE", "IND", "PAK", "JPN", "KOR", "BRA", "MEX", "EGY", "SAU"};
const char* const kSectors[] = {"GOV", "MIL", "", "BUS", "OPP"};
const char* const kCodes[] = {"010", "020", "036", "042", "043", "046", "051", "057", "061", "071",
                              "111", "112", "120", "130", "138", "141", "163", "173", "190", "193"};

// One synthetic article and its coding, different for each n.
struct Synthetic {
  dyad::ingest::Article article;
  std::vector<dyad::events::Event> events;
  std::vector<dyad::actors::ActorMention> mentions;
  std::vector<std::string> sentences;

  explicit Synthetic(uint64_t n) {
    article.id = "bench-" + std::to_string(n) + "-" + std::to_string(getpid());
    article.url = "https://news.example.org/world/2024/" + std::to_string(n) +
                  "/officials-meet-amid-rising-tensions-over-border-dispute";
    article.title = "Officials meet amid rising tensions over border dispute, story " + std::to_string(n);
    article.source = "example.org";
    article.dateline = "GENEVA";
    const int day = static_cast<int>(n % 365);
    article.date = "2024-" + std::to_string(10 + day / 31 % 3) + "-" + std::to_string(10 + day % 18);
    for (int s = 0; s < 25; ++s) {
      sentences.push_back("The foreign minister of one country met the envoy of another on Friday, "
                          "officials said in a statement, sentence " +
                          std::to_string(s) + " of story " + std::to_string(n) + ".");
      article.text += sentences.back() + " ";
    }
    for (int i = 0; i < kEvents; ++i) {
      const uint64_t k = n * 7 + static_cast<uint64_t>(i) * 13;
      dyad::events::Event e;
      e.article_id = article.id;
      // News arrives in date order and reports what happened on the day or
      // a few days before: the article's day (n / 200 from 2024-01-01)
      // minus 0 to 3 days.
      e.date = dyad::DateFromDays(dyad::DaysSinceEpoch(20240101) + static_cast<int64_t>(n / 200) -
                                  static_cast<int64_t>(k % 4));
      const std::string src = kCountries[k % 20], tgt = kCountries[(k / 20 + 1 + k) % 20];
      const std::string sec = kSectors[k % 5];
      e.source = {src + sec, src, sec, "", static_cast<uint32_t>(i * 120), static_cast<uint32_t>(i * 120 + 12)};
      e.target = {tgt, tgt, "", "", static_cast<uint32_t>(i * 120 + 40), static_cast<uint32_t>(i * 120 + 48)};
      e.has_target = true;
      e.code = kCodes[k % 20];
      e.root_code = e.code.substr(0, 2);
      e.quad_class = 1 + static_cast<int>(k % 4);
      e.goldstein = -10.0 + static_cast<double>(k % 41) / 2;
      e.plover_type = "CONSULT";
      e.plover_mode = "visit";
      e.evidence.sentence = static_cast<size_t>(i * 2);
      e.evidence.begin = static_cast<uint32_t>(i * 120 + 20);
      e.evidence.end = static_cast<uint32_t>(i * 120 + 23);
      e.evidence.verb = "met";
      e.evidence.pattern = "MEET - * WITH [040]";
      events.push_back(e);
    }
    for (int i = 0; i < kMentions; ++i) {
      dyad::actors::ActorMention m;
      m.sentence = static_cast<size_t>(i);
      m.begin = static_cast<uint32_t>(i * 100);
      m.end = m.begin + 16;
      m.country = kCountries[(n + static_cast<uint64_t>(i)) % 20];
      m.sector = "GOV";
      m.code = m.country + m.sector;
      m.kind = "country";
      m.resolved_by = "dictionary";
      m.entry = "FOREIGN_MINISTER";
      mentions.push_back(m);
    }
  }
  CodedArticle coded() const { return {&article, &events, &mentions, &sentences}; }
};

// Puts new articles into the store at target, one per iteration.
void RunPuts(benchmark::State& state, const std::string& target) {
  dyad::store::StoreOptions options;
  options.target = target;
  auto store = EventStore::Open(options);
  if (!store.ok()) {
    state.SkipWithError(store.status().ToString().c_str());
    return;
  }
  // Made ahead: building the rows is the coder's work, not the store's.
  static uint64_t next = 0;
  std::vector<Synthetic> articles;
  for (int i = 0; i < 2000; ++i) articles.emplace_back(next++);
  size_t i = 0;
  int64_t events = 0;
  for (auto _ : state) {
    if (i == articles.size()) {
      state.PauseTiming();
      articles.clear();
      for (int j = 0; j < 2000; ++j) articles.emplace_back(next++);
      i = 0;
      state.ResumeTiming();
    }
    auto put = (*store)->Put(articles[i++].coded());
    if (!put.ok()) {
      state.SkipWithError(put.status().ToString().c_str());
      return;
    }
    events += kEvents;
  }
  if (dyad::Status s = (*store)->Commit(); !s.ok()) state.SkipWithError(s.ToString().c_str());
  state.counters["events"] = benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
}

void BM_PutSqlite(benchmark::State& state) {
  char tmpl[] = "/tmp/dyad_store_bench_XXXXXX";
  if (mkdtemp(tmpl) == nullptr) {
    state.SkipWithError("cannot make a temporary directory");
    return;
  }
  RunPuts(state, std::string(tmpl) + "/bench.db");
  std::filesystem::remove_all(tmpl);
}

void BM_PutPostgresql(benchmark::State& state) {
  const std::string base = dyad::store::PostgresqlTestUrl();
  if (base.empty()) {
    state.SkipWithError(dyad::store::kPostgresqlSkipMessage);
    return;
  }
  auto schema = dyad::store::ScratchSchema::Create(base);
  if (!schema.ok()) {
    state.SkipWithError(schema.status().ToString().c_str());
    return;
  }
  RunPuts(state, (*schema)->url());
}

BENCHMARK(BM_PutSqlite)->Name("BM_Put/sqlite")->Unit(benchmark::kMicrosecond)->MinTime(3)->UseRealTime();
BENCHMARK(BM_PutPostgresql)->Name("BM_Put/postgresql")->Unit(benchmark::kMicrosecond)->MinTime(3)->UseRealTime();

}  // namespace

// With DYAD_BENCH_STORE_MILLION=1, also BM_Put/*/million: one million
// events (100,000 articles) into one store, to see the rate sustained as the
// tables and indexes grow (a minute or two each).
int main(int argc, char** argv) {
  const char* million = std::getenv("DYAD_BENCH_STORE_MILLION");
  if (million != nullptr && std::string(million) == "1") {
    benchmark::RegisterBenchmark("BM_Put/sqlite/million", BM_PutSqlite)
        ->Unit(benchmark::kMicrosecond)->Iterations(100000)->UseRealTime();
    benchmark::RegisterBenchmark("BM_Put/postgresql/million", BM_PutPostgresql)
        ->Unit(benchmark::kMicrosecond)->Iterations(100000)->UseRealTime();
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
