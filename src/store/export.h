// store export: the store's canonical events (one row per deduplicated event,
// dedup rules in docs/store.md) written out for other tools: GDELT 2.0 event
// and mention tables, JSON lines shaped like `dyad code`'s records, or CSV
// and TSV with a header. docs/store.md, "Export", gives every column.
//
//   dyad::store::ExportOptions options;
//   options.format = dyad::store::ExportFormat::kGdelt;
//   options.home = home;                      // data/cameo/codes.tsv (gdelt)
//   auto counts = dyad::store::ExportEvents(*store, options, &std::cout, &mentions_file);
//   if (!counts.ok()) return counts.status();
//
// Rows are streamed a page of canonical events at a time, ordered by date
// (undated events first), then canonical id: memory stays flat however large
// the store, and two exports of the same store are byte-identical on either
// back end. The library only writes to the streams it is given.
//
// Thread-safety: ExportEvents uses the store, which is not thread-safe: do not
// use the store from another thread meanwhile.
#ifndef DYAD_STORE_EXPORT_H_
#define DYAD_STORE_EXPORT_H_

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "base/status.h"
#include "geo/geo.h"
#include "store/store.h"

namespace dyad::store {

enum class ExportFormat : uint8_t {
  kJsonl,  // One JSON object per line: the first mention's `dyad code` record
           // plus canonical_id, date_end, num_* and url.
  kGdelt,  // GDELT 2.0: 61 tab-separated event columns, 16 mention columns; no header.
  kCsv,    // A header, then RFC 4180 rows (quoted where needed, CRLF line ends).
  kTsv,    // A header, then tab-separated rows (tabs and newlines in values become spaces).
};

// "jsonl", "gdelt", "csv", "tsv"; nullopt for anything else.
std::optional<ExportFormat> ParseExportFormat(std::string_view name);

struct ExportOptions {
  ExportFormat format = ExportFormat::kJsonl;
  // dyad's home, for kGdelt only: home/data/cameo/codes.tsv tells what each
  // three-letter part of an actor code is (country, group, type, ...), which
  // GDELT's actor columns break out; and, unless `gazetteer` is given,
  // home/data/geo/gazetteer.tsv.zst.
  std::string home;
  // kGdelt only: the gazetteer that names the countries of GDELT's
  // *Geo_FullName columns and places each actor (geo::EventLocator::
  // ActorLocation: the event's place when it lies in the actor's country,
  // else the country's) for Actor1Geo and Actor2Geo. Not owned; must outlive
  // the call. Null: ExportEvents loads it from home (~150 ms).
  const geo::Gazetteer* gazetteer = nullptr;
  // Only canonical events whose first date (date_start) lies in [from, to],
  // both "YYYY-MM-DD" and inclusive; either may be empty (no bound). With a
  // bound, undated events are left out.
  std::string from, to;
  // Canonical events read per query. Larger: fewer queries, more memory
  // (a page and its mentions are held at once). Tests make it small.
  int page_size = 1000;
};

// What was written.
struct ExportCounts {
  int64_t events = 0;    // Canonical events (rows of events_out, header aside).
  int64_t mentions = 0;  // Mention rows (0 without mentions_out).
};

// Writes the canonical events of `store` to *events_out and, when
// mentions_out is not null, every event row that belongs to each of them
// (its mentions) to *mentions_out, in the same order. Returns the counts, or
// kInvalidArgument (a date bound that is not YYYY-MM-DD, page_size < 1),
// kNotFound / kCorruption (kGdelt: codes.tsv missing or damaged, or the
// gazetteer, when not given, missing: kNotFound, or damaged), kIOError
// (the store fails, or a stream goes bad: what was written stays written).
// The streams are not owned and are not flushed.
// REQUIRES: events_out non-null.
Result<ExportCounts> ExportEvents(EventStore& store, const ExportOptions& options,
                                  std::ostream* events_out, std::ostream* mentions_out);

// One GDELT 2.0 geography block (8 columns from c[0]: Type, FullName,
// CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID) for a place, as
// GDELT fills them: Type 1 country, 2 US state, 3 US city, 4 world city, 5
// world state; FullName "City, Region, Country"; FIPS 10-4 country codes;
// ADM1Code the FIPS country code and the admin-1 code ("USGA"), the
// country's alone for a country; no ADM2; FeatureID the GeoNames id of a
// city, the ADM1Code of a region, the country code of a country. Left empty
// when the place is unknown. `gazetteer` gives country names. Shared by
// the export and `dyad code --format gdelt`.
void GdeltGeoBlock(const events::EventLocation& place, const geo::Gazetteer& gazetteer, std::string* c);

}  // namespace dyad::store

#endif  // DYAD_STORE_EXPORT_H_
