// TrainParser: an averaged perceptron trained with the dynamic oracle of the
// arc-hybrid system (Goldberg and Nivre 2012, 2013), with exploration.
//
// Determinism: the perceptron learns on one thread in a seeded order; only
// the evaluation on dev after each epoch is split across threads, and its
// counts are summed, so the model bytes never depend on `threads`.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <limits>
#include <map>
#include <thread>
#include <unordered_map>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "nlp/model_file.h"
#include "nlp/parser.h"
#include "nlp/parser_features.h"
#include "nlp/parser_model.h"
#include "nlp/perceptron_trainer.h"
#include "nlp/transition_system.h"
#include "text/text.h"

namespace dyad::nlp {
namespace {

// SplitMix64: a small, fully specified generator (same draws everywhere).
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }

 private:
  uint64_t state_;
};

struct GoldSentence {
  std::vector<ParserWord> words;
  std::vector<int> heads;               // As Parser::Parse writes them.
  std::vector<std::string_view> deprels;
  std::vector<int> labels;              // Index into the label list; -1 unknown.
};

struct Corpus {
  std::vector<text::Sentence> sentences;  // Owns the strings `gold` views.
  std::vector<GoldSentence> gold;
};

Result<Corpus> ReadCorpus(const std::string& path) {
  auto bytes = FileSystem::Default()->ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  CollectingDiagnostics diag;
  Corpus c;
  c.sentences = text::ReadConllu(*bytes, path, 1, &diag);
  for (const text::Sentence& s : c.sentences) {
    GoldSentence g;
    bool ok = !s.conllu_columns.empty();
    for (const auto& cols : s.conllu_columns) {
      g.words.push_back({cols[1], cols[2], cols[3], cols[4], cols[5]});
      int h = -1;
      if (!cols[6].empty() && cols[6].size() < 6 &&
          std::all_of(cols[6].begin(), cols[6].end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
        h = std::stoi(cols[6]);
      }
      g.heads.push_back(h);
      g.deprels.push_back(cols[7]);
    }
    for (int h : g.heads) ok = ok && h >= 0 && h <= static_cast<int>(g.heads.size());
    if (ok && CheckTree(g.heads)) c.gold.push_back(std::move(g));
  }
  if (c.gold.empty()) return Status::DataError(path + ": no usable CoNLL-U sentence");
  return c;
}

struct Attachment {
  size_t words = 0, heads = 0, labelled = 0;
};

// Parses every dev sentence with `parser` on `threads` threads.
Attachment Evaluate(const Parser& parser, const std::vector<GoldSentence>& dev, int threads) {
  threads = std::max(1, std::min<int>(threads, static_cast<int>(dev.size())));
  std::vector<Attachment> part(threads);
  auto run = [&](int t) {
    std::vector<int> heads;
    std::vector<std::string> deprels;
    for (size_t i = t; i < dev.size(); i += threads) {
      const GoldSentence& g = dev[i];
      parser.Parse(g.words, &heads, &deprels);
      for (size_t k = 0; k < heads.size(); ++k) {
        ++part[t].words;
        if (heads[k] == g.heads[k]) {
          ++part[t].heads;
          part[t].labelled += deprels[k] == g.deprels[k];
        }
      }
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(run, t);
  run(0);
  for (auto& th : pool) th.join();
  Attachment a;
  for (const auto& p : part) {
    a.words += p.words;
    a.heads += p.heads;
    a.labelled += p.labelled;
  }
  return a;
}

struct EpochCounts {
  size_t moves = 0, move_errors = 0, label_errors = 0;
};

// How often each feature occurs on the oracle's path (always the first
// zero-cost move, gold labels) through the training sentences.
using FeatureCounts = std::unordered_map<FeatureId, uint32_t>;

FeatureCounts CountFeatures(const std::vector<GoldSentence>& sentences) {
  FeatureCounts counts;
  ParserSentence sentence;
  ParseState state;
  std::vector<FeatureId> features;
  for (const GoldSentence& g : sentences) {
    PrepareSentence(g.words, &sentence);
    const GoldTree gold(g.heads);
    state.Reset(static_cast<int>(g.words.size()));
    while (!state.Terminal()) {
      TransitionFeatures(sentence, state, &features);
      for (FeatureId f : features) ++counts[f];
      Move next = kShift;
      int best = std::numeric_limits<int>::max();
      for (int m = 0; m < kMoves; ++m) {
        if (!state.Legal(static_cast<Move>(m))) continue;
        const int c = gold.Cost(state, static_cast<Move>(m));
        if (c < best) {
          best = c;
          next = static_cast<Move>(m);
        }
      }
      state.Apply(next, next == kShift ? -1 : g.labels[state.S(0) - 1]);
    }
  }
  return counts;
}

class Learner {
 public:
  // Only features counted at least `min_count` times in `counts` are used.
  Learner(int labels, int root_label, const FeatureCounts* counts, uint32_t min_count)
      : moves_(ClassCount(labels)), classes_(ClassCount(labels)), root_label_(root_label),
        scores_(classes_), cost_(classes_), counts_(counts), min_count_(min_count) {}

  // One sentence: at each state the best-scoring legal class is the guess;
  // the best-scoring class of least cost (dynamic oracle, plus one for a
  // wrong label on a right head) the truth. When exploring, a wrong guess
  // is followed with probability p_explore.
  void Sentence(const GoldSentence& g, bool explore, double p_explore, Random* rng,
                EpochCounts* counts) {
    PrepareSentence(g.words, &sentence_);
    const GoldTree gold(g.heads);
    state_.Reset(static_cast<int>(g.words.size()));
    constexpr int kIllegal = std::numeric_limits<int>::max();
    while (!state_.Terminal()) {
      TransitionFeatures(sentence_, state_, &features_);
      Filter();
      std::fill(scores_.begin(), scores_.end(), 0.0f);
      moves_.Score(features_, scores_.data());
      int move_cost[kMoves];
      for (int m = 0; m < kMoves; ++m) {
        move_cost[m] = state_.Legal(static_cast<Move>(m)) ? gold.Cost(state_, static_cast<Move>(m))
                                                           : kIllegal;
      }
      // Whose gold label matters for an arc move: s0, if its gold head is
      // the head that move gives it.
      const int s0 = state_.S(0);
      const int left_label = s0 > 0 && state_.b <= state_.n && g.heads[s0 - 1] == state_.b
                                 ? g.labels[s0 - 1] : -1;
      const int right_label = s0 > 0 && state_.S(1) >= 0 && g.heads[s0 - 1] == state_.S(1)
                                  ? g.labels[s0 - 1] : -1;
      int min_cost = kIllegal, pred = -1;
      for (int c = 0; c < classes_; ++c) {
        cost_[c] = kIllegal;
        if (!LegalClass(state_, c, root_label_)) continue;
        const Move m = ClassMove(c);
        const int want = m == kLeft ? left_label : m == kRight ? right_label : -1;
        cost_[c] = move_cost[m] + (want >= 0 && ClassLabel(c) != want ? 1 : 0);
        min_cost = std::min(min_cost, cost_[c]);
        if (pred < 0 || scores_[c] > scores_[pred]) pred = c;
      }
      int truth = -1;
      for (int c = 0; c < classes_; ++c) {
        if (cost_[c] == min_cost && (truth < 0 || scores_[c] > scores_[truth])) truth = c;
      }
      ++counts->moves;
      int next = truth;
      if (cost_[pred] > min_cost) {
        ++counts->move_errors;
        if (ClassMove(pred) == ClassMove(truth)) ++counts->label_errors;
        moves_.Update(features_, truth, pred);
        if (explore && rng->Uniform() < p_explore) next = pred;
      }
      moves_.Tick();
      state_.Apply(ClassMove(next), ClassLabel(next));
    }
  }

  PerceptronTrainer& moves() { return moves_; }

 private:
  void Filter() {
    if (min_count_ <= 1) return;
    std::erase_if(features_, [&](FeatureId f) {
      auto it = counts_->find(f);
      return it == counts_->end() || it->second < min_count_;
    });
  }

  PerceptronTrainer moves_;
  int classes_, root_label_;
  ParserSentence sentence_;
  ParseState state_;
  std::vector<FeatureId> features_;
  std::vector<float> scores_;
  std::vector<int> cost_;
  const FeatureCounts* counts_;
  uint32_t min_count_;
};

std::string Percent(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", x);
  return buf;
}

}  // namespace

Result<ParserTrainReport> TrainParser(const std::string& train_path, const std::string& dev_path,
                                      const std::string& tagger_path, const std::string& out_path,
                                      const ParserTrainOptions& options,
                                      const std::function<void(const std::string&)>& log) {
  const auto start = std::chrono::steady_clock::now();
  auto seconds = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  auto say = [&](const std::string& line) {
    if (log) log(line);
  };
  if (options.epochs < 1 || options.threads < 1 || options.min_feature_count < 0 || options.explore_after < 0 ||
      options.explore_probability < 0 || options.explore_probability > 1) {
    return Status::InvalidArgument("parser training: epochs and threads must be >= 1, "
                                   "explore_after >= 0, explore_probability in [0, 1]");
  }
  if (!tagger_path.empty()) {
    return Status::Unsupported(
        "--tagger is not supported: give a training file whose tags are already predicted "
        "(scripts/jackknife-tags.py makes one, as scripts/train-models.sh does)");
  }
  auto train = ReadCorpus(train_path);
  if (!train.ok()) return train.status();
  auto dev = ReadCorpus(dev_path);
  if (!dev.ok()) return dev.status();

  // Labels in a fixed (sorted) order; "root" must be among them.
  std::map<std::string, int, std::less<>> label_ids;
  for (const auto& g : train->gold) {
    for (auto r : g.deprels) label_ids.emplace(std::string(r), 0);
  }
  label_ids.emplace("root", 0);
  if (label_ids.size() > 65535) return Status::DataError(train_path + ": too many relations");
  ParserModelParts parts;
  for (auto& [name, id] : label_ids) {
    id = static_cast<int>(parts.labels.size());
    parts.labels.push_back(name);
  }
  parts.root_label = label_ids["root"];
  for (auto& g : train->gold) {
    for (auto r : g.deprels) g.labels.push_back(label_ids.find(r)->second);
  }
  size_t train_words = 0;
  for (const auto& g : train->gold) train_words += g.words.size();
  say("parser: " + std::to_string(train->gold.size()) + " training sentences (" +
      std::to_string(train_words) + " words), " + std::to_string(dev->gold.size()) +
      " dev sentences, " + std::to_string(parts.labels.size()) + " relations");

  FeatureCounts counts;
  if (options.min_feature_count > 1) {
    counts = CountFeatures(train->gold);
    size_t kept = 0;
    for (const auto& [f, c] : counts) kept += c >= static_cast<uint32_t>(options.min_feature_count);
    say("features on the oracle's path: " + std::to_string(counts.size()) + ", seen at least " +
        std::to_string(options.min_feature_count) + " times: " + std::to_string(kept) + "; " +
        Percent(seconds()) + "s");
  }
  Learner learner(static_cast<int>(parts.labels.size()), parts.root_label, &counts,
                  static_cast<uint32_t>(std::max(options.min_feature_count, 1)));
  Random rng(options.seed);
  std::vector<size_t> order(train->gold.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;

  ParserTrainReport report;
  std::string best_payload;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.Below(i)]);
    const bool explore = epoch > options.explore_after;
    EpochCounts counts;
    for (size_t i : order) {
      learner.Sentence(train->gold[i], explore, options.explore_probability, &rng, &counts);
    }
    ParserModelParts snapshot;
    snapshot.labels = parts.labels;
    snapshot.root_label = parts.root_label;
    snapshot.moves = learner.moves().Averaged(options.min_weight);
    snapshot.options = options;
    snapshot.best_epoch = epoch;
    std::string payload = SerializeParser(snapshot);
    const size_t features = snapshot.moves.features();
    std::unique_ptr<Parser> parser = MakeParser(std::move(snapshot));
    const Attachment a = Evaluate(*parser, dev->gold, options.threads);
    const double uas = 100.0 * a.heads / std::max<size_t>(a.words, 1);
    const double las = 100.0 * a.labelled / std::max<size_t>(a.words, 1);
    say("epoch " + std::to_string(epoch) + (explore ? " (exploring)" : "") + ": errors " +
        Percent(100.0 * counts.move_errors / std::max<size_t>(counts.moves, 1)) +
        "% of moves (label only: " +
        Percent(100.0 * counts.label_errors / std::max<size_t>(counts.moves, 1)) + "%); dev UAS " +
        Percent(uas) + " LAS " + Percent(las) + "; features kept " + std::to_string(features) +
        " of " + std::to_string(learner.moves().features()) + "; " + Percent(seconds()) + "s");
    if (best_payload.empty() || las > report.dev_las) {
      report.best_epoch = epoch;
      report.dev_uas = uas;
      report.dev_las = las;
      best_payload = std::move(payload);
    }
  }
  Status s = WriteModelFile(out_path, kParserMagic, kParserFormatVersion, best_payload);
  if (!s.ok()) return s;
  auto written = FileSystem::Default()->ReadFile(out_path);
  if (written.ok()) report.model_bytes = written->size();
  report.seconds = seconds();
  return report;
}

}  // namespace dyad::nlp
