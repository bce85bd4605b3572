// The PostgreSQL connection: the dialect rewrites (no server needed), then,
// when DYAD_TEST_POSTGRESQL names a server, statements, types, COPY and the
// schema's migrations against it, each case in a schema of its own.
#include "store/postgresql_connection.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/pg_test_schema.h"
#include "store/schema.h"

namespace dyad::store {
namespace {

#define ASSERT_OK(expr)                    \
  do {                                     \
    const ::dyad::Status _s = (expr);      \
    ASSERT_TRUE(_s.ok()) << _s.ToString(); \
  } while (0)

TEST(PostgresqlDialect, RewritesPlaceholdersOutsideQuotes) {
  const struct {
    const char* in;
    const char* out;
  } cases[] = {
      {"SELECT ?1", "SELECT $1"},
      {"WHERE a = ?1 AND b = ?12", "WHERE a = $1 AND b = $12"},
      {"WHERE a = '?1' AND b = ?2", "WHERE a = '?1' AND b = $2"},
      {"WHERE a = 'it''s ?1' AND b = ?2", "WHERE a = 'it''s ?1' AND b = $2"},
      {"SELECT \"odd?1\" FROM t WHERE x = ?1", "SELECT \"odd?1\" FROM t WHERE x = $1"},
      {"SELECT j ? 'k' FROM t", "SELECT j ? 'k' FROM t"},
      {"", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(RewritePlaceholders(c.in), c.out) << c.in;
}

TEST(PostgresqlDialect, RedactsPasswords) {
  const struct {
    const char* in;
    const char* out;
  } cases[] = {
      {"postgresql://me:secret@host:5432/db", "postgresql://me@host:5432/db"},
      {"postgres://me:s:e@c@host/db", "postgres://me@host/db"},
      {"postgresql://me@host/db", "postgresql://me@host/db"},
      {"postgresql://host/db?password=secret&sslmode=off",
       "postgresql://host/db?password=...&sslmode=off"},
      {"postgresql://host/db?sslmode=off&password=secret", "postgresql://host/db?sslmode=off&password=..."},
      {"postgresql://host:5432", "postgresql://host:5432"},
  };
  for (const auto& c : cases) EXPECT_EQ(RedactPassword(c.in), c.out) << c.in;
}

TEST(PostgresqlDialect, EscapesCopyFields) {
  std::string out;
  for (const Value& v : {Value{}, Value{int64_t{-42}}, Value{0.1}, Value{std::string("a\tb\nc\\d\re")}}) {
    AppendCopyField(v, &out);
    out += '|';
  }
  EXPECT_EQ(out, "\\N|-42|0.10000000000000001|a\\tb\\nc\\\\d\\re|");
}

TEST(PostgresqlConnection, RefusesOtherUrls) {
  auto c = OpenPostgresqlConnection("mysql://me:secret@host/db", 0);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), Status::kInvalidArgument);
  EXPECT_EQ(c.status().message().find("secret"), std::string::npos);
}

TEST(PostgresqlConnection, UnreachableServerIsIOErrorWithoutPassword) {
  // Port 1 on the loopback: nothing listens there, so the refusal is immediate.
  auto c = OpenPostgresqlConnection("postgresql://me:secret@127.0.0.1:1/db?connect_timeout=2", 0);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), Status::kIOError);
  const std::string m = c.status().message();
  EXPECT_EQ(m.find("secret"), std::string::npos) << m;
  EXPECT_NE(m.find("postgresql://me@127.0.0.1:1/db"), std::string::npos) << m;
  EXPECT_NE(m.find("PGPASSWORD"), std::string::npos) << m;
}

// Cases that need a server: each opens a connection inside a fresh schema.
class PostgresqlServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string base = PostgresqlTestUrl();
    if (base.empty()) GTEST_SKIP() << kPostgresqlSkipMessage;
    auto schema = ScratchSchema::Create(base);
    ASSERT_TRUE(schema.ok()) << schema.status().ToString();
    schema_ = std::move(*schema);
    auto conn = OpenPostgresqlConnection(schema_->url(), 1000);
    ASSERT_TRUE(conn.ok()) << conn.status().ToString();
    conn_ = std::move(*conn);
  }

  std::vector<Row> Rows(const std::string& sql, const std::vector<Value>& params = {}) {
    std::vector<Row> rows;
    Status s = conn_->Run(sql, params, [&](const Row& r) {
      rows.push_back(r);
      return true;
    });
    EXPECT_TRUE(s.ok()) << s.ToString();
    return rows;
  }

  std::unique_ptr<ScratchSchema> schema_;
  std::unique_ptr<SqlConnection> conn_;
};

