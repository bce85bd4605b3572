// Speed of the stages of `dyad code`, per sentence, one thread:
//   BM_Tag          NlpModel::Tag (lemmas and tags, every sentence)
//   BM_Names        the test before the tagger: two dictionary names by form
//                   (ActorDictionary::MayMention without tags)
//   BM_Filter       the test before the parser: a verb that can code and two
//                   names (EventCoder::MayHoldEvent, ActorDictionary::MayMention)
//   BM_Parse        NlpModel::Parse of the sentences that pass the filter
//   BM_Recognize    actors over the tagged (and partly parsed) articles
//   BM_Code         EventCoder::Code over them
//
//   build/bench/events_bench
//
// Articles: world news, $DYAD_BENCH_CORPUS_WORLD (default
// ../shared/data/bench/news-world.jsonl), the first 1,000; verbs: dyad's
// own (data/dictionaries/verbs/), or the file $DYAD_BENCH_VERBS names
// (e.g. ../shared/data/dictionaries/phoenix/CAMEO.2.0.txt). Without the
// corpus the benchmark is skipped with a message.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "actors/actors.h"
#include "base/diagnostics.h"
#include "events/events.h"
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

struct Doc {
  dyad::ingest::Article article;
  std::vector<dyad::text::Sentence> sentences;
  std::vector<std::vector<dyad::text::WordAnalysis>> analyses;
  std::vector<bool> parse;
  std::vector<dyad::actors::ActorMention> mentions;
};

struct Setup {
  std::string error;
  std::unique_ptr<dyad::nlp::NlpModel> nlp;
  std::unique_ptr<dyad::actors::ActorDictionary> actors;
  std::unique_ptr<dyad::events::EventCoder> coder;
  std::vector<Doc> docs;
  size_t sentences = 0;
};

Setup& GetSetup() {
  static Setup setup = [] {
    Setup s;
    const std::string corpus = EnvOr("DYAD_BENCH_CORPUS_WORLD",
                                     std::string(DYAD_SOURCE_DIR) + "/../shared/data/bench/news-world.jsonl");
    // dyad's own verbs, or the file $DYAD_BENCH_VERBS names instead.
    const std::string verbs = EnvOr("DYAD_BENCH_VERBS", "");
    std::ifstream in(corpus);
    if (!in || (!verbs.empty() && !std::ifstream(verbs))) {
      s.error = "corpus or verbs not found (set DYAD_BENCH_CORPUS_WORLD, DYAD_BENCH_VERBS)";
      return s;
    }
    dyad::CollectingDiagnostics diag;
    dyad::actors::ActorOptions ao;
    ao.home = Home();
    auto actors = dyad::actors::ActorDictionary::Load(ao, &diag);
    dyad::events::EventOptions eo;
    eo.home = Home();
    if (!verbs.empty()) {
      eo.dictionaries = {{verbs, "verbs"}};
      eo.load_defaults = false;
    }
    auto coder = dyad::events::EventCoder::Load(eo, &diag);
    auto nlp = dyad::nlp::NlpModel::Load({.models_dir = Home() + "/models"});
    auto seg = dyad::text::Segmenter::Create({.boundary_model_path = Home() + "/models/sentence_boundary.model"});
    if (!actors.ok() || !coder.ok() || !nlp.ok() || !seg.ok()) {
      s.error = "dictionaries, tables or models not found under " + Home();
      return s;
    }
    s.actors = std::move(*actors);
    s.coder = std::move(*coder);
    s.nlp = std::move(*nlp);
    std::string line;
    while (s.docs.size() < 1000 && std::getline(in, line)) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("text")) continue;
      Doc d;
      d.article.text = j["text"].get<std::string>();
      d.article.date = j.value("date", "");
      (*seg)->Segment(d.article.text, 0, &d.sentences);
      d.analyses.resize(d.sentences.size());
      for (size_t i = 0; i < d.sentences.size(); ++i) {
        s.nlp->Tag(d.sentences[i], &d.analyses[i]);
        // As dyad code decides (code_command.cc): names before the tagger,
        // then a verb that can code and the names again after it.
        bool parse = s.actors->MayMention(d.sentences[i], {}, 2) &&
                     s.coder->MayHoldEvent(d.sentences[i], d.analyses[i]) &&
                     s.actors->MayMention(d.sentences[i], d.analyses[i], 2);
        d.parse.push_back(parse);
        if (parse) s.nlp->Parse(d.sentences[i], &d.analyses[i]);
      }
      s.actors->Recognize(d.article, d.sentences, d.analyses, &d.mentions);
      s.sentences += d.sentences.size();
      s.docs.push_back(std::move(d));
    }
    return s;
  }();
  return setup;
}

