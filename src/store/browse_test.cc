// Browsing a store: articles with their sentences, actor counts, change
// stamps, sizes, and the query time limit, on both back ends.
#include "store/browse.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "store/sql.h"
#include "store/test_target.h"

namespace dyad::store {
namespace {

class BrowseTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  void SetUp() override {
    target_ = TestTarget::Create(GetParam());
    if (target_ == nullptr) GTEST_SKIP() << kPostgresqlSkipMessage;
    StoreOptions o;
    o.target = target_->target();
    auto s = EventStore::Open(o);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
    article_.id = "a1";
    article_.url = "https://news.example/a1";
    article_.title = "Talks";
    article_.date = "2024-04-02";
    article_.text = "Modi met Sharif in Delhi. Pakistan’s army shelled India.";
    sentences_ = {"Modi met Sharif in Delhi.", "Pakistan’s army shelled India."};
    events_.push_back(MakeEvent("INDGOV", 0, 4, "PAKGOV", 9, 15, "036", 1, 4, 0, "met"));
    // Offsets in bytes; "’" is three bytes, one code point.
    events_.push_back(MakeEvent("PAKMIL", 26, 43, "IND", 52, 57, "195", 4, -10, 1, "shelled"));
    mentions_.push_back({});
    mentions_.back().sentence = 0;
    mentions_.back().begin = 0;
    mentions_.back().end = 4;
    mentions_.back().code = "INDGOV";
    mentions_.back().country = "IND";
    mentions_.back().entry = "Narendra Modi";
    ASSERT_TRUE(store_->Put({&article_, &events_, &mentions_, &sentences_}).ok());
    ASSERT_TRUE(store_->Commit().ok());
  }

  events::Event MakeEvent(const std::string& src, uint32_t sb, uint32_t se, const std::string& tgt, uint32_t tb,
                          uint32_t te, const std::string& code, int quad, double g, uint32_t sentence,
                          const std::string& verb) {
    events::Event e;
    e.article_id = "a1";
    e.date = 20240402;
    e.source = {src, src.substr(0, 3), src.size() > 3 ? src.substr(3) : "", "", sb, se, {}};
    e.target = {tgt, tgt.substr(0, 3), "", "", tb, te, {}};
    e.has_target = true;
    e.code = code;
    e.root_code = code.substr(0, 2);
    e.quad_class = quad;
    e.goldstein = g;
    e.evidence.sentence = sentence;
    e.evidence.verb = verb;
    return e;
  }

  std::unique_ptr<TestTarget> target_;
  std::unique_ptr<EventStore> store_;
  ingest::Article article_;
  std::vector<events::Event> events_;
  std::vector<actors::ActorMention> mentions_;
  std::vector<std::string> sentences_;
};

TEST_P(BrowseTest, ArticleWithSentencesEventsAndHighlights) {
  auto a = QueryArticle(*store_, "a1");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Talks");
  ASSERT_EQ(a->sentences.size(), 2u);
  EXPECT_EQ(a->sentences[0].sentence, 1);
  EXPECT_EQ(a->sentences[1].text, "Pakistan’s army shelled India.");
  const ArticleEvent& e = a->sentences[1].events.at(0);
  EXPECT_EQ(e.code, "195");
  ASSERT_EQ(e.highlights.size(), 3u);
  EXPECT_EQ(e.highlights[0].role, "source");
  EXPECT_EQ(e.highlights[0].text, "Pakistan’s army");
  EXPECT_EQ(e.highlights[0].start, 0);
  EXPECT_EQ(e.highlights[0].end, 15);  // code points, not bytes
  EXPECT_EQ(e.highlights[2].role, "verb");
  EXPECT_EQ(e.highlights[2].start, 16);
  auto j = nlohmann::json::parse(ArticleJson(*a));
  EXPECT_EQ(j["sentences"][0]["events"][0]["source"]["code"], "INDGOV");
  EXPECT_EQ(QueryArticle(*store_, "nope").status().code(), Status::kNotFound);
}

TEST_P(BrowseTest, ActorCountsWithNames) {
  auto actors = QueryActorCounts(*store_);
  ASSERT_TRUE(actors.ok()) << actors.status().ToString();
  ASSERT_EQ(actors->size(), 4u);
  for (const ActorCount& a : *actors) {
    EXPECT_EQ(a.events, 1) << a.code;
    if (a.code == "INDGOV") {
      EXPECT_EQ(a.name, "Narendra Modi");
    }
  }
}

TEST_P(BrowseTest, ActorInStoreByCountryOrCodePrefixOnEitherSide) {
  // Events INDGOV -> PAKGOV and PAKMIL -> IND.
  for (const char* known : {"IND", "PAK", "INDGOV", "PAKMIL", "PAKGOV", "PAKG", "INDG"}) {
    auto r = ActorInStore(*store_, known);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_TRUE(*r) << known;
  }
  for (const char* unknown : {"CHN", "XXQ", "INDMIL", "PAKGOVX", ""}) {
    auto r = ActorInStore(*store_, unknown);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_FALSE(*r) << unknown;
  }
}

TEST_P(BrowseTest, ChangeStampMovesWhenAnotherConnectionWrites) {
  auto before = ChangeStamp(*store_);
  ASSERT_TRUE(before.ok()) << before.status().ToString();
  EXPECT_EQ(*ChangeStamp(*store_), *before);  // nothing written
  StoreOptions o;
  o.target = target_->target();
  auto other = EventStore::Open(o);
  ASSERT_TRUE(other.ok());
  ingest::Article b = article_;
  b.id = "b1";
  b.text = "another text";
  std::vector<events::Event> ev = {events_[0]};
  ev[0].article_id = "b1";
  ev[0].code = "040";
  ASSERT_TRUE((*other)->Put({&b, &ev, &mentions_, &sentences_}).ok());
  ASSERT_TRUE((*other)->Commit().ok());
  auto after = ChangeStamp(*store_);
  ASSERT_TRUE(after.ok());
  EXPECT_NE(*after, *before);
  auto size = StoreSizeBytes(*store_);
  ASSERT_TRUE(size.ok()) << size.status().ToString();
  EXPECT_GT(*size, 0);
}

TEST_P(BrowseTest, QueryTimeoutStopsALongStatement) {
  StoreOptions o;
  o.target = target_->target();
  o.query_timeout_ms = 50;
  auto s = EventStore::Open(o);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  Status run = (*s)->connection().Run(
      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c", {});
  EXPECT_EQ(run.code(), Status::kDeadlineExceeded) << run.ToString();
  // The connection still works afterwards.
  EXPECT_TRUE((*s)->Counts().ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, BrowseTest, kTestBackends, TestBackendName);

}  // namespace
}  // namespace dyad::store
