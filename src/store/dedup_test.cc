// Canonical events: which mentions are one event, the counts they carry, and
// that the groups follow puts, replacements and a change of window.
#include "store/dedup.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "store/sql.h"
#include "store/store.h"
#include "store/test_target.h"

namespace dyad::store {
namespace {

// One event of an article: who, to whom, what, when (yyyymmdd).
struct Spec {
  std::string source, target, code;
  int32_t date;
  int sentence = 0;
};

struct Article {
  ingest::Article article;
  std::vector<events::Event> events;
  std::vector<actors::ActorMention> mentions;

  Article(const std::string& id, const std::string& outlet, const std::vector<Spec>& specs) {
    article.id = id;
    article.source = outlet;
    article.text = "text of " + id;
    for (const Spec& s : specs) {
      events::Event e;
      e.article_id = id;
      e.date = s.date;
      e.source = {s.source, s.source.substr(0, 3), "", "", 0, 3};
      e.has_target = !s.target.empty();
      if (e.has_target) e.target = {s.target, s.target.substr(0, 3), "", "", 4, 7};
      e.code = s.code;
      e.root_code = s.code.substr(0, 2);
      e.evidence.sentence = s.sentence;
      e.evidence.begin = static_cast<uint32_t>(events.size());
      events.push_back(e);
    }
  }
  CodedArticle coded() const { return {&article, &events, &mentions, nullptr}; }
};

class DedupTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  void SetUp() override {
    target_ = TestTarget::Create(GetParam());
    if (target_ == nullptr) GTEST_SKIP() << kPostgresqlSkipMessage;
  }

  std::unique_ptr<EventStore> Open(std::optional<int> window = std::nullopt) {
    StoreOptions o;
    o.target = target_->target();
    if (window) o.dedup = DedupOptions{*window};
    auto s = EventStore::Open(o);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(*s) : nullptr;
  }

  void Put(EventStore* s, const Article& a) {
    auto put = s->Put(a.coded());
    ASSERT_TRUE(put.ok()) << put.status().ToString();
  }

  // "date_start date_end mentions sentences articles sources first_article"
  // of each canonical event of a source, in date order.
  static std::vector<std::string> Groups(EventStore* s, const std::string& source) {
    std::vector<std::string> out;
    Status st = s->connection().Run(
        "SELECT date_start, date_end, num_mentions, num_sentences, num_articles, num_sources,"
        " first_article_id, COALESCE(target_code, '-'), code FROM canonical_events"
        " WHERE source_code = ?1 ORDER BY date_start, code",
        {Value{source}}, [&](const Row& r) {
          std::string line;
          for (size_t i = 0; i < r.size(); ++i) line += (i ? " " : "") + AsText(r[i]);
          out.push_back(line);
          return true;
        });
    EXPECT_TRUE(st.ok()) << st.ToString();
    return out;
  }

