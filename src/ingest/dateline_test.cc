#include "ingest/dateline.h"

#include <gtest/gtest.h>

namespace dyad::ingest {
namespace {

TEST(Dateline, Recognised) {
  struct Case {
    const char* text;
    const char* place;
    const char* agency;
    const char* body;  // Text at body_begin.
  };
  const Case cases[] = {
      {"GENEVA (Reuters) – Talks resumed.", "GENEVA", "Reuters", "Talks resumed."},
      {"GENEVA (Reuters) - Talks resumed.", "GENEVA", "Reuters", "Talks resumed."},
      {"WASHINGTON, May 3 (AP) - The Senate voted.", "WASHINGTON", "AP", "The Senate voted."},
      {"BEIRUT, Lebanon (AP) — Israeli jets struck.", "BEIRUT, Lebanon", "AP", "Israeli jets struck."},
      {"NEW DELHI, April 24 (Reuters) - India said.", "NEW DELHI", "Reuters", "India said."},
      {"Canadian Press - VANCOUVER (CP) - Police said.", "VANCOUVER", "CP", "Police said."},
      {"LONDON — Britain said.", "LONDON", "", "Britain said."},
      {"KYIV, Ukraine, Jan. 5 (AFP) -- Shelling went on.", "KYIV, Ukraine", "AFP", "Shelling went on."},
      {"  \nPARIS (AFP) - France said.", "PARIS", "AFP", "France said."},
      {"ST. LOUIS (AP) — A jury found.", "ST. LOUIS", "AP", "A jury found."},
      {"SÃO PAULO (Reuters) - Brazil's central bank said.", "SÃO PAULO", "Reuters",
       "Brazil's central bank said."},
      {"WASHINGTON (AP) The Senate voted.", "WASHINGTON", "AP", "The Senate voted."},
      {"UNITED NATIONS (Reuters) - U.S. envoy said.", "UNITED NATIONS", "Reuters", "U.S. envoy said."},
      {"SAN FRANCISCO, Calif. (AP) -- 3M said.", "SAN FRANCISCO, Calif.", "AP", "3M said."},
      {"SURABAYA, Indonesia/JAKARTA (Reuters) - Rescuers said.", "SURABAYA, Indonesia/JAKARTA",
       "Reuters", "Rescuers said."},
      {"JAKARTA/SURABAYA (Reuters) - Rescuers said.", "JAKARTA/SURABAYA", "Reuters", "Rescuers said."},
      {"LIVERPOOL, England (AP) — Fans said.", "LIVERPOOL, England", "AP", "Fans said."},
      {"BAGHDAD: Members of the militia began.", "BAGHDAD", "", "Members of the militia began."},
      {"BANGKOK : Thai Prime Minister said.", "BANGKOK", "", "Thai Prime Minister said."},
      {"BANGALORE, DEC 5: Russian President Putin said.", "BANGALORE", "", "Russian President Putin said."},
      {"TAIPEI (dpa) - Taiwan apologised.", "TAIPEI", "dpa", "Taiwan apologised."},
      {"GAZA CITY: The army demolished houses.", "GAZA CITY", "", "The army demolished houses."},
      {"LONDON, AUGUST 17: Britain charged eight.", "LONDON", "", "Britain charged eight."},
      {"NEW DELHI, AUG 29: Prime Minister Singh said.", "NEW DELHI", "", "Prime Minister Singh said."},
      {"NEW DELHI, Aug. 25. - Kuwait has promised.", "NEW DELHI", "", "Kuwait has promised."},
      {"KABUL, Afghanistan Aug. 23, 2004 - A lawyer showed.", "KABUL, Afghanistan", "", "A lawyer showed."},
      {"TBILISI, Georgia  Georgian President appealed.", "TBILISI, Georgia", "", "Georgian President appealed."},
      // A known agency's credit with no place, as news feeds cut datelines.
      {"Reuters - France remained hopeful.", "", "Reuters", "France remained hopeful."},
      {"AFP - Sudan's government said.", "", "AFP", "Sudan's government said."},
  };
  for (const auto& c : cases) {
    std::string_view text = c.text;
    auto d = FindDateline(text, 0);
    ASSERT_TRUE(d.has_value()) << c.text;
    EXPECT_EQ(d->place, c.place) << c.text;
    EXPECT_EQ(d->agency, c.agency) << c.text;
    EXPECT_EQ(text.substr(d->body_begin), c.body) << c.text;
  }
}

TEST(Dateline, NotFiredOnOrdinaryText) {
  const char* cases[] = {
      "The GENEVA talks resumed - slowly.",
      "Talks resumed in Geneva on Monday.",
      "BREAKING - Talks resumed.",
      "EXCLUSIVE — Talks resumed.",
      "I - for one - disagree.",
      "NATO's chief said - again - no.",
      "LONDON — and then nothing capitalised follows.",
      "GENEVA is a city (Reuters) - no.",
      "Geneva (Reuters) - Talks resumed.",
      "WASHINGTON (some long parenthetical remark here that goes on) - x",
      "WASHINGTON (Senators) Voted.",  // Unknown agency and no dash.
      "",
      "   ",
      "GENEVA (Reuters) -",
      "A - B",
      "NOTE: this is a note.",
      "Analysts - and diplomats - said.",  // Not a known agency.
      "Reuters - and then nothing capitalised follows.",
      "US: the economy grew.",
      "WARNING: Talks resumed.",
      "IRAQ  Talks resumed.",                      // Two spaces, but no region.
      "LONDON, Tuesday  is when talks resumed.",
  };
  for (const char* text : cases) {
    auto d = FindDateline(text, 0);
    EXPECT_FALSE(d.has_value()) << text << " -> " << (d ? d->place : "");
  }
}

TEST(Dateline, StartsAtGivenOffset) {
  std::string_view text = "Headline\n\nGENEVA (Reuters) - Talks.";
  EXPECT_FALSE(FindDateline(text, 0).has_value());
  auto d = FindDateline(text, 8);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(text.substr(d->body_begin), "Talks.");
}

}  // namespace
}  // namespace dyad::ingest
