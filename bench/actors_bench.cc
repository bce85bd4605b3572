// Speed of the actors stage:
//   BM_Recognize             tokens/second of ActorDictionary::Recognize with
//                            dyad's default dictionaries, over articles that
//                            were segmented, tagged and parsed beforehand
//                            (untimed): matching, phrases, codes, coreference.
//   BM_LoadDefaults          time to load data/dictionaries/*.dict.
//   BM_LoadPhoenix           time to load the Phoenix (PETRARCH) dictionaries
//                            through the importer, $DYAD_BENCH_PHOENIX (default
//                            ../shared/data/dictionaries/phoenix).
//
//   build/bench/actors_bench
//
// Articles: world news, $DYAD_BENCH_CORPUS_WORLD (JSON Lines with "text";
// default ../shared/data/bench/news-world.jsonl), the first 600. Without them,
// or without the models, the benchmark is skipped with a message.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "actors/actors.h"
#include "base/diagnostics.h"
#include "ingest/ingest.h"
#include "nlp/nlp.h"
#include "text/text.h"

namespace {

std::string Home() {
  const char* home = std::getenv("DYAD_HOME");
  return home != nullptr && *home != '\0' ? home : DYAD_SOURCE_DIR;
}

std::string EnvOr(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? v : fallback;
}

struct Parsed {
  dyad::ingest::Article article;
  std::vector<dyad::text::Sentence> sentences;
  std::vector<std::vector<dyad::text::WordAnalysis>> analyses;
};

struct Setup {
  std::string error;
  std::unique_ptr<dyad::actors::ActorDictionary> dict;
  std::vector<Parsed> articles;
  size_t tokens = 0;
};

const Setup& GetSetup() {
  static const Setup setup = [] {
    Setup s;
    const std::string path = EnvOr("DYAD_BENCH_CORPUS_WORLD",
                                   std::string(DYAD_SOURCE_DIR) + "/../shared/data/bench/news-world.jsonl");
    std::ifstream in(path);
    if (!in) {
      s.error = "articles not found: " + path + " (set DYAD_BENCH_CORPUS_WORLD)";
      return s;
    }
    dyad::CollectingDiagnostics diag;
    auto dict = dyad::actors::ActorDictionary::Load({.home = Home()}, &diag);
    if (!dict.ok()) {
      s.error = dict.status().ToString();
      return s;
    }
    s.dict = std::move(*dict);
    auto nlp = dyad::nlp::NlpModel::Load({.models_dir = Home() + "/models"});
    auto seg = dyad::text::Segmenter::Create({.boundary_model_path = Home() + "/models/sentence_boundary.model"});
    if (!nlp.ok() || !seg.ok()) {
      s.error = "models not found under " + Home() + "/models";
      return s;
    }
    std::string line;
    while (s.articles.size() < 600 && std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("text")) continue;
      Parsed p;
      p.article.text = j["text"].get<std::string>();
      p.article.date = j.value("date", "");
      (*seg)->Segment(p.article.text, 0, &p.sentences);
      p.analyses.resize(p.sentences.size());
      for (size_t i = 0; i < p.sentences.size(); ++i) {
        (*nlp)->Annotate(p.sentences[i], &p.analyses[i]);
        s.tokens += p.sentences[i].tokens.size();
      }
      s.articles.push_back(std::move(p));
    }
    return s;
  }();
  return setup;
}

void BM_Recognize(benchmark::State& state) {
  const Setup& s = GetSetup();
  if (!s.error.empty()) {
    state.SkipWithError(s.error.c_str());
    return;
  }
  std::vector<dyad::actors::ActorMention> mentions;
  size_t found = 0;
  for (auto _ : state) {
    for (const Parsed& p : s.articles) {
      mentions.clear();
      s.dict->Recognize(p.article, p.sentences, p.analyses, &mentions);
      found += mentions.size();
    }
    benchmark::DoNotOptimize(found);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * s.tokens));
  state.counters["tokens"] = static_cast<double>(s.tokens);
  state.counters["mentions_per_pass"] =
      static_cast<double>(found) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_Recognize)->Unit(benchmark::kMillisecond);

void BM_LoadDefaults(benchmark::State& state) {
  for (auto _ : state) {
    dyad::CollectingDiagnostics diag;
    auto dict = dyad::actors::ActorDictionary::Load({.home = Home()}, &diag);
    if (!dict.ok()) {
      state.SkipWithError(dict.status().ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(dict);
  }
}
BENCHMARK(BM_LoadDefaults)->Unit(benchmark::kMillisecond);

void BM_LoadPhoenix(benchmark::State& state) {
  const std::string dir = EnvOr("DYAD_BENCH_PHOENIX",
                                std::string(DYAD_SOURCE_DIR) + "/../shared/data/dictionaries/phoenix");
  if (!std::filesystem::is_directory(dir)) {
    state.SkipWithError(("Phoenix dictionaries not found: " + dir).c_str());
    return;
  }
  dyad::actors::ActorOptions options;
  options.home = Home();
  options.load_defaults = false;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (name.ends_with(".txt") && !name.starts_with("LICENSE")) {
      options.dictionaries.push_back({e.path().string(), ""});
    }
  }
  int64_t errors = 0, warnings = 0;
  for (auto _ : state) {
    dyad::CollectingDiagnostics diag;
    auto dict = dyad::actors::ActorDictionary::Load(options, &diag);
    if (!dict.ok()) {
      state.SkipWithError(dict.status().ToString().c_str());
      return;
    }
    errors = diag.error_count();
    warnings = diag.warning_count();
    benchmark::DoNotOptimize(dict);
  }
  state.counters["reported_errors"] = static_cast<double>(errors);
  state.counters["reported_warnings"] = static_cast<double>(warnings);
}
BENCHMARK(BM_LoadPhoenix)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
