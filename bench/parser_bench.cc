// Speed of the dependency parser alone: Parser::Parse over the sentences of
// UD English EWT dev with their gold tags, in words per second, one thread.
//
//   build/bench/parser_bench   # DYAD_BENCH_CONLLU=FILE.conllu to choose the text
//
// Reads models/parser.model from the source tree and the CoNLL-U file at run
// time (default: ../shared/data/ud/en_ewt-ud-dev.conllu beside the source
// tree); when either is missing the benchmarks are skipped with a message.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "nlp/parser.h"  // Internal to nlp/; benchmarked on its own.
#include "text/text.h"

namespace {

struct Data {
  std::string error;  // Non-empty when the model or the text could not be read.
  std::unique_ptr<dyad::nlp::Parser> parser;
  std::vector<dyad::text::Sentence> sentences;
  std::vector<std::vector<dyad::nlp::ParserWord>> words;
  size_t tokens = 0;
};

const Data& GetData() {
  static const Data data = [] {
    Data d;
    auto parser = dyad::nlp::Parser::Load(std::string(DYAD_SOURCE_DIR) + "/models/parser.model");
    if (!parser.ok()) {
      d.error = parser.status().ToString();
      return d;
    }
    d.parser = std::move(*parser);
    const char* env = std::getenv("DYAD_BENCH_CONLLU");
    const std::string path = env != nullptr && *env != '\0'
                                 ? env
                                 : std::string(DYAD_SOURCE_DIR) +
                                       "/../shared/data/ud/en_ewt-ud-dev.conllu";
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      d.error = "CoNLL-U not found: " + path + " (set DYAD_BENCH_CONLLU)";
      return d;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    dyad::CollectingDiagnostics diag;
    d.sentences = dyad::text::ReadConllu(bytes, path, 1, &diag);
    for (const auto& s : d.sentences) {
      auto& w = d.words.emplace_back();
      for (const auto& c : s.conllu_columns) w.push_back({c[1], c[2], c[3], c[4], c[5]});
      d.tokens += w.size();
    }
    if (d.tokens == 0) d.error = path + ": no words";
    return d;
  }();
  return data;
}

void BM_Parse(benchmark::State& state) {
  const Data& d = GetData();
  if (!d.error.empty()) {
    state.SkipWithError(d.error.c_str());
    return;
  }
  std::vector<int> heads;
  std::vector<std::string> deprels;
  for (const auto& w : d.words) d.parser->Parse(w, &heads, &deprels);  // Warm-up.
  size_t tokens = 0;
  for (auto _ : state) {
    for (const auto& w : d.words) {
      d.parser->Parse(w, &heads, &deprels);
      tokens += w.size();
      benchmark::DoNotOptimize(heads.data());
    }
  }
  state.counters["tokens"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);

void BM_Load(benchmark::State& state) {
  const std::string path = std::string(DYAD_SOURCE_DIR) + "/models/parser.model";
  for (auto _ : state) {
    auto parser = dyad::nlp::Parser::Load(path);
    if (!parser.ok()) {
      state.SkipWithError(parser.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(parser->get());
  }
}
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
