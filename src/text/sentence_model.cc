#include "text/sentence_model.h"

#include <algorithm>

#include "base/coding.h"
#include "text/boundary_features.h"

namespace dyad::text {
namespace {

uint32_t Fnv1a(std::string_view s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

}  // namespace

void SentenceModel::BuildTable() {
  table_.assign(size_t{1} << table_bits_, 0.0f);
  mask_ = (uint32_t{1} << table_bits_) - 1;
  for (const auto& [slot, w] : weights_) table_[slot] = w;
}

std::unique_ptr<SentenceModel> SentenceModel::FromWeights(
    std::vector<std::pair<uint32_t, float>> weights, uint32_t table_bits, float threshold,
    const SentenceModelInfo& info) {
  std::unique_ptr<SentenceModel> m(new SentenceModel());
  std::sort(weights.begin(), weights.end());
  m->weights_ = std::move(weights);
  m->table_bits_ = table_bits;
  m->threshold_ = threshold;
  m->info_ = info;
  m->BuildTable();
  return m;
}

std::string SentenceModel::Serialize() const {
  std::string out;
  PutFixed32(&out, kSentenceModelMagic);
  PutFixed32(&out, kSentenceModelVersion);
  PutFixed32(&out, kBoundaryFeatureVersion);
  std::string opts;
  PutFixed32(&opts, info_.epochs);
  PutFixed64(&opts, info_.seed);
  PutFloat(&opts, info_.min_abs_weight);
  PutFixed32(&opts, info_.best_epoch);
  PutFloat(&opts, info_.dev_f1);
  PutLengthPrefixed(&out, opts);
  PutFixed32(&out, table_bits_);
  PutFloat(&out, threshold_);
  PutFixed32(&out, static_cast<uint32_t>(weights_.size()));
  for (const auto& [key, w] : weights_) {
    PutFixed32(&out, key);
    PutFloat(&out, w);
  }
  PutFixed32(&out, Fnv1a(out));
  return out;
}

Result<std::unique_ptr<SentenceModel>> SentenceModel::Parse(std::string_view bytes,
                                                            std::string_view name) {
  const std::string where(name);
  Decoder in(bytes);
  uint32_t magic, version, features;
  if (!in.GetFixed32(&magic) || magic != kSentenceModelMagic) {
    return Status::Corruption(where + ": bad magic (not a dyad sentence model)");
  }
  if (!in.GetFixed32(&version)) return Status::Corruption(where + ": truncated header");
  if (version != kSentenceModelVersion) {
    return Status::Unsupported(where + ": sentence model format version " +
                               std::to_string(version) + "; this dyad reads version " +
                               std::to_string(kSentenceModelVersion));
  }
  if (bytes.size() < 4) return Status::Corruption(where + ": truncated");
  uint32_t stored_sum;
  Decoder tail(bytes.substr(bytes.size() - 4));
  if (!tail.GetFixed32(&stored_sum)) return Status::Corruption(where + ": truncated");
  if (!in.GetFixed32(&features)) return Status::Corruption(where + ": truncated header");
  std::unique_ptr<SentenceModel> m(new SentenceModel());
  std::string_view opts;
  uint32_t count;
  if (!in.GetLengthPrefixed(&opts) || !in.GetFixed32(&m->table_bits_) ||
      !in.GetFloat(&m->threshold_) || !in.GetFixed32(&count)) {
    return Status::Corruption(where + ": truncated header");
  }
  if (m->table_bits_ < 4 || m->table_bits_ > 24) {
    return Status::Corruption(where + ": bad table size 2^" + std::to_string(m->table_bits_));
  }
  if (in.remaining() != static_cast<uint64_t>(count) * 8 + 4) {
    return Status::Corruption(where + ": truncated or trailing bytes (" + std::to_string(count) +
                              " weights declared)");
  }
  if (Fnv1a(bytes.substr(0, bytes.size() - 4)) != stored_sum) {
    return Status::Corruption(where + ": checksum mismatch");
  }
  if (features != kBoundaryFeatureVersion) {
    return Status::Unsupported(where + ": trained on feature set " + std::to_string(features) +
                               "; this dyad computes feature set " +
                               std::to_string(kBoundaryFeatureVersion) + "; retrain it");
  }
  Decoder o(opts);
  if (!o.GetFixed32(&m->info_.epochs) || !o.GetFixed64(&m->info_.seed) ||
      !o.GetFloat(&m->info_.min_abs_weight) || !o.GetFixed32(&m->info_.best_epoch) ||
      !o.GetFloat(&m->info_.dev_f1)) {
    return Status::Corruption(where + ": truncated training options");
  }
  m->weights_.resize(count);
  uint32_t prev = 0;
  for (uint32_t i = 0; i < count; ++i) {
    auto& [key, w] = m->weights_[i];
    if (!in.GetFixed32(&key) || !in.GetFloat(&w)) return Status::Corruption(where + ": truncated");
    if ((i > 0 && key <= prev) || key >> m->table_bits_ != 0) {
      return Status::Corruption(where + ": weight slots out of order or range");
    }
    prev = key;
  }
  m->BuildTable();
  return m;
}

}  // namespace dyad::text
