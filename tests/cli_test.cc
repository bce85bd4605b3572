// The dyad binary's contract: exit codes, FILE:LINE diagnostics, every good
// record still written.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "run_dyad.h"

namespace dyad::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

// The JSON Lines `dyad extract` wrote, one object per line, keys in the
// order written. A line that is not JSON fails the test.
std::vector<nlohmann::ordered_json> JsonLines(const std::string& out) {
  std::vector<nlohmann::ordered_json> records;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) {
    auto j = nlohmann::ordered_json::parse(line, nullptr, /*allow_exceptions=*/false);
    EXPECT_TRUE(j.is_object()) << "not a JSON object: " << line;
    records.push_back(std::move(j));
  }
  return records;
}

std::vector<std::string> Keys(const nlohmann::ordered_json& record) {
  std::vector<std::string> keys;
  for (const auto& item : record.items()) keys.push_back(item.key());
  return keys;
}

TEST(Cli, VersionAndHelp) {
  RunResult v = RunDyad("--version");
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_THAT(v.out, HasSubstr("dyad "));
  RunResult h = RunDyad("--help");
  EXPECT_EQ(h.exit_code, 0);
  EXPECT_THAT(h.out, HasSubstr("parse"));
  EXPECT_THAT(h.out, HasSubstr("Exit codes"));
  RunResult ph = RunDyad("parse --help");
  EXPECT_EQ(ph.exit_code, 0);
  EXPECT_THAT(ph.out, HasSubstr("--input"));
  EXPECT_THAT(ph.out, HasSubstr("--date"));
}

TEST(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(RunDyad("").exit_code, 2);            // no subcommand
  EXPECT_EQ(RunDyad("frobnicate").exit_code, 2);  // unknown subcommand
  EXPECT_EQ(RunDyad("parse --no-such-flag").exit_code, 2);
  RunResult r = RunDyad("parse --input yaml examples/wire.jsonl");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("yaml"));
  EXPECT_EQ(RunDyad("parse --date yesterday examples/wire.jsonl").exit_code, 2);
}

TEST(CliEval, UsageErrorsAndHelp) {
  RunResult r = RunDyad("eval no-such-gold.jsonl");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("cannot read the gold file no-such-gold.jsonl"));
  EXPECT_EQ(RunDyad("eval").exit_code, 2);  // GOLD is required
  EXPECT_EQ(RunDyad("eval --match fuzzy tests/eval/gold.jsonl").exit_code, 2);
  RunResult h = RunDyad("eval --help");
  EXPECT_EQ(h.exit_code, 0);
  EXPECT_THAT(h.out, HasSubstr("--show-errors"));
  EXPECT_THAT(h.out, HasSubstr("Examples:"));
}

// A gold line that is not JSON is reported as FILE:LINE and the rest is scored.
TEST(CliEval, BadGoldLineExitsOne) {
  const std::string dir = MakeTempDir();
  WriteFile(dir + "/gold.jsonl",
            "{\"id\": \"a\", \"date\": \"20240503\", \"text\": \"Lavrov urged Ankara to halt it.\", \"gold\": []}\n"
            "{not json\n");
  RunResult r = RunDyad("eval --dict verbs=src/events/testdata/verbs.txt '" + dir + "/gold.jsonl'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("gold.jsonl:2: "));
  EXPECT_THAT(r.out, HasSubstr("records=1"));
}

TEST(Cli, BrokenJsonLineIsRejectedAndTheRestWritten) {
  RunResult r = RunDyad("parse --input jsonl -",
                        "{\"id\":\"first\",\"date\":\"2024-01-02\",\"text\":\"One sentence.\"}\n"
                        "{\"id\":\"second\",\"date\":\"2024-01-02\",\"text\":\"Trunc\n"
                        "{\"id\":\"third\",\"date\":\"2024-01-02\",\"text\":\"Another one.\"}\n");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.out, HasSubstr("# newdoc id = first"));
  EXPECT_THAT(r.out, HasSubstr("# newdoc id = third"));
  EXPECT_THAT(r.out, Not(HasSubstr("second")));
  EXPECT_THAT(r.err, HasSubstr("-:2: "));
}

TEST(Cli, CleanInputExitsZero) {
  RunResult r = RunDyad("parse examples/wire.jsonl");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("# newdoc id = wire-0001"));
  EXPECT_THAT(r.out, HasSubstr("# sent_id = wire-0001-1"));
  EXPECT_THAT(r.out, HasSubstr("# text = "));
}

