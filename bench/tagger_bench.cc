// Speed of the part-of-speech tagger + lemmatizer (Tagger::Tag), in words
// per second, one thread, over the words of UD English EWT dev.
//
//   build/bench/tagger_bench      # DYAD_BENCH_CONLLU=FILE.conllu to override
//
// Needs models/tagger.model and the CoNLL-U file (default
// ../shared/data/ud/en_ewt-ud-dev.conllu beside the source tree), read at
// run time; when either is missing the benchmark is skipped with a message.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "nlp/tagger.h"  // Internal to nlp/; benchmarked on its own.

namespace {

struct Data {
  std::string error;
  std::unique_ptr<dyad::nlp::Tagger> tagger;
  std::vector<std::vector<std::string>> sentences;
  size_t words = 0;
};

const Data& GetData() {
  static const Data data = [] {
    Data d;
    const char* env = std::getenv("DYAD_BENCH_CONLLU");
    const std::string path = env != nullptr && *env != '\0'
                                 ? env
                                 : std::string(DYAD_SOURCE_DIR) +
                                       "/../shared/data/ud/en_ewt-ud-dev.conllu";
    auto tagger = dyad::nlp::Tagger::Load(std::string(DYAD_SOURCE_DIR) + "/models/tagger.model");
    if (!tagger.ok()) {
      d.error = tagger.status().ToString();
      return d;
    }
    d.tagger = std::move(*tagger);
    std::ifstream in(path);
    if (!in) {
      d.error = "CoNLL-U not found: " + path + " (set DYAD_BENCH_CONLLU)";
      return d;
    }
    std::string line;
    std::vector<std::string> sentence;
    while (std::getline(in, line)) {
      if (line.empty()) {
        if (!sentence.empty()) d.sentences.push_back(std::move(sentence));
        sentence.clear();
        continue;
      }
      if (line[0] == '#') continue;
      const size_t tab = line.find('\t');
      const std::string id = line.substr(0, tab);
      if (id.find_first_of("-.") != std::string::npos) continue;  // Ranges, empty nodes.
      const size_t tab2 = line.find('\t', tab + 1);
      sentence.push_back(line.substr(tab + 1, tab2 - tab - 1));
      ++d.words;
    }
    if (!sentence.empty()) d.sentences.push_back(std::move(sentence));
    if (d.words == 0) d.error = path + ": no words";
    return d;
  }();
  return data;
}

// Tags and lemmatizes every sentence, reusing the output vector as the
// pipeline does.
void BM_TagAndLemmatize(benchmark::State& state) {
  const Data& d = GetData();
  if (!d.error.empty()) {
    state.SkipWithError(d.error.c_str());
    return;
  }
  std::vector<std::vector<std::string_view>> views;
  for (const auto& s : d.sentences) views.emplace_back(s.begin(), s.end());
  std::vector<dyad::nlp::TaggedWord> out;
  for (const auto& v : views) d.tagger->Tag(v, &out);  // Warm-up.
  for (auto _ : state) {
    for (const auto& v : views) {
      d.tagger->Tag(v, &out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.counters["words"] = benchmark::Counter(
      static_cast<double>(state.iterations() * d.words), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagAndLemmatize)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