TEST_F(PostgresqlServerTest, ReadsColumnsByType) {
  auto rows = Rows(
      "SELECT ?1::int2, ?2::int4, ?3::bigint, ?4::float8, ?5::real, sum(x), ?6::text, NULL,"
      " EXISTS (SELECT 1), 1 = 2, 'x'::char(3) FROM (VALUES (1::bigint), (2)) v(x)",
      {Value{int64_t{7}}, Value{int64_t{-70000}}, Value{int64_t{1} << 40}, Value{0.1},
       Value{1.5}, Value{std::string("héllo")}});
  ASSERT_EQ(rows.size(), 1u);
  const Row& r = rows[0];
  EXPECT_EQ(std::get<int64_t>(r[0]), 7);
  EXPECT_EQ(std::get<int64_t>(r[1]), -70000);
  EXPECT_EQ(std::get<int64_t>(r[2]), int64_t{1} << 40);
  EXPECT_EQ(std::get<double>(r[3]), 0.1);  // %.17g round-trips exactly.
  EXPECT_EQ(std::get<double>(r[4]), 1.5);
  EXPECT_EQ(std::get<double>(r[5]), 3.0);  // sum(bigint) is numeric.
  EXPECT_EQ(std::get<std::string>(r[6]), "héllo");
  EXPECT_TRUE(IsNull(r[7]));
  EXPECT_EQ(std::get<int64_t>(r[8]), 1);  // bool as SQLite answers it.
  EXPECT_EQ(std::get<int64_t>(r[9]), 0);
  EXPECT_EQ(std::get<std::string>(r[10]), "x  ");
}

TEST_F(PostgresqlServerTest, ReusesPreparedStatementsAndStopsWhenAsked) {
  ASSERT_OK(conn_->Run("CREATE TABLE t (k BIGINT, v TEXT)", {}));
  for (int64_t i = 0; i < 5; ++i) {
    ASSERT_OK(conn_->Run("INSERT INTO t (k, v) VALUES (?1, ?2)", {Value{i}, Value{}}));
  }
  int seen = 0;
  ASSERT_OK(conn_->Run("SELECT k FROM t ORDER BY k", {}, [&](const Row&) { return ++seen < 2; }));
  EXPECT_EQ(seen, 2);
  EXPECT_EQ(*conn_->QueryInt("SELECT count(*) FROM t WHERE v IS NULL"), 5);
  // The server cannot infer ?1's type here alone; the bound value's is used.
  EXPECT_EQ(*conn_->QueryInt("SELECT count(*) FROM t WHERE ?1 IS NULL OR k >= ?1", {Value{int64_t{3}}}),
            2);
  EXPECT_EQ(*conn_->QueryInt("SELECT count(*) FROM t WHERE ?1 IS NULL OR k >= ?1", {Value{}}), 5);
}

// A few rows go in as one multi-row INSERT, many as COPY: both keep every
// value as it was.
TEST_F(PostgresqlServerTest, InsertsRowsWithAwkwardText) {
  ASSERT_OK(conn_->Run("CREATE TABLE t (k BIGINT PRIMARY KEY, d DOUBLE PRECISION, v TEXT)", {}));
  const std::vector<std::string> texts = {"tab\there", "line\nbreak\r\n", "back\\slash \\N",
                                          "", "ünïcödé ✓", "quote ' and \"", "?1 $1"};
  for (size_t n : {size_t{8}, size_t{200}}) {
    ASSERT_OK(conn_->Run("DELETE FROM t", {}));
    std::vector<Row> rows;
    for (size_t i = 0; i + 1 < n; ++i) {
      rows.push_back({Value{static_cast<int64_t>(i)}, Value{i * 0.1}, Value{texts[i % texts.size()]}});
    }
    rows.push_back({Value{int64_t{100000}}, Value{}, Value{}});
    ASSERT_OK(conn_->Run("BEGIN", {}));
    ASSERT_OK(conn_->InsertRows("t", {"k", "d", "v"}, rows));
    ASSERT_OK(conn_->Run("COMMIT", {}));
    auto back = Rows("SELECT k, d, v FROM t ORDER BY k");
    ASSERT_EQ(back.size(), rows.size());
    for (size_t i = 0; i < rows.size(); ++i) EXPECT_EQ(back[i], rows[i]) << n << " rows, row " << i;
  }
}

