#include "nlp/feats_classifier.h"

#include <algorithm>

#include "base/coding.h"
#include "nlp/tagger_features.h"

namespace dyad::nlp {
namespace {

// Template numbers: frozen (part of every feature id).
enum Template : uint32_t {
  kString = 100,
  kBias = 110,
  kLexicon,
  kWord,
  kSuffix,
  kWordM2,
  kWordM1,
  kWordP1,
  kBigramM1,
  kTagM1,
  kTagP1,
  kTagM2M1,
  kTagP1P2,
  kClauseStart,
  kVerbBefore,
  kSubjectBefore,
  kSubjectTagBefore,
};

constexpr uint64_t kStart = 1, kEnd = 2, kNone = 3;

}  // namespace

TagKind KindOfXpos(std::string_view x) {
  if (x.starts_with("VB") || x == "MD") return TagKind::kVerb;
  if (x.starts_with("NN") || x == "PRP" || x == "EX" || x == "DT" || x == "WP" || x == "WDT" ||
      x == "CD") {
    return TagKind::kSubject;
  }
  if (x == "RB" || x == "RBR" || x == "RBS") return TagKind::kAdverb;
  if (x == "," || x == "." || x == ":" || x == "-LRB-" || x == "-RRB-" || x == "``" || x == "''" ||
      x == "NFP" || x == "HYPH") {
    return TagKind::kPunct;
  }
  return TagKind::kOther;
}

void FeatsFeatures::SetSentence(const std::vector<std::string_view>& forms,
                                const std::vector<int>& tags, const std::vector<TagKind>& kinds) {
  tags_ = &tags;
  kinds_ = &kinds;
  lower_.resize(forms.size());
  suffix_.resize(forms.size());
  for (size_t i = 0; i < forms.size(); ++i) {
    AsciiLower(forms[i], &scratch_);
    lower_[i] = HashFeature(kString, scratch_);
    const std::string_view l = scratch_;
    suffix_[i] = HashFeature(kString + 1, l.size() > 3 ? l.substr(l.size() - 3) : l);
  }
}

void FeatsFeatures::Extract(size_t i, uint16_t lexicon, std::vector<FeatureId>* out) const {
  out->clear();
  const std::vector<int>& tags = *tags_;
  const auto n = static_cast<ptrdiff_t>(tags.size());
  const auto j = static_cast<ptrdiff_t>(i);
  const uint64_t t = static_cast<uint64_t>(tags[i]) + 4;
  auto tag_at = [&](ptrdiff_t k) -> uint64_t {
    return k < 0 ? kStart : k >= n ? kEnd : static_cast<uint64_t>(tags[k]) + 4;
  };
  auto word_at = [&](ptrdiff_t k) -> uint64_t {
    return k < 0 ? kStart : k >= n ? kEnd : lower_[k];
  };
  out->push_back(HashFeature(kBias, t));
  out->push_back(HashFeature(kLexicon, t, lexicon));
  out->push_back(HashFeature(kWord, t, lower_[i]));
  out->push_back(HashFeature(kSuffix, t, suffix_[i]));
  out->push_back(HashFeature(kWordM2, t, word_at(j - 2)));
  out->push_back(HashFeature(kWordM1, t, word_at(j - 1)));
  out->push_back(HashFeature(kWordP1, t, word_at(j + 1)));
  out->push_back(HashFeature(kBigramM1, t, word_at(j - 1), lower_[i]));
  out->push_back(HashFeature(kTagM1, t, tag_at(j - 1)));
  out->push_back(HashFeature(kTagP1, t, tag_at(j + 1)));
  out->push_back(HashFeature(kTagM2M1, t, tag_at(j - 2), tag_at(j - 1)));
  out->push_back(HashFeature(kTagP1P2, t, tag_at(j + 1), tag_at(j + 2)));
  const bool clause_start = j == 0 || (*kinds_)[tags[j - 1]] == TagKind::kPunct;
  out->push_back(HashFeature(kClauseStart, t, clause_start ? 1 : 0));
  uint64_t verb = kNone;
  for (ptrdiff_t k = j - 1; k >= 0 && k >= j - 4; --k) {
    const TagKind kind = (*kinds_)[tags[k]];
    if (kind == TagKind::kVerb) {
      verb = lower_[k];
      break;
    }
    if (kind != TagKind::kAdverb) break;
  }
  out->push_back(HashFeature(kVerbBefore, t, verb));
  uint64_t subject = kNone, subject_tag = kNone;
  for (ptrdiff_t k = j - 1; k >= 0 && k >= j - 8; --k) {
    if ((*kinds_)[tags[k]] == TagKind::kSubject) {
      subject = lower_[k];
      subject_tag = tag_at(k);
      break;
    }
  }
  out->push_back(HashFeature(kSubjectBefore, t, subject));
  out->push_back(HashFeature(kSubjectTagBefore, t, subject_tag));
}

uint16_t FeatsClassifier::Choose(const std::vector<FeatureId>& features, int tag,
                                 float* scores) const {
  const std::vector<uint16_t>& c = candidates[tag];
  std::fill(scores, scores + weights.classes(), 0.0f);
  weights.Score(features, scores);
  uint16_t best = c[0];
  for (uint16_t f : c) {
    if (scores[f] > scores[best]) best = f;
  }
  return best;
}

void FeatsClassifier::AppendTo(std::string* out) const {
  PutFixed32(out, kFeatsFeatureSetVersion);
  PutFixed32(out, static_cast<uint32_t>(candidates.size()));
  for (size_t t = 0; t < candidates.size(); ++t) {
    out->push_back(static_cast<char>(kinds[t]));
    PutFixed16(out, static_cast<uint16_t>(candidates[t].size()));
    for (uint16_t f : candidates[t]) PutFixed16(out, f);
  }
  weights.AppendTo(out);
}

Result<FeatsClassifier> FeatsClassifier::ReadFrom(std::string_view* in, size_t tags, size_t feats) {
  Decoder d(*in);
  uint32_t version = 0, n = 0;
  if (!d.GetFixed32(&version) || !d.GetFixed32(&n)) {
    return Status::Corruption("FEATS classifier: truncated header");
  }
  if (version != kFeatsFeatureSetVersion) {
    return Status::Unsupported("FEATS classifier: feature set " + std::to_string(version) +
                               ", this dyad computes " + std::to_string(kFeatsFeatureSetVersion) +
                               "; retrain it");
  }
  if (n != tags) return Status::Corruption("FEATS classifier: does not match the tags");
  FeatsClassifier c;
  c.candidates.resize(n);
  c.kinds.resize(n);
  for (uint32_t t = 0; t < n; ++t) {
    std::string_view kind;
    uint16_t m = 0;
    if (!d.GetBytes(1, &kind) || static_cast<uint8_t>(kind[0]) > 4 || !d.GetFixed16(&m)) {
      return Status::Corruption("FEATS classifier: truncated candidates");
    }
    c.kinds[t] = static_cast<TagKind>(kind[0]);
    for (uint16_t k = 0; k < m; ++k) {
      uint16_t f = 0;
      if (!d.GetFixed16(&f) || f >= feats) {
        return Status::Corruption("FEATS classifier: bad candidate");
      }
      c.candidates[t].push_back(f);
    }
  }
  std::string_view rest = d.rest();
  auto weights = LinearModel::ReadFrom(&rest);
  if (!weights.ok()) return weights.status();
  if (weights->classes() != static_cast<int>(feats)) {
    return Status::Corruption("FEATS classifier: weights do not match the FEATS list");
  }
  c.weights = std::move(*weights);
  *in = rest;
  return c;
}

}  // namespace dyad::nlp
