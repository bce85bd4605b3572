// SqlConnection over SQLite: one connection, statements prepared once per
// SQL text and kept for the life of the connection.
#include "store/sqlite_connection.h"

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <unordered_map>

namespace dyad::store {
namespace {

class SqliteConnection final : public SqlConnection {
 public:
  SqliteConnection(sqlite3* db, std::string target) : db_(db), target_(std::move(target)) {}
  ~SqliteConnection() override {
    // Statements first: sqlite3_close fails while any is unfinalized.
    for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
    sqlite3_close(db_);
  }

  Status Init() {
    // Outside any transaction: these cannot change inside one.
    for (const char* pragma : {
             "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
             // In WAL mode NORMAL keeps the store consistent after a crash;
             // only the last commits can be lost on power failure.
             "PRAGMA synchronous = NORMAL",
             // A batch's dirty pages stay in memory until its commit: with
             // SQLite's default 2 MB cache they spill to the WAL mid-batch.
             "PRAGMA cache_size = -65536",
             // Temporary tables (dedup's touched keys) stay in memory.
             "PRAGMA temp_store = MEMORY"}) {
      if (Status s = Run(pragma, {}); !s.ok()) return s;
    }
    return Status::Ok();
  }

  Status Run(std::string_view sql, const std::vector<Value>& params,
             const RowCallback& on_row = nullptr) override {
    Result<sqlite3_stmt*> prepared = Prepare(sql);
    if (!prepared.ok()) return prepared.status();
    if (timeout_ms_ > 0) deadline_ = Clock::now() + std::chrono::milliseconds(timeout_ms_);
    sqlite3_stmt* st = *prepared;
    Bind(st, params);
    int rc;
    Row row;
    bool reading = true;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      if (!on_row || !reading) continue;
      ReadRow(st, &row);
      reading = on_row(row);
      if (!reading) break;
    }
    Status status = Status::Ok();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) status = Error(sql);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return status;
  }

  Status SetStatementTimeout(int ms) override {
    timeout_ms_ = ms < 0 ? 0 : ms;
    // The handler runs every 1000 virtual machine steps (some microseconds)
    // and interrupts the statement once its deadline has passed.
    sqlite3_progress_handler(db_, timeout_ms_ > 0 ? 1000 : 0, timeout_ms_ > 0 ? &PastDeadline : nullptr, this);
    return Status::Ok();
  }

  const char* backend() const override { return "sqlite"; }
  const char* begin_sql() const override { return "BEGIN IMMEDIATE"; }
  const std::string& target() const override { return target_; }

  Result<bool> HoldsForeignData() override {
    Result<int64_t> app = QueryInt("PRAGMA application_id");
    if (!app.ok()) return app.status();
    if (*app != 0) return *app != kSqliteApplicationId;
    Result<bool> has_version = HasTable("schema_version");
    if (!has_version.ok()) return has_version.status();
    Result<int64_t> tables = QueryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
    if (!tables.ok()) return tables.status();
    return !*has_version && *tables > 0;
  }

  Status MarkAsStore() override {
    return Run("PRAGMA application_id = " + std::to_string(kSqliteApplicationId), {});
  }

  Result<bool> HasTable(std::string_view name) override {
    Result<int64_t> n = QueryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
                                 {Value{std::string(name)}});
    if (!n.ok()) return n.status();
    return *n > 0;
  }

 private:
  Result<sqlite3_stmt*> Prepare(std::string_view sql) {
    auto it = statements_.find(sql);
    if (it != statements_.end()) return it->second;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &st,
                           nullptr) != SQLITE_OK) {
      return Error(sql);
    }
    statements_.emplace(std::string(sql), st);
    return st;
  }

  static void Bind(sqlite3_stmt* st, const std::vector<Value>& params) {
    for (size_t i = 0; i < params.size(); ++i) {
      const int col = static_cast<int>(i) + 1;
      const Value& v = params[i];
      if (const auto* n = std::get_if<int64_t>(&v)) {
        sqlite3_bind_int64(st, col, *n);
      } else if (const auto* d = std::get_if<double>(&v)) {
        sqlite3_bind_double(st, col, *d);
      } else if (const auto* t = std::get_if<std::string>(&v)) {
        // The Value outlives the step: no copy.
        sqlite3_bind_text(st, col, t->data(), static_cast<int>(t->size()), SQLITE_STATIC);
      } else {
        sqlite3_bind_null(st, col);
      }
    }
  }

  static void ReadRow(sqlite3_stmt* st, Row* row) {
    const int n = sqlite3_column_count(st);
    row->resize(n);
    for (int i = 0; i < n; ++i) {
      switch (sqlite3_column_type(st, i)) {
        case SQLITE_INTEGER: (*row)[i] = static_cast<int64_t>(sqlite3_column_int64(st, i)); break;
        case SQLITE_FLOAT: (*row)[i] = sqlite3_column_double(st, i); break;
        case SQLITE_NULL: (*row)[i] = std::monostate{}; break;
        default: {
          const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(st, i));
          (*row)[i] = std::string(t, sqlite3_column_bytes(st, i));
        }
      }
    }
  }

  using Clock = std::chrono::steady_clock;

  static int PastDeadline(void* self) {
    return Clock::now() > static_cast<SqliteConnection*>(self)->deadline_ ? 1 : 0;
  }

  Status Error(std::string_view sql) const {
    const int code = sqlite3_errcode(db_);
    std::string where = target_ + ": " + sqlite3_errmsg(db_) + " (" + std::string(sql) + ")";
    if (code == SQLITE_INTERRUPT && timeout_ms_ > 0) {
      return Status::DeadlineExceeded(where + "; over the " + std::to_string(timeout_ms_) + " ms limit");
    }
    if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) {
      return Status::Corruption(where + "; not a dyad store");
    }
    return Status::IOError(where);
  }

  sqlite3* db_;
  std::string target_;
  int timeout_ms_ = 0;  // 0: statements run as long as they take.
  Clock::time_point deadline_{};
  // Found by the SQL's text without copying it (several lookups per article).
  struct TextHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, sqlite3_stmt*, TextHash, std::equal_to<>> statements_;
};

}  // namespace

Result<std::unique_ptr<SqlConnection>> OpenSqliteConnection(const std::string& path,
                                                            bool must_exist, int busy_timeout_ms) {
  std::error_code ec;
  if (must_exist && !std::filesystem::exists(path, ec)) {
    return Status::NotFound(path + ": no such store");
  }
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | (must_exist ? 0 : SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string m = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::IOError(path + ": cannot open: " + m);
  }
  sqlite3_busy_timeout(db, busy_timeout_ms);
  sqlite3_extended_result_codes(db, 0);
  auto connection = std::make_unique<SqliteConnection>(db, path);
  if (Status s = connection->Init(); !s.ok()) return s;
  return std::unique_ptr<SqlConnection>(std::move(connection));
}

}  // namespace dyad::store
