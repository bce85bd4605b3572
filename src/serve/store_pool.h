// Internal to serve/: a fixed set of read connections to the store, lent
// to one request at a time. An EventStore serves one thread at a time
// (store.h); the pool lets N queries run at once and makes the rest wait.
//
//   auto pool = StorePool::Open(options, 4);
//   StorePool::Lease lease = (*pool)->Acquire();
//   store::QuerySeries(*lease, query);
//
// Thread-safe.
#ifndef DYAD_SERVE_STORE_POOL_H_
#define DYAD_SERVE_STORE_POOL_H_

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

#include "base/status.h"
#include "store/store.h"

namespace dyad::serve {

class StorePool {
 public:
  // Opens n stores with these options (must_exist is set). Errors as
  // EventStore::Open's.
  static Result<std::unique_ptr<StorePool>> Open(store::StoreOptions options, int n);

  // A borrowed store, returned to the pool when the lease goes.
  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<store::EventStore> s) : pool_(pool), store_(std::move(s)) {}
    ~Lease() {
      if (store_) pool_->Release(std::move(store_));
    }
    Lease(Lease&&) = default;
    store::EventStore& operator*() { return *store_; }
    store::EventStore* operator->() { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<store::EventStore> store_;
  };

  // Waits for a free store.
  Lease Acquire();

 private:
  StorePool() = default;
  void Release(std::unique_ptr<store::EventStore> s);

  std::mutex mu_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<store::EventStore>> free_;  // GUARDED_BY(mu_)
};

}  // namespace dyad::serve

#endif  // DYAD_SERVE_STORE_POOL_H_
