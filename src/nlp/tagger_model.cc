#include "nlp/tagger_model.h"

#include <algorithm>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <charconv>

#include "base/coding.h"
#include "nlp/model_file.h"
#include "nlp/tagger_features.h"

namespace dyad::nlp {
namespace {

struct Scratch {
  TaggerFeatures features;
  std::vector<FeatureId> ids, next_ids;
  std::vector<float> scores;
  std::vector<int> tags;
  std::vector<uint16_t> feats;
  std::string key;
  FeatsFeatures feats_features;
  std::vector<FeatureId> feats_ids;
  std::vector<float> feats_scores;
  std::vector<TaggerModel::VerbAlternative> alt;
};

// The index of the first largest of scores[0..n), as std::max_element
// gives it, with the maximum found four lanes at a time first. REQUIRES:
// n > 0, no NaN.
int ArgMax(const float* scores, int n) {
  float best = scores[0];
  int i = 0;
#ifdef __SSE2__
  if (n >= 4) {
    __m128 m = _mm_loadu_ps(scores);
    for (i = 4; i + 4 <= n; i += 4) m = _mm_max_ps(m, _mm_loadu_ps(scores + i));
    m = _mm_max_ps(m, _mm_shuffle_ps(m, m, _MM_SHUFFLE(2, 3, 0, 1)));
    m = _mm_max_ps(m, _mm_shuffle_ps(m, m, _MM_SHUFFLE(1, 0, 3, 2)));
    best = _mm_cvtss_f32(m);
  }
#endif
  for (; i < n; ++i) best = scores[i] > best ? scores[i] : best;
  int k = 0;
  while (scores[k] != best) ++k;
  return k;
}

Scratch& GetScratch() {
  thread_local Scratch scratch;
  return scratch;
}

class TaggerImpl final : public Tagger {
 public:
  explicit TaggerImpl(TaggerModel model) : model_(std::move(model)) {}
  void Tag(const std::vector<std::string_view>& forms,
           std::vector<TaggedWord>* out) const override {
    model_.Tag(forms, out);
  }

