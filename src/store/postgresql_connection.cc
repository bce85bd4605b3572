// SqlConnection over libpq (postgresql_connection.h).
#include "store/postgresql_connection.h"

#include <libpq-fe.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>
#include <vector>

namespace dyad::store {
namespace {

// Type OIDs of the built-in types (catalog/pg_type_d.h; frozen by PostgreSQL).
constexpr Oid kBoolOid = 16, kInt8Oid = 20, kInt2Oid = 21, kInt4Oid = 23, kTextOid = 25,
              kFloat4Oid = 700, kFloat8Oid = 701, kNumericOid = 1700;

// SQLSTATEs of "could not determine data type of parameter $n": ambiguous
// (what `$1 IS NULL OR k >= $1` gets) and indeterminate.
constexpr std::string_view kAmbiguousParameter = "42P08", kIndeterminateDatatype = "42P18";

// A PGresult, cleared when dropped.
class PgResult {
 public:
  explicit PgResult(PGresult* r) : r_(r) {}
  ~PgResult() { PQclear(r_); }
  PgResult(const PgResult&) = delete;
  PgResult& operator=(const PgResult&) = delete;
  PGresult* get() const { return r_; }
  ExecStatusType status() const { return PQresultStatus(r_); }
  std::string_view sqlstate() const {
    const char* s = PQresultErrorField(r_, PG_DIAG_SQLSTATE);
    return s ? s : "";
  }

 private:
  PGresult* r_;
};

// The server's notices (NOTICE, WARNING) would go to stderr by default; the
// library never prints.
void DropNotice(void*, const char*) {}

// Text of a value bound as a parameter or written to COPY.
std::string ParamText(const Value& v) {
  if (const auto* n = std::get_if<int64_t>(&v)) return std::to_string(*n);
  if (const auto* d = std::get_if<double>(&v)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", *d);
    return buf;
  }
  if (const auto* t = std::get_if<std::string>(&v)) return *t;
  return "";
}

Oid TypeOf(const Value& v) {
  if (std::holds_alternative<int64_t>(v)) return kInt8Oid;
  if (std::holds_alternative<double>(v)) return kFloat8Oid;
  return kTextOid;
}

Value ReadCell(const PGresult* r, int row, int col) {
  if (PQgetisnull(r, row, col)) return Value{};
  const char* s = PQgetvalue(r, row, col);
  switch (PQftype(r, col)) {
    case kInt2Oid:
    case kInt4Oid:
    case kInt8Oid:
      return Value{static_cast<int64_t>(std::strtoll(s, nullptr, 10))};
    case kBoolOid:
      return Value{int64_t{s[0] == 't' ? 1 : 0}};
    case kFloat4Oid:
    case kFloat8Oid:
    case kNumericOid:
      return Value{std::strtod(s, nullptr)};
    default:
      return Value{std::string(s, static_cast<size_t>(PQgetlength(r, row, col)))};
  }
}

std::string Trimmed(const char* message) {
  std::string m = message ? message : "";
  while (!m.empty() && std::isspace(static_cast<unsigned char>(m.back()))) m.pop_back();
  return m;
}

class PostgresqlConnection final : public SqlConnection {
 public:
  PostgresqlConnection(PGconn* conn, std::string target) : conn_(conn), target_(std::move(target)) {}
  ~PostgresqlConnection() override { PQfinish(conn_); }

  Status Run(std::string_view sql, const std::vector<Value>& params,
             const RowCallback& on_row) override {
    Result<const std::string*> name = Prepared(sql, params);
    if (!name.ok()) return name.status();
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size());
    for (size_t i = 0; i < params.size(); ++i) {
      if (IsNull(params[i])) continue;  // values[i] stays nullptr: SQL NULL.
      texts[i] = ParamText(params[i]);
      values[i] = texts[i].c_str();
    }
    PgResult r(PQexecPrepared(conn_, (*name)->c_str(), static_cast<int>(params.size()),
                              values.data(), nullptr, nullptr, 0));
    return ReadRows(sql, r, on_row);
  }

  Status RunOnce(std::string_view sql, const std::vector<Value>& params,
                 const RowCallback& on_row) override {
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size());
    for (size_t i = 0; i < params.size(); ++i) {
      if (IsNull(params[i])) continue;
      texts[i] = ParamText(params[i]);
      values[i] = texts[i].c_str();
    }
    const std::string pg_sql = RewritePlaceholders(sql);
    PgResult r(PQexecParams(conn_, pg_sql.c_str(), static_cast<int>(params.size()), nullptr, values.data(),
                            nullptr, nullptr, 0));
    return ReadRows(sql, r, on_row);
  }

  Status ReadRows(std::string_view sql, const PgResult& r, const RowCallback& on_row) {
    if (r.status() != PGRES_COMMAND_OK && r.status() != PGRES_TUPLES_OK) {
      return Error(sql, r.get());
    }
    if (on_row == nullptr) return Status::Ok();
    const int rows = PQntuples(r.get()), cols = PQnfields(r.get());
    Row row(static_cast<size_t>(cols));
    for (int i = 0; i < rows; ++i) {
      for (int c = 0; c < cols; ++c) row[static_cast<size_t>(c)] = ReadCell(r.get(), i, c);
      if (!on_row(row)) break;
    }
    return Status::Ok();
  }

