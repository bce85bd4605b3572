// For tests only: a CollectingDiagnostics' reports as short strings, so a
// test compares the whole list at once.
//
//   EXPECT_THAT(Reports(diag), ElementsAre("E3: bad code", "W7: ..."));
//   EXPECT_THAT(ReportLines(diag), ElementsAre("E3", "W7"));
#ifndef DYAD_BASE_DIAGNOSTICS_TESTING_H_
#define DYAD_BASE_DIAGNOSTICS_TESTING_H_

#include <string>
#include <vector>

#include "base/diagnostics.h"

namespace dyad {

// "E3: reason" for an error on line 3, "W3: reason" for a warning.
inline std::vector<std::string> Reports(const CollectingDiagnostics& diag) {
  std::vector<std::string> out;
  for (const auto& e : diag.entries()) {
    out.push_back(std::string(e.severity == Severity::kError ? "E" : "W") + std::to_string(e.line) +
                  ": " + e.reason);
  }
  return out;
}

// "E3", "W3": the lines and severities only.
inline std::vector<std::string> ReportLines(const CollectingDiagnostics& diag) {
  std::vector<std::string> out;
  for (const auto& e : diag.entries()) {
    out.push_back(std::string(e.severity == Severity::kError ? "E" : "W") + std::to_string(e.line));
  }
  return out;
}

}  // namespace dyad

#endif  // DYAD_BASE_DIAGNOSTICS_TESTING_H_
