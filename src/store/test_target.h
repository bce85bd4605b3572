// Test-only: a fresh, empty store target on either back end, so that a test
// suite runs its cases on SQLite and (with DYAD_TEST_POSTGRESQL) PostgreSQL.
//
//   class MyTest : public ::testing::TestWithParam<TestBackend> {
//     void SetUp() override {
//       target_ = TestTarget::Create(GetParam());
//       if (target_ == nullptr) GTEST_SKIP() << kPostgresqlSkipMessage;
//     }
//     std::unique_ptr<TestTarget> target_;   // target_->target() for StoreOptions
//   };
//   INSTANTIATE_TEST_SUITE_P(Backends, MyTest, kTestBackends, TestBackendName);
#ifndef DYAD_STORE_TEST_TARGET_H_
#define DYAD_STORE_TEST_TARGET_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "store/pg_test_schema.h"

namespace dyad::store {

enum class TestBackend { kSqlite, kPostgresql };

inline const auto kTestBackends = ::testing::Values(TestBackend::kSqlite, TestBackend::kPostgresql);

inline std::string TestBackendName(const ::testing::TestParamInfo<TestBackend>& info) {
  return info.param == TestBackend::kSqlite ? "Sqlite" : "Postgresql";
}

class TestTarget {
 public:
  // A new SQLite file in a temporary directory, or a new PostgreSQL schema;
  // null for PostgreSQL when DYAD_TEST_POSTGRESQL is unset (skip the case).
  static std::unique_ptr<TestTarget> Create(TestBackend backend) {
    auto t = std::unique_ptr<TestTarget>(new TestTarget);
    if (backend == TestBackend::kPostgresql) {
      const std::string base = PostgresqlTestUrl();
      if (base.empty()) return nullptr;
      auto schema = ScratchSchema::Create(base);
      EXPECT_TRUE(schema.ok()) << schema.status().ToString();
      if (!schema.ok()) return nullptr;
      t->schema_ = std::move(*schema);
      t->target_ = t->schema_->url();
      return t;
    }
    char tmpl[] = "/tmp/dyad_store_target_XXXXXX";
    EXPECT_NE(mkdtemp(tmpl), nullptr);
    t->dir_ = tmpl;
    t->target_ = t->dir_ + "/store.db";
    return t;
  }
  ~TestTarget() {
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }
  const std::string& target() const { return target_; }

 private:
  TestTarget() = default;
  std::string dir_, target_;
  std::unique_ptr<ScratchSchema> schema_;
};

}  // namespace dyad::store

#endif  // DYAD_STORE_TEST_TARGET_H_