  Status InsertRows(const char* table, const std::vector<const char*>& columns,
                    const std::vector<Row>& rows) override {
    if (rows.empty()) return Status::Ok();
    if (rows.size() >= kCopyFromRows) return Copy(table, columns, rows);
    // One prepared multi-row INSERT: one round trip, where COPY takes two
    // (its start, then the data). An article's rows are few.
    std::string sql = std::string("INSERT INTO ") + table + " (";
    for (size_t i = 0; i < columns.size(); ++i) sql += (i ? ", " : "") + std::string(columns[i]);
    sql += ") VALUES ";
    std::vector<Value> params;
    params.reserve(rows.size() * columns.size());
    for (size_t r = 0; r < rows.size(); ++r) {
      sql += r ? ", (" : "(";
      for (size_t c = 0; c < columns.size(); ++c) {
        sql += (c ? ", ?" : "?") + std::to_string(params.size() + 1);
        params.push_back(rows[r][c]);
      }
      sql += ')';
    }
    return Run(sql, params, nullptr);
  }

  Status SetStatementTimeout(int ms) override {
    return RunOnce("SET statement_timeout = " + std::to_string(ms < 0 ? 0 : ms), {}, nullptr);
  }

  const char* backend() const override { return "postgresql"; }
  const char* begin_sql() const override { return "BEGIN"; }

  Result<bool> HoldsForeignData() override {
    Result<int64_t> tables = QueryInt(
        "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()");
    if (!tables.ok()) return tables.status();
    if (*tables == 0) return false;
    Result<bool> ours = HasTable("schema_version");
    if (!ours.ok()) return ours.status();
    return !*ours;
  }

  // schema_version is the mark: there is no application id to set.
  Status MarkAsStore() override { return Status::Ok(); }

  Result<bool> HasTable(std::string_view name) override {
    Result<int64_t> n = QueryInt(
        "SELECT count(*) FROM pg_catalog.pg_tables"
        " WHERE schemaname = current_schema() AND tablename = ?1",
        {Value{std::string(name)}});
    if (!n.ok()) return n.status();
    return *n > 0;
  }

  const std::string& target() const override { return target_; }

  // Session settings, run once after connecting.
  Status Configure(int busy_timeout_ms) {
    PQsetNoticeProcessor(conn_, DropNotice, nullptr);
    const std::string settings[] = {
        "SET client_min_messages = warning",
        // PostgreSQL reads 0 as "no timeout"; the store's 0 means "fail at once".
        "SET lock_timeout = " + std::to_string(std::max(1, busy_timeout_ms)),
    };
    for (const std::string& sql : settings) {
      PgResult r(PQexec(conn_, sql.c_str()));
      if (r.status() != PGRES_COMMAND_OK) return Error(sql, r.get());
    }
    return Status::Ok();
  }

 private:
  // From this many rows on, InsertRows sends COPY: its two round trips cost
  // less than binding this many rows' values, and no statement is kept per
  // row count. (Below it, one prepared statement per row count, at most
  // kCopyFromRows - 1 of them per table.)
  static constexpr size_t kCopyFromRows = 64;

  // COPY table (columns) FROM STDIN with the rows in text format.
  Status Copy(const char* table, const std::vector<const char*>& columns,
              const std::vector<Row>& rows) {
    std::string copy = std::string("COPY ") + table + " (";
    for (size_t i = 0; i < columns.size(); ++i) copy += (i ? ", " : "") + std::string(columns[i]);
    copy += ") FROM STDIN";
    std::string data;
    for (const Row& row : rows) {
      for (size_t i = 0; i < row.size(); ++i) {
        if (i) data += '\t';
        AppendCopyField(row[i], &data);
      }
      data += '\n';
    }
    PgResult start(PQexec(conn_, copy.c_str()));
    if (start.status() != PGRES_COPY_IN) return Error(copy, start.get());
    // A failed send still ends the COPY, so that the connection stays usable
    // and the server reports what went wrong.
    const bool sent = PQputCopyData(conn_, data.data(), static_cast<int>(data.size())) == 1;
    if (PQputCopyEnd(conn_, sent ? nullptr : "dyad: sending rows failed") != 1) {
      return Error(copy, nullptr);
    }
    Status status = Status::Ok();
    while (PGresult* r = PQgetResult(conn_)) {
      PgResult end(r);
      if (end.status() != PGRES_COMMAND_OK && status.ok()) status = Error(copy, end.get());
    }
    return status;
  }

