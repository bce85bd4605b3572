// The CAMEO event table: parsing small tables written here, fallbacks,
// QuadClass by root, malformed lines, and the shipped tables under
// $DYAD_HOME (ctest sets it to the source tree).
#include "events/cameo_table.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <string>

namespace dyad::events {
namespace {

using ::testing::HasSubstr;

std::string Home() {
  const char* home = std::getenv("DYAD_HOME");
  return home != nullptr && *home != '\0' ? home : ".";
}

constexpr char kEvents[] =
    "# a comment\n"
    "code\troot\tquad_class\tgoldstein\tname\n"
    "03\t03\t1\t4.0\tEXPRESS INTENT TO COOPERATE\n"
    "036\t03\t1\t4.0\tExpress intent to meet or negotiate\n"
    "\n"
    "11\t11\t3\t-2.0\tDISAPPROVE\n"
    "112\t11\t3\t-2.0\tAccuse, not specified below\n"
    "1124\t11\t3\t-2.0\tAccuse of war crimes\n"
    "19\t19\t4\t-10.0\tFIGHT\n";

constexpr char kPlover[] =
    "# derived from the map\n"
    "cameo\tplover_type\tplover_mode\tplover_context\n"
    "036\tAGREE\t\tdiplomatic\n"
    "1124\tACCUSE\tallege\tmilitary,legal\n"
    "19\tASSAULT\t\t\n";

CameoTable Small() {
  auto table = CameoTable::Parse(kEvents, kPlover);
  EXPECT_TRUE(table.ok()) << table.status().ToString();
  return std::move(*table);
}

TEST(CameoTable, ParsesEventsAndPlover) {
  CameoTable table = Small();
  EXPECT_EQ(table.size(), 6u);
  const CameoEventInfo* info = table.Find("036");
  ASSERT_NE(info, nullptr);
  EXPECT_EQ(info->code, "036");
  EXPECT_EQ(info->root, "03");
  EXPECT_EQ(info->name, "Express intent to meet or negotiate");
  EXPECT_EQ(info->quad_class, 1);
  EXPECT_DOUBLE_EQ(info->goldstein, 4.0);
  EXPECT_EQ(info->plover_type, "AGREE");
  EXPECT_EQ(info->plover_mode, "");
  EXPECT_EQ(info->plover_context, "diplomatic");

  info = table.Find("1124");
  ASSERT_NE(info, nullptr);
  EXPECT_DOUBLE_EQ(info->goldstein, -2.0);
  EXPECT_EQ(info->plover_type, "ACCUSE");
  EXPECT_EQ(info->plover_mode, "allege");
  EXPECT_EQ(info->plover_context, "military,legal");
}

TEST(CameoTable, CodeWithoutPloverRowHasEmptyMapping) {
  CameoTable table = Small();
  const CameoEventInfo* info = table.Find("112");  // Its child 1124 has a row; it has none.
  ASSERT_NE(info, nullptr);
  EXPECT_EQ(info->plover_type, "");
  EXPECT_EQ(info->plover_mode, "");
  EXPECT_EQ(info->plover_context, "");
}

TEST(CameoTable, FindFallsBackToNearestParent) {
  CameoTable table = Small();
  struct Case {
    const char* code;
    const char* found;  // nullptr: not found.
  } cases[] = {
      {"036", "036"},                                       // Known.
      {"0361", "036"},                                      // Unknown 4-digit: its 3-digit parent.
      {"1129", "112"},    {"0399", "03"},                   // Neither 0399 nor 039: the root.
      {"039", "03"},                                        // Unknown 3-digit: the root.
      {"191", "19"},      {"19", "19"},   {"04", nullptr},  // Unknown root.
      {"0411", nullptr},  {"", nullptr},  {"3", nullptr},   // Too short.
      {"03611", nullptr},                                   // Too long.
      {"03a", nullptr},                                     // Not digits.
      {"-03", nullptr},
  };
  for (const Case& c : cases) {
    const CameoEventInfo* info = table.Find(c.code);
    if (c.found == nullptr) {
      EXPECT_EQ(info, nullptr) << c.code;
    } else {
      ASSERT_NE(info, nullptr) << c.code;
      EXPECT_EQ(info->code, c.found) << c.code;
    }
  }
}

TEST(CameoTable, QuadClassFollowsRoot) {
  struct Case {
    const char* root;
    int quad_class;
  } cases[] = {
      {"01", 1}, {"05", 1}, {"06", 2}, {"09", 2}, {"10", 3}, {"14", 3}, {"15", 4}, {"20", 4},
  };
  for (const Case& c : cases) {
    std::string row =
        std::string(c.root) + "\t" + c.root + "\t" + std::to_string(c.quad_class) + "\t0.0\tRoot\n";
    auto table = CameoTable::Parse(row, "");
    ASSERT_TRUE(table.ok()) << c.root << ": " << table.status().ToString();
    EXPECT_EQ(table->Find(c.root)->quad_class, c.quad_class) << c.root;

    // Any other QuadClass for the root is an error.
    std::string wrong = std::string(c.root) + "\t" + c.root + "\t" +
                        std::to_string(c.quad_class % 4 + 1) + "\t0.0\tRoot\n";
    auto bad = CameoTable::Parse(wrong, "");
    ASSERT_FALSE(bad.ok()) << c.root;
    EXPECT_THAT(bad.status().message(), HasSubstr("quad_class")) << c.root;
  }
}

TEST(CameoTable, ReportsMalformedEventLineWithItsNumber) {
  const std::string good = "# header\n03\t03\t1\t4.0\tEXPRESS INTENT TO COOPERATE\n";
  struct Case {
    const char* line;
    const char* reason;
  } cases[] = {
      {"036\t03\t1\t4.0", "expected code<tab>root"},
      {"036\t03\t1\t4.0\tMeet\textra", "expected code<tab>root"},
      {"36\t36\t4\t4.0\tMeet", "root \"36\" is not a root 01-20"},
      {"00\t00\t1\t4.0\tMeet", "root \"00\""},
      {"03x\t03\t1\t4.0\tMeet", "is not 2-4 digits"},
      {"03611\t03\t1\t4.0\tMeet", "is not 2-4 digits"},
      {"036\t04\t1\t4.0\tMeet", "root \"04\""},
      {"036\t03\t2\t4.0\tMeet", "quad_class \"2\" should be 1"},
      {"036\t03\tone\t4.0\tMeet", "quad_class"},
      {"036\t03\t1\t10.5\tMeet", "goldstein \"10.5\""},
      {"036\t03\t1\t-11\tMeet", "goldstein"},
      {"036\t03\t1\t4.0x\tMeet", "goldstein"},
      {"036\t03\t1\t\tMeet", "goldstein"},
      {"036\t03\t1\tnan\tMeet", "goldstein"},
      {"036\t03\t1\t4.0\t", "empty name"},
      {"03\t03\t1\t4.0\tAgain", "code 03 appears twice"},
  };
  for (const Case& c : cases) {
    auto table = CameoTable::Parse(good + c.line + "\n", "");
    ASSERT_FALSE(table.ok()) << c.line;
    EXPECT_EQ(table.status().code(), Status::kCorruption) << c.line;
    EXPECT_THAT(table.status().message(), HasSubstr("events.tsv:3: ")) << c.line;
    EXPECT_THAT(table.status().message(), HasSubstr(c.reason)) << c.line;
  }
}

TEST(CameoTable, ReportsMalformedPloverLineWithItsNumber) {
  struct Case {
    const char* text;
    const char* message;
  } cases[] = {
      {"036\tAGREE\t\n", "cameo_plover.tsv:1: expected cameo<tab>plover_type"},
      {"036\tAGREE\t\tdiplomatic\textra\n", "cameo_plover.tsv:1: expected"},
      {"036\t\t\tdiplomatic\n", "cameo_plover.tsv:1: expected"},
      {"#\n\n037\tAGREE\t\t\n", "cameo_plover.tsv:3: unknown CAMEO code \"037\""},
      {"036\tAGREE\t\t\n036\tSUPPORT\t\t\n",
       "cameo_plover.tsv:2: code 036 already mapped on line 1"},
  };
  for (const Case& c : cases) {
    auto table = CameoTable::Parse(kEvents, c.text);
    ASSERT_FALSE(table.ok()) << c.text;
    EXPECT_EQ(table.status().code(), Status::kCorruption) << c.text;
    EXPECT_THAT(table.status().message(), HasSubstr(c.message)) << c.text;
  }
}

TEST(CameoTable, AcceptsCrlfLines) {
  auto table = CameoTable::Parse("03\t03\t1\t4.0\tEXPRESS INTENT\r\n", "03\tAGREE\t\t\r\n");
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  EXPECT_EQ(table->Find("03")->name, "EXPRESS INTENT");
  EXPECT_EQ(table->Find("03")->plover_context, "");
}

TEST(CameoTable, RejectsTableWithoutCodes) {
  auto table = CameoTable::Parse("# nothing\ncode\troot\tquad_class\tgoldstein\tname\n", "");
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.status().code(), Status::kCorruption);
  EXPECT_THAT(table.status().message(), HasSubstr("no event codes"));
}

TEST(CameoTable, LoadReportsMissingFiles) {
  auto table = CameoTable::Load(Home() + "/no/such/home");
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.status().code(), Status::kNotFound) << table.status().ToString();
}

