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
//   float threshold   fixed32 N   N x (fixed32 key, float weight), keys ascending
//   fixed32 FNV-1a checksum of every byte before it
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
  static Result<std::unique_ptr<SentenceModel>> Parse(std::string_view bytes, std::string_view name);

  // A model over the given (key, weight) pairs; keys must be distinct and
  // non-zero. Pairs are sorted here.
  static std::unique_ptr<SentenceModel> FromWeights(std::vector<std::pair<uint32_t, float>> weights,
                                                    float threshold, const SentenceModelInfo& info);

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
  float Weight(uint32_t key) const {
    size_t i = (key * 0x9E3779B1u) & mask_;
    while (true) {
      const Slot& slot = slots_[i];
      if (slot.key == key) return slot.weight;
      if (slot.key == 0) return 0;
      i = (i + 1) & mask_;
    }
  }
  float threshold() const { return threshold_; }
  const SentenceModelInfo& info() const { return info_; }
  size_t size() const { return weights_.size(); }

 private:
  struct Slot {
    uint32_t key;
    float weight;
  };
  SentenceModel() = default;
  void BuildTable();

  std::vector<std::pair<uint32_t, float>> weights_;  // Sorted by key.
  std::vector<Slot> slots_;                          // Open addressing, key 0 = empty.
  size_t mask_ = 0;
  float threshold_ = 0;
  SentenceModelInfo info_;
};

}  // namespace dyad::text

#endif  // DYAD_TEXT_SENTENCE_MODEL_H_
