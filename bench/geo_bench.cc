// geo_bench: the time to load the shipped gazetteer (issue 9: under 200
// ms), and the cost of a name lookup.
#include <benchmark/benchmark.h>

#include "geo/geo.h"

namespace {

dyad::geo::GeoOptions Options() {
  dyad::geo::GeoOptions o;
  o.home = DYAD_SOURCE_DIR;
  return o;
}

void BM_GazetteerLoad(benchmark::State& state) {
  for (auto _ : state) {
    auto g = dyad::geo::Gazetteer::Load(Options());
    if (!g.ok()) {
      state.SkipWithError(g.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(g);
  }
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()->UseRealTime();

void BM_Find(benchmark::State& state) {
  auto g = dyad::geo::Gazetteer::Load(Options());
  if (!g.ok()) {
    state.SkipWithError(g.status().ToString().c_str());
    return;
  }
  const char* names[] = {"Kharkiv", "Washington", "São Paulo", "Georgia", "Unknownville", "New York City"};
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize((*g)->Find(names[i++ % 6]));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Find);

}  // namespace

BENCHMARK_MAIN();
