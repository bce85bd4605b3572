// Test-only: each PostgreSQL test case gets a schema of its own, so that
// cases (and ctest's parallel processes) never see each other's tables.
// The server comes from DYAD_TEST_POSTGRESQL (scripts/pg-test-server.sh
// start prints a URL for it); without it the PostgreSQL cases skip.
//
//   std::string base = PostgresqlTestUrl();
//   if (base.empty()) GTEST_SKIP() << kPostgresqlSkipMessage;
//   auto schema = ScratchSchema::Create(base);   // CREATE SCHEMA dyad_t_...
//   ... open (*schema)->url() ...                // search_path is that schema
//   // dropped (CASCADE) when *schema goes away
//
// The URL selects the schema with libpq's options parameter
// (?options=-csearch_path%3D<name>), so every connection opened with it,
// including a dyad process started by a test, works inside that schema.
#ifndef DYAD_STORE_PG_TEST_SCHEMA_H_
#define DYAD_STORE_PG_TEST_SCHEMA_H_

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <random>
#include <string>

#include "store/postgresql_connection.h"

namespace dyad::store {

inline constexpr char kPostgresqlSkipMessage[] =
    "PostgreSQL cases skipped: set DYAD_TEST_POSTGRESQL to a server's URL to run them "
    "(scripts/pg-test-server.sh start prints one)";

// The URL in DYAD_TEST_POSTGRESQL, or "" when unset.
inline std::string PostgresqlTestUrl() {
  const char* url = std::getenv("DYAD_TEST_POSTGRESQL");
  return url != nullptr ? url : "";
}

class ScratchSchema {
 public:
  // Creates a new, empty schema on the server of base_url. kIOError when
  // the server cannot be reached.
  static Result<std::unique_ptr<ScratchSchema>> Create(const std::string& base_url) {
    static std::atomic<int> counter{0};
    std::random_device rd;
    const std::string name = "dyad_t_" + std::to_string(getpid()) + "_" +
                             std::to_string(counter++) + "_" + std::to_string(rd() % 100000);
    auto conn = OpenPostgresqlConnection(base_url, 10000);
    if (!conn.ok()) return conn.status();
    if (Status s = (*conn)->Run("CREATE SCHEMA " + name, {}); !s.ok()) return s;
    const char sep = base_url.find('?') == std::string::npos ? '?' : '&';
    const std::string url = base_url + sep + "options=-csearch_path%3D" + name;
    return std::unique_ptr<ScratchSchema>(new ScratchSchema(std::move(*conn), name, url));
  }

  ~ScratchSchema() { (void)admin_->Run("DROP SCHEMA " + name_ + " CASCADE", {}); }

  // The base URL with this schema as search_path.
  const std::string& url() const { return url_; }
  const std::string& name() const { return name_; }

 private:
  ScratchSchema(std::unique_ptr<SqlConnection> admin, std::string name, std::string url)
      : admin_(std::move(admin)), name_(std::move(name)), url_(std::move(url)) {}
  ScratchSchema(const ScratchSchema&) = delete;
  ScratchSchema& operator=(const ScratchSchema&) = delete;

  std::unique_ptr<SqlConnection> admin_;
  std::string name_, url_;
};

}  // namespace dyad::store

#endif  // DYAD_STORE_PG_TEST_SCHEMA_H_
