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
// Speed: scoring is bound by memory latency (the parser's table is 16 MB,
// its entries 5 MB; each feature is two random reads), so the tables sit
// on huge pages where the kernel allows it (one TLB entry per 2 MB instead
// of per 4 KB) and Score fetches in stages: every feature's slot, then
// every entry run, then the sums. A feature with many classes (the bias,
// frequent tags and words) also keeps its weights as a dense row of floats,
// added four classes at a time (eight where the processor has AVX). The sums are added in feature order and
// each weight is the same float product, so the scores are the same floats
// whatever the layout (adding 0.0f to a score never changes it).
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
// tags, labels, word classes); never 0. Inline: the parser computes ~130 per
// move.
inline FeatureId HashFeature(uint32_t kind, uint64_t a, uint64_t b = 0, uint64_t c = 0);

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
  // Starts fetching the table slots of `features` for a later Score; no
  // effect on any result.
  void Prefetch(std::span<const FeatureId> features) const;

  void AppendTo(std::string* out) const;
  // Reads a model written by AppendTo from the front of *in, advancing it.
  // kCorruption if the bytes are truncated or inconsistent.
  static Result<LinearModel> ReadFrom(std::string_view* in);

 private:
  void Insert(FeatureId id, uint32_t begin, uint16_t count);
  int64_t Find(FeatureId id) const;
  // Fills dense_ for the rows that qualify; after every Insert.
  void BuildDenseRows();

  int classes_ = 0;
  float scale_ = 1;  // weight = quantised * scale_
  // Open addressing, linear probing, power-of-two size; key 0 is empty.
  // Key, first entry and count share a 16-byte slot: one cache line per
  // probe (Score prefetches every feature's slot before reading any).
  struct Slot {
    FeatureId key = 0;
    uint32_t begin = 0;
    uint16_t count = 0;
    uint16_t dense = 0;  // 1 + index of its dense row; 0: none.
  };
  // A class and its quantised weight side by side: one cache miss per
  // feature's run, not one for the classes and one for the weights.
  struct Entry {
    uint16_t cls;
    int16_t weight;
  };
  // Throws std::bad_alloc as operator new does.
  static void* AllocateHuge(size_t bytes);
  static void FreeHuge(void* p, size_t bytes);
  // std::allocator, except that blocks of 1 MB and more are 2 MB aligned
  // and offered to the kernel for transparent huge pages.
  template <typename T>
  struct HugePageAllocator {
    using value_type = T;
    HugePageAllocator() = default;
    template <typename U>
    HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT: allocator rebinding.
    T* allocate(size_t n) { return static_cast<T*>(AllocateHuge(n * sizeof(T))); }
    void deallocate(T* p, size_t n) { FreeHuge(p, n * sizeof(T)); }
    bool operator==(const HugePageAllocator&) const { return true; }
  };

  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  size_t used_ = 0;
  std::vector<Entry, HugePageAllocator<Entry>> entries_;
  // Dense rows of weight * scale_, stride_ floats each (classes_ rounded up
  // to 4), 16-byte aligned.
  size_t stride_ = 0;
  std::vector<float, HugePageAllocator<float>> dense_;
};

namespace internal {
// SplitMix64's finaliser: a good 64-bit mixer.
inline uint64_t Mix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}
}  // namespace internal

inline FeatureId HashFeature(uint32_t kind, uint64_t a, uint64_t b, uint64_t c) {
  using internal::Mix;
  const uint64_t h = Mix(Mix(Mix(Mix(kind) ^ a) ^ b) ^ c);
  return h == 0 ? 1 : h;
}

}  // namespace dyad::nlp

#endif  // DYAD_NLP_LINEAR_MODEL_H_
