// LRU cache of answers by generation (response_cache.h).
#include "serve/response_cache.h"

namespace dyad::serve {

std::shared_ptr<const std::string> ResponseCache::Get(const std::string& key, uint64_t generation) {
  std::lock_guard<std::mutex> lock(mu_);
  if (generation > newest_generation_) {
    // The store changed: every entry is stale.
    newest_generation_ = generation;
    lru_.clear();
    by_key_.clear();
  }
  auto it = by_key_.find(key);
  if (it == by_key_.end()) {
    ++misses_;
    return nullptr;
  }
  if (it->second->generation != generation) {
    lru_.erase(it->second);
    by_key_.erase(it);
    ++misses_;
    return nullptr;
  }
  lru_.splice(lru_.begin(), lru_, it->second);
  ++hits_;
  return it->second->body;
}

void ResponseCache::Put(const std::string& key, uint64_t generation, std::string body) {
  if (capacity_ == 0) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (generation < newest_generation_) return;
  if (generation > newest_generation_) {
    // The store changed: every entry is stale.
    newest_generation_ = generation;
    lru_.clear();
    by_key_.clear();
  }
  auto body_ptr = std::make_shared<const std::string>(std::move(body));
  auto it = by_key_.find(key);
  if (it != by_key_.end()) {
    it->second->body = std::move(body_ptr);
    it->second->generation = generation;
    lru_.splice(lru_.begin(), lru_, it->second);
    return;
  }
  lru_.push_front(Entry{key, generation, std::move(body_ptr)});
  by_key_[key] = lru_.begin();
  while (lru_.size() > capacity_) {
    by_key_.erase(lru_.back().key);
    lru_.pop_back();
  }
}

size_t ResponseCache::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return lru_.size();
}
int64_t ResponseCache::hits() const {
  std::lock_guard<std::mutex> lock(mu_);
  return hits_;
}
int64_t ResponseCache::misses() const {
  std::lock_guard<std::mutex> lock(mu_);
  return misses_;
}

}  // namespace dyad::serve
