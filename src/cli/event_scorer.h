// Internal to cli/: scores coded events against a gold file, with the
// semantics of ../shared/eval/score_events.py (its figures, to the digit),
// for `dyad eval`. Does no I/O besides LoadPloverTable and never prints.
//
//   auto record = ParseGoldRecord(line);            // one JSON line of the gold file
//   EventScorer scorer(MatchMode::kExact, nullptr);
//   RecordScore s = scorer.Score(*record, predictions_of_that_record);
//   ScoreTotals totals; totals.Add(record->category, s);
//   std::puts(SummaryLine(totals.all, 1).c_str());  // F1=... P=... R=... tp=...
//
// Matching: a prediction and a gold event are compared as keys of three parts
// (MakeKey), by mode:
//   exact         full source code, full target code, full CAMEO code;
//   country-root  the first three letters of source and target, the two-digit root;
//   plover        the first three letters of source and target, the PLOVER type of
//                 the CAMEO code (gold may give the type itself; old 0.5b1 names are
//                 folded); predictions whose code has no type are left out, and a gold
//                 target "" accepts any target.
// CAMEO country codes that differ from ISO (ROM/ROU, ...) are folded first. A gold
// actor "---" (unknown country) matches any actor in the modes other than exact;
// "" and "---" are the same actor. In a record, gold keys and predicted keys each
// count once; each prediction takes the first open gold key it matches (a hit),
// else is ignored if it matches an optional gold event, else is extra; open gold
// keys left are missed.
//
// Thread-safety: an EventScorer is immutable; Score may be called from any
// number of threads. ScoreTotals is not thread-safe.
#ifndef DYAD_CLI_EVENT_SCORER_H_
#define DYAD_CLI_EVENT_SCORER_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dyad::cli {

enum class MatchMode { kExact, kCountryRoot, kPlover };

// "exact", "country-root", "plover"; nullopt for anything else.
std::optional<MatchMode> ParseMatchMode(std::string_view name);

struct GoldEvent {
  std::string source, target, code;  // As written in the gold file.
  bool optional = false;             // Neither owed nor wrong.
};

// One record of a gold file: {"id", "date", "text", "gold": [{source, target,
// code, optional?}], "category"?, ...}.
struct GoldRecord {
  std::string id;
  std::string text;
  std::string category = "all";  // "category", or "all".
  std::vector<GoldEvent> gold;
  // The record tests a setting of the original coders, not coding: it has a
  // truthy "options", "expect", "config_changed" or "after_final", or
  // "evaluate" false (or "false"). Such records are not scored by default.
  bool settings_test = false;
};

// Parses one line of a gold file. kDataError ("not JSON", "no id", "gold is
// not a list", an event without a code) for a line that cannot be scored.
Result<GoldRecord> ParseGoldRecord(std::string_view line);

// CAMEO code -> PLOVER type, read as score_events.py reads its table: a TSV
// whose first line (after any "#" comment lines) is a header, first column the
// CAMEO code, second the type; the first row of a code wins.
using PloverTable = std::map<std::string, std::string, std::less<>>;
// kNotFound / kIOError when the file cannot be read.
Result<PloverTable> LoadPloverTable(const std::string& path);
// The table parsed from the contents of such a file.
PloverTable ParsePloverTable(std::string_view contents);

// What is compared: source, target and the event part of the mode (the full
// code, its root, or the PLOVER type; nullopt when the code has no PLOVER type).
struct EventKey {
  std::string source, target;
  std::optional<std::string> event;
  bool operator==(const EventKey&) const = default;
};

// The key of one event in `mode`. REQUIRES: `plover` non-null in kPlover mode.
EventKey MakeKey(std::string_view source, std::string_view target, std::string_view code, MatchMode mode,
                 const PloverTable* plover);

// Whether a predicted key matches a gold key in `mode`.
bool KeysMatch(const EventKey& predicted, const EventKey& gold, MatchMode mode);

// A coded event as the scorer sees it.
struct PredictedEvent {
  std::string source, target, code;  // Codes; "" for no target.
};

struct RecordScore {
  int64_t tp = 0, fp = 0, fn = 0;
  std::vector<size_t> missed;  // Indexes into the record's gold events.
  std::vector<size_t> extra;   // Indexes into the predictions (the first of each key).
};

class EventScorer {
 public:
  // `plover` (needed in kPlover mode) must outlive the scorer.
  EventScorer(MatchMode mode, const PloverTable* plover) : mode_(mode), plover_(plover) {}

  // Scores the predictions of one record. Predictions with an empty code are
  // left out.
  RecordScore Score(const GoldRecord& record, const std::vector<PredictedEvent>& predicted) const;

 private:
  MatchMode mode_;
  const PloverTable* plover_;
};

struct Counts {
  int64_t tp = 0, fp = 0, fn = 0;
  // 0 when there is nothing to divide by.
  double Precision() const { return tp + fp ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 0.0; }
  double Recall() const { return tp + fn ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 0.0; }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r ? 2 * p * r / (p + r) : 0.0;
  }
};

// Counts over the whole file and per category.
struct ScoreTotals {
  Counts all;
  std::map<std::string, Counts> by_category;  // Byte order, as Python sorts.
  void Add(const std::string& category, const RecordScore& s);
};

// "F1=0.812 P=0.850 R=0.777 tp=1 fp=2 fn=3 records=4" (no newline).
std::string SummaryLine(const Counts& c, int64_t records);
// "DEMO           tp=   3 fp=   0 fn=   1" (no newline).
std::string CategoryLine(const std::string& category, const Counts& c);

}  // namespace dyad::cli

#endif  // DYAD_CLI_EVENT_SCORER_H_
