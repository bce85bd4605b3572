// EventStore over a SqlConnection: migrations, idempotent puts in batched
// transactions (an article's rows wait in memory for its batch's commit,
// which writes each table's rows at once), and canonical events kept up to
// date in the same transactions.
#include "store/sql_store.h"

#include <iterator>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "store/dedup.h"
#include "store/schema.h"

namespace dyad::store {
namespace {

class SqlStore final : public EventStore {
 public:
  SqlStore(std::unique_ptr<SqlConnection> db, StoreOptions options)
      : db_(std::move(db)), options_(std::move(options)) {}
  ~SqlStore() override {
    if (in_batch_) (void)Commit();
  }

  Status Init() { return Migrate(); }

  Result<PutOutcome> Put(const CodedArticle& coded) override {
    if (coded.article == nullptr || coded.events == nullptr || coded.mentions == nullptr) {
      return Status::InvalidArgument("store: Put needs an article, its events and its mentions");
    }
    const std::string hash = TextHash(coded.article->text);
    if (!in_batch_) {
      if (Status s = db_->Run(db_->begin_sql(), {}); !s.ok()) return s;
      in_batch_ = true;
      batch_size_ = 0;
    }
    Result<PutOutcome> outcome = PutInBatch(coded, hash);
    if (!outcome.ok()) {
      Rollback();
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
    Status s = Flush();
    if (s.ok()) s = UpdateCanonical(*db_, touched_, dedup_);
    if (s.ok()) s = db_->Run("COMMIT", {});
    if (!s.ok()) {
      Rollback();
      return s;
    }
    in_batch_ = false;
    touched_.clear();
    return s;
  }

  Result<StoreCounts> Counts() override {
    if (in_batch_) {
      // Counted as stored: write the open batch's rows (it stays open).
      if (Status s = Flush(); !s.ok()) {
        Rollback();
        return s;
      }
    }
    StoreCounts c;
    for (auto [table, n] : {std::pair{"articles", &c.articles}, std::pair{"events", &c.events},
                            std::pair{"mentions", &c.mentions},
                            std::pair{"canonical_events", &c.canonical_events}}) {
      Result<int64_t> v = db_->QueryInt(std::string("SELECT count(*) FROM ") + table);
      if (!v.ok()) return v.status();
      *n = *v;
    }
    return c;
  }

  int schema_version() const override { return version_; }
  const char* backend() const override { return db_->backend(); }
  DedupOptions dedup() const override { return dedup_; }
  SqlConnection& connection() override { return *db_; }

 private:
  void Rollback() {
    (void)db_->Run("ROLLBACK", {});
    in_batch_ = false;
    touched_.clear();
    pending_ = Pending{};
  }

  // Writes the open batch's rows, a table at a time: one COPY each on
  // PostgreSQL rather than three round trips an article.
  Status Flush() {
    Status s = db_->InsertRows("articles", kArticleColumns, pending_.articles);
    if (s.ok()) s = db_->InsertRows("events", kEventColumns, pending_.events);
    if (s.ok()) s = db_->InsertRows("mentions", kMentionColumns, pending_.mentions);
    pending_ = Pending{};
    return s;
  }

  // Forgets the rows of an article put earlier in this batch (it came again
  // with another text).
  void DropPending(const std::string& id) {
    for (auto* rows : {&pending_.articles, &pending_.events, &pending_.mentions}) {
      std::erase_if(*rows, [&](const Row& r) { return AsText(r[0]) == id; });
    }
    pending_.hashes.erase(pending_.ids[id]);
    pending_.ids.erase(id);
  }

  // What Put would do with an article of this id and text hash, in one
  // statement for both questions (it runs twice for every article read).
  Result<PutOutcome> Classify(std::string_view id, const std::string& hash) {
    if (auto it = pending_.ids.find(std::string(id)); it != pending_.ids.end()) {
      return it->second == hash ? PutOutcome::kUnchanged : PutOutcome::kReplaced;
    }
    if (pending_.hashes.count(hash) > 0) return PutOutcome::kUnchanged;
    PutOutcome outcome = PutOutcome::kNew;
    Status s = db_->Run(
        "SELECT (SELECT text_hash FROM articles WHERE id = ?1),"
        " (SELECT count(*) FROM articles WHERE text_hash = ?2)",
        {Value{std::string(id)}, Value{hash}}, [&](const Row& r) {
          if (!IsNull(r[0])) {
            outcome = AsText(r[0]) == hash ? PutOutcome::kUnchanged : PutOutcome::kReplaced;
          } else if (AsInt(r[1]) > 0) {
            outcome = PutOutcome::kUnchanged;  // Same text under another id.
          }
          return false;
        });
    if (!s.ok()) return s;
    return outcome;
  }

  Result<bool> StoredUnderId(const std::string& id) {
    Result<int64_t> n = db_->QueryInt("SELECT count(*) FROM articles WHERE id = ?1", {Value{id}});
    if (!n.ok()) return n.status();
    return *n > 0;
  }

  Result<PutOutcome> PutInBatch(const CodedArticle& coded, const std::string& hash) {
    Result<PutOutcome> classified = Classify(coded.article->id, hash);
    if (!classified.ok()) return classified;
    PutOutcome outcome = *classified;
    if (outcome == PutOutcome::kUnchanged && options_.recode) {
      Result<bool> same_id = StoredUnderId(coded.article->id);
      if (!same_id.ok()) return same_id.status();
      if (*same_id) outcome = PutOutcome::kReplaced;
    }
    if (outcome == PutOutcome::kUnchanged) return outcome;
    if (Status s = WriteArticle(coded, hash, outcome == PutOutcome::kReplaced); !s.ok()) return s;
    return outcome;
  }

  // Deletes a replaced article at once; the rows wait for the batch's
  // commit (Flush).
  Status WriteArticle(const CodedArticle& coded, const std::string& hash, bool replace) {
    const Value id{coded.article->id};
    if (replace && pending_.ids.count(coded.article->id) > 0) {
      DropPending(coded.article->id);
    } else if (replace) {
      // The old events' groups change too.
      Status s = db_->Run(
          "SELECT source_code, COALESCE(target_code, ''), code, min(COALESCE(date, ''))"
          " FROM events WHERE article_id = ?1 GROUP BY source_code, COALESCE(target_code, ''), code",
          {id}, [&](const Row& r) {
            touched_.Add(AsText(r[0]), AsText(r[1]), AsText(r[2]), AsText(r[3]));
            return true;
          });
      if (!s.ok()) return s;
      // Events and mentions go with it (ON DELETE CASCADE).
      if (Status d = db_->Run("DELETE FROM articles WHERE id = ?1", {id}); !d.ok()) return d;
    }
    ArticleRows rows = ToRows(coded, hash);
    pending_.articles.push_back(std::move(rows.article));
    std::move(rows.events.begin(), rows.events.end(), std::back_inserter(pending_.events));
    std::move(rows.mentions.begin(), rows.mentions.end(), std::back_inserter(pending_.mentions));
    pending_.ids[coded.article->id] = hash;
    pending_.hashes.insert(hash);
    for (const events::Event& e : *coded.events) {
      touched_.Add(e.source.code, e.has_target ? e.target.code : "", e.code, events::IsoDate(e.date));
    }
    return Status::Ok();
  }

  // Brings the schema to kSchemaVersion in one transaction (schema.h), and
  // the dedup window to the one asked for.
  Status Migrate() {
    Result<bool> foreign = db_->HoldsForeignData();
    if (!foreign.ok()) return foreign.status();
    if (*foreign) {
      return Status::Corruption(db_->target() + ": a database that is not a dyad store");
    }
    Result<int64_t> version = StoredVersion();
    if (!version.ok()) return version.status();
    // Up to date and no new window: no write lock, so a store can be opened
    // while another process ingests into it.
    if (*version == kSchemaVersion) {
      Result<DedupOptions> stored = StoredDedup();
      if (!stored.ok()) return stored.status();
      dedup_ = *stored;
      version_ = kSchemaVersion;
      if (!options_.dedup || options_.dedup->window_days == dedup_.window_days) return Status::Ok();
    }
    if (*version > kSchemaVersion) {
      return Status::Unsupported(db_->target() + ": the store has schema version " +
                                 std::to_string(*version) + ", newer than this dyad knows (" +
                                 std::to_string(kSchemaVersion) + "); use a newer dyad");
    }
    if (Status s = db_->Run(db_->begin_sql(), {}); !s.ok()) return s;
    Status s = MigrateInTransaction();
    if (!s.ok()) {
      (void)db_->Run("ROLLBACK", {});
      return s;
    }
    return db_->Run("COMMIT", {});
  }

  Result<int64_t> StoredVersion() {
    Result<bool> has_version = db_->HasTable("schema_version");
    if (!has_version.ok()) return has_version.status();
    if (!*has_version) return int64_t{0};
    return db_->QueryInt("SELECT max(version) FROM schema_version");
  }

  Result<DedupOptions> StoredDedup() {
    DedupOptions d;
    Status s = db_->Run("SELECT value FROM settings WHERE name = 'dedup_window_days'", {},
                        [&](const Row& r) {
                          d.window_days = static_cast<int>(AsInt(r[0]));
                          return false;
                        });
    if (!s.ok()) return s;
    return d;
  }

  Status MigrateInTransaction() {
    // Again, under the write lock: another process may have migrated it.
    Result<int64_t> stored = StoredVersion();
    if (!stored.ok()) return stored.status();
    int64_t version = *stored;
    const int64_t from = version;
    for (const Migration& m : Migrations()) {
      if (m.to <= version) continue;
      for (const char* sql : m.statements) {
        if (Status s = db_->Run(sql, {}); !s.ok()) {
          return Status::IOError(db_->target() + ": upgrading to schema version " +
                                 std::to_string(m.to) + ": " + s.message());
        }
      }
      if (Status s = db_->Run("UPDATE schema_version SET version = ?1", {Value{int64_t{m.to}}}); !s.ok()) {
        return s;
      }
      version = m.to;
    }
    if (from == 0) {
      if (Status s = db_->MarkAsStore(); !s.ok()) return s;
    }
    version_ = static_cast<int>(version);
    return SetDedup(from);
  }

  // Records the dedup window and regroups every event when it changed (or
  // the store predates canonical events).
  Status SetDedup(int64_t from_version) {
    Result<DedupOptions> stored = StoredDedup();
    if (!stored.ok()) return stored.status();
    const bool had_window = from_version >= 3;
    dedup_ = options_.dedup ? *options_.dedup : (had_window ? *stored : DedupOptions{});
    if (had_window && stored->window_days == dedup_.window_days) return Status::Ok();
    if (Status s = db_->Run("DELETE FROM settings WHERE name = 'dedup_window_days'", {}); !s.ok()) return s;
    if (Status s = db_->Run("INSERT INTO settings (name, value) VALUES ('dedup_window_days', ?1)",
                            {Value{std::to_string(dedup_.window_days)}});
        !s.ok()) {
      return s;
    }
    return RebuildCanonical(*db_, dedup_);
  }

  std::unique_ptr<SqlConnection> db_;
  StoreOptions options_;
  DedupOptions dedup_;
  int version_ = 0;
  bool in_batch_ = false;
  int batch_size_ = 0;
  TouchedKeys touched_;        // Keys whose canonical events the open batch changes.
  // The open batch's rows, written at its commit, and what Classify must
  // know of them meanwhile.
  struct Pending {
    std::vector<Row> articles, events, mentions;
    std::unordered_map<std::string, std::string> ids;  // id -> text hash
    std::unordered_set<std::string> hashes;
  };
  Pending pending_;
};

}  // namespace

Result<std::unique_ptr<EventStore>> OpenSqlStore(std::unique_ptr<SqlConnection> connection,
                                                 const StoreOptions& options) {
  auto store = std::make_unique<SqlStore>(std::move(connection), options);
  if (Status s = store->Init(); !s.ok()) return s;
  return std::unique_ptr<EventStore>(std::move(store));
}

}  // namespace dyad::store
