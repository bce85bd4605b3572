// EventStore on each back end: schema creation and migration, idempotent
// puts, replacement of a changed article, and the errors Open promises. The
// cases run on SQLite always and on PostgreSQL when DYAD_TEST_POSTGRESQL
// names a server (each case in a fresh schema: pg_test_schema.h).
#include "store/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "store/pg_test_schema.h"
#include "store/schema.h"
#include "store/sqlite_connection.h"

namespace dyad::store {
namespace {

#define ASSERT_OK(expr)                              \
  do {                                               \
    const ::dyad::Status _s = (expr);                \
    ASSERT_TRUE(_s.ok()) << _s.ToString();           \
  } while (0)

enum class Backend { kSqlite, kPostgresql };

std::string BackendName(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "Sqlite" : "Postgresql";
}

class StoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (pg()) {
      const std::string base = PostgresqlTestUrl();
      if (base.empty()) GTEST_SKIP() << kPostgresqlSkipMessage;
      auto schema = ScratchSchema::Create(base);
      ASSERT_TRUE(schema.ok()) << schema.status().ToString();
      schema_ = std::move(*schema);
      target_ = schema_->url();
      auto raw = OpenPostgresqlConnection(target_, 1000);
      ASSERT_TRUE(raw.ok()) << raw.status().ToString();
      raw_ = std::move(*raw);
    }
    char tmpl[] = "/tmp/dyad_store_test_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
    path_ = dir_ + "/test.db";
    if (!pg()) target_ = path_;
  }
  void TearDown() override {
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  bool pg() const { return GetParam() == Backend::kPostgresql; }

  std::unique_ptr<EventStore> OpenOrDie(int batch = 500) {
    StoreOptions o;
    o.target = target_;
    o.batch_articles = batch;
    auto s = EventStore::Open(o);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(*s) : nullptr;
  }

  // Runs SQL (statements separated by ';') on the store directly, as
  // another program would.
  void RawSql(const std::string& sql) {
    if (pg()) {
      size_t start = 0;
      while (start < sql.size()) {
        size_t end = sql.find(';', start);
        if (end == std::string::npos) end = sql.size();
        const std::string one = sql.substr(start, end - start);
        if (one.find_first_not_of(" \n") != std::string::npos) ASSERT_OK(raw_->Run(one, {}));
        start = end + 1;
      }
      return;
    }
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
    if (pg()) {
      auto v = raw_->QueryInt(sql);
      EXPECT_TRUE(v.ok()) << v.status().ToString();
      return v.ok() ? *v : -1;
    }
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
  std::string target_;  // path_, or the URL of schema_.
  std::unique_ptr<ScratchSchema> schema_;
  std::unique_ptr<SqlConnection> raw_;  // PostgreSQL: a second connection.
};

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgresql), BackendName);

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

TEST_P(StoreTest, CreatesTheSchema) {
  auto s = OpenOrDie();
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->schema_version(), kSchemaVersion);
  EXPECT_STREQ(s->backend(), pg() ? "postgresql" : "sqlite");
  s.reset();
  EXPECT_EQ(RawInt("SELECT version FROM schema_version"), kSchemaVersion);
  if (pg()) {
    EXPECT_EQ(RawInt("SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
                     " ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relname IN"
                     " ('articles','events','mentions','canonical_events','events_key','canonical_dyad_date')"),
              6);
  } else {
    EXPECT_EQ(RawInt("PRAGMA application_id"), kSqliteApplicationId);
    EXPECT_EQ(RawInt("SELECT count(*) FROM sqlite_master WHERE name IN "
                     "('articles','events','mentions','canonical_events','events_key','canonical_dyad_date')"),
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
  }
  // Opening again changes nothing.
  auto again = OpenOrDie();
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(again->schema_version(), kSchemaVersion);
}

// SQLite: a zero-byte file; PostgreSQL: an empty schema.
TEST_P(StoreTest, OpensAnEmptyFileAsVersionZero) {
  RawSql("");  // Creates a zero-byte database file.
  auto s = OpenOrDie();
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->schema_version(), kSchemaVersion);
}

