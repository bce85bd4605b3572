// EventStore on SQLite: schema creation and migration, idempotent puts,
// replacement of a changed article, and the errors Open promises.
#include "store/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "store/sqlite_connection.h"

namespace dyad::store {
namespace {

#define ASSERT_OK(expr)                              \
  do {                                               \
    const ::dyad::Status _s = (expr);                \
    ASSERT_TRUE(_s.ok()) << _s.ToString();           \
  } while (0)

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/dyad_store_test_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    path_ = dir_ + "/test.db";
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::unique_ptr<EventStore> OpenOrDie(int batch = 500) {
    StoreOptions o;
    o.target = path_;
    o.batch_articles = batch;
    auto s = EventStore::Open(o);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(*s) : nullptr;
  }

  // Runs SQL on the file directly, as another program would.
  void RawSql(const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    char* msg = nullptr;
    int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &msg);
    std::string m = msg ? msg : "";
    sqlite3_free(msg);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << m;
  }

  int64_t RawInt(const std::string& sql) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    int64_t v = -1;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
      v = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
  }

  std::string dir_, path_;
};

// An article with `n` events and one mention per event.
struct Fixture {
  ingest::Article article;
  std::vector<events::Event> events;
  std::vector<actors::ActorMention> mentions;
  std::vector<std::string> sentences;

  Fixture(const std::string& id, const std::string& text, int n) {
    article.id = id;
    article.text = text;
    article.date = "2024-05-03";
    article.url = "https://example.org/" + id;
    sentences = {text};
    for (int i = 0; i < n; ++i) {
      events::Event e;
      e.article_id = id;
      e.date = 20240503;
      e.source = {"TURGOV", "TUR", "GOV", "", 0, 6};
      e.target = {"SWE", "SWE", "", "", 20, 26};
      e.has_target = true;
      e.code = i % 2 ? "111" : "036";
      e.root_code = e.code.substr(0, 2);
      e.quad_class = i % 2 ? 3 : 1;
      e.goldstein = i % 2 ? -2.0 : 4.0;
      e.evidence.begin = 7 + i;
      e.evidence.end = 15 + i;
      e.evidence.verb = "summoned";
      events.push_back(e);
      actors::ActorMention m;
      m.begin = 0;
      m.end = 6;
      m.code = "TURGOV";
      m.country = "TUR";
      m.sector = "GOV";
      m.kind = "country";
      m.resolved_by = "dictionary";
      mentions.push_back(m);
    }
  }
  CodedArticle coded() const { return {&article, &events, &mentions, &sentences}; }
};

StoreCounts CountsOrDie(EventStore* s) {
  auto c = s->Counts();
  EXPECT_TRUE(c.ok()) << c.status().ToString();
  return c.ok() ? *c : StoreCounts{};
}

TEST_F(StoreTest, CreatesTheSchema) {
  auto s = OpenOrDie();
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->schema_version(), kSchemaVersion);
  EXPECT_STREQ(s->backend(), "sqlite");
  s.reset();
  EXPECT_EQ(RawInt("SELECT version FROM schema_version"), kSchemaVersion);
  EXPECT_EQ(RawInt("PRAGMA application_id"), kSqliteApplicationId);
  EXPECT_EQ(RawInt("SELECT count(*) FROM sqlite_master WHERE name IN "
                   "('articles','events','mentions','events_dyad_date','events_date','events_code')"),
            6);
  // WAL is a property of the file: it stays after closing.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "wal");
  sqlite3_finalize(st);
  sqlite3_close(db);
  // Opening again changes nothing.
  auto again = OpenOrDie();
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(again->schema_version(), kSchemaVersion);
}

TEST_F(StoreTest, OpensAnEmptyFileAsVersionZero) {
  RawSql("");  // Creates a zero-byte database file.
  auto s = OpenOrDie();
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->schema_version(), kSchemaVersion);
}

