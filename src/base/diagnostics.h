// Diagnostics: where the library reports bad records and warnings.
//
// One bad record never stops a run (tier 2 of our error model, see STYLE.md):
// the reader reports it here with its file, line and reason, skips it, and
// goes on. The CLI prints each report as "FILE:LINE: reason" and turns any
// error into exit code 1; tests collect them in memory.
//
//   dyad::CollectingDiagnostics diag;
//   reader->Next(&article);   // may call diag.Error("feed.jsonl", 2, "...")
//   EXPECT_EQ(diag.error_count(), 1);
//
// Thread-safety: implementations say so themselves; the two here are not
// synchronised and belong to one thread.
#ifndef DYAD_BASE_DIAGNOSTICS_H_
#define DYAD_BASE_DIAGNOSTICS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

enum class Severity : uint8_t {
  kWarning,  // Input was used but something is off (no date, say).
  kError,    // A record was rejected; the run will exit 1.
};

class Diagnostics {
 public:
  virtual ~Diagnostics() = default;

  // `line` is 1-based; 0 means "the whole file".
  virtual void Report(Severity severity, std::string_view file, int64_t line,
                      std::string_view reason) = 0;

  void Error(std::string_view file, int64_t line, std::string_view reason) {
    ++errors_;
    Report(Severity::kError, file, line, reason);
  }
  void Warning(std::string_view file, int64_t line, std::string_view reason) {
    ++warnings_;
    Report(Severity::kWarning, file, line, reason);
  }

  int64_t error_count() const { return errors_; }
  int64_t warning_count() const { return warnings_; }

 private:
  int64_t errors_ = 0;
  int64_t warnings_ = 0;
};

// Formats a report the way users see it: "FILE:LINE: reason", or
// "FILE: reason" when line is 0; warnings get "warning: " before the reason.
std::string FormatDiagnostic(Severity severity, std::string_view file, int64_t line,
                             std::string_view reason);

// Keeps every report, formatted, in memory. For tests and for callers that
// want to show reports their own way.
class CollectingDiagnostics : public Diagnostics {
 public:
  struct Entry {
    Severity severity;
    std::string file;
    int64_t line;
    std::string reason;
  };
  void Report(Severity severity, std::string_view file, int64_t line,
              std::string_view reason) override {
    entries_.push_back({severity, std::string(file), line, std::string(reason)});
  }
  const std::vector<Entry>& entries() const { return entries_; }

 private:
  std::vector<Entry> entries_;
};

}  // namespace dyad

#endif  // DYAD_BASE_DIAGNOSTICS_H_