TEST(Cli, MissingDateIsAWarningNotAnError) {
  RunResult r = RunDyad("parse --input jsonl -", "{\"id\":\"x\",\"text\":\"No date here.\"}\n");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_THAT(r.err, HasSubstr("warning"));
  RunResult d = RunDyad("parse --input jsonl --date 2024-04-24 -",
                        "{\"id\":\"x\",\"text\":\"No date here.\"}\n");
  EXPECT_EQ(d.exit_code, 0);
  EXPECT_THAT(d.err, Not(HasSubstr("warning")));
  EXPECT_THAT(d.out, HasSubstr("# date = 2024-04-24"));
}

TEST(Cli, MissingFileIsReportedAndOthersStillRead) {
  RunResult r = RunDyad("parse no/such/file.txt examples/wire.jsonl");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("no/such/file.txt"));
  EXPECT_THAT(r.out, HasSubstr("# newdoc id = wire-0001"));
}

TEST(Cli, ReadsDirectoriesRecursively) {
  std::string dir = MakeTempDir();
  WriteFile(dir + "/a/one.txt", "Title one\n\nBody one is here.\n");
  WriteFile(dir + "/b/c/two.txt", "Title two\n\nBody two is here.\n");
  RunResult r = RunDyad("parse --date 2024-01-01 '" + dir + "'");
  std::filesystem::remove_all(dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  size_t one = r.out.find("# newdoc id = one"), two = r.out.find("# newdoc id = two");
  ASSERT_NE(one, std::string::npos);
  ASSERT_NE(two, std::string::npos);
  EXPECT_LT(one, two);
}

TEST(Cli, WritesToOutputFile) {
  std::string dir = MakeTempDir();
  RunResult r = RunDyad("parse examples/wire.jsonl -o '" + dir + "/out.conllu'");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(r.out.empty());
  EXPECT_THAT(ReadFileOrDie(dir + "/out.conllu"), HasSubstr("# newdoc id = wire-0002"));
  std::filesystem::remove_all(dir);
}

TEST(Cli, ConlluInputKeepsTokensAndSentenceBreaks) {
  RunResult r = RunDyad("parse --input conllu examples/pretokenized.conllu");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("# newdoc id = pretok-1"));
  EXPECT_THAT(r.out, HasSubstr("# text = Lavrov didn't meet Blinken."));
  EXPECT_THAT(r.out, HasSubstr("2-3\tdidn't\t"));
  EXPECT_THAT(r.out, HasSubstr("3\tn't\t"));
}

// Every bad input of the issue: a FILE:LINE (or FILE:) report on stderr, exit
// code 1, and the good input given alongside still written.
TEST(Cli, BadInputsAreReportedAndTheRestStillProcessed) {
  std::string dir = MakeTempDir();
  struct Case {
    const char* name;
    std::string content;
    const char* flags;
  } cases[] = {
      {"invalid.txt", "Title\n\nBad \xFF\xFE bytes here.\n", ""},
      {"binary.txt",
       std::string("\x7F"
                   "ELF\x02\x01\x01\0\0\0\0",
                   12) +
           std::string(200, '\0'),
       ""},
      {"truncated.jsonl", "{\"id\":\"t1\",\"text\":\"ok.\"}\n{\"id\":\"t2\",\"te", ""},
      {"notafeed.rss", "this is not xml at all", ""},
      {"broken.jsonl", "[1,2,3]\n\"just a string\"\n", ""},
  };
  for (const auto& c : cases) {
    WriteFile(dir + "/" + c.name, c.content);
    RunResult r = RunDyad(std::string("parse --date 2024-01-01 ") + c.flags + " '" + dir + "/" +
                          c.name + "' examples/wire.jsonl");
    EXPECT_EQ(r.exit_code, 1) << c.name << ": " << r.err;
    EXPECT_THAT(r.err, HasSubstr(c.name)) << c.name;
    EXPECT_THAT(r.out, HasSubstr("# newdoc id = wire-0003")) << c.name;
  }
  std::filesystem::remove_all(dir);
}

TEST(Cli, EmptyFileAndUnclosedHtmlAreNotErrors) {
  std::string dir = MakeTempDir();
  WriteFile(dir + "/empty.txt", "");
  WriteFile(dir + "/unclosed.html", "<html><body><p>Talks began in Geneva on Monday.<p>They ended");
  RunResult e = RunDyad("parse --date 2024-01-01 '" + dir + "/empty.txt'");
  EXPECT_EQ(e.exit_code, 0) << e.err;
  EXPECT_THAT(e.err, HasSubstr("empty.txt"));  // A warning names it.
  RunResult h = RunDyad("parse --date 2024-01-01 '" + dir + "/unclosed.html'");
  EXPECT_EQ(h.exit_code, 0) << h.err;
  EXPECT_THAT(h.out, HasSubstr("# text = Talks began in Geneva on Monday."));
  EXPECT_THAT(h.out, HasSubstr("# text = They ended"));
  std::filesystem::remove_all(dir);
}

