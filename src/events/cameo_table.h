// Internal to events/: what the event record says about a CAMEO event code
// (its name, root, GDELT QuadClass and Goldstein value, PLOVER mapping), read
// from the shipped tables data/cameo/events.tsv and data/plover/cameo_plover.tsv
// (scripts/make-event-tables.py writes both; their READMEs give the sources).
//
//   auto table = CameoTable::Load(home);
//   if (!table.ok()) return table.status();
//   const CameoEventInfo* info = table->Find("0361");  // falls back to "036"
//   if (info != nullptr) event.goldstein = info->goldstein;
//
// Thread-safety: immutable after Load/Parse; share one table across threads.
#ifndef DYAD_EVENTS_CAMEO_TABLE_H_
#define DYAD_EVENTS_CAMEO_TABLE_H_

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "base/status.h"

namespace dyad::events {

struct CameoEventInfo {
  std::string code;  // "036": two (root), three or four digits.
  std::string root;  // "03": the first two digits.
  std::string name;  // "Express intent to meet or negotiate".
  // GDELT's QuadClass, by root: 1 verbal cooperation (01-05), 2 material
  // cooperation (06-09), 3 verbal conflict (10-14), 4 material conflict (15-20).
  int quad_class = 0;
  // GDELT's Goldstein value, -10..10 (a code GDELT lacks has its parent's;
  // see data/cameo/README.md).
  double goldstein = 0;
  // From the CAMEO->PLOVER map: "AGREE", "", "diplomatic". Each may be empty:
  // the roots 01 and 02 have no PLOVER type, and a code takes no mapping
  // from its parent. Several contexts are joined with ',' ("military,legal").
  std::string plover_type, plover_mode, plover_context;
};

class CameoTable {
 public:
  // Reads home/data/cameo/events.tsv and home/data/plover/cameo_plover.tsv.
  // Returns the table, or kNotFound (a file is missing), kIOError (it cannot
  // be read) or kCorruption ("path:line: reason") as Parse.
  static Result<CameoTable> Load(const std::string& home);

  // Builds a table from the text of the two files ('#' comments, blank lines
  // and the header line are skipped). events_tsv rows are
  // "code<TAB>root<TAB>quad_class<TAB>goldstein<TAB>name"; plover_tsv rows
  // "cameo<TAB>type<TAB>mode<TAB>context", type non-empty. kCorruption,
  // naming "events.tsv:LINE: reason" or "cameo_plover.tsv:LINE: reason", when
  // a row has the wrong number of fields, a code that is not 2-4 digits or
  // repeats, a root that is not the code's first two digits or not 01-20, a
  // QuadClass that disagrees with the root, a Goldstein value that is not a
  // number in [-10, 10], an empty name, or (PLOVER) a code events_tsv lacks;
  // also when events_tsv has no codes.
  static Result<CameoTable> Parse(std::string_view events_tsv, std::string_view plover_tsv);

  // The entry for `code`. A 3- or 4-digit code the table lacks falls back to
  // its nearest parent the table has ("0361" -> "036" -> "03"), since a coder
  // may use a finer code than the CAMEO codebook (Phoenix's 109); compare
  // the entry's `code` to see whether it did. nullptr when no parent is known
  // or `code` is not 2-4 digits. The pointer lives as long as the table.
  const CameoEventInfo* Find(std::string_view code) const;

  // The number of codes.
  size_t size() const { return codes_.size(); }

 private:
  static Result<CameoTable> Parse(std::string_view events_tsv, std::string_view events_path,
                                  std::string_view plover_tsv, std::string_view plover_path);
  Status ParseEvents(std::string_view tsv, std::string_view path);
  Status ParsePlover(std::string_view tsv, std::string_view path);

  // Ordered so that codes read in hierarchy order ("03", "030", "0311").
  std::map<std::string, CameoEventInfo, std::less<>> codes_;
};

}  // namespace dyad::events

#endif  // DYAD_EVENTS_CAMEO_TABLE_H_
