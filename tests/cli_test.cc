// The dyad binary's contract: exit codes, FILE:LINE diagnostics, every good
// record still written.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "run_dyad.h"

namespace dyad::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

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
  EXPECT_EQ(RunDyad("").exit_code, 2);                        // no subcommand
  EXPECT_EQ(RunDyad("frobnicate").exit_code, 2);              // unknown subcommand
  EXPECT_EQ(RunDyad("parse --no-such-flag").exit_code, 2);
  RunResult r = RunDyad("parse --input yaml examples/wire.jsonl");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("yaml"));
  EXPECT_EQ(RunDyad("parse --date yesterday examples/wire.jsonl").exit_code, 2);
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

}  // namespace
}  // namespace dyad::testing
