// Speed of segmentation on news text: Segmenter::Segment (tokenize + split
// sentences) and the tokenizer alone, in bytes of article text per second,
// one thread.
//
//   DYAD_BENCH_CORPUS=../shared/data/bench/news-general.jsonl build/bench/segment_bench
//
// The corpus is JSON Lines with a "text" field per article, read at run time
// (default: ../shared/data/bench/news-general.jsonl beside the source tree).
// When it is missing the benchmarks are skipped with a message; the build
// never needs it. scripts/run-bench.sh runs this and saves the results.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "text/text.h"
#include "text/tokenizer.h"  // Internal to text/; benchmarked on its own.

namespace {

struct Corpus {
  std::string path;
  std::string error;  // Non-empty when the corpus could not be read.
  std::vector<std::string> texts;
  size_t bytes = 0;
};

const Corpus& GetCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    const char* env = std::getenv("DYAD_BENCH_CORPUS");
    c.path = env != nullptr && *env != '\0'
                 ? env
                 : std::string(DYAD_SOURCE_DIR) + "/../shared/data/bench/news-general.jsonl";
    std::ifstream in(c.path);
    if (!in) {
      c.error = "corpus not found: " + c.path + " (set DYAD_BENCH_CORPUS to a JSON Lines file)";
      return c;
    }
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      try {
        auto j = nlohmann::json::parse(line);
        auto it = j.find("text");
        if (it != j.end() && it->is_string()) c.texts.push_back(it->get<std::string>());
      } catch (const nlohmann::json::exception& e) {
        c.error = c.path + ": bad JSON line: " + e.what();
        return c;
      }
    }
    for (const auto& t : c.texts) c.bytes += t.size();
    if (c.bytes == 0) c.error = c.path + ": no \"text\" fields";
    return c;
  }();
  return corpus;
}

// The corpus, or null with the benchmark skipped when it could not be read.
const Corpus* CorpusOrSkip(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  if (!corpus.error.empty()) {
    state.SkipWithError(corpus.error.c_str());
    return nullptr;
  }
  return &corpus;
}

// Bytes of article text and tokens per second of CPU time.
void ReportRates(benchmark::State& state, const Corpus& corpus, size_t tokens) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["tokens"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}

// The segmenter of state.range(0): 1 with the shipped boundary model, 0 with
// the rules alone; null (and the benchmark skipped) if it cannot be made.
std::unique_ptr<dyad::text::Segmenter> MakeSegmenter(benchmark::State& state) {
  dyad::text::SegmenterOptions options;
  if (state.range(0) == 1) {
    options.boundary_model_path = std::string(DYAD_SOURCE_DIR) + "/models/sentence_boundary.model";
  }
  auto segmenter = dyad::text::Segmenter::Create(options);
  if (!segmenter.ok()) {
    state.SkipWithError(segmenter.status().ToString().c_str());
    return nullptr;
  }
  return std::move(*segmenter);
}

// Tokenize + sentence split, article by article, as the pipeline does:
// state.range(0) == 1 with the shipped boundary model (what `dyad parse`
// uses), 0 with the rules alone.
void BM_Segment(benchmark::State& state) {
  const Corpus* corpus = CorpusOrSkip(state);
  if (corpus == nullptr) return;
  auto segmenter = MakeSegmenter(state);
  if (segmenter == nullptr) return;
  std::vector<dyad::text::Sentence> sentences;
  // One untimed pass first: page-faulting the output vectors and filling
  // lazily built tables belong to start-up, not to the steady speed.
  for (const std::string& text : corpus->texts) {
    sentences.clear();
    segmenter->Segment(text, 0, &sentences);
  }
  size_t tokens = 0;
  for (auto _ : state) {
    for (const std::string& text : corpus->texts) {
      sentences.clear();
      segmenter->Segment(text, 0, &sentences);
      for (const auto& s : sentences) tokens += s.tokens.size();
      benchmark::DoNotOptimize(sentences.data());
    }
  }
  ReportRates(state, *corpus, tokens);
  state.SetLabel(corpus->path);
}
BENCHMARK(BM_Segment)->ArgName("model")->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);

// The streaming path `dyad parse` uses: ForEachSentence hands out one reused
// Sentence, so nothing is allocated per sentence once warm. Same arguments as
// BM_Segment.
void BM_ForEachSentence(benchmark::State& state) {
  const Corpus* corpus = CorpusOrSkip(state);
  if (corpus == nullptr) return;
  auto segmenter = MakeSegmenter(state);
  if (segmenter == nullptr) return;
  size_t tokens = 0;
  for (const std::string& text : corpus->texts) {  // Untimed warm-up, as above.
    segmenter->ForEachSentence(text, 0, [&](const dyad::text::Sentence& s) { tokens += 1; });
  }
  tokens = 0;
  for (auto _ : state) {
    for (const std::string& text : corpus->texts) {
      segmenter->ForEachSentence(text, 0, [&](const dyad::text::Sentence& s) {
        tokens += s.tokens.size();
      });
    }
  }
  benchmark::DoNotOptimize(tokens);
  ReportRates(state, *corpus, tokens);
}
BENCHMARK(BM_ForEachSentence)->ArgName("model")->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);

// The tokenizer alone, reusing one output vector.
void BM_Tokenize(benchmark::State& state) {
  const Corpus* corpus = CorpusOrSkip(state);
  if (corpus == nullptr) return;
  std::vector<dyad::text::Token> tokens;
  size_t count = 0;
  for (auto _ : state) {
    for (const std::string& text : corpus->texts) {
      tokens.clear();
      dyad::text::Tokenize(text, 0, text.size(), &tokens);
      count += tokens.size();
      benchmark::DoNotOptimize(tokens.data());
    }
  }
  ReportRates(state, *corpus, count);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
