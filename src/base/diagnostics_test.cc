#include "base/diagnostics.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(Diagnostics, FormatsFileLineReason) {
  EXPECT_EQ(FormatDiagnostic(Severity::kError, "a.jsonl", 2, "bad JSON"), "a.jsonl:2: bad JSON");
  EXPECT_EQ(FormatDiagnostic(Severity::kError, "a.bin", 0, "binary file"), "a.bin: binary file");
  EXPECT_EQ(FormatDiagnostic(Severity::kWarning, "a.txt", 1, "no date"),
            "a.txt:1: warning: no date");
}

TEST(Diagnostics, CountsErrorsAndWarningsApart) {
  CollectingDiagnostics d;
  d.Error("f", 1, "x");
  d.Warning("f", 2, "y");
  d.Warning("f", 3, "z");
  EXPECT_EQ(d.error_count(), 1);
  EXPECT_EQ(d.warning_count(), 2);
  ASSERT_EQ(d.entries().size(), 3u);
  EXPECT_EQ(d.entries()[1].line, 2);
}

}  // namespace
}  // namespace dyad