 private:
  const TaggerModel model_;
};

}  // namespace

void FeatsKey(std::string_view form, int tag, std::string* key) {
  AsciiLower(form, key);
  key->push_back('\1');
  char digits[16];
  key->append(digits, std::to_chars(digits, digits + sizeof digits, tag).ptr);  // As std::to_string.
}

void TaggerModel::Decode(const std::vector<std::string_view>& forms, std::vector<int>* ids,
                         int forced, int forced_tag, std::vector<VerbAlternative>* alt) const {
  Scratch& s = GetScratch();
  s.features.SetSentence(forms);
  ids->resize(forms.size());
  if (alt != nullptr) alt->assign(forms.size(), VerbAlternative{});
  const int classes = weights.classes();
  int prev = kNoTag, prev2 = kNoTag;
  // Each word's features are its static ones, then those of the tags before
  // it (TaggerFeatures::Extract). The next word's static features do not
  // wait for this word's tag: their table slots are fetched while this word
  // is scored, which hides most of the memory latency of the next Score.
  std::vector<FeatureId>* cur = &s.ids;
  std::vector<FeatureId>* next = &s.next_ids;
  cur->clear();
  if (!forms.empty()) s.features.Static(0, cur);
  for (size_t i = 0; i < forms.size(); ++i) {
    s.features.Dynamic(i, prev, prev2, cur);
    next->clear();
    if (i + 1 < forms.size()) {
      s.features.Static(i + 1, next);
      weights.Prefetch(*next);
    }
    s.scores.assign(classes, 0.0f);
    weights.Score(*cur, s.scores.data());
    const int top = ArgMax(s.scores.data(), classes);
    const int best = static_cast<int>(i) == forced ? forced_tag : top;
    if (alt != nullptr) {
      VerbAlternative& a = (*alt)[i];
      for (size_t k = 0; k < finite_verb_tags.size(); ++k) {
        a.shortfall[k] = s.scores[top] - s.scores[finite_verb_tags[k]];
      }
    }
    (*ids)[i] = best;
    prev2 = prev;
    prev = best;
    std::swap(cur, next);
  }
}

uint16_t TaggerModel::FeatsOf(std::string_view form, int tag) const {
  std::string& key = GetScratch().key;
  FeatsKey(form, tag, &key);
  auto it = feats_lexicon.find(std::string_view(key));
  return it != feats_lexicon.end() ? it->second : feats_default[tag];
}

void TaggerModel::ChooseFeats(const std::vector<std::string_view>& forms,
                              const std::vector<int>& ids, std::vector<uint16_t>* out) const {
  Scratch& s = GetScratch();
  out->resize(forms.size());
  const FeatsClassifier& c = feats_classifier;
  const bool classify = c.weights.features() > 0;  // Else trained without.
  if (classify) {
    s.feats_features.SetSentence(forms, ids, c.kinds);
    s.feats_scores.resize(c.weights.classes());
  }
  for (size_t i = 0; i < forms.size(); ++i) {
    const uint16_t lexicon = FeatsOf(forms[i], ids[i]);
    if (classify && c.Ambiguous(ids[i])) {
      s.feats_features.Extract(i, lexicon, &s.feats_ids);
      (*out)[i] = c.Choose(s.feats_ids, ids[i], s.feats_scores.data());
    } else {
      (*out)[i] = lexicon;
    }
  }
}

// Why a constraint the model did not learn: greedy tagging of short, plain
// news sentences sometimes leaves them without a verb ("Iraq's security
// advisor met/NN with ...", "The US presented/JJ evidence against Russia"),
// and then the parser cannot find the clause and no event can be coded.
// Such sentences are nearly always clauses in news, while the verbless
// sentences of EWT's web text ("Great service.", "Thanks again!") are short
// or their verb candidates fall far short. The threshold was chosen on EWT
// dev so that tagging accuracy there does not drop (models/README.md).
namespace {
constexpr float kVerbShortfall = 15.0f;
constexpr int kClauseWords = 4;
}  // namespace

bool TaggerModel::FinishClause(const std::vector<std::string_view>& forms,
                               const std::vector<VerbAlternative>& alt,
                               std::vector<int>* ids) const {
  if (finite_verb_tags.empty() || forms.size() < static_cast<size_t>(kClauseWords)) return false;
  int words = 0;
  for (size_t i = 0; i < forms.size(); ++i) {
    const int t = (*ids)[i];
    if (is_finite[t]) return false;
    if (is_base_verb[t] && (i == 0 || (forms[i - 1] != "to" && forms[i - 1] != "To"))) return false;
    if (tags[t].upos != "PUNCT") ++words;
  }
  if (words < kClauseWords) return false;
  int pick = -1, pick_tag = -1;
  float least = kVerbShortfall;
  std::string& key = GetScratch().key;
  for (size_t i = 1; i < forms.size(); ++i) {
    const unsigned char c = forms[i].empty() ? 0 : forms[i][0];
    if (c < 'a' || c > 'z') continue;  // Names and numbers are not verbs.
    for (size_t k = 0; k < finite_verb_tags.size(); ++k) {
      if (alt[i].shortfall[k] >= least) continue;
      // Only a word inflected as that verb form: "met" (meet), "presented"
      // (present), "talks" (talk); not "salad" or "good" as a VBD.
      lemmatizer.Lemmatize(forms[i], tags[finite_verb_tags[k]].combined, &key);
      if (key == forms[i]) continue;
      pick = static_cast<int>(i);
      pick_tag = finite_verb_tags[k];
      least = alt[i].shortfall[k];
    }
  }
  if (pick < 0) return false;
  Decode(forms, ids, pick, pick_tag, nullptr);
  return true;
}

void TaggerModel::Tag(const std::vector<std::string_view>& forms,
                      std::vector<TaggedWord>* out) const {
  std::vector<int>& ids = GetScratch().tags;
  std::vector<uint16_t>& fs = GetScratch().feats;
  std::vector<VerbAlternative>& alt = GetScratch().alt;
  Decode(forms, &ids, -1, -1, &alt);
  FinishClause(forms, alt, &ids);
  ChooseFeats(forms, ids, &fs);
  out->resize(forms.size());
  for (size_t i = 0; i < forms.size(); ++i) {
    TaggedWord& w = (*out)[i];
    const TagName& t = tags[ids[i]];
    w.upos = t.upos;
    w.xpos = t.xpos;
    w.feats = feats[fs[i]];
    lemmatizer.Lemmatize(forms[i], t.combined, &w.lemma);
  }
}

void TaggerModel::FindVerbTags() {
  finite_verb_tags.clear();
  is_finite.assign(tags.size(), false);
  is_base_verb.assign(tags.size(), false);
  for (size_t t = 0; t < tags.size(); ++t) {
    const std::string& x = tags[t].xpos;
    is_finite[t] = x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD";
    is_base_verb[t] = x == "VB";
    // Not VBP: its form is the bare one, which nearly every noun can take.
    if (tags[t].upos == "VERB" && (x == "VBD" || x == "VBZ") &&
        finite_verb_tags.size() < VerbAlternative::kMax) {
      finite_verb_tags.push_back(static_cast<int>(t));
    }
  }
}

std::string TaggerModel::Serialize() const {
  std::string out;
  PutFixed32(&out, kTaggerFeatureSetVersion);
  PutFixed32(&out, epochs);
  PutFixed64(&out, seed);
  PutFloat(&out, min_weight);
  PutFixed32(&out, best_epoch);
  PutFixed32(&out, static_cast<uint32_t>(tags.size()));
  for (const TagName& t : tags) {
    PutLengthPrefixed(&out, t.upos);
    PutLengthPrefixed(&out, t.xpos);
  }
  weights.AppendTo(&out);
  PutFixed32(&out, static_cast<uint32_t>(feats.size()));
  for (const std::string& f : feats) PutLengthPrefixed(&out, f);
  std::vector<std::string_view> keys;
  for (const auto& [k, v] : feats_lexicon) keys.push_back(k);
  std::sort(keys.begin(), keys.end());
  PutFixed32(&out, static_cast<uint32_t>(keys.size()));
  for (std::string_view k : keys) {
    PutLengthPrefixed(&out, k);
    PutFixed16(&out, feats_lexicon.find(k)->second);
  }
  for (uint16_t f : feats_default) PutFixed16(&out, f);
  feats_classifier.AppendTo(&out);
  lemmatizer.AppendTo(&out);
  return out;
}

Result<TaggerModel> TaggerModel::Parse(std::string_view payload) {
  Decoder d(payload);
  TaggerModel m;
  uint32_t fs_version = 0, ntags = 0;
  if (!d.GetFixed32(&fs_version)) return Status::Corruption("tagger model: truncated header");
  if (fs_version != kTaggerFeatureSetVersion) {
    return Status::Unsupported("tagger model: feature set " + std::to_string(fs_version) +
                               ", this dyad computes " +
                               std::to_string(kTaggerFeatureSetVersion) + "; retrain it");
  }
  if (!d.GetFixed32(&m.epochs) || !d.GetFixed64(&m.seed) || !d.GetFloat(&m.min_weight) ||
      !d.GetFixed32(&m.best_epoch) || !d.GetFixed32(&ntags) || ntags == 0 || ntags > 65535) {
    return Status::Corruption("tagger model: bad header");
  }
  for (uint32_t i = 0; i < ntags; ++i) {
    std::string_view upos, xpos;
    if (!d.GetLengthPrefixed(&upos) || !d.GetLengthPrefixed(&xpos)) {
      return Status::Corruption("tagger model: truncated tag list");
    }
    m.tags.push_back({std::string(upos), std::string(xpos), std::string(upos) + "|" + std::string(xpos)});
  }
  std::string_view rest = d.rest();
  auto weights = LinearModel::ReadFrom(&rest);
  if (!weights.ok()) return weights.status();
  if (weights->classes() != static_cast<int>(ntags)) {
    return Status::Corruption("tagger model: weights do not match the tags");
  }
  m.weights = std::move(*weights);
  Decoder e(rest);
  uint32_t n = 0;
  if (!e.GetFixed32(&n) || n == 0 || n > 65535 || n > e.remaining()) {
    return Status::Corruption("tagger model: bad FEATS list");
  }
  for (uint32_t i = 0; i < n; ++i) {
    std::string_view f;
    if (!e.GetLengthPrefixed(&f)) return Status::Corruption("tagger model: truncated FEATS list");
    m.feats.emplace_back(f);
  }
  if (!e.GetFixed32(&n) || n > e.remaining()) return Status::Corruption("tagger model: bad lexicon");
  m.feats_lexicon.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    std::string_view k;
    uint16_t f = 0;
    if (!e.GetLengthPrefixed(&k) || !e.GetFixed16(&f) || f >= m.feats.size()) {
      return Status::Corruption("tagger model: truncated lexicon");
    }
    m.feats_lexicon.emplace(std::string(k), f);
  }
  m.feats_default.resize(ntags);
  for (uint16_t& f : m.feats_default) {
    if (!e.GetFixed16(&f) || f >= m.feats.size()) {
      return Status::Corruption("tagger model: truncated FEATS defaults");
    }
  }
  rest = e.rest();
  auto fc = FeatsClassifier::ReadFrom(&rest, ntags, m.feats.size());
  if (!fc.ok()) return fc.status();
  m.feats_classifier = std::move(*fc);
  auto lem = Lemmatizer::ReadFrom(&rest);
  if (!lem.ok()) return lem.status();
  if (!rest.empty()) return Status::Corruption("tagger model: trailing bytes");
  m.lemmatizer = std::move(*lem);
  m.FindVerbTags();
  return m;
}

Result<std::unique_ptr<Tagger>> Tagger::Load(const std::string& path) {
  auto file = ReadModelFile(path, kTaggerMagic, kTaggerFormatVersion);
  if (!file.ok()) return file.status();
  if (file->version < kTaggerFormatVersion) {
    return Status::Unsupported(path + ": tagger format version " + std::to_string(file->version) +
                               " (no FEATS classifier), this dyad reads " +
                               std::to_string(kTaggerFormatVersion) + "; retrain it");
  }
  auto model = TaggerModel::Parse(file->payload);
  if (!model.ok()) {
    return Status(model.status().code(), path + ": " + std::string(model.status().message()));
  }
  return std::unique_ptr<Tagger>(new TaggerImpl(std::move(*model)));
}

}  // namespace dyad::nlp
