// Speed of `dyad query` over a store of a million synthetic events:
//   BM_SeriesDirected   one dyad (USA-CHN) by month, all dates
//   BM_SeriesBothWays   USA~CHN by month
//   BM_SeriesCodeWeek   USA~CHN, root 1x, by ISO week, one year
//   BM_EventsPage       the 50 newest USA-CHN events with one report each
//
//   build/bench/query_bench
//
// The store is built once, by Put, at $DYAD_BENCH_QUERY_STORE (default
// /tmp/dyad-query-bench.db; delete it to rebuild; building takes a minute):
// 100,000 articles of 10 events each from 2019 to 2024 in date order, actors drawn from
// 60 countries with Zipf weights (the United States and China most often,
// as in news) and five sectors, 40 CAMEO codes. Events that dedup groups
// (same source, target, code, within a day) are counted once, so the store
// holds somewhat fewer canonical events than events; the counters say how
// many.
#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "base/date_math.h"
#include "store/query.h"
#include "store/store.h"

namespace {

using dyad::store::EventStore;

std::string StorePath() {
  const char* p = std::getenv("DYAD_BENCH_QUERY_STORE");
  return p != nullptr && *p != '\0' ? p : "/tmp/dyad-query-bench.db";
}

const char* kCountries[] = {
    "USA", "CHN", "RUS", "UKR", "ISR", "IRN", "GBR", "FRA", "DEU", "IND", "PAK", "JPN", "KOR", "PRK", "TUR",
    "SYR", "IRQ", "SAU", "EGY", "AFG", "BRA", "MEX", "CAN", "AUS", "ITA", "ESP", "POL", "NGA", "ZAF", "ETH",
    "SDN", "YEM", "LBN", "JOR", "QAT", "ARE", "IDN", "PHL", "VNM", "THA", "MMR", "BGD", "LKA", "NPL", "KEN",
    "SOM", "COL", "VEN", "ARG", "CHL", "PER", "CUB", "GRC", "SRB", "HUN", "BLR", "GEO", "ARM", "AZE", "KAZ"};
const char* kSectors[] = {"", "GOV", "MIL", "BUS", "OPP"};
struct Code {
  const char* code;
  int quad;
  double goldstein;
};
const Code kCodes[] = {
    {"010", 1, 0},    {"012", 1, -0.4}, {"013", 1, 0.4},  {"014", 1, 0},    {"020", 1, 3},    {"030", 1, 4},
    {"031", 1, 5.2},  {"036", 1, 4},    {"040", 1, 1},    {"042", 1, 1.9},  {"043", 1, 2.8},  {"046", 1, 7},
    {"051", 1, 3.4},  {"057", 1, 8},    {"061", 2, 6.4},  {"070", 2, 7},    {"071", 2, 7.4},  {"073", 2, 7.4},
    {"081", 2, 5},    {"090", 2, -2},   {"100", 3, -5},   {"110", 3, -2},   {"111", 3, -2},   {"112", 3, -2},
    {"120", 3, -4},   {"125", 3, -5},   {"130", 3, -4.4}, {"138", 3, -7},   {"140", 3, -6.5}, {"160", 3, -4},
    {"163", 4, -8},   {"172", 4, -5},   {"173", 4, -5},   {"180", 4, -9},   {"190", 4, -10},  {"193", 4, -10},
    {"195", 4, -10},  {"173", 4, -5},   {"111", 3, -2},   {"042", 1, 1.9}};

struct Built {
  int64_t events = 0;
  int64_t canonical = 0;
};

// Builds the store unless it is there; returns its counts.
Built BuildStore() {
  const std::string path = StorePath();
  const bool exists = std::filesystem::exists(path);
  dyad::store::StoreOptions options;
  options.target = path;
  options.batch_articles = 2000;
  auto opened = EventStore::Open(options);
  if (!opened.ok()) return {};
  EventStore& store = **opened;
  if (!exists) {
    std::mt19937_64 rng(42);
    std::vector<double> zipf;
    for (size_t i = 0; i < std::size(kCountries); ++i) zipf.push_back(1.0 / std::pow(i + 1.0, 1.1));
    std::discrete_distribution<int> country(zipf.begin(), zipf.end());
    std::uniform_int_distribution<int> sector(0, 4), code(0, std::size(kCodes) - 1);
    const int64_t first_day = dyad::DaysSinceEpoch(20190101);
    const char* n = std::getenv("DYAD_BENCH_QUERY_ARTICLES");  // for a quick look; default 100,000
    const int articles = n != nullptr && *n != '\0' ? std::atoi(n) : 100000;
    for (int a = 0; a < articles; ++a) {
      dyad::ingest::Article article;
      article.id = "bench-" + std::to_string(a);
      article.text = "synthetic article " + std::to_string(a);
      article.source = "outlet" + std::to_string(a % 50);
      article.url = "https://news.example/" + article.id;
      // In date order, as news arrives: dedup then regroups only each key's
      // last group (docs/store.md: an archive loaded out of order costs more).
      const int32_t date = dyad::DateFromDays(first_day + static_cast<int64_t>(a) * 2192 / articles);
      std::vector<dyad::events::Event> events;
      for (int e = 0; e < 10; ++e) {
        dyad::events::Event ev;
        ev.article_id = article.id;
        ev.date = date;
        const std::string src = kCountries[country(rng)];
        std::string tgt = kCountries[country(rng)];
        if (tgt == src) tgt = kCountries[(country(rng) + 1) % std::size(kCountries)];
        ev.source = {src + kSectors[sector(rng)], src, kSectors[sector(rng)], "", 0, 3};
        ev.target = {tgt + kSectors[sector(rng)], tgt, "", "", 4, 7};
        ev.has_target = true;
        const Code& c = kCodes[code(rng)];
        ev.code = c.code;
        ev.root_code = ev.code.substr(0, 2);
        ev.quad_class = c.quad;
        ev.goldstein = c.goldstein;
        ev.evidence.sentence = static_cast<uint32_t>(e);
        events.push_back(std::move(ev));
      }
      std::vector<dyad::actors::ActorMention> mentions;
      if (!store.Put({&article, &events, &mentions, nullptr}).ok()) return {};
    }
    if (!store.Commit().ok()) return {};
  }
  auto counts = store.Counts();
  if (!counts.ok()) return {};
  return {counts->events, counts->canonical_events};
}

std::unique_ptr<EventStore> OpenForReading(benchmark::State& state) {
  static const Built built = BuildStore();
  if (built.events == 0) {
    state.SkipWithError("could not build the benchmark store");
    return nullptr;
  }
  state.counters["events"] = static_cast<double>(built.events);
  state.counters["canonical"] = static_cast<double>(built.canonical);
  dyad::store::StoreOptions options;
  options.target = StorePath();
  options.must_exist = true;
  auto opened = EventStore::Open(options);
  if (!opened.ok()) {
    state.SkipWithError(opened.status().ToString().c_str());
    return nullptr;
  }
  return std::move(*opened);
}

void RunSeries(benchmark::State& state, const char* dyad, const std::string& code, const std::string& from,
               const std::string& to, dyad::store::Period by) {
  auto store = OpenForReading(state);
  if (store == nullptr) return;
  dyad::store::Query q;
  q.dyad = *dyad::store::ParseDyad(dyad);
  q.code = code;
  q.from = from;
  q.to = to;
  q.by = by;
  int64_t matched = 0;
  for (auto _ : state) {
    auto series = dyad::store::QuerySeries(*store, q);
    if (!series.ok()) {
      state.SkipWithError(series.status().ToString().c_str());
      return;
    }
    matched = 0;
    for (const auto& p : *series) matched += p.total;
    benchmark::DoNotOptimize(series);
  }
  state.counters["matched"] = static_cast<double>(matched);
}

void BM_SeriesDirected(benchmark::State& state) {
  RunSeries(state, "USA-CHN", "", "", "", dyad::store::Period::kMonth);
}
void BM_SeriesBothWays(benchmark::State& state) {
  RunSeries(state, "USA~CHN", "", "", "", dyad::store::Period::kMonth);
}
void BM_SeriesCodeWeek(benchmark::State& state) {
  RunSeries(state, "USA~CHN", "1", "2023", "2023", dyad::store::Period::kWeek);
}

void BM_EventsPage(benchmark::State& state) {
  auto store = OpenForReading(state);
  if (store == nullptr) return;
  dyad::store::Query q;
  q.dyad = *dyad::store::ParseDyad("USA-CHN");
  for (auto _ : state) {
    auto events = dyad::store::QueryEvents(*store, q, 50, 1);
    if (!events.ok()) {
      state.SkipWithError(events.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(events);
  }
}

BENCHMARK(BM_SeriesDirected)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SeriesBothWays)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SeriesCodeWeek)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EventsPage)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
