// Event locations through the whole chain (`dyad code` with dyad's models
// and dictionaries): the failure cases users report of geocoders (issue 9)
// and the gold set's scorer on a few of its events.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "run_dyad.h"

namespace dyad::testing {
namespace {

// The first event `dyad code` finds in one article of `text`.
nlohmann::json FirstEvent(const std::string& text, const std::string& extra = "") {
  nlohmann::json article = {{"id", "t"}, {"date", "2024-05-10"}, {"text", text}};
  RunResult r = RunDyad("code --input jsonl " + extra + " -", article.dump() + "\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  if (!std::getline(lines, line)) {
    ADD_FAILURE() << "no event in: " << text;
    return nullptr;
  }
  return nlohmann::json::parse(line);
}

struct Case {
  const char* text;
  const char* type;   // "" : no location.
  const char* iso3;
  const char* name;
  const char* adm1;
};

TEST(GeoCli, KnownFailureCasesOfGeocoders) {
  const Case cases[] = {
      // Country names are countries, never a building or a town of the name.
      {"Chinese President Xi Jinping met French President Emmanuel Macron in the USA on Friday.", "country", "USA",
       "United States", ""},
      {"Indian Prime Minister Narendra Modi met Russian President Vladimir Putin in China on Friday.", "country",
       "CHN", "China", ""},
      {"Iraqi Foreign Minister Fuad Hussein met Syrian Foreign Minister Faisal Mekdad in Jordan on Sunday.",
       "country", "JOR", "Jordan", ""},
      {"Israeli troops clashed with Lebanese soldiers in Lebanon on Sunday.", "country", "LBN", "Lebanon", ""},
      // Georgia follows the story: with Tbilisi the country, with Atlanta the state.
      {"Russian troops attacked Georgian soldiers in Georgia on Friday. Thousands of protesters later gathered in "
       "Tbilisi.",
       "country", "GEO", "Georgia", ""},
      {"President Joe Biden met Israeli Prime Minister Benjamin Netanyahu in Georgia on Friday. Biden later spoke "
       "to supporters in Atlanta.",
       "adm1", "USA", "Georgia", "Georgia"},
      // "Paris, Texas" is in Texas; Paris alone is in France.
      {"U.S. police arrested a Mexican man in Paris, Texas, on Sunday.", "city", "USA", "Paris", "Texas"},
      {"U.S. Secretary of State Antony Blinken met French Foreign Minister Stephane Sejourne in Paris on Sunday.",
       "city", "FRA", "Paris", "Île-de-France"},
      // Washington acting is the government, not a place.
      {"Washington accused Moscow of interfering in the election.", "", "", "", ""},
  };
  for (const Case& c : cases) {
    nlohmann::json e = FirstEvent(c.text);
    ASSERT_FALSE(e.is_null()) << c.text;
    const nlohmann::json& l = e["location"];
    if (*c.type == '\0') {
      EXPECT_TRUE(l.is_null()) << c.text << " -> " << l.dump();
      continue;
    }
    ASSERT_TRUE(l.is_object()) << c.text;
    EXPECT_EQ(l["type"], c.type) << c.text;
    EXPECT_EQ(l["country_iso3"], c.iso3) << c.text;
    EXPECT_EQ(l["name"], c.name) << c.text;
    EXPECT_EQ(l["adm1"], c.adm1) << c.text;
    EXPECT_EQ(l["from"], "sentence") << c.text;
    // The offsets hold the name as written (these texts are ASCII, so code
    // points are bytes).
    std::string text = c.text;
    size_t start = l["start"].get<size_t>(), end = l["end"].get<size_t>();
    ASSERT_LE(end, text.size()) << c.text;
    std::string written = text.substr(start, end - start);
    EXPECT_TRUE(written == c.name || written == "USA") << c.text << " -> " << written;
  }
}

TEST(GeoCli, DatelineLocatesWordsReportedFromIt) {
  nlohmann::json e = FirstEvent("TOKYO (Reuters) - The United States accused North Korea on Tuesday of lying.");
  ASSERT_FALSE(e.is_null());
  EXPECT_EQ(e["location"]["name"], "Tokyo");
  EXPECT_EQ(e["location"]["from"], "dateline");
  EXPECT_EQ(e["location"]["start"], 0);
  EXPECT_EQ(e["location"]["end"], 5);
  // Each actor stands at its own country, the event being elsewhere.
  EXPECT_EQ(e["source"]["location"]["country_iso3"], "USA");
  EXPECT_EQ(e["source"]["location"]["type"], "country");
  EXPECT_EQ(e["source"]["location"]["from"], "actor");
}

TEST(GeoCli, NoGeoWritesNullLocations) {
  nlohmann::json e = FirstEvent("Indian Prime Minister Narendra Modi met Russian President Vladimir Putin in China.",
                                "--no-geo");
  ASSERT_FALSE(e.is_null());
  EXPECT_TRUE(e["location"].is_null());
  EXPECT_TRUE(e["source"]["location"].is_null());
}

}  // namespace
}  // namespace dyad::testing
