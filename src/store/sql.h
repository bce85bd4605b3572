// Internal to store/: the one thing a back end provides. Everything the store
// does (schema migrations, idempotent puts, deduplication, queries, export)
// is written once, in the SQL both SQLite and PostgreSQL read alike, over a
// SqlConnection; a back end only opens a connection, runs statements and
// says how its dialect differs. The same code over both engines is what makes
// "same corpus, same counts, same query results" hold by construction.
//
// Placeholders are written ?1, ?2, ... (SQLite's numbered form); the
// PostgreSQL connection rewrites them as $1, $2, ... . Results come back as
// Values: integers as int64_t, floating columns as double, text as string,
// NULL as monostate. Aggregates differ in type between engines (sum() of an
// integer column is numeric in PostgreSQL), so readers take numbers with
// AsInt/AsDouble, which accept either.
#ifndef DYAD_STORE_SQL_H_
#define DYAD_STORE_SQL_H_

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <variant>
#include <vector>

#include "base/status.h"

namespace dyad::store {

// A value bound to a statement or read from a row.
using Value = std::variant<std::monostate, int64_t, double, std::string>;
using Row = std::vector<Value>;

// Called for each result row; return false to stop reading rows.
using RowCallback = std::function<bool(const Row&)>;

// Number and text from a Value: 0 / "" for NULL; AsInt truncates a double,
// AsDouble widens an integer; a text column is parsed.
int64_t AsInt(const Value& v);
double AsDouble(const Value& v);
std::string AsText(const Value& v);
inline bool IsNull(const Value& v) { return std::holds_alternative<std::monostate>(v); }

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;

  // Runs one statement with its ?N placeholders bound to params (params[0]
  // is ?1), calling on_row (if given) for each row it returns. The
  // connection may keep statements prepared by their text: callers should
  // reuse one SQL text with different parameters rather than format values
  // into it. kIOError naming the store and the statement on failure.
  virtual Status Run(std::string_view sql, const std::vector<Value>& params,
                     const RowCallback& on_row = nullptr) = 0;

  // As Run, but planned afresh for this one execution rather than kept
  // prepared: for the statements dedup runs at each commit over tables that
  // grow from nothing, whose best plan changes as they grow (PostgreSQL keeps
  // a prepared statement's plan; one made when events was empty scans it
  // whole at every later commit). SQLite plans without table statistics, so
  // there it is Run.
  virtual Status RunOnce(std::string_view sql, const std::vector<Value>& params,
                         const RowCallback& on_row = nullptr) {
    return Run(sql, params, on_row);
  }

  // Limits each later statement to `ms` milliseconds of running (0: no
  // limit); one that runs longer fails with kDeadlineExceeded. For readers
  // that answer requests (dyad serve); the store's writers set none.
  virtual Status SetStatementTimeout(int ms) = 0;

  // Inserts rows (each with one value per column) into table, inside the
  // caller's transaction. The default runs one prepared INSERT per row; a
  // back end with a faster bulk path (multi-row VALUES, COPY) overrides it.
  virtual Status InsertRows(const char* table, const std::vector<const char*>& columns,
                            const std::vector<Row>& rows);

  // Runs sql and returns the first column of its first row (0 when none).
  Result<int64_t> QueryInt(std::string_view sql, const std::vector<Value>& params = {});

  // "sqlite" or "postgresql".
  virtual const char* backend() const = 0;

  // The statement that opens a write transaction: SQLite's "BEGIN IMMEDIATE"
  // takes the write lock at once (no deadlock between two writers); a
  // PostgreSQL "BEGIN".
  virtual const char* begin_sql() const = 0;

  // Whether the database holds tables but no dyad schema (then Open refuses
  // it as kCorruption rather than adding tables to someone else's database),
  // and marking a database as a dyad store after the first migration (SQLite
  // sets its application_id; PostgreSQL needs nothing beyond schema_version).
  virtual Result<bool> HoldsForeignData() = 0;
  virtual Status MarkAsStore() = 0;

  // Whether a table exists (schema_version before the first migration).
  virtual Result<bool> HasTable(std::string_view name) = 0;

  // The target, for messages ("dyad.db", "postgresql://host/db" without
  // its password).
  virtual const std::string& target() const = 0;

 private:
  // InsertRows' statements by table and column list.
  std::map<std::tuple<const char*, const char*, size_t>, std::string> insert_sql_;
};

// "INSERT INTO table (c1, ...) VALUES (?1, ...)".
std::string InsertSql(const char* table, const std::vector<const char*>& columns);

}  // namespace dyad::store

#endif  // DYAD_STORE_SQL_H_
