// Sparse rows in one open-addressing table: a lookup is one or two cache
// lines for the key, then a short run of (class, weight) pairs.
#include "nlp/linear_model.h"

#include <sys/mman.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <new>

#include "base/coding.h"

namespace dyad::nlp {
namespace {

using internal::Mix;

FeatureId NonZero(uint64_t h) { return h == 0 ? 1 : h; }

constexpr size_t kHugePage = size_t{2} << 20;
// Smaller blocks are not worth a huge page (or its waste).
constexpr size_t kHugeMin = size_t{1} << 20;
// Features looked up together in Score: enough to keep many misses in
// flight, few enough that their slots stay in L1 between the stages.
constexpr size_t kBatch = 64;
// Rows with this many classes are also kept dense: adding a dense row of
// ~100 classes four at a time costs about what 16 scattered adds do.
constexpr uint16_t kDenseMin = 16;

// scores[c] += row[c] for c < n, four at a time where SSE2 is there (the
// same IEEE single additions as the scalar loop).
void AddRow(const float* row, size_t n, float* scores) {
  size_t c = 0;
#ifdef __SSE2__
  for (; c + 4 <= n; c += 4) {
    _mm_storeu_ps(scores + c, _mm_add_ps(_mm_loadu_ps(scores + c), _mm_load_ps(row + c)));
  }
#endif
  for (; c < n; ++c) scores[c] += row[c];
}

#if defined(__x86_64__) && defined(__GNUC__)
// The same additions eight at a time, on processors with AVX (chosen at
// run time: the build targets plain x86-64). Each score is still one IEEE
// single addition per feature, in the same order.
__attribute__((target("avx"))) void AddRowAvx(const float* row, size_t n, float* scores) {
  size_t c = 0;
  for (; c + 8 <= n; c += 8) {
    _mm256_storeu_ps(scores + c, _mm256_add_ps(_mm256_loadu_ps(scores + c), _mm256_loadu_ps(row + c)));
  }
  for (; c + 4 <= n; c += 4) {
    _mm_storeu_ps(scores + c, _mm_add_ps(_mm_loadu_ps(scores + c), _mm_load_ps(row + c)));
  }
  for (; c < n; ++c) scores[c] += row[c];
}
const bool kHasAvx = __builtin_cpu_supports("avx");
#else
const bool kHasAvx = false;
void AddRowAvx(const float* row, size_t n, float* scores) { AddRow(row, n, scores); }
#endif

}  // namespace

FeatureId HashFeature(uint32_t kind, std::string_view value) {
  uint64_t h = 0xCBF29CE484222325ull ^ Mix(kind);  // FNV-1a over the bytes.
  for (unsigned char c : value) {
    h ^= c;
    h *= 0x100000001B3ull;
  }
  return NonZero(Mix(h));
}


LinearModel::LinearModel(int classes,
                         const std::vector<std::pair<FeatureId, std::vector<Weight>>>& rows)
    : classes_(classes) {
  float max_abs = 0;
  for (const auto& [id, weights] : rows) {
    for (const Weight& w : weights) max_abs = std::max(max_abs, std::fabs(w.weight));
  }
  scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  size_t capacity = 16;
  while (capacity < rows.size() * 2) capacity *= 2;
  slots_.assign(capacity, Slot{});
  for (const auto& [id, weights] : rows) {
    const uint32_t begin = static_cast<uint32_t>(entries_.size());
    uint16_t n = 0;
    for (const Weight& w : weights) {
      const auto q = static_cast<int16_t>(std::lround(w.weight / scale_));
      if (q == 0) continue;
      entries_.push_back({w.cls, q});
      ++n;
    }
    if (n > 0) Insert(id, begin, n);
  }
  BuildDenseRows();
}

void LinearModel::BuildDenseRows() {
  stride_ = (static_cast<size_t>(classes_) + 3) / 4 * 4;
  dense_.clear();
  size_t rows = 0;
  std::vector<bool> seen(static_cast<size_t>(classes_));
  for (Slot& slot : slots_) {
    slot.dense = 0;
    if (slot.key == 0 || slot.count < kDenseMin || rows >= 65535) continue;
    // A class twice in a row would be added twice, in order; a dense row
    // would sum the two first and could round differently. Keep it sparse.
    std::fill(seen.begin(), seen.end(), false);
    bool distinct = true;
    for (uint32_t i = slot.begin, e = slot.begin + slot.count; i < e && distinct; ++i) {
      distinct = !seen[entries_[i].cls];
      seen[entries_[i].cls] = true;
    }
    if (!distinct) continue;
    dense_.resize((rows + 1) * stride_, 0.0f);
    float* row = dense_.data() + rows * stride_;
    for (uint32_t i = slot.begin, e = slot.begin + slot.count; i < e; ++i) {
      row[entries_[i].cls] = entries_[i].weight * scale_;  // As Score's sparse loop computes it.
    }
    slot.dense = static_cast<uint16_t>(++rows);
  }
}

void* LinearModel::AllocateHuge(size_t bytes) {
  if (bytes < kHugeMin) return ::operator new(bytes);
  const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
  void* p = std::aligned_alloc(kHugePage, rounded);
  if (p == nullptr) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
  // Advice only: without transparent huge pages this changes nothing.
  (void)madvise(p, rounded, MADV_HUGEPAGE);
#endif
  return p;
}

void LinearModel::FreeHuge(void* p, size_t bytes) {
  if (bytes < kHugeMin) {
    ::operator delete(p);
  } else {
    std::free(p);
  }
}

void LinearModel::Insert(FeatureId id, uint32_t begin, uint16_t count) {
  size_t mask = slots_.size() - 1;
  size_t slot = static_cast<size_t>(id) & mask;
  while (slots_[slot].key != 0 && slots_[slot].key != id) slot = (slot + 1) & mask;
  if (slots_[slot].key == 0) ++used_;
  slots_[slot] = Slot{id, begin, count};
}

int64_t LinearModel::Find(FeatureId id) const {
  if (slots_.empty()) return -1;
  const size_t mask = slots_.size() - 1;
  for (size_t slot = static_cast<size_t>(id) & mask;; slot = (slot + 1) & mask) {
    if (slots_[slot].key == id) return static_cast<int64_t>(slot);
    if (slots_[slot].key == 0) return -1;
  }
}

void LinearModel::Score(std::span<const FeatureId> features, float* scores) const {
  if (slots_.empty()) return;
  const size_t mask = slots_.size() - 1;
  const Slot* slots = slots_.data();
  const Entry* entries = entries_.data();
  const float scale = scale_;
  // Three stages per batch, each starting the misses the next one needs:
  // the slots, then the entry runs of the features found, then the sums
  // (in feature order, as a plain loop would add them).
  const float* dense = dense_.data();
  const size_t stride = stride_, classes = static_cast<size_t>(classes_);
  uint32_t begin[kBatch];
  uint16_t count[kBatch];
  const float* row[kBatch];
  for (size_t base = 0; base < features.size(); base += kBatch) {
    const size_t n = std::min(kBatch, features.size() - base);
    const FeatureId* f = features.data() + base;
    for (size_t k = 0; k < n; ++k) __builtin_prefetch(&slots[static_cast<size_t>(f[k]) & mask]);
    for (size_t k = 0; k < n; ++k) {
      begin[k] = 0;
      count[k] = 0;
      row[k] = nullptr;
      for (size_t slot = static_cast<size_t>(f[k]) & mask;; slot = (slot + 1) & mask) {
        if (slots[slot].key == f[k]) {
          begin[k] = slots[slot].begin;
          count[k] = slots[slot].count;
          if (slots[slot].dense != 0) {
            row[k] = dense + (slots[slot].dense - 1) * stride;
            // The first lines; the hardware prefetcher follows the rest.
            __builtin_prefetch(row[k]);
            __builtin_prefetch(row[k] + 16);
          } else if (count[k] > 0) {
            __builtin_prefetch(&entries[begin[k]]);
            __builtin_prefetch(&entries[begin[k] + count[k] - 1]);
          }
          break;
        }
        if (slots[slot].key == 0) break;
      }
    }
    for (size_t k = 0; k < n; ++k) {
      if (row[k] != nullptr) {
        if (kHasAvx) {
          AddRowAvx(row[k], classes, scores);
        } else {
          AddRow(row[k], classes, scores);
        }
        continue;
      }
      for (const Entry* e = entries + begin[k], *end = e + count[k]; e < end; ++e) {
        scores[e->cls] += e->weight * scale;
      }
    }
  }
}

void LinearModel::Prefetch(std::span<const FeatureId> features) const {
  if (slots_.empty()) return;
  const size_t mask = slots_.size() - 1;
  for (FeatureId f : features) __builtin_prefetch(&slots_[static_cast<size_t>(f) & mask]);
}

void LinearModel::AppendTo(std::string* out) const {
  PutFixed32(out, static_cast<uint32_t>(classes_));
  PutFloat(out, scale_);
  PutFixed64(out, used_);
  for (const Slot& slot : slots_) {
    if (slot.key == 0) continue;
    PutFixed64(out, slot.key);
    PutFixed16(out, slot.count);
    for (uint32_t i = slot.begin, e = slot.begin + slot.count; i < e; ++i) {
      PutFixed16(out, entries_[i].cls);
      PutFixed16(out, static_cast<uint16_t>(entries_[i].weight));
    }
  }
}

Result<LinearModel> LinearModel::ReadFrom(std::string_view* in) {
  Decoder d(*in);
  uint32_t classes = 0;
  float scale = 0;
  uint64_t features = 0;
  if (!d.GetFixed32(&classes) || !d.GetFloat(&scale) || !d.GetFixed64(&features) ||
      classes == 0 || classes > 65535 || !(scale > 0) || features > d.remaining() / 10) {
    return Status::Corruption("linear model: bad header");
  }
  LinearModel m;
  m.classes_ = static_cast<int>(classes);
  m.scale_ = scale;
  size_t capacity = 16;
  while (capacity < features * 2) capacity *= 2;
  m.slots_.assign(capacity, Slot{});
  // Each weight entry takes 4 bytes: reserve for all that can follow.
  m.entries_.reserve(d.remaining() / 4);
  for (uint64_t k = 0; k < features; ++k) {
    uint64_t id = 0;
    uint16_t n = 0;
    if (!d.GetFixed64(&id) || !d.GetFixed16(&n) || id == 0) {
      return Status::Corruption("linear model: truncated feature table");
    }
    const auto begin = static_cast<uint32_t>(m.entries_.size());
    for (uint16_t i = 0; i < n; ++i) {
      uint16_t cls = 0, w = 0;
      if (!d.GetFixed16(&cls) || !d.GetFixed16(&w) || cls >= classes) {
        return Status::Corruption("linear model: bad weight entry");
      }
      m.entries_.push_back({cls, static_cast<int16_t>(w)});
    }
    if (m.Find(id) >= 0) return Status::Corruption("linear model: duplicate feature");
    m.Insert(id, begin, n);
  }
  m.BuildDenseRows();
  *in = d.rest();
  return m;
}

}  // namespace dyad::nlp