// A version 1 store written by hand, as dyad's first schema left it.
TEST_P(StoreTest, UpgradesAVersionOneStore) {
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

TEST_P(StoreTest, RefusesANewerSchema) {
  { ASSERT_NE(OpenOrDie(), nullptr); }
  RawSql("UPDATE schema_version SET version = 99");
  StoreOptions o;
  o.target = target_;
  auto s = EventStore::Open(o);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Status::kUnsupported);
  EXPECT_NE(s.status().message().find("99"), std::string::npos) << s.status().message();
}

TEST_P(StoreTest, RefusesForeignDataAndMissingStores) {
  StoreOptions o;
  o.target = pg() ? target_ : dir_ + "/missing.db";
  o.must_exist = true;
  auto missing = EventStore::Open(o);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::kNotFound) << missing.status().ToString();

  RawSql("CREATE TABLE customers (name TEXT)");
  o.target = target_;
  o.must_exist = false;
  auto foreign = EventStore::Open(o);
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.status().code(), Status::kCorruption);
  EXPECT_EQ(RawInt("SELECT count(*) FROM customers"), 0);  // Left as it was.
}

TEST(StoreOpen, RefusesOtherFilesAndTargets) {
  char tmpl[] = "/tmp/dyad_store_test_XXXXXX";
  ASSERT_NE(mkdtemp(tmpl), nullptr);
  const std::string dir = tmpl;
  const std::string text_file = dir + "/notes.txt";
  FILE* f = std::fopen(text_file.c_str(), "w");
  std::fputs("these are not the droids you are looking for, not a database at all\n", f);
  std::fclose(f);
  StoreOptions o;
  o.target = text_file;
  auto text = EventStore::Open(o);
  std::filesystem::remove_all(dir);
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.status().code(), Status::kCorruption) << text.status().ToString();

  // Nothing listens on port 1: refused at once, and the message keeps the
  // password out and says what to check.
  o.target = "postgresql://dyad:secret@127.0.0.1:1/dyad";
  auto pg = EventStore::Open(o);
  ASSERT_FALSE(pg.ok());
  EXPECT_EQ(pg.status().code(), Status::kIOError);
  EXPECT_EQ(pg.status().message().find("secret"), std::string::npos) << pg.status().message();
  EXPECT_NE(pg.status().message().find("server running"), std::string::npos) << pg.status().message();

  o.target = "mysql://localhost/dyad";
  EXPECT_EQ(EventStore::Open(o).status().code(), Status::kInvalidArgument);
  o.target = "";
  EXPECT_EQ(EventStore::Open(o).status().code(), Status::kInvalidArgument);
}

