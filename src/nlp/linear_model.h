// Internal to nlp/: a sparse linear classifier over hashed features, the
// scorer of the tagger and the parser.
//
//   std::vector<FeatureId> f = {HashFeature(kWord, "talks"), ...};
//   std::vector<float> scores(model.classes());
//   model.Score(f, scores.data());   // scores[c] += weight(f_i, c)
//
// Features are 64-bit hashes of a template number and its value (two
// different strings colliding is as likely as two random 64-bit numbers
// meeting). Each feature keeps only the classes it has a weight for,
// quantised to 16 bits with one scale per model; that is what keeps the
// shipped models small, and it makes scoring a walk over a few entries.
//
// Serialized form (inside a model file, see model_file.h), little-endian:
//   u32 classes, f32 scale, u64 features, then per feature
//   u64 id, u16 n, n x (u16 class, i16 weight)
//
// Thread-safety: immutable after construction; Score may be called from
// any number of threads.
#ifndef DYAD_NLP_LINEAR_MODEL_H_
#define DYAD_NLP_LINEAR_MODEL_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"

namespace dyad::nlp {

using FeatureId = uint64_t;

// The feature for template `kind` with a string value; never 0.
FeatureId HashFeature(uint32_t kind, std::string_view value);
// The feature for template `kind` with up to three numeric values (ids of
// tags, labels, word classes); never 0.
FeatureId HashFeature(uint32_t kind, uint64_t a, uint64_t b = 0, uint64_t c = 0);

class LinearModel {
 public:
  struct Weight {
    uint16_t cls;
    float weight;
  };

  LinearModel() = default;
  // Builds the model from each feature's nonzero weights; weights are
  // quantised to 16 bits. REQUIRES: no id is 0; classes <= 65535.
  LinearModel(int classes, const std::vector<std::pair<FeatureId, std::vector<Weight>>>& rows);

  int classes() const { return classes_; }
  size_t features() const { return used_; }

  // Adds each known feature's weights to scores[0..classes()); unknown
  // features add nothing.
  void Score(std::span<const FeatureId> features, float* scores) const;

  void AppendTo(std::string* out) const;
  // Reads a model written by AppendTo from the front of *in, advancing it.
  // kCorruption if the bytes are truncated or inconsistent.
  static Result<LinearModel> ReadFrom(std::string_view* in);

 private:
  void Insert(FeatureId id, uint32_t begin, uint16_t count);
  int64_t Find(FeatureId id) const;

  int classes_ = 0;
  float scale_ = 1;  // weight = quantised * scale_
  // Open addressing, linear probing, power-of-two size; key 0 is empty.
  // Key, first entry and count share a 16-byte slot: one cache line per
  // probe (Score prefetches every feature's slot before reading any).
  struct Slot {
    FeatureId key = 0;
    uint32_t begin = 0;
    uint16_t count = 0;
  };
  std::vector<Slot> slots_;
  size_t used_ = 0;
  std::vector<uint16_t> entry_class_;
  std::vector<int16_t> entry_weight_;
};

}  // namespace dyad::nlp

#endif  // DYAD_NLP_LINEAR_MODEL_H_
