// Internal to serve/: answers already computed, by their request's
// normalised key (params.h CanonicalKey), valid for one generation of the
// store. The server bumps the generation when it writes and when it sees
// another process's write (ChangeStamp), which empties the cache. Bounded:
// at most `capacity` entries, the least recently used going first.
//
//   ResponseCache cache(4096);
//   if (auto hit = cache.Get(key, gen)) return *hit;
//   cache.Put(key, gen, body);
//
// Thread-safe.
#ifndef DYAD_SERVE_RESPONSE_CACHE_H_
#define DYAD_SERVE_RESPONSE_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace dyad::serve {

class ResponseCache {
 public:
  explicit ResponseCache(size_t capacity) : capacity_(capacity) {}

  // The body stored under key for this generation; null when none (an
  // entry of an older generation is dropped).
  std::shared_ptr<const std::string> Get(const std::string& key, uint64_t generation);

  // Stores body under key; evicts the least recently used entry when full.
  // A body of an older generation than the cache has seen is not kept.
  void Put(const std::string& key, uint64_t generation, std::string body);

  size_t size() const;
  int64_t hits() const;
  int64_t misses() const;

 private:
  struct Entry {
    std::string key;
    uint64_t generation;
    std::shared_ptr<const std::string> body;
  };
  const size_t capacity_;
  mutable std::mutex mu_;
  std::list<Entry> lru_;                                                  // GUARDED_BY(mu_), newest first
  std::unordered_map<std::string, std::list<Entry>::iterator> by_key_;  // GUARDED_BY(mu_)
  uint64_t newest_generation_ = 0;                                        // GUARDED_BY(mu_)
  int64_t hits_ = 0, misses_ = 0;                                         // GUARDED_BY(mu_)
};

}  // namespace dyad::serve

#endif  // DYAD_SERVE_RESPONSE_CACHE_H_
