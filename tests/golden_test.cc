// Golden files: `dyad parse` on every file in examples/ must reproduce
// tests/golden/parse/<file>.expected byte for byte, `dyad actors` likewise
// tests/golden/actors/<file>.expected (with the default dictionaries),
// `dyad code` tests/golden/code*/ (JSON for every example, TSV and GDELT for
// the JSON Lines one), `dyad eval` on tests/eval/*.jsonl tests/golden/eval-<mode>/, `dyad extract` on every
// web page in examples/ (*.html, *.htm) tests/golden/extract/<file>.expected,
// and on every page in tests/pages/ the tests/pages/<file>.expected beside it.
// Run with DYAD_UPDATE_GOLDEN=1 to rewrite them after an intended change; the
// diff then shows in review.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <functional>

#include "run_dyad.h"

namespace dyad::testing {
namespace {

namespace fs = std::filesystem;

// Runs `dyad COMMAND 'INPUTS/NAME'` for every file in INPUTS (a folder of the
// source tree) that `wanted` accepts and compares its stdout with
// GOLDEN/NAME.expected (or rewrites that file under DYAD_UPDATE_GOLDEN).
void CheckOutputs(const std::string& inputs, const std::string& golden_dir,
                  const std::string& command, const std::function<bool(const fs::path&)>& wanted) {
  const fs::path examples = fs::path(DYAD_SOURCE_DIR) / inputs;
  const fs::path golden = fs::path(DYAD_SOURCE_DIR) / golden_dir;
  const bool update = std::getenv("DYAD_UPDATE_GOLDEN") != nullptr;
  int compared = 0;
  for (const auto& entry : fs::directory_iterator(examples)) {
    if (!entry.is_regular_file() || !wanted(entry.path())) continue;
    const std::string name = entry.path().filename().string();
    RunResult r = RunDyad(command + " '" + inputs + "/" + name + "'");
    EXPECT_EQ(r.exit_code, 0) << name << ": " << r.err;
    const fs::path expected = golden / (name + ".expected");
    if (update) {
      WriteFile(expected.string(), r.out);
      continue;
    }
    ASSERT_TRUE(fs::exists(expected)) << expected << " missing; run with DYAD_UPDATE_GOLDEN=1";
    EXPECT_EQ(r.out, ReadFileOrDie(expected.string())) << "golden mismatch for " << name;
    ++compared;
  }
  if (!update) {
    EXPECT_GT(compared, 0);
  }
}

bool IsHtml(const fs::path& p) { return p.extension() == ".html" || p.extension() == ".htm"; }

TEST(Golden, ParseExamples) {
  CheckOutputs("examples", "tests/golden/parse", "parse --date 2024-01-01",
               [](const fs::path&) { return true; });
}

TEST(Golden, ActorsExamples) {
  CheckOutputs("examples", "tests/golden/actors", "actors --date 2024-01-01",
               [](const fs::path&) { return true; });
}

// `dyad code` with the default actor dictionaries and the small test verb
// dictionary, in each output format.
TEST(Golden, CodeExamples) {
  CheckOutputs("examples", "tests/golden/code",
               "code --date 2024-01-01 --dict verbs=src/events/testdata/verbs.txt",
               [](const fs::path&) { return true; });
}

TEST(Golden, CodeFormats) {
  CheckOutputs("examples", "tests/golden/code-tsv",
               "code --format tsv --date 2024-01-01 --dict verbs=src/events/testdata/verbs.txt",
               [](const fs::path& p) { return p.extension() == ".jsonl"; });
  CheckOutputs("examples", "tests/golden/code-gdelt",
               "code --format gdelt --date 2024-01-01 --dict verbs=src/events/testdata/verbs.txt",
               [](const fs::path& p) { return p.extension() == ".jsonl"; });
}

// `dyad eval` on a tiny gold file (tests/eval/) with the test verb
// dictionary, in each match mode: hits, misses, extras with their evidence,
// a "---" wildcard, an optional event and skipped records.
TEST(Golden, EvalGoldFile) {
  for (const std::string mode : {"exact", "country-root", "plover"}) {
    CheckOutputs("tests/eval", "tests/golden/eval-" + mode,
                 "eval --by-category --show-errors 5 --match " + mode +
                     " --dict verbs=src/events/testdata/verbs.txt",
                 [](const fs::path& p) { return p.extension() == ".jsonl"; });
  }
}

// Without --date: the record shows what the page itself says.
TEST(Golden, ExtractExamples) {
  CheckOutputs("examples", "tests/golden/extract", "extract", IsHtml);
}

// Hand-made pages, one per extraction rule (tests/pages/README.md): the
// expected records were written and checked by hand.
TEST(Golden, ExtractionRulePages) {
  CheckOutputs("tests/pages", "tests/pages", "extract", IsHtml);
}

}  // namespace
}  // namespace dyad::testing
