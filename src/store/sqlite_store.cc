// EventStore on SQLite: one connection, WAL mode, prepared statements kept
// for the life of the store, batches of articles per transaction and a
// savepoint per article.
#include "store/sqlite_store.h"

#include <sqlite3.h>

#include <filesystem>
#include <string>
#include <vector>

#include "store/schema.h"

namespace dyad::store {
namespace {

// A prepared statement, finalized when dropped.
class Statement {
 public:
  Statement() = default;
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  sqlite3_stmt** out() { return &stmt_; }
  sqlite3_stmt* get() const { return stmt_; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

std::string QuestionMark(int) { return "?"; }

class SqliteStore final : public EventStore {
 public:
  SqliteStore(sqlite3* db, StoreOptions options) : db_(db), options_(std::move(options)) {}
  ~SqliteStore() override {
    if (in_batch_) (void)Commit();
    // Statements first: sqlite3_close fails while any is unfinalized.
    for (Statement* s : {&insert_article_, &insert_event_, &insert_mention_, &contains_,
                         &delete_article_, &begin_, &commit_, &rollback_,
                         &savepoint_, &release_, &rollback_to_}) {
      sqlite3_finalize(s->get());
      *s->out() = nullptr;
    }
    sqlite3_close(db_);
  }

  Status Init() {
    // Outside any transaction: these cannot change inside one.
    if (Status s = Exec("PRAGMA foreign_keys = ON"); !s.ok()) return s;
    if (Status s = Exec("PRAGMA journal_mode = WAL"); !s.ok()) return s;
    // In WAL mode NORMAL keeps the store consistent after a crash; only
    // the last commits can be lost on power failure.
    if (Status s = Exec("PRAGMA synchronous = NORMAL"); !s.ok()) return s;
    // A batch's dirty pages stay in memory until its commit: with SQLite's
    // default 2 MB cache they spill to the WAL mid-batch, page by page.
    if (Status s = Exec("PRAGMA cache_size = -65536"); !s.ok()) return s;  // 64 MiB
    // The savepoint of each article keeps the pages it changes in a
    // sub-journal: in memory, not ten pwrite calls per article to a temp file.
    if (Status s = Exec("PRAGMA temp_store = MEMORY"); !s.ok()) return s;
    if (Status s = Migrate(); !s.ok()) return s;
    const std::string article_sql = InsertSql("articles", kArticleColumns, QuestionMark);
    const std::string event_sql = InsertSql("events", kEventColumns, QuestionMark);
    const std::string mention_sql = InsertSql("mentions", kMentionColumns, QuestionMark);
    struct {
      Statement* stmt;
      const char* sql;
    } prepared[] = {
        {&insert_article_, article_sql.c_str()},
        {&insert_event_, event_sql.c_str()},
        {&insert_mention_, mention_sql.c_str()},
        {&contains_,
         "SELECT (SELECT text_hash FROM articles WHERE id = ?1),"
         " EXISTS (SELECT 1 FROM articles WHERE text_hash = ?2)"},
        {&delete_article_, "DELETE FROM articles WHERE id = ?"},
        {&begin_, "BEGIN IMMEDIATE"},
        {&commit_, "COMMIT"},
        {&rollback_, "ROLLBACK"},
        {&savepoint_, "SAVEPOINT article"},
        {&release_, "RELEASE article"},
        {&rollback_to_, "ROLLBACK TO article"},
    };
    for (const auto& p : prepared) {
      if (sqlite3_prepare_v3(db_, p.sql, -1, SQLITE_PREPARE_PERSISTENT, p.stmt->out(), nullptr) !=
          SQLITE_OK) {
        return Error("preparing statement");
      }
    }
    return Status::Ok();
  }

  Result<PutOutcome> Put(const CodedArticle& coded) override {
    if (coded.article == nullptr || coded.events == nullptr || coded.mentions == nullptr) {
      return Status::InvalidArgument("store: Put needs an article, its events and its mentions");
    }
    const ingest::Article& a = *coded.article;
    const std::string hash = TextHash(a.text);
    if (!in_batch_) {
      if (Status s = Step(begin_); !s.ok()) return s;
      in_batch_ = true;
      batch_size_ = 0;
    }
    batch_intact_ = false;
    Result<PutOutcome> outcome = PutInBatch(coded, hash);
    if (!outcome.ok()) {
      if (!batch_intact_) {
        (void)Step(rollback_);
        in_batch_ = false;
      }
      return outcome;
    }
    if (*outcome != PutOutcome::kUnchanged && ++batch_size_ >= options_.batch_articles) {
      if (Status s = Commit(); !s.ok()) return s;
    }
    return outcome;
  }

  Result<bool> Contains(std::string_view id, std::string_view text) override {
    Result<PutOutcome> o = Classify(id, TextHash(text));
    if (!o.ok()) return o.status();
    return *o == PutOutcome::kUnchanged;
  }

  Status Commit() override {
    if (!in_batch_) return Status::Ok();
    in_batch_ = false;
    Status s = Step(commit_);
    if (!s.ok()) (void)Step(rollback_);
    return s;
  }

  Result<StoreCounts> Counts() override {
    StoreCounts c;
    for (auto [table, n] : {std::pair{"articles", &c.articles}, std::pair{"events", &c.events},
                            std::pair{"mentions", &c.mentions}}) {
      Result<int64_t> v = QueryInt(std::string("SELECT count(*) FROM ") + table);
      if (!v.ok()) return v.status();
      *n = *v;
    }
    return c;
  }

  int schema_version() const override { return version_; }
  const char* backend() const override { return "sqlite"; }

 private:
  // What Put would do with an article of this id and text hash, in one
  // step for both questions (it runs twice for every article read).
  Result<PutOutcome> Classify(std::string_view id, const std::string& hash) {
    sqlite3_stmt* st = contains_.get();
    sqlite3_bind_text(st, 1, id.data(), static_cast<int>(id.size()), SQLITE_STATIC);
    sqlite3_bind_text(st, 2, hash.data(), static_cast<int>(hash.size()), SQLITE_STATIC);
    int rc = sqlite3_step(st);
    PutOutcome outcome = PutOutcome::kNew;
    if (rc == SQLITE_ROW) {
      const unsigned char* stored = sqlite3_column_text(st, 0);
      if (stored != nullptr) {
        outcome = hash == reinterpret_cast<const char*>(stored) ? PutOutcome::kUnchanged
                                                                : PutOutcome::kReplaced;
      } else if (sqlite3_column_int(st, 1) != 0) {
        outcome = PutOutcome::kUnchanged;  // Same text under another id.
      }
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_ROW) return Error("looking up the article");
    return outcome;
  }

  Result<PutOutcome> PutInBatch(const CodedArticle& coded, const std::string& hash) {
    Result<PutOutcome> classified = Classify(coded.article->id, hash);
    if (!classified.ok()) return classified;
    const PutOutcome outcome = *classified;
    if (outcome == PutOutcome::kUnchanged) return outcome;
    if (Status s = Step(savepoint_); !s.ok()) return s;
    Status s = WriteArticle(coded, hash, outcome == PutOutcome::kReplaced);
    if (!s.ok()) {
      batch_intact_ = Step(rollback_to_).ok() && Step(release_).ok();
      return s;
    }
    if (Status r = Step(release_); !r.ok()) return r;
    return outcome;
  }

  Status WriteArticle(const CodedArticle& coded, const std::string& hash, bool replace) {
    if (replace) {
      // Events and mentions go with it (ON DELETE CASCADE).
      sqlite3_bind_text(delete_article_.get(), 1, coded.article->id.data(),
                        static_cast<int>(coded.article->id.size()), SQLITE_TRANSIENT);
      if (Status s = Step(delete_article_); !s.ok()) return s;
    }
    ArticleRows rows = ToRows(coded, hash);
    if (Status s = Insert(insert_article_, rows.article); !s.ok()) return s;
    for (const auto& r : rows.events) {
      if (Status s = Insert(insert_event_, r); !s.ok()) return s;
    }
    for (const auto& r : rows.mentions) {
      if (Status s = Insert(insert_mention_, r); !s.ok()) return s;
    }
    return Status::Ok();
  }

  Status Insert(const Statement& stmt, const std::vector<Value>& row) {
    sqlite3_stmt* st = stmt.get();
    for (size_t i = 0; i < row.size(); ++i) {
      const int col = static_cast<int>(i) + 1;
      const Value& v = row[i];
      if (const auto* n = std::get_if<int64_t>(&v)) {
        sqlite3_bind_int64(st, col, *n);
      } else if (const auto* d = std::get_if<double>(&v)) {
        sqlite3_bind_double(st, col, *d);
      } else if (const auto* t = std::get_if<std::string>(&v)) {
        sqlite3_bind_text(st, col, t->data(), static_cast<int>(t->size()), SQLITE_STATIC);
      } else {
        sqlite3_bind_null(st, col);
      }
    }
    return Step(stmt);
  }

  // Runs a statement that returns no rows, then resets it.
  Status Step(const Statement& stmt) {
    int rc = sqlite3_step(stmt.get());
    sqlite3_reset(stmt.get());
    sqlite3_clear_bindings(stmt.get());
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) return Error(sqlite3_sql(stmt.get()));
    return Status::Ok();
  }

  Result<int64_t> QueryInt(const std::string& sql) {
    Statement st;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, st.out(), nullptr) != SQLITE_OK) return Error(sql);
    int rc = sqlite3_step(st.get());
    if (rc == SQLITE_ROW) return static_cast<int64_t>(sqlite3_column_int64(st.get(), 0));
    if (rc == SQLITE_DONE) return int64_t{0};
    return Error(sql);
  }

