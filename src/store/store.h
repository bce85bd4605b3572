// store: where coded articles live between runs. An EventStore keeps the
// articles dyad has read (id, url, title, date, source, dateline and a hash
// of the text), the events coded from them and the actor mentions, under one
// versioned schema (docs/store.md), so that later commands can count, query
// and export them.
//
//   dyad::store::StoreOptions options;
//   options.target = "dyad.db";                 // SQLite; or "postgresql://..."
//   auto store = dyad::store::EventStore::Open(options);
//   if (!store.ok()) return store.status();
//   dyad::store::CodedArticle coded{&article, events, mentions, sentences};
//   auto outcome = (*store)->Put(coded);        // kNew, kReplaced or kUnchanged
//   Status s = (*store)->Commit();
//
// Ingest is idempotent: an article already stored under the same id with the
// same text, or under another id with the same text, is left as it is
// (kUnchanged); one whose text changed has its events and mentions replaced.
// Puts are grouped into transactions of StoreOptions::batch_articles (or
// until Commit); an article's rows are written when its batch commits, with
// the batch's canonical events. A batch is all or nothing: a crash or a
// database error loses at most the open batch and leaves the store
// consistent.
//
// Back ends: a target that is a file path opens SQLite (WAL mode); a
// "postgresql://" or "postgres://" URL (libpq's form) opens the store in that
// database's current schema on a PostgreSQL server. Both share one schema,
// its migrations and the store's logic, so they hold the same rows.
//
// Thread-safety: an EventStore is not thread-safe; use one per thread (SQLite
// in WAL mode lets several processes read while one writes).
#ifndef DYAD_STORE_STORE_H_
#define DYAD_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actors.h"
#include "base/status.h"
#include "events/events.h"
#include "ingest/ingest.h"

namespace dyad::store {

// The schema version this build writes and understands (docs/store.md lists
// what each version changed). Older stores are upgraded when opened.
inline constexpr int kSchemaVersion = 4;

// How mentions of one event are grouped into a canonical event
// (docs/store.md): the same source, target and CAMEO code, dated within
// window_days of the group's first date.
struct DedupOptions {
  // 0 keeps one event per source, target, code and day: the "one-a-day"
  // filter of Phoenix and PETRARCH. 1 (the default) also joins the next
  // day's reports of it, as news of an event runs into the following day.
  int window_days = 1;
};

class SqlConnection;

struct StoreOptions {
  // A file path (SQLite; created if missing) or a "postgresql://" URL (the
  // database must exist; the store's tables are created in it).
  std::string target = "dyad.db";
  // Articles per transaction. Larger: faster ingest (fewer fsyncs), more
  // work lost (and redone on rerun) after a crash. 500 costs one commit per
  // ~5,000 sentences.
  int batch_articles = 500;
  // How long to wait on a store another process holds locked before
  // failing with kIOError. 0 fails at once.
  int busy_timeout_ms = 10000;
  // Limits each query statement to this many milliseconds (0: no limit);
  // one that runs longer fails with kDeadlineExceeded. For a server's read
  // connections, so that no request holds one for long; leave 0 for writers.
  int query_timeout_ms = 0;
  // Open an existing store only: kNotFound when there is none.
  bool must_exist = false;
  // Put replaces the events of an article stored under the same id with the
  // same text (kReplaced) instead of leaving it (kUnchanged): to recode a
  // store after the dictionaries changed. The same text under another id is
  // still left alone.
  bool recode = false;
  // The grouping of canonical events. Unset: the store keeps the one it has
  // (a new store takes DedupOptions{}). Set and different from the store's:
  // every canonical event is regrouped when the store opens.
  std::optional<DedupOptions> dedup;
};

// One coded article, as the chain produced it. Pointers are not owned and
// must outlive the Put call.
struct CodedArticle {
  const ingest::Article* article = nullptr;
  // Its events and actor mentions, in the order the coder found them.
  const std::vector<events::Event>* events = nullptr;
  const std::vector<actors::ActorMention>* mentions = nullptr;
  // The text of each sentence, by 0-based sentence index (Evidence::sentence),
  // so that evidence can be shown without coding again. May be null.
  const std::vector<std::string>* sentences = nullptr;
};

// What Put did with an article.
enum class PutOutcome : uint8_t {
  kNew,        // Not stored before: stored with its events and mentions.
  kReplaced,   // Stored under this id with another text: events and mentions replaced.
  kUnchanged,  // Same id and text, or the same text under another id: nothing written.
};

// Rows in the store.
struct StoreCounts {
  int64_t articles = 0;
  int64_t events = 0;
  int64_t mentions = 0;
  int64_t canonical_events = 0;
};

// The hash of an article's text that Put compares ("fnv1a64:" and 16 hex
// digits). Frozen: stores compare it across versions.
std::string TextHash(std::string_view text);

class EventStore {
 public:
  // Opens (creating if needed, unless options.must_exist) the store at
  // options.target and brings its schema to kSchemaVersion, in one
  // transaction. Errors: kInvalidArgument for an empty target or a bad
  // option or a URL of another scheme; kUnsupported for a store whose schema
  // is newer than this build's; kCorruption for a file (or a PostgreSQL
  // schema holding tables) that is not a dyad store; kNotFound with
  // must_exist and no store; kIOError when the database cannot be opened
  // (a PostgreSQL server that cannot be reached or refuses the login: the
  // message names the URL without its password) or a migration fails
  // (nothing is changed).
  static Result<std::unique_ptr<EventStore>> Open(const StoreOptions& options);

  // Commits an open batch (as Commit) and closes; errors are lost: call
  // Commit first to see them.
  virtual ~EventStore() = default;

  // Stores one coded article (see the idempotence rules above), inside the
  // current batch transaction, which it opens if none is open and commits
  // once it holds options.batch_articles articles. kInvalidArgument for a
  // null article; kIOError when the database fails: then the whole open
  // batch, this article with it, is rolled back (a rerun stores those
  // articles again).
  // REQUIRES: coded.article, coded.events and coded.mentions non-null.
  virtual Result<PutOutcome> Put(const CodedArticle& coded) = 0;

  // Whether Put would answer kUnchanged for an article with this id and
  // text, without coding it: a rerun skips what is stored.
  virtual Result<bool> Contains(std::string_view id, std::string_view text) = 0;

  // Commits the open batch, if any. kIOError if the commit fails (the batch
  // is rolled back).
  virtual Status Commit() = 0;

  // Rows in each table, committed and in the open batch (whose canonical
  // events are grouped only when it commits).
  virtual Result<StoreCounts> Counts() = 0;

  // The schema version of the open store (kSchemaVersion after Open).
  virtual int schema_version() const = 0;

  // "sqlite" or "postgresql".
  virtual const char* backend() const = 0;

  // The grouping of canonical events the store uses.
  virtual DedupOptions dedup() const = 0;

  // The store's database, for the store's own readers (query.h, export.h);
  // internal (store/sql.h).
  virtual SqlConnection& connection() = 0;

 protected:
  EventStore() = default;

 private:
  // Not copyable: it owns a database connection.
  EventStore(const EventStore&) = delete;
  EventStore& operator=(const EventStore&) = delete;
};

}  // namespace dyad::store

#endif  // DYAD_STORE_STORE_H_
