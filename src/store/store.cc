// EventStore::Open chooses the back end; TextHash (store.h).
#include <cstdio>

#include "store/postgresql_connection.h"
#include "store/sql_store.h"
#include "store/sqlite_connection.h"
#include "store/store.h"

namespace dyad::store {

std::string TextHash(std::string_view text) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a, 64 bits.
  for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
  char buf[32];
  std::snprintf(buf, sizeof buf, "fnv1a64:%016llx", static_cast<unsigned long long>(h));
  return buf;
}

Result<std::unique_ptr<EventStore>> EventStore::Open(const StoreOptions& options) {
  if (options.target.empty()) return Status::InvalidArgument("store: empty target");
  if (options.batch_articles < 1) {
    return Status::InvalidArgument("store: batch_articles must be at least 1");
  }
  if (options.busy_timeout_ms < 0) {
    return Status::InvalidArgument("store: busy_timeout_ms must not be negative");
  }
  if (options.query_timeout_ms < 0) {
    return Status::InvalidArgument("store: query_timeout_ms must not be negative");
  }
  const std::string_view t = options.target;
  const bool postgresql = t.starts_with("postgresql://") || t.starts_with("postgres://");
  if (!postgresql && t.find("://") != std::string_view::npos) {
    return Status::InvalidArgument(options.target +
                                   ": not a store target (a file path, or postgresql://...)");
  }
  if (options.dedup && options.dedup->window_days < 0) {
    return Status::InvalidArgument("store: the dedup window must not be negative");
  }
  Result<std::unique_ptr<SqlConnection>> connection =
      postgresql ? OpenPostgresqlConnection(options.target, options.busy_timeout_ms)
                 : OpenSqliteConnection(options.target, options.must_exist, options.busy_timeout_ms);
  if (!connection.ok()) return connection.status();
  if (postgresql && options.must_exist) {
    // A server's database always exists; a store in it is its schema_version.
    Result<bool> store = (*connection)->HasTable("schema_version");
    if (!store.ok()) return store.status();
    if (!*store) return Status::NotFound((*connection)->target() + ": no dyad store there");
  }
  Result<std::unique_ptr<EventStore>> store = OpenSqlStore(std::move(*connection), options);
  if (!store.ok() || options.query_timeout_ms == 0) return store;
  if (Status s = (*store)->connection().SetStatementTimeout(options.query_timeout_ms); !s.ok()) return s;
  return store;
}

}  // namespace dyad::store
