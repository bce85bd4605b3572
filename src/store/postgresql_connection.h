// Internal to store/: a SqlConnection (sql.h) over libpq, the PostgreSQL
// client library. It is the whole PostgreSQL back end: the store's logic is
// shared with SQLite and runs over this connection unchanged.
//
//   auto conn = OpenPostgresqlConnection("postgresql://me@localhost/events", 10000);
//   if (!conn.ok()) return conn.status();
//   Status s = (*conn)->Run("SELECT count(*) FROM events WHERE code = ?1",
//                           {Value{std::string("042")}}, on_row);
//
// How the SQLite dialect of sql.h becomes PostgreSQL's:
// - ?N placeholders are rewritten $N (outside quoted literals and names);
//   each SQL text is prepared once, on first use, and run by name after.
//   Parameter types are left to the server to infer; a statement whose
//   parameter types cannot be inferred (`?1 IS NULL`) is prepared again with
//   the types of the values bound the first time (int8, float8, text).
// - Values are sent and read as text. Columns come back by type: int2, int4,
//   int8 and bool as int64_t (bool as 0/1, as SQLite answers EXISTS), float4,
//   float8 and numeric as double, NULL as monostate, anything else as text.
// - InsertRows runs one COPY ... FROM STDIN per call (one round trip for any
//   number of rows), inside the caller's transaction.
// - A busy timeout becomes lock_timeout (at least 1 ms: PostgreSQL reads 0
//   as "wait forever"). Server notices are dropped, never printed.
//
// Thread-safety: a connection is not thread-safe; use one per thread.
#ifndef DYAD_STORE_POSTGRESQL_CONNECTION_H_
#define DYAD_STORE_POSTGRESQL_CONNECTION_H_

#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"
#include "store/sql.h"

namespace dyad::store {

// Connects to the server of a "postgresql://" or "postgres://" URL (libpq's
// URI form: postgresql://user@host:port/dbname?param=value; a password is
// better given in PGPASSWORD or ~/.pgpass than in the URL). The caller owns
// the connection; it closes when dropped.
// Errors: kInvalidArgument for a target that is not such a URL; kIOError
// when the server cannot be reached or refuses the login, naming the target
// without its password and saying what to check.
Result<std::unique_ptr<SqlConnection>> OpenPostgresqlConnection(const std::string& url,
                                                                int busy_timeout_ms);

// Exposed for tests.

// The URL with its password removed, both "user:secret@" and a
// "password=secret" parameter: fit for messages.
std::string RedactPassword(std::string_view url);

// The SQL with each ?N placeholder written $N, except inside '...' literals
// and "..." names. A '?' not followed by a digit is left as it is.
std::string RewritePlaceholders(std::string_view sql);

// Appends one field of a COPY text-format row: \N for NULL; backslash, tab,
// newline and carriage return escaped.
void AppendCopyField(const Value& v, std::string* out);

}  // namespace dyad::store

#endif  // DYAD_STORE_POSTGRESQL_CONNECTION_H_
