#include "text/sentence_model_trainer.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "text/boundary_features.h"
#include "text/sentence_splitter.h"

namespace dyad::text {
namespace {

// Python's str.strip() for the ASCII whitespace CoNLL-U comments carry.
std::string_view Strip(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// SplitMix64: a fixed, portable generator, so shuffles are the same everywhere.
struct SplitMix64 {
  uint64_t state;
  uint64_t Next() {
    uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
};

struct Examples {
  std::vector<uint32_t> ids;      // Weight-table slots, example after example.
  std::vector<uint32_t> offsets;  // Example i is ids[offsets[i], offsets[i+1]).
  std::vector<int8_t> labels;     // +1 boundary, -1 not.
  size_t distinct_keys = 0;
};

void CollectExamples(const std::vector<UdDocument>& docs, uint32_t mask, Examples* ex) {
  std::unordered_set<uint32_t> seen;
  ex->offsets.push_back(0);
  for (const UdDocument& doc : docs) {
    size_t next_gold = 0;
    const auto& ends = doc.sentence_ends;
    WalkGaps(
        doc.text, 0, doc.text.size(), /*line_break_rule=*/false,
        [&](const GapContext& g) {
          while (next_gold < ends.size() && ends[next_gold] < g.left->end) ++next_gold;
          bool gold = next_gold < ends.size() && ends[next_gold] == g.left->end;
          if (!g.candidate) return gold;  // Teacher forcing: later features see gold history.
          uint32_t keys[kMaxGapFeatures];
          size_t n = ExtractGapFeatures(g, keys);
          for (size_t i = 0; i < n; ++i) {
            seen.insert(keys[i]);
            ex->ids.push_back(keys[i] & mask);
          }
          ex->offsets.push_back(static_cast<uint32_t>(ex->ids.size()));
          ex->labels.push_back(gold ? 1 : -1);
          return gold;
        },
        [](uint32_t, uint32_t) {});
  }
  ex->distinct_keys = seen.size();
}

std::unique_ptr<SentenceModel> MakeModel(const std::vector<double>& avg, uint32_t table_bits,
                                         float min_abs, float threshold,
                                         const SentenceModelInfo& info) {
  std::vector<std::pair<uint32_t, float>> w;
  for (size_t i = 0; i < avg.size(); ++i) {
    float v = static_cast<float>(avg[i]);
    if (std::fabs(v) >= min_abs && v != 0) w.emplace_back(static_cast<uint32_t>(i), v);
  }
  return SentenceModel::FromWeights(std::move(w), table_bits, threshold, info);
}

}  // namespace

std::vector<UdDocument> ReadUdDocuments(std::string_view conllu) {
  std::vector<UdDocument> docs;
  bool in_doc = false;
  size_t pos = 0;
  while (pos < conllu.size()) {
    size_t nl = conllu.find('\n', pos);
    if (nl == std::string_view::npos) nl = conllu.size();
    std::string_view line = conllu.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.starts_with("# newdoc id")) {
      UdDocument& d = docs.emplace_back();
      size_t eq = line.find('=');
      d.id = std::string(eq == std::string_view::npos ? std::string_view()
                                                      : Strip(line.substr(eq + 1)));
      in_doc = true;
    } else if (line.starts_with("# newpar") && in_doc && !docs.back().text.empty()) {
      docs.back().text += "\n\n";
    } else if (line.starts_with("# text =") && in_doc) {
      UdDocument& d = docs.back();
      std::string_view t = Strip(line.substr(line.find('=') + 1));
      if (!d.text.empty() && !d.text.ends_with("\n\n")) d.text += ' ';
      d.sentence_begins.push_back(static_cast<uint32_t>(d.text.size()));
      d.text += t;
      d.sentence_ends.push_back(static_cast<uint32_t>(d.text.size()));
    }
  }
  return docs;
}

SentenceScore ScoreSentences(const std::vector<UdDocument>& docs, const SentenceModel* model) {
  SentenceScore score;
  std::vector<uint32_t> ends;
  for (const UdDocument& doc : docs) {
    ends.clear();
    FindSentenceEnds(doc.text, 0, doc.text.size(), model, /*line_break_rule=*/false, &ends);
    // Gold spans, skipping empty sentences (they cannot be predicted).
    std::vector<std::pair<uint32_t, uint32_t>> gold;
    for (size_t i = 0; i < doc.sentence_ends.size(); ++i) {
      if (doc.sentence_ends[i] > doc.sentence_begins[i]) {
        gold.emplace_back(doc.sentence_begins[i], doc.sentence_ends[i]);
      }
    }
    score.gold += doc.sentence_ends.size();
    size_t g = 0;
    uint32_t start = 0;
    for (uint32_t e : ends) {
      while (start < e && IsAsciiSpace(static_cast<unsigned char>(doc.text[start]))) ++start;
      ++score.predicted;
      while (g < gold.size() && gold[g].first < start) ++g;
      if (g < gold.size() && gold[g].first == start && gold[g].second == e) ++score.correct;
      start = e;
    }
  }
  return score;
}

Result<SentenceTrainResult> TrainSentenceModel(
    std::string_view train_conllu, std::string_view dev_conllu, const SentenceTrainOptions& options,
    const std::function<void(const SentenceEpochReport&)>& on_epoch) {
  if (options.epochs == 0) return Status::InvalidArgument("epochs must be at least 1");
  if (options.table_bits < 4 || options.table_bits > 24) {
    return Status::InvalidArgument("table_bits must be in 4..24");
  }
  const uint32_t mask = (uint32_t{1} << options.table_bits) - 1;
  std::vector<UdDocument> train = ReadUdDocuments(train_conllu);
  std::vector<UdDocument> dev = ReadUdDocuments(dev_conllu);
  auto has_text = [](const std::vector<UdDocument>& d) {
    for (const auto& doc : d) {
      if (!doc.sentence_ends.empty()) return true;
    }
    return false;
  };
  if (!has_text(train))
    return Status::DataError("training data has no '# newdoc'/'# text' documents");
  if (!has_text(dev)) return Status::DataError("dev data has no '# newdoc'/'# text' documents");

  Examples ex;
  CollectExamples(train, mask, &ex);
  const size_t n_examples = ex.labels.size();
  const size_t n_features = size_t{1} << options.table_bits;
  SentenceTrainResult result;
  result.train_documents = train.size();
  result.train_gaps = n_examples;
  result.features_seen = ex.distinct_keys;

  std::vector<double> w(n_features, 0.0), u(n_features, 0.0), avg(n_features, 0.0), best_avg;
  std::vector<uint32_t> order(n_examples);
  for (size_t i = 0; i < n_examples; ++i) order[i] = static_cast<uint32_t>(i);
  SplitMix64 rng{options.seed};
  double c = 1;
  SentenceModelInfo info;
  info.epochs = options.epochs;
  info.seed = options.seed;
  info.min_abs_weight = options.min_abs_weight;
  double best_f1 = -1;
  for (uint32_t epoch = 1; epoch <= options.epochs; ++epoch) {
    for (size_t i = n_examples; i > 1; --i) {
      size_t j = static_cast<size_t>(rng.Next() % i);
      std::swap(order[i - 1], order[j]);
    }
    SentenceEpochReport report;
    report.epoch = epoch;
    for (uint32_t e : order) {
      const uint32_t* ids = ex.ids.data() + ex.offsets[e];
      const uint32_t n = ex.offsets[e + 1] - ex.offsets[e];
      double score = 0;
      for (uint32_t k = 0; k < n; ++k) score += w[ids[k]];
      const int y = ex.labels[e];
      if (y * score <= 0) {
        ++report.train_mistakes;
        for (uint32_t k = 0; k < n; ++k) {
          w[ids[k]] += y;
          u[ids[k]] += c * y;
        }
      }
      c += 1;
    }
    for (size_t i = 0; i < n_features; ++i) avg[i] = w[i] - u[i] / c;
    auto model = MakeModel(avg, options.table_bits, options.min_abs_weight, 0.0f, info);
    report.dev = ScoreSentences(dev, model.get());
    result.epochs.push_back(report);
    if (on_epoch) on_epoch(report);
    if (report.dev.f1() > best_f1) {
      best_f1 = report.dev.f1();
      best_avg = avg;
      result.best_epoch = epoch;
      result.dev = report.dev;
    }
  }
  info.best_epoch = result.best_epoch;
  float threshold = 0;
  if (options.tune_threshold) {
    // Thresholds from -1 to 1 in steps of 0.1; ties go to the one nearest 0.
    for (int k : {1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6, 7, -7, 8, -8, 9, -9, 10, -10}) {
      float t = 0.1f * static_cast<float>(k);
      auto model = MakeModel(best_avg, options.table_bits, options.min_abs_weight, t, info);
      SentenceScore s = ScoreSentences(dev, model.get());
      if (s.f1() > result.dev.f1() + 1e-12) {
        result.dev = s;
        threshold = t;
      }
    }
  }
  result.threshold = threshold;
  info.dev_f1 = static_cast<float>(result.dev.f1());
  auto model = MakeModel(best_avg, options.table_bits, options.min_abs_weight, threshold, info);
  result.features_kept = model->size();
  result.model_bytes = model->Serialize();
  return result;
}

}  // namespace dyad::text