// A version 1 store written by hand, as dyad's first schema left it.
TEST_F(StoreTest, UpgradesAVersionOneStore) {
  RawSql(
      "CREATE TABLE schema_version (version INTEGER NOT NULL);"
      "INSERT INTO schema_version VALUES (1);"
      "CREATE TABLE articles (id TEXT PRIMARY KEY, url TEXT, title TEXT, date TEXT, source TEXT,"
      " dateline TEXT, text_hash TEXT NOT NULL);"
      "CREATE INDEX articles_text_hash ON articles (text_hash);"
      "CREATE TABLE events (article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
      " ordinal INTEGER NOT NULL, event_id BIGINT NOT NULL, sentence INTEGER NOT NULL,"
      " date TEXT, date_precision TEXT, source_code TEXT, source_country TEXT, source_sector TEXT,"
      " source_text TEXT, source_start BIGINT, source_end BIGINT, target_code TEXT,"
      " target_country TEXT, target_sector TEXT, target_text TEXT, target_start BIGINT,"
      " target_end BIGINT, code TEXT NOT NULL, root_code TEXT, quad_class INTEGER,"
      " goldstein DOUBLE PRECISION, plover_type TEXT, plover_mode TEXT, plover_context TEXT,"
      " modality TEXT, negated INTEGER NOT NULL DEFAULT 0, evidence_verb TEXT,"
      " evidence_pattern TEXT, evidence_start BIGINT, evidence_end BIGINT,"
      " PRIMARY KEY (article_id, ordinal));"
      "CREATE INDEX events_date ON events (date);"
      "INSERT INTO articles (id, text_hash) VALUES ('old-1', '" +
      TextHash("old text") +
      "');"
      "INSERT INTO events (article_id, ordinal, event_id, sentence, source_code, date, code)"
      " VALUES ('old-1', 0, 7, 1, 'TUR', '2024-01-01', '042');");
  auto s = OpenOrDie();
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->schema_version(), kSchemaVersion);
  StoreCounts c = CountsOrDie(s.get());
  EXPECT_EQ(c.articles, 1);
  EXPECT_EQ(c.events, 1);
  EXPECT_EQ(c.mentions, 0);
  EXPECT_EQ(c.canonical_events, 1);  // Version 3 groups the events already stored.
  // The old article is known; new ones go into the upgraded tables.
  auto known = s->Contains("old-1", "old text");
  ASSERT_TRUE(known.ok());
  EXPECT_TRUE(*known);
  Fixture f("new-1", "Turkey summoned Sweden's envoy.", 2);
  auto put = s->Put(f.coded());
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  ASSERT_OK(s->Commit());
  s.reset();
  EXPECT_EQ(RawInt("SELECT version FROM schema_version"), kSchemaVersion);
  EXPECT_EQ(RawInt("SELECT count(*) FROM events WHERE sentence_text IS NOT NULL"), 2);
}

TEST_F(StoreTest, RefusesANewerSchema) {
  { ASSERT_NE(OpenOrDie(), nullptr); }
  RawSql("UPDATE schema_version SET version = 99");
  StoreOptions o;
  o.target = path_;
  auto s = EventStore::Open(o);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Status::kUnsupported);
  EXPECT_NE(s.status().message().find("99"), std::string::npos) << s.status().message();
}

TEST_F(StoreTest, RefusesOtherFilesAndTargets) {
  RawSql("CREATE TABLE customers (name TEXT)");
  StoreOptions o;
  o.target = path_;
  auto foreign = EventStore::Open(o);
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.status().code(), Status::kCorruption);

  const std::string text_file = dir_ + "/notes.txt";
  FILE* f = std::fopen(text_file.c_str(), "w");
  std::fputs("these are not the droids you are looking for, not a database at all\n", f);
  std::fclose(f);
  o.target = text_file;
  auto text = EventStore::Open(o);
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.status().code(), Status::kCorruption) << text.status().ToString();

  o.target = "postgresql://localhost/dyad";
  auto pg = EventStore::Open(o);
  ASSERT_FALSE(pg.ok());
  EXPECT_EQ(pg.status().code(), Status::kUnsupported);
  EXPECT_NE(pg.status().message().find("next step"), std::string::npos);

  o.target = dir_ + "/missing.db";
  o.must_exist = true;
  auto missing = EventStore::Open(o);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::kNotFound);

  o.target = "";
  EXPECT_EQ(EventStore::Open(o).status().code(), Status::kInvalidArgument);
}

TEST_F(StoreTest, PuttingTwiceStoresOnce) {
  Fixture a("a", "Turkey summoned Sweden's envoy.", 3);
  Fixture b("b", "Russia urged Turkey to halt arms purchases.", 2);
  for (int round = 0; round < 2; ++round) {
    auto s = OpenOrDie();
    ASSERT_NE(s, nullptr);
    for (const Fixture* f : {&a, &b}) {
      auto put = s->Put(f->coded());
      ASSERT_TRUE(put.ok()) << put.status().ToString();
      EXPECT_EQ(*put, round == 0 ? PutOutcome::kNew : PutOutcome::kUnchanged);
    }
    ASSERT_OK(s->Commit());
    StoreCounts c = CountsOrDie(s.get());
    EXPECT_EQ(c.articles, 2);
    EXPECT_EQ(c.events, 5);
    EXPECT_EQ(c.mentions, 5);
  }
}