TEST_F(PostgresqlServerTest, InsertErrorIsStatusAndTheConnectionGoesOn) {
  ASSERT_OK(conn_->Run("CREATE TABLE t (k BIGINT PRIMARY KEY)", {}));
  ASSERT_OK(conn_->Run("BEGIN", {}));
  ASSERT_OK(conn_->Run("SAVEPOINT a", {}));
  // Both paths: a multi-row INSERT and a COPY.
  for (size_t n : {size_t{2}, size_t{100}}) {
    std::vector<Row> rows(n, Row{Value{int64_t{1}}});
    Status s = conn_->InsertRows("t", {"k"}, rows);
    EXPECT_EQ(s.code(), Status::kIOError);
    EXPECT_NE(s.message().find("duplicate key"), std::string::npos) << s.ToString();
    ASSERT_OK(conn_->Run("ROLLBACK TO a", {}));
  }
  ASSERT_OK(conn_->Run("ROLLBACK TO a", {}));
  ASSERT_OK(conn_->InsertRows("t", {"k"}, {{Value{int64_t{2}}}}));
  ASSERT_OK(conn_->Run("COMMIT", {}));
  EXPECT_EQ(*conn_->QueryInt("SELECT sum(k) FROM t"), 2);
  // A bad statement names itself and the target.
  Status bad = conn_->Run("SELECT nope FROM t", {});
  EXPECT_EQ(bad.code(), Status::kIOError);
  EXPECT_NE(bad.message().find("SELECT nope FROM t"), std::string::npos) << bad.ToString();
  EXPECT_NE(bad.message().find(conn_->target()), std::string::npos) << bad.ToString();
}

TEST_F(PostgresqlServerTest, TellsStoresFromForeignData) {
  EXPECT_FALSE(*conn_->HoldsForeignData());
  EXPECT_FALSE(*conn_->HasTable("schema_version"));
  ASSERT_OK(conn_->Run("CREATE TABLE somebody_elses (x INTEGER)", {}));
  EXPECT_TRUE(*conn_->HoldsForeignData());
  ASSERT_OK(conn_->Run("CREATE TABLE schema_version (version INTEGER NOT NULL)", {}));
  EXPECT_TRUE(*conn_->HasTable("schema_version"));
  EXPECT_FALSE(*conn_->HoldsForeignData());
  ASSERT_OK(conn_->MarkAsStore());
  EXPECT_STREQ(conn_->backend(), "postgresql");
  EXPECT_STREQ(conn_->begin_sql(), "BEGIN");
}

// The schema's SQL is shared with SQLite: every migration must run on
// PostgreSQL as written, and the rows of a coded article must fit it.
TEST_F(PostgresqlServerTest, MigrationsRunUnchanged) {
  ASSERT_OK(conn_->Run(conn_->begin_sql(), {}));
  for (const Migration& m : Migrations()) {
    for (const char* sql : m.statements) ASSERT_OK(conn_->Run(sql, {}));
  }
  ASSERT_OK(conn_->Run("COMMIT", {}));
  EXPECT_TRUE(*conn_->HasTable("mentions"));
  const std::vector<std::string> tables = {"articles", "events", "mentions"};
  const std::vector<const std::vector<const char*>*> columns = {&kArticleColumns, &kEventColumns,
                                                                &kMentionColumns};
  for (size_t t = 0; t < tables.size(); ++t) {
    EXPECT_EQ(*conn_->QueryInt("SELECT count(*) FROM information_schema.columns"
                               " WHERE table_schema = current_schema() AND table_name = ?1",
                               {Value{tables[t]}}),
              static_cast<int64_t>(columns[t]->size()))
        << tables[t];
  }
}

}  // namespace
}  // namespace dyad::store
