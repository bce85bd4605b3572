// Golden files: `dyad parse` on every file in examples/ must reproduce
// tests/golden/parse/<file>.expected byte for byte. Run with
// DYAD_UPDATE_GOLDEN=1 to rewrite them after an intended change; the diff then
// shows in review.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "run_dyad.h"

namespace dyad::testing {
namespace {

TEST(Golden, ParseExamples) {
  namespace fs = std::filesystem;
  const fs::path examples = fs::path(DYAD_SOURCE_DIR) / "examples";
  const fs::path golden = fs::path(DYAD_SOURCE_DIR) / "tests/golden/parse";
  const bool update = std::getenv("DYAD_UPDATE_GOLDEN") != nullptr;
  int compared = 0;
  for (const auto& entry : fs::directory_iterator(examples)) {
    if (!entry.is_regular_file()) continue;
    const std::string name = entry.path().filename().string();
    RunResult r = RunDyad("parse --date 2024-01-01 'examples/" + name + "'");
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

}  // namespace
}  // namespace dyad::testing
