// Golden files: `dyad parse` on every file in examples/ must reproduce
// tests/golden/parse/<file>.expected byte for byte, and `dyad extract` on
// every web page in examples/ (*.html, *.htm) tests/golden/extract/<file>.expected.
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

// Runs `dyad COMMAND 'examples/NAME'` for every example file `wanted` accepts
// and compares its stdout with tests/golden/STAGE/NAME.expected (or rewrites
// that file under DYAD_UPDATE_GOLDEN).
void CheckExamples(const std::string& stage, const std::string& command,
                   const std::function<bool(const fs::path&)>& wanted) {
  const fs::path examples = fs::path(DYAD_SOURCE_DIR) / "examples";
  const fs::path golden = fs::path(DYAD_SOURCE_DIR) / "tests/golden" / stage;
  const bool update = std::getenv("DYAD_UPDATE_GOLDEN") != nullptr;
  int compared = 0;
  for (const auto& entry : fs::directory_iterator(examples)) {
    if (!entry.is_regular_file() || !wanted(entry.path())) continue;
    const std::string name = entry.path().filename().string();
    RunResult r = RunDyad(command + " 'examples/" + name + "'");
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

TEST(Golden, ParseExamples) {
  CheckExamples("parse", "parse --date 2024-01-01", [](const fs::path&) { return true; });
}

// Without --date: the record shows what the page itself says.
TEST(Golden, ExtractExamples) {
  CheckExamples("extract", "extract", [](const fs::path& p) {
    return p.extension() == ".html" || p.extension() == ".htm";
  });
}

}  // namespace
}  // namespace dyad::testing