  std::unique_ptr<TestTarget> target_;
};

TEST_P(DedupTest, RepeatsAcrossSentencesArticlesAndOutletsAreOneEvent) {
  auto s = Open();
  Put(s.get(), Article("a1", "reuters", {{"INDGOV", "PAKGOV", "111", 20240501, 0},
                                         {"INDGOV", "PAKGOV", "111", 20240501, 2}}));
  Put(s.get(), Article("a2", "reuters", {{"INDGOV", "PAKGOV", "111", 20240502}}));
  Put(s.get(), Article("a3", "afp", {{"INDGOV", "PAKGOV", "111", 20240501}}));
  ASSERT_TRUE(s->Commit().ok());
  EXPECT_EQ(Groups(s.get(), "INDGOV"),
            std::vector<std::string>{"2024-05-01 2024-05-02 4 4 3 2 a1 PAKGOV 111"});
}

TEST_P(DedupTest, KeyAndWindowSeparateEvents) {
  auto s = Open();
  Put(s.get(), Article("a1", "x", {{"INDGOV", "PAKGOV", "111", 20240501},
                                   {"INDGOV", "PAKGOV", "112", 20240501},   // another code
                                   {"INDGOV", "CHNGOV", "111", 20240501},   // another target
                                   {"INDGOV", "", "111", 20240501},         // no target
                                   {"INDGOV", "PAKGOV", "111", 20240503}}));  // two days on
  ASSERT_TRUE(s->Commit().ok());
  EXPECT_EQ(Groups(s.get(), "INDGOV"), (std::vector<std::string>{
                                           "2024-05-01 2024-05-01 1 1 1 1 a1 - 111",
                                           "2024-05-01 2024-05-01 1 1 1 1 a1 CHNGOV 111",
                                           "2024-05-01 2024-05-01 1 1 1 1 a1 PAKGOV 111",
                                           "2024-05-01 2024-05-01 1 1 1 1 a1 PAKGOV 112",
                                           "2024-05-03 2024-05-03 1 1 1 1 a1 PAKGOV 111"}));
}

TEST_P(DedupTest, GroupsAreAnchoredAtTheirFirstDate) {
  // Daily repeats do not chain into one event: 1 and 2 group, 3 opens anew.
  auto s = Open();
  Put(s.get(), Article("a1", "x", {{"USA", "CHN", "111", 20240501},
                                   {"USA", "CHN", "111", 20240502},
                                   {"USA", "CHN", "111", 20240503},
                                   {"USA", "CHN", "111", 20240504}}));
  ASSERT_TRUE(s->Commit().ok());
  EXPECT_EQ(Groups(s.get(), "USA"), (std::vector<std::string>{"2024-05-01 2024-05-02 2 1 1 1 a1 CHN 111",
                                                              "2024-05-03 2024-05-04 2 1 1 1 a1 CHN 111"}));
}

TEST_P(DedupTest, LaterBatchesAndEarlierDatesRegroup) {
  auto s = Open();
  Put(s.get(), Article("a1", "x", {{"USA", "CHN", "111", 20240502}}));
  ASSERT_TRUE(s->Commit().ok());
  // An older report arrives later: it becomes the group's first.
  Put(s.get(), Article("a0", "y", {{"USA", "CHN", "111", 20240501}}));
  ASSERT_TRUE(s->Commit().ok());
  EXPECT_EQ(Groups(s.get(), "USA"), std::vector<std::string>{"2024-05-01 2024-05-02 2 2 2 2 a0 CHN 111"});
}

TEST_P(DedupTest, ReplacedArticleTakesItsMentionsAway) {
  auto s = Open();
  Put(s.get(), Article("a1", "x", {{"USA", "CHN", "111", 20240501}}));
  Put(s.get(), Article("a2", "y", {{"USA", "CHN", "111", 20240501}}));
  ASSERT_TRUE(s->Commit().ok());
  Article changed("a2", "y", {{"USA", "RUS", "111", 20240501}});
  changed.article.text = "new text";
  Put(s.get(), changed);
  ASSERT_TRUE(s->Commit().ok());
  EXPECT_EQ(Groups(s.get(), "USA"), (std::vector<std::string>{"2024-05-01 2024-05-01 1 1 1 1 a1 CHN 111",
                                                              "2024-05-01 2024-05-01 1 1 1 1 a2 RUS 111"}));
}

TEST_P(DedupTest, OneADayAndAChangedWindowRegroupEverything) {
  {
    auto s = Open(0);  // one-a-day
    Put(s.get(), Article("a1", "x", {{"USA", "CHN", "111", 20240501},
                                     {"USA", "CHN", "111", 20240501},
                                     {"USA", "CHN", "111", 20240502}}));
    ASSERT_TRUE(s->Commit().ok());
    EXPECT_EQ(s->dedup().window_days, 0);
    EXPECT_EQ(Groups(s.get(), "USA").size(), 2u);
  }
  {
    auto s = Open();  // keeps the store's window
    EXPECT_EQ(s->dedup().window_days, 0);
  }
  auto s = Open(7);
  EXPECT_EQ(Groups(s.get(), "USA"), std::vector<std::string>{"2024-05-01 2024-05-02 3 1 1 1 a1 CHN 111"});
}

TEST_P(DedupTest, UndatedEventsGroupPerKey) {
  auto s = Open();
  Put(s.get(), Article("a1", "x", {{"USA", "CHN", "111", 0}, {"USA", "CHN", "111", 0}}));
  Put(s.get(), Article("a2", "x", {{"USA", "CHN", "111", 20240501}}));
  ASSERT_TRUE(s->Commit().ok());
  EXPECT_EQ(Groups(s.get(), "USA"), (std::vector<std::string>{"  2 1 1 1 a1 CHN 111",
                                                              "2024-05-01 2024-05-01 1 1 1 1 a2 CHN 111"}));
}

TEST(CanonicalIdTest, DependsOnKeyAndStartOnly) {
  EXPECT_EQ(CanonicalId("USA", "CHN", "111", "2024-05-01"), CanonicalId("USA", "CHN", "111", "2024-05-01"));
  EXPECT_NE(CanonicalId("USA", "CHN", "111", "2024-05-01"), CanonicalId("USA", "CHN", "111", "2024-05-02"));
  EXPECT_NE(CanonicalId("USA", "CH", "N111", "2024-05-01"), CanonicalId("USA", "CHN", "111", "2024-05-01"));
  EXPECT_GE(CanonicalId("A", "B", "C", "D"), 0);
  EXPECT_LT(CanonicalId("A", "B", "C", "D"), int64_t{1} << 53);
}

INSTANTIATE_TEST_SUITE_P(Backends, DedupTest, kTestBackends, TestBackendName);

}  // namespace
}  // namespace dyad::store
