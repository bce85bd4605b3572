// Speed of tagging + lemmas + parsing (NlpModel::Annotate, the public API
// that `dyad parse` uses), in tokens per second, on one thread and on two.
//
//   build/bench/nlp_bench          (models from DYAD_HOME or the source tree)
//
// Sentences: the words of UD English EWT dev ($DYAD_BENCH_CONLLU, default
// ../shared/data/ud/en_ewt-ud-dev.conllu beside the source tree), read at
// run time. Without them or without the models the benchmark is skipped
// with a message.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "base/diagnostics.h"
#include "nlp/nlp.h"
#include "text/text.h"

namespace {

struct Setup {
  std::string error;
  std::unique_ptr<dyad::nlp::NlpModel> model;
  std::vector<dyad::text::Sentence> sentences;
  size_t tokens = 0;
};

const Setup& GetSetup() {
  static const Setup setup = [] {
    Setup s;
    const char* home = std::getenv("DYAD_HOME");
    const std::string root = home != nullptr && *home != '\0' ? home : DYAD_SOURCE_DIR;
    const char* env = std::getenv("DYAD_BENCH_CONLLU");
    const std::string path = env != nullptr && *env != '\0'
                                 ? env
                                 : std::string(DYAD_SOURCE_DIR) +
                                       "/../shared/data/ud/en_ewt-ud-dev.conllu";
    std::ifstream in(path);
    if (!in) {
      s.error = "sentences not found: " + path + " (set DYAD_BENCH_CONLLU)";
      return s;
    }
    const std::string conllu((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    dyad::CollectingDiagnostics diag;
    s.sentences = dyad::text::ReadConllu(conllu, path, 1, &diag);
    for (const auto& sentence : s.sentences) s.tokens += sentence.tokens.size();
    auto model = dyad::nlp::NlpModel::Load({.models_dir = root + "/models"});
    if (!model.ok()) {
      s.error = model.status().ToString();
      return s;
    }
    s.model = std::move(*model);
    return s;
  }();
  return setup;
}

// Annotates every sentence, split between `threads` threads.
void AnnotateAll(const Setup& s, int threads) {
  auto work = [&](int t) {
    std::vector<dyad::text::WordAnalysis> words;
    for (size_t i = t; i < s.sentences.size(); i += threads) {
      s.model->Annotate(s.sentences[i], &words);
      benchmark::DoNotOptimize(words.data());
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (auto& t : pool) t.join();
}

void BM_TagAndParse(benchmark::State& state) {
  const Setup& s = GetSetup();
  if (!s.error.empty()) {
    state.SkipWithError(s.error.c_str());
    return;
  }
  const int threads = static_cast<int>(state.range(0));
  AnnotateAll(s, threads);  // Warm-up: thread_local scratch, caches.
  for (auto _ : state) AnnotateAll(s, threads);
  state.counters["tokens_per_second"] = benchmark::Counter(
      static_cast<double>(s.tokens) * state.iterations(), benchmark::Counter::kIsRate);
  state.counters["sentences"] = static_cast<double>(s.sentences.size());
}
// Real time: with two threads, CPU time of the main thread alone says nothing.
BENCHMARK(BM_TagAndParse)->ArgName("threads")->Arg(1)->Arg(2)->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