TEST_P(StoreTest, PuttingTwiceStoresOnce) {
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

TEST_P(StoreTest, SameTextUnderAnotherIdIsStoredOnce) {
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

TEST_P(StoreTest, ChangedTextReplacesEventsAndMentions) {
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

TEST_P(StoreTest, RowsKeepTheJsonValues) {
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

// A version 3 store (before locations) made by the version 1-3 steps, with
// an article, its event and its canonical event: the upgrade keeps them, of
// unknown place, and new events are stored with theirs.
TEST_P(StoreTest, UpgradesAVersionThreeStoreKeepingItsRows) {
  std::string v3;
  for (const Migration& m : Migrations()) {
    if (m.to > 3) break;
    for (const char* sql : m.statements) v3 += std::string(sql) + ";";
  }
  RawSql(v3 + "UPDATE schema_version SET version = 3;"
              "INSERT INTO settings (name, value) VALUES ('dedup_window_days', '1');"
              "INSERT INTO articles (id, text_hash) VALUES ('old-1', '" + TextHash("old text") + "');"
              "INSERT INTO events (article_id, ordinal, event_id, sentence, source_code, date, code)"
              " VALUES ('old-1', 0, 7, 1, 'TUR', '2024-01-01', '042');"
              "INSERT INTO canonical_events (canonical_id, source_code, code, date_start, date_end,"
              " num_mentions, num_sentences, num_articles, num_sources, first_article_id, first_ordinal)"
              " VALUES (1, 'TUR', '042', '2024-01-01', '2024-01-01', 1, 1, 1, 1, 'old-1', 0);");
  auto s = OpenOrDie();
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->schema_version(), 4);
  StoreCounts c = CountsOrDie(s.get());
  EXPECT_EQ(c.articles, 1);
  EXPECT_EQ(c.events, 1);
  EXPECT_EQ(c.canonical_events, 1);
  EXPECT_EQ(RawInt("SELECT count(*) FROM events WHERE loc_type IS NULL AND loc_lat IS NULL"), 1);
  EXPECT_EQ(RawInt("SELECT count(*) FROM canonical_events WHERE loc_country_iso3 IS NULL"), 1);
  Fixture f("new-1", "Turkey summoned Sweden's envoy.", 1);
  f.events[0].location.name = "Ankara";
  f.events[0].location.type = "city";
  f.events[0].location.country_iso3 = "TUR";
  ASSERT_EQ(*s->Put(f.coded()), PutOutcome::kNew);
  ASSERT_OK(s->Commit());
  s.reset();
  EXPECT_EQ(RawInt("SELECT version FROM schema_version"), 4);
  EXPECT_EQ(RawInt("SELECT count(*) FROM events WHERE loc_name = 'Ankara'"), 1);
  EXPECT_EQ(RawInt("SELECT count(*) FROM canonical_events WHERE loc_country_iso3 = 'TUR'"), 1);
  EXPECT_EQ(RawInt("SELECT count(*) FROM canonical_events"), 2);
}

// A location's columns: offsets in code points, NULL for what is unknown;
// --recode replaces it with the newly coded one.
TEST_P(StoreTest, LocationRowsAndRecode) {
  Fixture f("a", "Türkiye summoned Sweden's envoy in Ankara.", 1);
  events::EventLocation& l = f.events[0].location;
  l = {"Ankara", "city", "TUR", "TU", "Ankara", "68", 39.9199, 32.8543, 323786, 36, 42, "sentence"};
  {
    auto s = OpenOrDie();
    ASSERT_NE(s, nullptr);
    ASSERT_EQ(*s->Put(f.coded()), PutOutcome::kNew);
    ASSERT_OK(s->Commit());
  }
  EXPECT_EQ(RawInt("SELECT loc_start FROM events"), 35);  // "ü" is two bytes
  EXPECT_EQ(RawInt("SELECT loc_end FROM events"), 41);
  EXPECT_EQ(RawInt("SELECT loc_geonameid FROM events"), 323786);
  EXPECT_EQ(RawInt("SELECT count(*) FROM events WHERE loc_type = 'city' AND loc_country_fips = 'TU'"
                   " AND loc_adm1_code = '68' AND loc_lat > 39.91 AND loc_lon < 32.86 AND loc_from = 'sentence'"),
            1);
  EXPECT_EQ(RawInt("SELECT count(*) FROM canonical_events WHERE loc_name = 'Ankara' AND loc_start = 35"), 1);
  // Recoded: now placed at the country, not in the text.
  l = {"Turkey", "country", "TUR", "TU", "", "", 39, 35, 298795, -1, -1, "actor"};
  StoreOptions o;
  o.target = target_;
  o.recode = true;
  auto s = EventStore::Open(o);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_EQ(*(*s)->Put(f.coded()), PutOutcome::kReplaced);
  ASSERT_OK((*s)->Commit());
  s->reset();
  EXPECT_EQ(RawInt("SELECT count(*) FROM events WHERE loc_type = 'country' AND loc_start IS NULL"
                   " AND loc_adm1 IS NULL"),
            1);
  EXPECT_EQ(RawInt("SELECT count(*) FROM canonical_events WHERE loc_type = 'country' AND loc_geonameid = 298795"),
            1);
}

// Batches commit on their own; what was not committed is simply absent.
TEST_P(StoreTest, BatchesCommitEveryNArticles) {
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
