// One coding sentence and one near-miss for every three-digit CAMEO code
// (tests/data/cameo-cases.jsonl, described in tests/data/README.md): `dyad
// code` with the default dictionaries must code each positive to its event
// (source, target, code) and must give no event of the named three-digit
// code for its near-miss. The file must cover every three-digit code of
// dyad's CAMEO table (data/cameo/events.tsv, read through CameoTable).
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "events/cameo_table.h"
#include "run_dyad.h"

namespace dyad::testing {
namespace {

constexpr char kCasesPath[] = "tests/data/cameo-cases.jsonl";

struct Case {
  int line = 0;
  std::string code;  // Three digits.
  bool positive = false;
  std::string date, text;
  std::string source, target, event;  // Positives only.
};

// The cases of the file, in order. A line that is not a case fails the test.
std::vector<Case> ReadCases() {
  std::vector<Case> cases;
  std::istringstream in(ReadFileOrDie(std::string(DYAD_SOURCE_DIR) + "/" + kCasesPath));
  std::string text;
  for (int line = 1; std::getline(in, text); ++line) {
    if (text.empty()) continue;
    auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    const std::string where = std::string(kCasesPath) + ":" + std::to_string(line);
    if (!j.is_object() || !j.contains("code") || !j.contains("kind") || !j.contains("text") ||
        !j.contains("date")) {
      ADD_FAILURE() << where << ": not a case (code, kind, date and text are required)";
      continue;
    }
    Case c;
    c.line = line;
    c.code = j.value("code", "");
    c.date = j.value("date", "");
    c.text = j.value("text", "");
    const std::string kind = j.value("kind", "");
    c.positive = kind == "positive";
    if (!c.positive && kind != "near-miss") {
      ADD_FAILURE() << where << ": kind must be \"positive\" or \"near-miss\", not \"" << kind
                    << "\"";
      continue;
    }
    if (c.positive) {
      c.source = j.value("source", "");
      c.target = j.value("target", "");
      c.event = j.value("event", "");
      if (c.source.empty() || c.target.empty() || c.event.rfind(c.code, 0) != 0) {
        ADD_FAILURE() << where << ": a positive needs source, target and an event code that "
                      << "starts with its code " << c.code;
        continue;
      }
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

struct Coded {
  std::string source, target, code, pattern;
};

std::string Describe(const std::vector<Coded>& events) {
  if (events.empty()) return "no event";
  std::string out;
  for (const Coded& e : events) {
    if (!out.empty()) out += "; ";
    out += e.source + ">" + e.target + " " + e.code + " [" + e.pattern + "]";
  }
  return out;
}

// Codes every case with one run of `dyad code` (the default dictionaries and
// modalities: what users get) and returns the events by case line.
std::map<int, std::vector<Coded>> CodeCases(const std::vector<Case>& cases) {
  std::string input;
  for (const Case& c : cases) {
    nlohmann::json article = {{"id", std::to_string(c.line)}, {"date", c.date}, {"text", c.text}};
    input += article.dump() + "\n";
  }
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/cases.jsonl", input);
  RunResult r = RunDyad("code --input jsonl '" + dir + "/cases.jsonl'");
  std::filesystem::remove_all(dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::map<int, std::vector<Coded>> events;
  std::istringstream out(r.out);
  std::string line;
  while (std::getline(out, line)) {
    auto e = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!e.is_object()) {
      ADD_FAILURE() << "dyad code wrote a line that is not JSON: " << line;
      continue;
    }
    events[std::stoi(e.value("article_id", "0"))].push_back(
        {e["source"].value("code", ""), e["target"].value("code", ""), e.value("code", ""),
         e["evidence"].value("pattern", "")});
  }
  return events;
}

TEST(CameoCases, PositivesCodeAndNearMissesDoNot) {
  const std::vector<Case> cases = ReadCases();
  ASSERT_FALSE(cases.empty());
  std::map<int, std::vector<Coded>> events = CodeCases(cases);
  for (const Case& c : cases) {
    const std::vector<Coded>& got = events[c.line];
    const std::string where = std::string(kCasesPath) + ":" + std::to_string(c.line);
    if (c.positive) {
      bool found = false;
      for (const Coded& e : got) {
        found |= e.source == c.source && e.target == c.target && e.code == c.event;
      }
      EXPECT_TRUE(found) << where << ": positive " << c.code << " \"" << c.text << "\"\n  expected "
                         << c.source << ">" << c.target << " " << c.event
                         << "\n  dyad coded: " << Describe(got);
    } else {
      std::vector<Coded> wrong;
      for (const Coded& e : got) {
        if (e.code.rfind(c.code, 0) == 0) wrong.push_back(e);
      }
      EXPECT_TRUE(wrong.empty()) << where << ": near-miss " << c.code << " \"" << c.text
                                 << "\"\n  must not code " << c.code
                                 << "\n  dyad coded: " << Describe(got);
    }
  }
}

// Every three-digit code of the CAMEO table has a positive and a near-miss,
// and every case names a three-digit code of the table.
TEST(CameoCases, CoverEveryThreeDigitCode) {
  auto table = events::CameoTable::Load(DYAD_SOURCE_DIR);
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  std::set<std::string> codes;
  for (int n = 0; n <= 209; ++n) {
    char code[4];
    std::snprintf(code, sizeof code, "%03d", n);
    const events::CameoEventInfo* info = table->Find(code);
    if (info != nullptr && info->code == code) codes.insert(code);
  }
  ASSERT_GT(codes.size(), 140u);  // 149 in data/cameo/events.tsv today.
  std::set<std::string> positive, near_miss;
  for (const Case& c : ReadCases()) {
    EXPECT_TRUE(codes.count(c.code)) << kCasesPath << ":" << c.line << ": " << c.code
                                     << " is not a three-digit code of the CAMEO table";
    (c.positive ? positive : near_miss).insert(c.code);
  }
  for (const std::string& code : codes) {
    EXPECT_TRUE(positive.count(code)) << "no positive case for CAMEO " << code << " ("
                                      << table->Find(code)->name << ") in " << kCasesPath;
    EXPECT_TRUE(near_miss.count(code)) << "no near-miss case for CAMEO " << code << " ("
                                       << table->Find(code)->name << ") in " << kCasesPath;
  }
}

}  // namespace
}  // namespace dyad::testing