// --- The shipped tables ---

const CameoTable& Shipped() {
  static const CameoTable* table = [] {
    auto t = CameoTable::Load(Home());
    EXPECT_TRUE(t.ok()) << t.status().ToString();
    return t.ok() ? new CameoTable(std::move(*t)) : nullptr;
  }();
  return *table;
}

TEST(ShippedCameoTable, HasGdeltValuesAndPloverMapping) {
  const CameoTable& table = Shipped();
  ASSERT_EQ(table.size(), 316u);  // 311 GDELT codes and 5 of the 1.1b3 codebook.
  struct Case {
    const char* code;
    int quad_class;
    double goldstein;  // GDELT's CAMEO.goldsteinscale.txt.
    const char* name;
    const char* plover_type;
    const char* plover_mode;
    const char* plover_context;
  } cases[] = {
      {"036", 1, 4.0, "Express intent to meet or negotiate", "AGREE", "", "diplomatic"},
      {"111", 3, -2.0, "Criticize or denounce", "ACCUSE", "disapprove", ""},
      {"190", 4, -10.0, "Use conventional military force, not specified below", "ASSAULT", "",
       "military"},
      {"1124", 3, -2.0, "Accuse of war crimes", "ACCUSE", "allege", "military,legal"},
      {"016", 1, -2.0, "Deny responsibility", "", "", ""},  // Phoenix's table says 3.4.
      {"044", 1, 2.5, "Meet at a \"third\" location", "CONSULT", "third-party", ""},
      {"106", 3, -5.0, "Demand meeting, negotiation", "REQUEST", "meet", "diplomatic"},
      {"155", 4, -7.2, "Mobilize or increase cyber-forces", "", "", ""},  // Goldstein of 15.
      {"08", 2, 5.0, "YIELD", "CONCEDE", "", ""},
  };
  for (const Case& c : cases) {
    const CameoEventInfo* info = table.Find(c.code);
    ASSERT_NE(info, nullptr) << c.code;
    EXPECT_EQ(info->code, c.code);
    EXPECT_EQ(info->quad_class, c.quad_class) << c.code;
    EXPECT_DOUBLE_EQ(info->goldstein, c.goldstein) << c.code;
    EXPECT_EQ(info->name, c.name) << c.code;
    EXPECT_EQ(info->plover_type, c.plover_type) << c.code;
    EXPECT_EQ(info->plover_mode, c.plover_mode) << c.code;
    EXPECT_EQ(info->plover_context, c.plover_context) << c.code;
  }
  // Phoenix's 109 is not a CAMEO 1.1b3 code: it falls back to the root.
  ASSERT_NE(table.Find("109"), nullptr);
  EXPECT_EQ(table.Find("109")->code, "10");
}

TEST(ShippedCameoTable, EveryCodeHasQuadClassAndGoldsteinInRange) {
  const CameoTable& table = Shipped();
  // The codes as written in the file, so that each is checked by itself.
  std::ifstream in(Home() + "/data/cameo/events.tsv");
  ASSERT_TRUE(in) << Home() << "/data/cameo/events.tsv";
  size_t checked = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#' || line.starts_with("code\t")) continue;
    std::string code = line.substr(0, line.find('\t'));
    const CameoEventInfo* info = table.Find(code);
    ASSERT_NE(info, nullptr) << code;
    EXPECT_EQ(info->code, code);
    EXPECT_GE(info->quad_class, 1) << code;
    EXPECT_LE(info->quad_class, 4) << code;
    EXPECT_GE(info->goldstein, -10.0) << code;
    EXPECT_LE(info->goldstein, 10.0) << code;
    EXPECT_FALSE(info->name.empty()) << code;
    ++checked;
  }
  EXPECT_EQ(checked, table.size());
}

}  // namespace
}  // namespace dyad::events