  // The name of the statement prepared for sql, preparing it on first use.
  Result<const std::string*> Prepared(std::string_view sql, const std::vector<Value>& params) {
    auto it = prepared_.find(std::string(sql));
    if (it != prepared_.end()) return &it->second;
    std::string name = "dyad_" + std::to_string(prepared_.size() + 1);
    const std::string pg_sql = RewritePlaceholders(sql);
    PgResult r(PQprepare(conn_, name.c_str(), pg_sql.c_str(), 0, nullptr));
    if (r.status() != PGRES_COMMAND_OK &&
        (r.sqlstate() == kAmbiguousParameter || r.sqlstate() == kIndeterminateDatatype)) {
      // "?1 IS NULL" and the like: the server cannot tell the type alone.
      std::vector<Oid> types(params.size());
      for (size_t i = 0; i < params.size(); ++i) types[i] = TypeOf(params[i]);
      PgResult typed(PQprepare(conn_, name.c_str(), pg_sql.c_str(), static_cast<int>(types.size()),
                               types.data()));
      if (typed.status() != PGRES_COMMAND_OK) return Error(sql, typed.get());
    } else if (r.status() != PGRES_COMMAND_OK) {
      return Error(sql, r.get());
    }
    return &prepared_.emplace(std::string(sql), std::move(name)).first->second;
  }

  Status Error(std::string_view sql, const PGresult* r) const {
    std::string message = Trimmed(r ? PQresultErrorMessage(r) : PQerrorMessage(conn_));
    if (message.empty()) message = Trimmed(PQerrorMessage(conn_));
    if (PQstatus(conn_) == CONNECTION_BAD) message += " (the connection to the server was lost)";
    // 57014 query_canceled: statement_timeout (SetStatementTimeout) ran out.
    if (r != nullptr) {
      const char* state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
      if (state != nullptr && std::string_view(state) == "57014") {
        return Status::DeadlineExceeded(target_ + ": " + message + " (" + std::string(sql) + ")");
      }
    }
    return Status::IOError(target_ + ": " + message + " (" + std::string(sql) + ")");
  }

  PGconn* conn_;
  const std::string target_;
  // SQL text as the caller wrote it -> name of its prepared statement.
  std::unordered_map<std::string, std::string> prepared_;
};

}  // namespace

std::string RedactPassword(std::string_view url) {
  std::string out(url);
  const size_t scheme = out.find("://");
  if (scheme != std::string::npos) {
    const size_t start = scheme + 3;
    const size_t end = std::min(out.find('/', start), out.find('?', start));
    const size_t at = out.rfind('@', end == std::string::npos ? out.size() : end);
    if (at != std::string::npos && at >= start) {
      const size_t colon = out.find(':', start);
      if (colon != std::string::npos && colon < at) out.erase(colon, at - colon);
    }
  }
  // A password=... parameter, anywhere in the query.
  for (size_t p = out.find("password="); p != std::string::npos; p = out.find("password=", p)) {
    const bool param = p > 0 && (out[p - 1] == '?' || out[p - 1] == '&');
    if (!param) {
      p += 9;
      continue;
    }
    const size_t value = p + 9;
    const size_t end = out.find('&', value);
    out.replace(value, (end == std::string::npos ? out.size() : end) - value, "...");
    p = value;
  }
  return out;
}

std::string RewritePlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 8);
  char quote = 0;  // ' or " while inside a literal or a quoted name.
  for (size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (quote != 0) {
      if (c == quote) quote = 0;  // A doubled quote closes and reopens: same result.
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '?' && i + 1 < sql.size() && std::isdigit(static_cast<unsigned char>(sql[i + 1]))) {
      out += '$';
      continue;
    }
    out += c;
  }
  return out;
}

void AppendCopyField(const Value& v, std::string* out) {
  if (IsNull(v)) {
    *out += "\\N";
    return;
  }
  const auto* t = std::get_if<std::string>(&v);
  if (t == nullptr) {
    *out += ParamText(v);
    return;
  }
  for (char c : *t) {
    switch (c) {
      case '\\': *out += "\\\\"; break;
      case '\t': *out += "\\t"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      default: *out += c;
    }
  }
}

Result<std::unique_ptr<SqlConnection>> OpenPostgresqlConnection(const std::string& url,
                                                                int busy_timeout_ms) {
  const std::string_view u = url;
  if (!u.starts_with("postgresql://") && !u.starts_with("postgres://")) {
    return Status::InvalidArgument(RedactPassword(url) + ": not a postgresql:// URL");
  }
  std::string target = RedactPassword(url);
  // Keywords before dbname are defaults that the URL's own parameters override.
  const char* keys[] = {"connect_timeout", "application_name", "dbname", nullptr};
  const char* values[] = {"10", "dyad", url.c_str(), nullptr};
  PGconn* conn = PQconnectdbParams(keys, values, /*expand_dbname=*/1);
  if (conn == nullptr) return Status::IOError(target + ": cannot connect: out of memory");
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string m = Trimmed(PQerrorMessage(conn));
    PQfinish(conn);
    return Status::IOError(target + ": cannot connect to PostgreSQL: " + m +
                           ". Is the server running and accepting connections at that host and"
                           " port, and does the database exist? If it asks for a password, set"
                           " PGPASSWORD or use ~/.pgpass rather than writing it in the URL.");
  }
  auto c = std::make_unique<PostgresqlConnection>(conn, std::move(target));
  if (Status s = c->Configure(busy_timeout_ms); !s.ok()) return s;
  return std::unique_ptr<SqlConnection>(std::move(c));
}

}  // namespace dyad::store
