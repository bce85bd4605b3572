// Internal to store/: the records export.cc reads from the store, and the
// writers that turn them into the lines of each format (export.h). Reading
// and writing are apart so that each format is tested on records made by
// hand, and a new format is one more writer.
#ifndef DYAD_STORE_EXPORT_ROWS_H_
#define DYAD_STORE_EXPORT_ROWS_H_

#include <cstdint>
#include <memory>
#include <string>

#include "events/events.h"
#include "geo/geo.h"
#include "store/export.h"

namespace dyad::store {

// An actor of one event row. Offsets count code points; -1 when unknown.
struct ExportActor {
  bool present = false;  // false: the event has no target.
  std::string code, country, sector, text;
  int64_t start = -1, end = -1;
};

// One row of `events` (one mention of a canonical event) with its article.
struct MentionRecord {
  int64_t canonical_id = 0;
  std::string article_id;
  int64_t ordinal = 0, event_id = 0, sentence = 0;  // sentence: 1-based
  std::string date, date_precision;                 // "YYYY-MM-DD" or ""
  ExportActor source, target;
  std::string code, root_code;
  int64_t quad_class = 0;
  double goldstein = 0;
  std::string plover_type, plover_mode, plover_context, modality;
  bool negated = false;
  std::string evidence_verb, evidence_pattern;
  int64_t evidence_start = -1, evidence_end = -1;
  std::string sentence_text;
  std::string url, outlet, article_date;  // From articles; "" when unknown.
  events::EventLocation location;         // Offsets in code points.
};

// One row of `canonical_events`, with its first mention.
struct CanonicalRecord {
  int64_t canonical_id = 0;
  std::string source_code, source_country, source_sector;
  std::string target_code, target_country, target_sector;  // "" without target
  std::string code, root_code;
  int64_t quad_class = 0;
  double goldstein = 0;
  std::string plover_type, date_start, date_end;  // dates "" when undated
  int64_t num_mentions = 0, num_sentences = 0, num_articles = 0, num_sources = 0;
  std::string first_article_id;
  int64_t first_ordinal = 0;
  MentionRecord first;  // The event row (first_article_id, first_ordinal).
  // The canonical event's place (dedup.h: its first located report's);
  // offsets only when that report is `first`.
  events::EventLocation location;
};

// Lines of one format. Each line ends in its newline; headers are "" for
// formats without one.
class ExportWriter {
 public:
  virtual ~ExportWriter() = default;
  virtual std::string EventsHeader() const { return ""; }
  virtual std::string MentionsHeader() const { return ""; }
  virtual std::string EventLine(const CanonicalRecord& event) const = 0;
  virtual std::string MentionLine(const CanonicalRecord& event, const MentionRecord& mention) const = 0;
};

// The writers of jsonl, csv and tsv (export_text.cc).
std::unique_ptr<ExportWriter> NewJsonlWriter();
std::unique_ptr<ExportWriter> NewDelimitedWriter(ExportFormat format);  // kCsv or kTsv

// The GDELT writer (export_gdelt.cc): reads home/data/cameo/codes.tsv, and
// the gazetteer from home when `gazetteer` is null (else it is not owned
// and must outlive the writer). kNotFound or kCorruption as
// ActorCodeParts::Load; Gazetteer::Load's errors.
Result<std::unique_ptr<ExportWriter>> NewGdeltWriter(const std::string& home, const geo::Gazetteer* gazetteer);

}  // namespace dyad::store

#endif  // DYAD_STORE_EXPORT_ROWS_H_