  Status Exec(const std::string& sql) {
    char* msg = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &msg) != SQLITE_OK) {
      std::string m = msg ? msg : sqlite3_errmsg(db_);
      sqlite3_free(msg);
      int code = sqlite3_errcode(db_);
      std::string where = options_.target + ": " + m + " (" + sql + ")";
      return code == SQLITE_NOTADB || code == SQLITE_CORRUPT
                 ? Status::Corruption(where + "; not a dyad store")
                 : Status::IOError(where);
    }
    return Status::Ok();
  }

  Status Error(std::string_view what) const {
    return Status::IOError(options_.target + ": " + sqlite3_errmsg(db_) + " (" + std::string(what) + ")");
  }

  // Brings the schema to kSchemaVersion in one transaction (schema.h).
  Status Migrate() {
    // Up to date: no write lock, so a store can be opened while another
    // process ingests into it.
    Result<int64_t> app = QueryInt("PRAGMA application_id");
    if (!app.ok()) return app.status();
    if (*app == kSqliteApplicationId) {
      Result<int64_t> v = QueryInt("SELECT max(version) FROM schema_version");
      if (v.ok() && *v == kSchemaVersion) {
        version_ = kSchemaVersion;
        return Status::Ok();
      }
    }
    if (Status s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
    Status s = MigrateInTransaction();
    if (!s.ok()) {
      (void)Exec("ROLLBACK");
      return s;
    }
    return Exec("COMMIT");
  }

  Status MigrateInTransaction() {
    Result<int64_t> app = QueryInt("PRAGMA application_id");
    if (!app.ok()) return app.status();
    Result<int64_t> has_version =
        QueryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
    if (!has_version.ok()) return has_version.status();
    Result<int64_t> tables = QueryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table'");
    if (!tables.ok()) return tables.status();
    if ((*app != 0 && *app != kSqliteApplicationId) || (*has_version == 0 && *tables > 0)) {
      return Status::Corruption(options_.target + ": a SQLite database that is not a dyad store");
    }
    int64_t version = 0;
    if (*has_version) {
      Result<int64_t> v = QueryInt("SELECT max(version) FROM schema_version");
      if (!v.ok()) return v.status();
      version = *v;
    }
    if (version > kSchemaVersion) {
      return Status::Unsupported(options_.target + ": the store has schema version " +
                                 std::to_string(version) + ", newer than this dyad knows (" +
                                 std::to_string(kSchemaVersion) + "); use a newer dyad");
    }
    for (const Migration& m : Migrations()) {
      if (m.to <= version) continue;
      for (const char* sql : m.statements) {
        if (Status s = Exec(sql); !s.ok()) {
          return Status::IOError(options_.target + ": upgrading to schema version " +
                                 std::to_string(m.to) + ": " + s.message());
        }
      }
      if (Status s = Exec("UPDATE schema_version SET version = " + std::to_string(m.to)); !s.ok()) {
        return s;
      }
      version = m.to;
    }
    if (Status s = Exec("PRAGMA application_id = " + std::to_string(kSqliteApplicationId)); !s.ok()) {
      return s;
    }
    version_ = static_cast<int>(version);
    return Status::Ok();
  }

  sqlite3* db_;
  StoreOptions options_;
  int version_ = 0;
  bool in_batch_ = false;
  bool batch_intact_ = false;  // After a failed Put: only that article was undone.
  int batch_size_ = 0;
  Statement insert_article_, insert_event_, insert_mention_, contains_,
      delete_article_, begin_, commit_, rollback_, savepoint_, release_, rollback_to_;
};

}  // namespace

Result<std::unique_ptr<EventStore>> OpenSqliteStore(const StoreOptions& options) {
  std::error_code ec;
  if (options.must_exist && !std::filesystem::exists(options.target, ec)) {
    return Status::NotFound(options.target + ": no such store");
  }
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | (options.must_exist ? 0 : SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(options.target.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string m = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::IOError(options.target + ": cannot open: " + m);
  }
  sqlite3_busy_timeout(db, options.busy_timeout_ms);
  sqlite3_extended_result_codes(db, 0);
  auto store = std::make_unique<SqliteStore>(db, options);
  if (Status s = store->Init(); !s.ok()) return s;
  return std::unique_ptr<EventStore>(std::move(store));
}

}  // namespace dyad::store
