// Query parameters: decoding, every parameter's checks, cursors and keys.
#include "serve/params.h"

#include <gtest/gtest.h>
#include <httplib.h>

namespace dyad::serve {
namespace {

// The parameters as the server gets them: cpp-httplib's own reading of
// the query (Request::params).
Result<Params> ParseQueryString(const std::string& query) {
  Params params;
  httplib::detail::parse_query_text(query, params);
  return params;
}

TEST(ParseApiRequest, ReadsTheQueryAsTheServerDecodesIt) {
  auto r = ParseApiRequest(*ParseQueryString("dyad=IND%7EPAK&actor=ind%47OV&by=week"), Endpoint::kSeries, {});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(store::DyadName(*r->query.dyad), "IND~PAK");
  // A bad escape reaches the checks as it was written, and they name it.
  for (const char* bad : {"dyad=%zz", "by=%4", "weight=%zz"}) {
    auto b = ParseApiRequest(*ParseQueryString(bad), Endpoint::kSeries, {});
    EXPECT_EQ(b.status().code(), Status::kInvalidArgument) << bad;
  }
}

TEST(ParseApiRequest, ReadsEveryFilter) {
  auto p = ParseQueryString(
      "dyad=ind~pak&actor=INDGOV&code=19&plover=assault&from=2024&to=2024-06&by=week&weight=mentions&country=pak&"
      "near=33.7,73.1,25&limit=20");
  ASSERT_TRUE(p.ok());
  auto r = ParseApiRequest(*p, Endpoint::kEvents, {});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(store::DyadName(*r->query.dyad), "IND~PAK");
  EXPECT_EQ(r->query.code, "19");
  EXPECT_EQ(r->query.plover_type, "assault");
  EXPECT_EQ(r->query.by, store::Period::kWeek);
  EXPECT_EQ(r->query.weight, store::Weight::kMentions);
  EXPECT_DOUBLE_EQ(r->query.near->km, 25);
  EXPECT_EQ(r->limit, 20);
}

TEST(ParseApiRequest, RejectsWhatIsWrongNamingTheParameter) {
  struct Case {
    const char* query;
    Endpoint endpoint;
    const char* names;
  } cases[] = {
      {"dyad=INDPAK", Endpoint::kSeries, "dyad"},
      {"by=fortnight", Endpoint::kSeries, "by"},
      {"weight=kg", Endpoint::kSeries, "weight"},
      {"near=1", Endpoint::kSeries, "near"},
      {"limit=5", Endpoint::kSeries, "limit"},       // events only
      {"cursor=abc", Endpoint::kSeries, "cursor"},  // events only
      {"limit=0", Endpoint::kEvents, "limit"},
      {"limit=501", Endpoint::kEvents, "limit"},
      {"limit=5x", Endpoint::kEvents, "limit"},
      {"cursor=!!", Endpoint::kEvents, "cursor"},
      {"cursor=YWJj", Endpoint::kEvents, "cursor"},  // "abc"
      {"colour=red", Endpoint::kSeries, "colour"},
      {"by=week&by=month", Endpoint::kSeries, "by"},
  };
  for (const Case& c : cases) {
    auto p = ParseQueryString(c.query);
    ASSERT_TRUE(p.ok()) << c.query;
    auto r = ParseApiRequest(*p, c.endpoint, {});
    ASSERT_FALSE(r.ok()) << c.query;
    EXPECT_EQ(r.status().code(), Status::kInvalidArgument);
    EXPECT_TRUE(r.status().message().starts_with(c.names)) << c.query << ": " << r.status().message();
  }
}

TEST(Cursor, RoundTripsAndRejectsForgeries) {
  store::EventKey k{"2024-04-02", 1234567};
  auto back = DecodeCursor(EncodeCursor(k));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->date_start, "2024-04-02");
  EXPECT_EQ(back->canonical_id, 1234567);
  for (const char* bad : {"", "MjAyNC0wNC0wMiwx!", "MjAyNA", "eHh4eC14eC14eCwx"}) {
    EXPECT_FALSE(DecodeCursor(bad).ok()) << bad;
  }
}

TEST(CanonicalKey, SameAnswerSameKey) {
  auto a = ParseApiRequest(*ParseQueryString("dyad=ind~pak&by=month"), Endpoint::kSeries, {});
  auto b = ParseApiRequest(*ParseQueryString("by=month&dyad=IND~PAK&weight=events"), Endpoint::kSeries, {});
  auto c = ParseApiRequest(*ParseQueryString("dyad=IND-PAK"), Endpoint::kSeries, {});
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  EXPECT_EQ(CanonicalKey(*a, Endpoint::kSeries), CanonicalKey(*b, Endpoint::kSeries));
  EXPECT_NE(CanonicalKey(*a, Endpoint::kSeries), CanonicalKey(*c, Endpoint::kSeries));
  EXPECT_NE(CanonicalKey(*a, Endpoint::kSeries), CanonicalKey(*a, Endpoint::kEvents));
}

}  // namespace
}  // namespace dyad::serve
