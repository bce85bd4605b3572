// Read connections lent one request at a time (store_pool.h).
#include "serve/store_pool.h"

namespace dyad::serve {

Result<std::unique_ptr<StorePool>> StorePool::Open(store::StoreOptions options, int n) {
  if (n < 1) return Status::InvalidArgument("serve: at least one read connection is needed");
  options.must_exist = true;
  std::unique_ptr<StorePool> pool(new StorePool());
  for (int i = 0; i < n; ++i) {
    auto s = store::EventStore::Open(options);
    if (!s.ok()) return s.status();
    pool->free_.push_back(std::move(*s));
  }
  return pool;
}

StorePool::Lease StorePool::Acquire() {
  std::unique_lock<std::mutex> lock(mu_);
  freed_.wait(lock, [&] { return !free_.empty(); });
  std::unique_ptr<store::EventStore> s = std::move(free_.back());
  free_.pop_back();
  return Lease(this, std::move(s));
}

void StorePool::Release(std::unique_ptr<store::EventStore> s) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(std::move(s));
  }
  freed_.notify_one();
}

}  // namespace dyad::serve
