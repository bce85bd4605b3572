#include "base/status.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(Status, DefaultIsOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "OK");
}

TEST(Status, CarriesCodeAndMessage) {
  Status s = Status::DataError("feed.jsonl:2: truncated JSON");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::kDataError);
  EXPECT_EQ(s.ToString(), "Data error: feed.jsonl:2: truncated JSON");
}

TEST(Result, HoldsValue) {
  Result<int> r = 42;
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 42);
  EXPECT_TRUE(r.status().ok());
}

TEST(Result, HoldsError) {
  Result<std::string> r = Status::NotFound("x");
  EXPECT_FALSE(r.has_value());
  EXPECT_EQ(r.status().code(), Status::kNotFound);
}

}  // namespace
}  // namespace dyad
