// `dyad actors` and `dyad dict` as a user runs them (the built binary, with
// DYAD_HOME set to the source tree, so the default dictionaries are used).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "run_dyad.h"

namespace dyad::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::vector<nlohmann::json> Lines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

TEST(CliDict, CheckReportsFileLineAndReasonAndExitsOne) {
  std::string dir = MakeTempDir();
  WriteFile(dir + "/bad.dict",
            "@kind person\n"
            "Someone\n"
            "    USAGOV 2016..2010\n"
            "Other = XQZGOV\n");
  RunResult r = RunDyad("dict check '" + dir + "/bad.dict'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr(dir + "/bad.dict:3: inverted date range 2016..2010"));
  EXPECT_THAT(r.err, HasSubstr(dir + "/bad.dict:4: unknown code part \"XQZ\""));
  WriteFile(dir + "/good.dict", "@kind person\nSomeone\n    USAGOV 2010..2016\n    USAELI\n");
  r = RunDyad("dict check '" + dir + "/good.dict'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("1 file(s), 1 entries, 0 verbs, 0 patterns: 0 problem(s)"));
  // Verb files are read by the event coder; a problem is reported once.
  WriteFile(dir + "/bad.verbs", "#dyad-verbs 1\n--- MEET [040] ---\nMEET\n- * (WITH + [040]\n");
  r = RunDyad("dict check '" + dir + "/bad.verbs'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr(dir + "/bad.verbs:4: '(' not closed"));
  EXPECT_EQ(r.err.find("bad.verbs:4", r.err.find("bad.verbs:4") + 1), std::string::npos) << r.err;
  WriteFile(dir + "/good.verbs", "#dyad-verbs 1\n--- MEET [040] ---\nMEET\n- * (WITH +) [040]\n");
  r = RunDyad("dict check '" + dir + "/good.verbs'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("1 verbs, 1 patterns: 0 problem(s)"));
}

TEST(CliDict, TheDefaultDictionariesPassTheCheck) {
  RunResult r = RunDyad("dict check data/dictionaries/*.dict data/dictionaries/verbs/*.verbs");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = RunDyad("dict stats");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("agent"));
}

TEST(CliActors, MentionsWithOffsetsThatSliceTheText) {
  // JSON Lines: offsets are into the record's "text".
  const std::string text =
      "Russian Foreign Minister Sergei Lavrov met an Indian defence ministry official in New "
      "Delhi on Friday. Rebels later attacked a convoy.";
  RunResult r = RunDyad("actors --input jsonl -",
                        "{\"id\": \"a1\", \"date\": \"2024-05-03\", \"text\": \"" + text + "\"}\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_FALSE(lines.empty());
  std::map<std::string, std::string> code_of;
  for (const auto& m : lines) {
    ASSERT_TRUE(m.contains("article_id") && m.contains("sentence") && m.contains("resolved_by"));
    // text == input text[start:end] (code points; the input is ASCII here).
    size_t start = m["start"], end = m["end"];
    EXPECT_EQ(text.substr(start, end - start), m["text"].get<std::string>());
    code_of[m["text"]] = m["code"];
  }
  EXPECT_EQ(code_of["Russian Foreign Minister Sergei Lavrov"], "RUSGOV");
  EXPECT_THAT(code_of["an Indian defence ministry official"], ::testing::StartsWith("INDGOV"));
  EXPECT_EQ(code_of["Rebels"], "---REB");
}

TEST(CliActors, UnknownListsNamesMostFrequentFirst) {
  RunResult r = RunDyad("actors --unknown --date 2024-05-03 -",
                        "T\n\nZorblax Quenton met officials. Zorblax Quenton left. Mira Oddvin "
                        "stayed.\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto lines = Lines(r.out);
  ASSERT_GE(lines.size(), 2u);
  EXPECT_EQ(lines[0]["name"], "Zorblax Quenton");
  EXPECT_EQ(lines[0]["count"], 2);
  EXPECT_THAT(lines[0]["example"].get<std::string>(), HasSubstr("Zorblax Quenton met officials."));
}

TEST(CliActors, DictFlagsAndUsageErrors) {
  std::string dir = MakeTempDir();
  WriteFile(dir + "/extra.dict", "@kind person\nZorblax Quenton = FRAGOV\n");
  RunResult r = RunDyad("actors --date 2024-05-03 --dict '" + dir + "/extra.dict' -",
                        "T\n\nZorblax Quenton met officials.\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("\"code\":\"FRAGOV\""));
  r = RunDyad("actors --no-default-dict --dict '" + dir + "/extra.dict' -",
              "T\n\nSergei Lavrov met Zorblax Quenton.\n");
  EXPECT_THAT(r.out, Not(HasSubstr("RUSGOV")));
  r = RunDyad("actors --dict nouns=x.txt -", "x");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("unknown dictionary kind"));
  r = RunDyad("actors --dict '" + dir + "/missing.dict' -", "x");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("missing.dict"));
}

// `dyad code --format tsv` on JSON Lines given on stdin: "SOURCE>TARGET:CODE id" per event.
std::vector<std::string> CodedEvents(const std::string& jsonl, const std::string& flags = "") {
  RunResult r = RunDyad("code --input jsonl --format tsv " + flags + " -", jsonl);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> out;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> f;
    std::istringstream cols(line);
    for (std::string c; std::getline(cols, c, '\t');) f.push_back(c);
    if (f.size() >= 5) out.push_back(f[1] + ">" + f[2] + ":" + f[3] + " " + f[4]);
  }
  return out;
}

TEST(CliCode, DiscardsRemoveSportsEventsAndKeepTheArticlesOthers) {
  const std::string jsonl =
      "{\"id\":\"a1\",\"date\":\"2024-06-01\",\"text\":\"Brazil beat Argentina 3-1 in the World Cup final.\"}\n"
      "{\"id\":\"a2\",\"date\":\"2024-06-01\",\"text\":\"Brazil accused Argentina of cheating in the World "
      "Cup final.\"}\n"
      // A sentence discard leaves the article's political sentence its event.
      "{\"id\":\"a3\",\"date\":\"2024-06-01\",\"text\":\"China condemned the United States. Brazil accused "
      "Argentina of cheating in the World Cup semifinal.\"}\n"
      // A story discard ("Premier League") removes them all.
      "{\"id\":\"a4\",\"date\":\"2024-06-01\",\"text\":\"China condemned the United States. Arsenal lead "
      "the Premier League.\"}\n";
  EXPECT_THAT(CodedEvents(jsonl), ::testing::ElementsAre("CHN>USA:111 a3"));
  // The same sentences with the phrases gone are coded: the discards did it.
  EXPECT_THAT(CodedEvents("{\"id\":\"b\",\"date\":\"2024-06-01\",\"text\":\"Brazil accused Argentina of "
                          "cheating in the final.\"}\n"),
              ::testing::ElementsAre("BRA>ARG:112 b"));
  // A discards file given with --dict adds its phrases ("+": the story).
  std::string dir = MakeTempDir();
  WriteFile(dir + "/d.txt", "CHEATING\n+UNITED STATES\n");
  EXPECT_THAT(CodedEvents("{\"id\":\"c\",\"date\":\"2024-06-01\",\"text\":\"China condemned Japan. Brazil "
                          "accused Argentina of cheating.\"}\n",
                          "--dict discards=" + dir + "/d.txt"),
              ::testing::ElementsAre("CHN>JPN:111 c"));
  EXPECT_THAT(CodedEvents(jsonl, "--dict discards=" + dir + "/d.txt"), ::testing::IsEmpty());
}

}  // namespace
}  // namespace dyad::testing