#define SKIP_IF_NOT_READY(s)              \
  if (!(s).error.empty()) {               \
    state.SkipWithError((s).error.c_str()); \
    return;                               \
  }

void BM_Tag(benchmark::State& state) {
  Setup& s = GetSetup();
  SKIP_IF_NOT_READY(s);
  std::vector<dyad::text::WordAnalysis> words;
  for (auto _ : state) {
    for (const Doc& d : s.docs) {
      for (const auto& sentence : d.sentences) s.nlp->Tag(sentence, &words);
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * s.sentences));
}
BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond);

// The test before the tagger: two dictionary names by form.
void BM_Names(benchmark::State& state) {
  Setup& s = GetSetup();
  SKIP_IF_NOT_READY(s);
  const std::vector<dyad::text::WordAnalysis> untagged;
  size_t passed = 0;
  for (auto _ : state) {
    passed = 0;
    for (const Doc& d : s.docs) {
      for (const auto& sentence : d.sentences) passed += s.actors->MayMention(sentence, untagged, 2);
    }
    benchmark::DoNotOptimize(passed);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * s.sentences));
  state.counters["share_tagged"] = static_cast<double>(passed) / static_cast<double>(s.sentences);
}
BENCHMARK(BM_Names)->Unit(benchmark::kMillisecond);

void BM_Filter(benchmark::State& state) {
  Setup& s = GetSetup();
  SKIP_IF_NOT_READY(s);
  size_t passed = 0;
  for (auto _ : state) {
    passed = 0;
    for (const Doc& d : s.docs) {
      for (size_t i = 0; i < d.sentences.size(); ++i) {
        passed += d.parse[i];
        benchmark::DoNotOptimize(s.coder->MayHoldEvent(d.sentences[i], d.analyses[i]) &&
                                 s.actors->MayMention(d.sentences[i], d.analyses[i], 2));
      }
    }
    benchmark::DoNotOptimize(passed);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * s.sentences));
  state.counters["share_parsed"] = static_cast<double>(passed) / static_cast<double>(s.sentences);
}
BENCHMARK(BM_Filter)->Unit(benchmark::kMillisecond);

void BM_Parse(benchmark::State& state) {
  Setup& s = GetSetup();
  SKIP_IF_NOT_READY(s);
  std::vector<dyad::text::WordAnalysis> words;
  for (auto _ : state) {
    for (const Doc& d : s.docs) {
      for (size_t i = 0; i < d.sentences.size(); ++i) {
        if (!d.parse[i]) continue;
        words = d.analyses[i];
        s.nlp->Parse(d.sentences[i], &words);
      }
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * s.sentences));
}
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);

void BM_Recognize(benchmark::State& state) {
  Setup& s = GetSetup();
  SKIP_IF_NOT_READY(s);
  std::vector<dyad::actors::ActorMention> mentions;
  for (auto _ : state) {
    for (const Doc& d : s.docs) {
      mentions.clear();
      s.actors->Recognize(d.article, d.sentences, d.analyses, &mentions);
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * s.sentences));
}
BENCHMARK(BM_Recognize)->Unit(benchmark::kMillisecond);

void BM_Code(benchmark::State& state) {
  Setup& s = GetSetup();
  SKIP_IF_NOT_READY(s);
  std::vector<dyad::events::Event> events;
  for (auto _ : state) {
    events.clear();
    for (const Doc& d : s.docs) s.coder->Code(d.article, d.sentences, d.analyses, d.mentions, &events);
    benchmark::DoNotOptimize(events);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * s.sentences));
  state.counters["events"] = static_cast<double>(events.size());
}
BENCHMARK(BM_Code)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