TEST(Cli, HugeSingleLineIsHandled) {
  // 50 MB on one line without a newline: read, segmented or rejected, never a
  // crash; the next line is still processed. Segmentation only: tagging and
  // parsing 13 million words would take minutes and test nothing more here.
  std::string dir = MakeTempDir();
  std::string big = "{\"id\":\"big\",\"date\":\"2024-01-01\",\"text\":\"";
  big.reserve(50u << 20);
  while (big.size() < (50u << 20)) big += "The talks went on. ";
  big += "\"}\n{\"id\":\"after\",\"date\":\"2024-01-01\",\"text\":\"Still read.\"}\n";
  WriteFile(dir + "/big.jsonl", big);
  RunResult r =
      RunDyad("parse --segment-only '" + dir + "/big.jsonl' -o '" + dir + "/out.conllu'");
  std::filesystem::remove_all(dir + "/big.jsonl");
  EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.err;
  std::string out = ReadFileOrDie(dir + "/out.conllu");
  EXPECT_THAT(out, HasSubstr("# newdoc id = after"));
  std::filesystem::remove_all(dir);
}

TEST(Cli, CompressedInputs) {
  std::string dir = MakeTempDir();
  WriteFile(dir + "/a1.txt", "Title\n\nGENEVA (Reuters) - Talks began on Monday.\n");
  ASSERT_EQ(std::system(("gzip -k '" + dir + "/a1.txt' && mv '" + dir + "/a1.txt.gz' '" + dir +
                         "/g1.txt.gz'")
                            .c_str()),
            0);
  RunResult r = RunDyad("parse --date 2024-01-01 '" + dir + "/g1.txt.gz'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("# newdoc id = g1"));
  EXPECT_THAT(r.out, HasSubstr("# dateline = GENEVA"));
  EXPECT_THAT(r.out, HasSubstr("# text = Talks began on Monday."));
  std::filesystem::remove_all(dir);
}

TEST(Cli, EveryExampleFormatIsRead) {
  for (const char* f :
       {"examples/reuters-style.txt", "examples/wire.jsonl", "examples/ministry-statement.html",
        "examples/world-feed.rss", "examples/security-feed.atom", "examples/pretokenized.conllu"}) {
    RunResult r = RunDyad(std::string("parse ") + f);
    EXPECT_EQ(r.exit_code, 0) << f << ": " << r.err;
    EXPECT_THAT(r.out, HasSubstr("# text = ")) << f;
  }
}

TEST(CliExtract, HelpDescribesTheOutput) {
  RunResult h = RunDyad("--help");
  EXPECT_THAT(h.out, HasSubstr("dyad extract page.html"));
  RunResult eh = RunDyad("extract --help");
  EXPECT_EQ(eh.exit_code, 0);
  EXPECT_THAT(eh.out, HasSubstr("--input"));
  EXPECT_THAT(eh.out, HasSubstr("--date"));
  EXPECT_THAT(eh.out, HasSubstr("--output"));
  EXPECT_THAT(eh.out, HasSubstr("\"site\""));
}

TEST(CliExtract, UsageErrorsExitTwo) {
  EXPECT_EQ(RunDyad("extract --no-such-flag").exit_code, 2);
  RunResult r = RunDyad("extract --input yaml examples/ministry-statement.html");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("dyad extract: "));
  EXPECT_EQ(RunDyad("extract --date yesterday examples/ministry-statement.html").exit_code, 2);
  EXPECT_EQ(RunDyad("extract -o /no/such/dir/out.jsonl examples/wire.jsonl").exit_code, 2);
}

TEST(CliExtract, HtmlFileGivesOneRecordWithEveryKeyInOrder) {
  RunResult r = RunDyad("extract examples/ministry-statement.html");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto records = JsonLines(r.out);
  ASSERT_EQ(records.size(), 1u) << r.out;
  const auto& a = records[0];
  EXPECT_THAT(Keys(a), ElementsAre("id", "title", "date", "url", "site", "author", "text"));
  for (const auto& item : a.items()) EXPECT_TRUE(item.value().is_string()) << item.key();
  EXPECT_EQ(a["id"], "ministry-statement");
  EXPECT_EQ(a["title"], "Ministry condemns strikes on Gaza");
  EXPECT_EQ(a["date"], "2024-04-26");
  EXPECT_EQ(a["url"], "https://news.example.com/world/ministry-condemns-strikes");
  EXPECT_THAT(a["text"].get<std::string>(), HasSubstr("called for an immediate ceasefire."));
}

