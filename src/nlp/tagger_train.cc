// TrainTagger: the averaged perceptron over EWT, epoch chosen on dev.
//
// Determinism: sentences are visited in an order drawn from our own
// SplitMix64 generator (not std::shuffle, whose algorithm is the library's
// choice); every table that is written is sorted; threads only precompute
// the static features of disjoint sentence ranges and score disjoint
// ranges of dev, so the perceptron sees the same sequence whatever their
// number.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <thread>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "nlp/feats_classifier.h"
#include "nlp/model_file.h"
#include "nlp/perceptron_trainer.h"
#include "nlp/tagger.h"
#include "nlp/tagger_features.h"
#include "nlp/tagger_model.h"
#include "text/text.h"

namespace dyad::nlp {
namespace {

struct Word {
  std::string form, upos, xpos, feats, lemma;
};
using Sent = std::vector<Word>;

class FirstError : public Diagnostics {
 public:
  void Report(Severity severity, std::string_view file, int64_t line,
              std::string_view reason) override {
    if (severity == Severity::kError && first_.empty()) {
      first_ = std::string(file) + ":" + std::to_string(line) + ": " + std::string(reason);
    }
  }
  const std::string& first() const { return first_; }

 private:
  std::string first_;
};

Result<std::vector<Sent>> ReadCorpus(const std::string& path) {
  auto bytes = FileSystem::Default()->ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  FirstError errors;
  std::vector<text::Sentence> sentences = text::ReadConllu(*bytes, path, 1, &errors);
  if (!errors.first().empty()) return Status::DataError(errors.first());
  std::vector<Sent> out;
  out.reserve(sentences.size());
  for (const text::Sentence& s : sentences) {
    Sent sent;
    for (const auto& c : s.conllu_columns) sent.push_back({c[1], c[3], c[4], c[5], c[2]});
    if (!sent.empty()) out.push_back(std::move(sent));
  }
  if (out.empty()) return Status::DataError(path + ": no sentences");
  return out;
}

std::vector<std::string_view> Forms(const Sent& s) {
  std::vector<std::string_view> forms;
  forms.reserve(s.size());
  for (const Word& w : s) forms.push_back(w.form);
  return forms;
}

// Runs fn(part, begin, end) over [0, n) split into `threads` contiguous
// parts, part 0 on the calling thread.
template <typename Fn>
void ParallelRanges(size_t n, int threads, const Fn& fn) {
  threads = std::max(1, threads);
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) {
    pool.emplace_back([&, t] { fn(t, n * t / threads, n * (t + 1) / threads); });
  }
  fn(0, 0, n / threads);
  for (auto& th : pool) th.join();
}

uint64_t SplitMix(uint64_t* state) {
  uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

struct Counts {
  size_t words = 0, upos = 0, xpos = 0, feats = 0, lemma = 0;
};

Counts Evaluate(const TaggerModel& model, const std::vector<Sent>& dev, int threads) {
  std::vector<Counts> parts(std::max(1, threads));
  ParallelRanges(dev.size(), threads, [&](int part, size_t b, size_t e) {
    Counts& c = parts[part];
    std::vector<TaggedWord> out;
    for (size_t i = b; i < e; ++i) {
      model.Tag(Forms(dev[i]), &out);
      for (size_t k = 0; k < out.size(); ++k) {
        const Word& g = dev[i][k];
        ++c.words;
        c.upos += out[k].upos == g.upos;
        c.xpos += out[k].xpos == g.xpos;
        c.feats += out[k].feats == g.feats;
        c.lemma += out[k].lemma == g.lemma;
      }
    }
  });
  Counts total;
  for (const Counts& c : parts) {
    total.words += c.words;
    total.upos += c.upos;
    total.xpos += c.xpos;
    total.feats += c.feats;
    total.lemma += c.lemma;
  }
  return total;
}

double Pct(size_t a, size_t n) { return n ? 100.0 * double(a) / double(n) : 0.0; }

// Tags, FEATS tables and lemmatizer from the training words.
Status BuildTables(const std::vector<Sent>& train, const TaggerTrainOptions& options,
                   TaggerModel* m, std::map<std::string, int>* tag_ids) {
  std::map<std::string, size_t> tag_count, feats_count;
  for (const Sent& s : train) {
    for (const Word& w : s) {
      ++tag_count[w.upos + "|" + w.xpos];
      ++feats_count[w.feats];
    }
  }
  auto by_count = [](const std::map<std::string, size_t>& counts) {
    std::vector<std::pair<std::string, size_t>> v(counts.begin(), counts.end());
    std::stable_sort(v.begin(), v.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return v;
  };
  for (const auto& [name, n] : by_count(tag_count)) {
    const size_t bar = name.find('|');
    (*tag_ids)[name] = static_cast<int>(m->tags.size());
    m->tags.push_back({name.substr(0, bar), name.substr(bar + 1), name});
  }
  if (m->tags.size() > 65535) return Status::DataError("too many distinct tags");
  std::map<std::string, uint16_t> feats_ids;
  for (const auto& [f, n] : by_count(feats_count)) {
    feats_ids[f] = static_cast<uint16_t>(m->feats.size());
    m->feats.push_back(f);
  }
  if (m->feats.size() > 65535) return Status::DataError("too many distinct FEATS");
  // (lower, tag) -> feats -> count; tag -> feats -> count.
  std::map<std::string, std::map<uint16_t, size_t>> lex;
  std::vector<std::map<uint16_t, size_t>> by_tag(m->tags.size());
  std::string key;
  LemmatizerBuilder lemmas;
  for (const Sent& s : train) {
    for (const Word& w : s) {
      const std::string tag = w.upos + "|" + w.xpos;
      const int t = tag_ids->at(tag);
      const uint16_t f = feats_ids.at(w.feats);
      FeatsKey(w.form, t, &key);
      ++lex[key][f];
      ++by_tag[t][f];
      lemmas.Add(w.form, tag, w.lemma);
    }
  }
  auto best = [](const std::map<uint16_t, size_t>& c) {
    auto b = c.begin();
    for (auto it = c.begin(); it != c.end(); ++it) {
      if (it->second > b->second) b = it;
    }
    return b->first;
  };
  m->feats_default.resize(m->tags.size());
  for (size_t t = 0; t < by_tag.size(); ++t) m->feats_default[t] = best(by_tag[t]);
  for (const auto& [k, counts] : lex) {
    const int t = std::stoi(k.substr(k.find('\1') + 1));
    const uint16_t f = best(counts);
    if (f != m->feats_default[t]) m->feats_lexicon.emplace(k, f);  // Else the default says it.
  }
  for (const std::string& path : options.lemma_exception_files) {
    auto bytes = FileSystem::Default()->ReadFile(path);
    if (!bytes.ok()) return bytes.status();
    const std::string base = path.substr(path.find_last_of('/') + 1);
    const char pos = base.starts_with("noun")  ? 'n'
                     : base.starts_with("verb") ? 'v'
                     : base.starts_with("adj")  ? 'a'
                     : base.starts_with("adv")  ? 'r'
                                                : 0;
    if (pos == 0) {
      return Status::InvalidArgument(path + ": not a WordNet {noun,verb,adj,adv}.exc file");
    }
    lemmas.AddExceptions(*bytes, pos);
  }
  m->lemmatizer = lemmas.Build();
  m->feats_classifier.kinds.resize(m->tags.size());
  m->feats_classifier.candidates.resize(m->tags.size());
  for (size_t t = 0; t < m->tags.size(); ++t) {
    m->feats_classifier.kinds[t] = KindOfXpos(m->tags[t].xpos);
    for (const auto& [f, count] : by_tag[t]) m->feats_classifier.candidates[t].push_back(f);
  }
  return Status::Ok();
}

// Trains m->feats_classifier.weights on the gold tags of `train`; the pass
// with the best exact FEATS on dev (gold tags) is kept.
void TrainFeats(const std::vector<Sent>& train, const std::vector<Sent>& dev,
                const std::map<std::string, int>& tag_ids, const TaggerTrainOptions& options,
                TaggerModel* m, const std::function<void(const std::string&)>& log) {
  if (options.feats_epochs < 1) {  // An empty classifier: the lexicon decides.
    m->feats_classifier.weights = LinearModel(static_cast<int>(m->feats.size()), {});
    return;
  }
  std::map<std::string, uint16_t> feats_ids;
  for (size_t f = 0; f < m->feats.size(); ++f) feats_ids[m->feats[f]] = static_cast<uint16_t>(f);
  auto ids_of = [&](const Sent& s, std::vector<int>* tags, std::vector<int>* feats) {
    tags->clear();
    feats->clear();
    for (const Word& w : s) {
      auto t = tag_ids.find(w.upos + "|" + w.xpos);
      auto f = feats_ids.find(w.feats);
      tags->push_back(t != tag_ids.end() ? t->second : 0);
      feats->push_back(f != feats_ids.end() ? f->second : -1);
    }
  };
  FeatsClassifier& c = m->feats_classifier;
  const int classes = static_cast<int>(m->feats.size());
  PerceptronTrainer trainer(classes);
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  uint64_t rng = options.seed ^ 0x46454154ull;
  FeatsFeatures fx;
  std::vector<int> tags, gold;
  std::vector<FeatureId> features;
  std::vector<float> scores(classes);
  std::vector<uint16_t> predicted;
  LinearModel best;
  double best_score = -1;
  for (int epoch = 1; epoch <= options.feats_epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[SplitMix(&rng) % i]);
    size_t seen = 0, mistakes = 0;
    for (size_t idx : order) {
      const Sent& s = train[idx];
      const std::vector<std::string_view> forms = Forms(s);
      ids_of(s, &tags, &gold);
      fx.SetSentence(forms, tags, c.kinds);
      for (size_t k = 0; k < s.size(); ++k) {
        if (!c.Ambiguous(tags[k])) continue;
        fx.Extract(k, m->FeatsOf(forms[k], tags[k]), &features);
        std::fill(scores.begin(), scores.end(), 0.0f);
        trainer.Score(features, scores.data());
        int guess = c.candidates[tags[k]][0];
        for (uint16_t f : c.candidates[tags[k]]) {
          if (scores[f] > scores[guess]) guess = f;
        }
        ++seen;
        if (guess != gold[k]) {
          trainer.Update(features, gold[k], guess);
          ++mistakes;
        }
        trainer.Tick();
      }
    }
    c.weights = trainer.Averaged(options.min_weight);
    size_t words = 0, right = 0;
    for (const Sent& s : dev) {
      const std::vector<std::string_view> forms = Forms(s);
      ids_of(s, &tags, &gold);
      m->ChooseFeats(forms, tags, &predicted);
      for (size_t k = 0; k < s.size(); ++k) right += predicted[k] == gold[k];
      words += s.size();
    }
    const double score = Pct(right, words);
    char line[200];
    std::snprintf(line, sizeof line,
                  "FEATS pass %d: %zu/%zu train mistakes; dev FEATS with gold tags %.2f; "
                  "%zu features",
                  epoch, mistakes, seen, score, c.weights.features());
    if (log) log(line);
    if (score > best_score) {
      best_score = score;
      best = c.weights;
    }
  }
  c.weights = std::move(best);
}

}  // namespace

Result<TaggerTrainReport> TrainTagger(const std::string& train_path, const std::string& dev_path,
                                      const std::string& out_path,
                                      const TaggerTrainOptions& options,
                                      const std::function<void(const std::string&)>& log) {
  const auto start = std::chrono::steady_clock::now();
  auto seconds = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  if (options.epochs < 1) return Status::InvalidArgument("epochs must be at least 1");
  if (options.threads < 1) return Status::InvalidArgument("threads must be at least 1");
  auto train = ReadCorpus(train_path);
  if (!train.ok()) return train.status();
  auto dev = ReadCorpus(dev_path);
  if (!dev.ok()) return dev.status();

  TaggerModel model;
  model.epochs = static_cast<uint32_t>(options.epochs);
  model.seed = options.seed;
  model.min_weight = options.min_weight;
  std::map<std::string, int> tag_ids;
  if (Status s = BuildTables(*train, options, &model, &tag_ids); !s.ok()) return s;
  TrainFeats(*train, *dev, tag_ids, options, &model, log);

  // Gold tag ids and static features of every training word, once.
  const size_t n = train->size();
  std::vector<std::vector<int>> gold(n);
  std::vector<std::vector<FeatureId>> statics(n);
  std::vector<std::vector<uint32_t>> offsets(n);
  ParallelRanges(n, options.threads, [&](int, size_t b, size_t e) {
    TaggerFeatures fx;
    for (size_t i = b; i < e; ++i) {
      const Sent& s = (*train)[i];
      fx.SetSentence(Forms(s));
      for (size_t k = 0; k < s.size(); ++k) {
        gold[i].push_back(tag_ids.at(s[k].upos + "|" + s[k].xpos));
        offsets[i].push_back(static_cast<uint32_t>(statics[i].size()));
        fx.Static(k, &statics[i]);
      }
      offsets[i].push_back(static_cast<uint32_t>(statics[i].size()));
    }
  });

  TaggerTrainReport report;
  report.tags = model.tags.size();
  for (const Sent& s : *train) report.train_words += s.size();
  for (const Sent& s : *dev) report.dev_words += s.size();
  const int classes = static_cast<int>(model.tags.size());
  PerceptronTrainer trainer(classes);
  std::vector<size_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = i;
  uint64_t rng = options.seed;
  std::vector<FeatureId> features;
  std::vector<float> scores(classes);
  TaggerFeatures unused;
  std::string best_payload;
  double best_score = -1;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (size_t i = n; i > 1; --i) std::swap(order[i - 1], order[SplitMix(&rng) % i]);
    size_t mistakes = 0;
    for (size_t idx : order) {
      const std::vector<FeatureId>& st = statics[idx];
      const std::vector<uint32_t>& off = offsets[idx];
      // The dynamic features need the sentence's per-word hashes.
      unused.SetSentence(Forms((*train)[idx]));
      int prev = kNoTag, prev2 = kNoTag;
      for (size_t k = 0; k < gold[idx].size(); ++k) {
        features.assign(st.begin() + off[k], st.begin() + off[k + 1]);
        unused.Dynamic(k, prev, prev2, &features);
        std::fill(scores.begin(), scores.end(), 0.0f);
        trainer.Score(features, scores.data());
        const int guess =
            static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        const int truth = gold[idx][k];
        if (guess != truth) {
          trainer.Update(features, truth, guess);
          ++mistakes;
        }
        trainer.Tick();
        prev2 = prev;
        prev = guess;
      }
    }
    model.weights = trainer.Averaged(options.min_weight);
    model.best_epoch = static_cast<uint32_t>(epoch);
    const Counts c = Evaluate(model, *dev, options.threads);
    const double score = Pct(c.upos, c.words) + Pct(c.xpos, c.words);
    char line[256];
    std::snprintf(line, sizeof line,
                  "epoch %2d: %zu train mistakes (%.2f%%); dev UPOS %.2f XPOS %.2f FEATS %.2f "
                  "LEMMA %.2f; %zu features (%.1fs)",
                  epoch, mistakes, Pct(mistakes, report.train_words), Pct(c.upos, c.words),
                  Pct(c.xpos, c.words), Pct(c.feats, c.words), Pct(c.lemma, c.words),
                  model.weights.features(), seconds());
    if (log) log(line);
    if (score > best_score) {
      best_score = score;
      best_payload = model.Serialize();
      report.best_epoch = epoch;
      report.dev_upos = Pct(c.upos, c.words);
      report.dev_xpos = Pct(c.xpos, c.words);
      report.dev_feats = Pct(c.feats, c.words);
      report.dev_lemma = Pct(c.lemma, c.words);
      report.features = model.weights.features();
    }
  }
  if (Status s = WriteModelFile(out_path, kTaggerMagic, kTaggerFormatVersion, best_payload);
      !s.ok()) {
    return s;
  }
  if (auto file = FileSystem::Default()->ReadFile(out_path); file.ok()) {
    report.model_bytes = file->size();
  }
  report.seconds = seconds();
  return report;
}

}  // namespace dyad::nlp
