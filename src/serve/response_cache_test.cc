// The response cache: hits, generations and its bound.
#include "serve/response_cache.h"

#include <gtest/gtest.h>

namespace dyad::serve {
namespace {

TEST(ResponseCache, HitsWithinAGeneration) {
  ResponseCache cache(10);
  EXPECT_EQ(cache.Get("a", 1), nullptr);
  cache.Put("a", 1, "A");
  ASSERT_NE(cache.Get("a", 1), nullptr);
  EXPECT_EQ(*cache.Get("a", 1), "A");
  EXPECT_EQ(cache.Get("a", 2), nullptr);  // the store changed
  cache.Put("a", 1, "old");               // a late answer of the old store is not kept
  EXPECT_EQ(cache.Get("a", 1), nullptr);
  EXPECT_EQ(cache.hits(), 2);
}

TEST(ResponseCache, NewGenerationEmptiesIt) {
  ResponseCache cache(10);
  cache.Put("a", 1, "A");
  cache.Put("b", 1, "B");
  cache.Put("c", 2, "C");
  EXPECT_EQ(cache.size(), 1u);
}

TEST(ResponseCache, EvictsTheLeastRecentlyUsed) {
  ResponseCache cache(2);
  cache.Put("a", 1, "A");
  cache.Put("b", 1, "B");
  EXPECT_NE(cache.Get("a", 1), nullptr);  // a is used; b is now the oldest
  cache.Put("c", 1, "C");
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_EQ(cache.Get("b", 1), nullptr);
  EXPECT_NE(cache.Get("a", 1), nullptr);
  EXPECT_NE(cache.Get("c", 1), nullptr);
  ResponseCache none(0);
  none.Put("a", 1, "A");
  EXPECT_EQ(none.Get("a", 1), nullptr);
}

}  // namespace
}  // namespace dyad::serve