TEST_F(StoreTest, SameTextUnderAnotherIdIsStoredOnce) {
  auto s = OpenOrDie();
  ASSERT_NE(s, nullptr);
  Fixture a("reuters-1", "Turkey summoned Sweden's envoy.", 2);
  Fixture copy("syndicated-9", "Turkey summoned Sweden's envoy.", 2);
  ASSERT_EQ(*s->Put(a.coded()), PutOutcome::kNew);
  auto contains = s->Contains("syndicated-9", copy.article.text);
  ASSERT_TRUE(contains.ok());
  EXPECT_TRUE(*contains);
  ASSERT_EQ(*s->Put(copy.coded()), PutOutcome::kUnchanged);
  StoreCounts c = CountsOrDie(s.get());
  EXPECT_EQ(c.articles, 1);
  EXPECT_EQ(c.events, 2);
}

TEST_F(StoreTest, ChangedTextReplacesEventsAndMentions) {
  auto s = OpenOrDie();
  ASSERT_NE(s, nullptr);
  Fixture first("a", "Turkey summoned Sweden's envoy.", 3);
  Fixture other("b", "Russia urged Turkey to halt arms purchases.", 2);
  ASSERT_EQ(*s->Put(first.coded()), PutOutcome::kNew);
  ASSERT_EQ(*s->Put(other.coded()), PutOutcome::kNew);
  ASSERT_OK(s->Commit());
  Fixture edited("a", "Turkey summoned Sweden's envoy on Friday, officials said.", 1);
  auto contains = s->Contains("a", edited.article.text);
  ASSERT_TRUE(contains.ok());
  EXPECT_FALSE(*contains);
  ASSERT_EQ(*s->Put(edited.coded()), PutOutcome::kReplaced);
  ASSERT_OK(s->Commit());
  StoreCounts c = CountsOrDie(s.get());
  EXPECT_EQ(c.articles, 2);
  EXPECT_EQ(c.events, 3);  // 1 for "a" now, 2 for "b".
  EXPECT_EQ(c.mentions, 3);
  s.reset();
  EXPECT_EQ(RawInt("SELECT count(*) FROM events WHERE article_id = 'a'"), 1);
  EXPECT_EQ(RawInt("SELECT count(*) FROM articles WHERE id = 'a' AND text_hash = '" +
                   TextHash(edited.article.text) + "'"),
            1);
}

TEST_F(StoreTest, RowsKeepTheJsonValues) {
  auto s = OpenOrDie();
  ASSERT_NE(s, nullptr);
  // "Türkiye" has a two-byte letter: offsets after it count code points.
  Fixture f("a", "Türkiye summoned Sweden's envoy.", 1);
  f.events[0].evidence.begin = 9;  // "summoned" in bytes
  f.events[0].evidence.end = 17;
  ASSERT_EQ(*s->Put(f.coded()), PutOutcome::kNew);
  ASSERT_OK(s->Commit());
  s.reset();
  EXPECT_EQ(RawInt("SELECT evidence_start FROM events"), 8);
  EXPECT_EQ(RawInt("SELECT sentence FROM events"), 1);
  EXPECT_EQ(RawInt("SELECT event_id FROM events"), static_cast<int64_t>(events::EventId(f.events[0])));
  EXPECT_EQ(RawInt("SELECT count(*) FROM events WHERE date = '2024-05-03' AND source_country = 'TUR'"
                   " AND target_country = 'SWE' AND code = '036' AND goldstein = 4.0"),
            1);
}

// Batches commit on their own; what was not committed is simply absent.
TEST_F(StoreTest, BatchesCommitEveryNArticles) {
  auto s = OpenOrDie(/*batch=*/2);
  ASSERT_NE(s, nullptr);
  std::vector<std::unique_ptr<Fixture>> fs;
  for (int i = 0; i < 5; ++i) {
    fs.push_back(std::make_unique<Fixture>("a" + std::to_string(i), "text " + std::to_string(i), 1));
    ASSERT_EQ(*s->Put(fs.back()->coded()), PutOutcome::kNew);
  }
  // Another connection sees the committed batches (4 articles), not the open one.
  EXPECT_EQ(RawInt("SELECT count(*) FROM articles"), 4);
  ASSERT_OK(s->Commit());
  EXPECT_EQ(RawInt("SELECT count(*) FROM articles"), 5);
}

}  // namespace
}  // namespace dyad::store