// A small news page: a menu, then a story long enough that a main-text
// extractor keeps it.
std::string StoryPage(const std::string& title) {
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title +
         "</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
         "<article><h1>" +
         title +
         "</h1><p>Talks between the two delegations began in Geneva on Monday and were "
         "expected to last until the end of the week, officials said.</p>"
         "<p>The foreign ministry said the talks would cover the ceasefire, the exchange of "
         "prisoners and the reopening of the border crossings closed since March.</p>"
         "<p>Neither side gave details of its proposals, but both said they hoped to sign an "
         "agreement before the end of the month.</p></article></body></html>";
}

TEST(CliExtract, JsonlHtmlRecordKeepsItsId) {
  nlohmann::json record = {{"id", "p1"}, {"html", StoryPage("Talks open in Geneva")}};
  RunResult r = RunDyad("extract --input jsonl -", record.dump() + "\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  auto records = JsonLines(r.out);
  ASSERT_EQ(records.size(), 1u) << r.out;
  EXPECT_EQ(records[0]["id"], "p1");
  EXPECT_EQ(records[0]["title"], "Talks open in Geneva");
  EXPECT_EQ(records[0]["date"], "");
  EXPECT_THAT(records[0]["text"].get<std::string>(),
              HasSubstr("Talks between the two delegations began in Geneva on Monday"));
}

TEST(CliExtract, BrokenJsonLineIsRejectedAndTheRestWritten) {
  RunResult r = RunDyad("extract --input jsonl -",
                        "{\"id\":\"first\",\"html\":\"<p>One sentence.</p>\"}\n"
                        "{\"id\":\"second\",\"html\":\"<p>Trunc\n"
                        "{\"id\":\"third\",\"text\":\"Another one.\"}\n");
  EXPECT_EQ(r.exit_code, 1);
  auto records = JsonLines(r.out);
  ASSERT_EQ(records.size(), 2u) << r.out;
  EXPECT_EQ(records[0]["id"], "first");
  EXPECT_EQ(records[1]["id"], "third");
  EXPECT_EQ(records[1]["text"], "Another one.");
  EXPECT_THAT(r.err, HasSubstr("-:2: "));
}

TEST(CliExtract, ReadsHtmlFromStdin) {
  const std::string page = StoryPage("Ceasefire talks open");
  for (const char* args : {"extract -", "extract --input html -", "extract"}) {
    RunResult r = RunDyad(args, page);
    EXPECT_EQ(r.exit_code, 0) << args << ": " << r.err;
    auto records = JsonLines(r.out);
    ASSERT_EQ(records.size(), 1u) << args << ": " << r.out;
    EXPECT_FALSE(records[0]["id"].get<std::string>().empty()) << args;
    EXPECT_EQ(records[0]["title"], "Ceasefire talks open") << args;
    EXPECT_THAT(records[0]["text"].get<std::string>(), HasSubstr("the exchange of prisoners"))
        << args;
  }
}

TEST(CliExtract, PageWithoutTextGivesARecordWithEmptyText) {
  RunResult r = RunDyad("extract --input html -",
                        "<html><head><title>Gallery</title><script>x()</script></head>"
                        "<body><img src=a.jpg></body></html>");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("warning"));
  auto records = JsonLines(r.out);
  ASSERT_EQ(records.size(), 1u) << r.out;
  EXPECT_EQ(records[0]["title"], "Gallery");
  EXPECT_EQ(records[0]["text"], "");
}

TEST(CliExtract, EveryFormatAndTheDateFlag) {
  std::string dir = MakeTempDir();
  RunResult r = RunDyad(
      "extract --date 2024-01-01 examples/reuters-style.txt examples/wire.jsonl "
      "examples/world-feed.rss examples/pretokenized.conllu -o '" +
      dir + "/out.jsonl'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  auto records = JsonLines(ReadFileOrDie(dir + "/out.jsonl"));
  std::filesystem::remove_all(dir);
  ASSERT_GE(records.size(), 4u);
  for (const auto& a : records) {
    EXPECT_FALSE(a["date"].get<std::string>().empty()) << a.dump();
    EXPECT_FALSE(a["text"].get<std::string>().empty()) << a.dump();
  }
  // CoNLL-U: the sentences' own text, not the token lines.
  const auto& conllu = records.back();
  EXPECT_EQ(conllu["id"], "pretok-1");
  EXPECT_THAT(conllu["text"].get<std::string>(), HasSubstr("Lavrov didn't meet Blinken."));
  EXPECT_THAT(conllu["text"].get<std::string>(), Not(HasSubstr("\t")));
}

}  // namespace
}  // namespace dyad::testing
