// Internal to text/: the sentence-boundary model, a linear classifier over
// the hashed gap features of boundary_features.h.
//
//   auto model = SentenceModel::Parse(bytes, "models/sentence_boundary.model");
//   if (!model.ok()) return model.status();          // kCorruption, kUnsupported
//   bool ends = (*model)->Score(keys, n) > (*model)->threshold();
//
// File format (all integers little-endian, base/coding.h):
//   fixed32 magic 0x42535944 ("DYSB")   fixed32 format version
//   fixed32 feature-set version (kBoundaryFeatureVersion)
//   length-prefixed training options: fixed32 epochs, fixed64 seed,
//     float min_abs_weight, fixed32 best epoch, float dev F1 (at training)
//   fixed32 table bits B   float threshold   fixed32 N
//   N x (fixed32 slot, float weight), slots ascending and < 2^B
//   fixed32 FNV-1a checksum of every byte before it
// A feature key k weighs table[k & (2^B - 1)] (the hashing trick: colliding
// features share a weight, as they did in training); absent slots weigh 0.
// Versions: 1 = first format (2026-11).
//
// Thread-safety: immutable after Parse/FromWeights; Score is const and may be
// called from any number of threads.
#ifndef DYAD_TEXT_SENTENCE_MODEL_H_
#define DYAD_TEXT_SENTENCE_MODEL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"

namespace dyad::text {

inline constexpr uint32_t kSentenceModelMagic = 0x42535944;  // "DYSB" on disk.
inline constexpr uint32_t kSentenceModelVersion = 1;

// The options a model was trained with, stored in the file so that a model
// can be audited and rebuilt.
struct SentenceModelInfo {
  uint32_t epochs = 0;
  uint64_t seed = 0;
  float min_abs_weight = 0;
  uint32_t best_epoch = 0;
  float dev_f1 = 0;
};

class SentenceModel {
 public:
  // Reads a model written by Serialize. `name` (a path) prefixes messages.
  // kCorruption: bad magic, truncated, trailing bytes or bad checksum.
  // kUnsupported: a format or feature-set version this dyad does not know.
  static Result<std::unique_ptr<SentenceModel>> Parse(std::string_view bytes,
                                                      std::string_view name);

  // A model over a table of 2^table_bits weights (slot, weight); slots must
  // be distinct and < 2^table_bits. Pairs are sorted here.
  // REQUIRES: 4 <= table_bits <= 24.
  static std::unique_ptr<SentenceModel> FromWeights(std::vector<std::pair<uint32_t, float>> weights,
                                                    uint32_t table_bits, float threshold,
                                                    const SentenceModelInfo& info);

  SentenceModel(const SentenceModel&) = delete;  // Large; share by pointer.
  SentenceModel& operator=(const SentenceModel&) = delete;

  // The byte image described above; Parse(Serialize()) gives the same model.
  std::string Serialize() const;

  // Sum of the weights of `keys` (unknown keys weigh 0).
  float Score(const uint32_t* keys, size_t n) const {
    float s = 0;
    for (size_t i = 0; i < n; ++i) s += Weight(keys[i]);
    return s;
  }
  float Weight(uint32_t key) const { return table_[key & mask_]; }
  float threshold() const { return threshold_; }
  const SentenceModelInfo& info() const { return info_; }
  uint32_t table_bits() const { return table_bits_; }
  size_t size() const { return weights_.size(); }  // Non-zero slots.

 private:
  SentenceModel() = default;
  void BuildTable();

  std::vector<std::pair<uint32_t, float>> weights_;  // Non-zero slots, ascending.
  std::vector<float> table_;                         // 2^table_bits_ weights.
  uint32_t table_bits_ = 0;
  uint32_t mask_ = 0;
  float threshold_ = 0;
  SentenceModelInfo info_;
};

}  // namespace dyad::text

#endif  // DYAD_TEXT_SENTENCE_MODEL_H_
