// store/query: the questions analysts ask of a store. How did relations
// between two countries move over time? A query selects canonical events
// (each event counted once however many outlets repeated it; dedup.h) by
// dyad, actor, CAMEO code and dates, and folds them into a time series:
// per period, the count of each QuadClass, the mean and summed Goldstein
// scale, and a net cooperation-conflict index. The events behind a point can
// be listed with their evidence sentences and article URLs.
//
//   dyad::store::Query q;
//   auto dyad = dyad::store::ParseDyad("USA~CHN");    // both directions
//   if (!dyad.ok()) return dyad.status();
//   q.dyad = *dyad;
//   q.by = dyad::store::Period::kMonth;
//   auto series = dyad::store::QuerySeries(*store, q);
//   std::string json = dyad::store::SeriesJson(q, *series);
//
// Actors: a three-letter code is a country and matches every actor of that
// country (USAGOV, USAMIL and USA all count as USA); a longer code matches
// the actor codes it begins ("USAGOV" matches USAGOVLEG). Dates are ISO
// (YYYY-MM-DD) and inclusive; an event counts in the period of its first
// date (date_start). Undated events are in no series.
//
// Places (issue 9): --country-of-event keeps the events whose location lies
// in a country (ISO 3166-1 alpha-3), --near the events located within a
// great-circle distance of a point. A canonical event's location is its
// first located report's (docs/store.md); events of unknown place match
// neither.
//
// Thread-safety: the functions only read; they use the store's connection,
// so one store serves one thread at a time.
#ifndef DYAD_STORE_QUERY_H_
#define DYAD_STORE_QUERY_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "store/store.h"

namespace dyad::store {

// Two actors: source acting on target, or either on the other.
struct Dyad {
  std::string source;
  std::string target;
  bool both_directions = false;
};

// "USA-CHN" (directed) or "USA~CHN" (both directions); codes are upper-cased.
// kInvalidArgument for anything else, saying the accepted forms.
Result<Dyad> ParseDyad(std::string_view text);

// A point and a radius: events located within km of (lat, lon).
struct Near {
  double lat = 0, lon = 0;  // WGS84 degrees
  double km = 50;
};

// "LAT,LON" or "LAT,LON,KM" (KM defaults to 50): "48.85,2.35,20".
// kInvalidArgument for anything else, a latitude outside [-90, 90], a
// longitude outside [-180, 180] or a radius not above 0 (or above 20,000).
Result<Near> ParseNear(std::string_view text);

// The great-circle distance in km between two points (haversine, on a
// sphere of the Earth's mean radius, 6371.0088 km).
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

enum class Period : uint8_t { kDay, kWeek, kMonth, kYear };

// "day", "week", "month", "year".
Result<Period> ParsePeriod(std::string_view name);

// The period a date falls in: "2024-04-09" (day), "2024-W15" (ISO week),
// "2024-04" (month), "2024" (year).
std::string PeriodOf(std::string_view iso_date, Period by);

// The first and last day of a period label as PeriodOf makes it, for
// listing the events behind a point. kInvalidArgument for a bad label.
Result<std::pair<std::string, std::string>> PeriodBounds(std::string_view label, Period by);

// What to count.
enum class Weight : uint8_t {
  kEvents,    // each canonical event once
  kMentions,  // each by its num_mentions (how much it was reported)
};

// The place of an event in QueryEvents' order (newest first: date_start,
// then canonical_id, both descending): a page's last event, from which the
// next page goes on.
struct EventKey {
  std::string date_start;
  int64_t canonical_id = 0;
};

struct Query {
  std::optional<Dyad> dyad;
  // An actor on either side (country or code prefix, as above).
  std::string actor;
  // CAMEO code prefix: "11" is every code of root 11, "1" roots 10-19.
  std::string code;
  // PLOVER event type ("ASSAULT", "CONSULT"; upper-cased), exact.
  std::string plover_type;
  // Inclusive ISO dates; empty: unbounded.
  std::string from, to;
  // Where the event happened: its location's country (ISO3, e.g. "UKR";
  // upper-cased), and/or within a radius of a point.
  std::string country_of_event;
  std::optional<Near> near;
  Period by = Period::kMonth;
  Weight weight = Weight::kEvents;
  // QueryEvents only: the events after this one in its order (keyset
  // pagination). A page never repeats or skips an event that was there
  // before, whatever is stored meanwhile. Ignored by QuerySeries.
  std::optional<EventKey> after;
};

// One point of a series. Counts are per GDELT QuadClass: verbal
// cooperation (1), material cooperation (2), verbal conflict (3), material
// conflict (4).
struct SeriesPoint {
  std::string period;
  std::array<int64_t, 4> counts{};
  int64_t total = 0;
  double goldstein_sum = 0;
  double goldstein_mean = 0;  // 0 when total is 0
  // Net cooperation-conflict index in [-1, 1]: (cooperation - conflict) /
  // total, cooperation being QuadClass 1 + 2 and conflict 3 + 4; 0 when no
  // events. The mean Goldstein score is the intensity-weighted measure.
  double index = 0;
};

// The series, oldest period first. Periods without events between the first
// and the last (or between from and to, when given) are present with zero
// counts, so that a plot shows the gaps. kInvalidArgument for bad dates;
// kIOError when the store fails.
Result<std::vector<SeriesPoint>> QuerySeries(EventStore& store, const Query& query);

// One report of an event: the sentence it was coded from and its article.
struct EventMention {
  std::string article_id, url, title, source, date;
  int64_t sentence = 0;
  std::string sentence_text;
  int64_t evidence_start = 0, evidence_end = 0;  // code points in the article
  std::string verb;
};

// A canonical event with (some of) its mentions.
struct EventRecord {
  int64_t canonical_id = 0;
  std::string date_start, date_end;
  std::string source_code, source_country, target_code, target_country;
  std::string code, root_code, plover_type;
  int quad_class = 0;
  double goldstein = 0;
  int64_t num_mentions = 0, num_sentences = 0, num_articles = 0, num_sources = 0;
  // Where it happened (unknown when no report placed it); offsets count
  // code points in the first report's article.
  events::EventLocation location;
  std::vector<EventMention> mentions;  // first reports first
};

// The canonical events matching a query (newest first), at most `limit`
// of them, each with at most `mentions_per_event` mentions.
Result<std::vector<EventRecord>> QueryEvents(EventStore& store, const Query& query, int limit,
                                             int mentions_per_event);

// The JSON document of a series: {"query": {...}, "series": [{"period",
// "counts": {"verbal_cooperation", ..., "total"}, "goldstein": {"mean",
// "sum"}, "index"}, ...]}. dyad serve answers with the same document.
std::string SeriesJson(const Query& query, const std::vector<SeriesPoint>& series);

// The events as JSON: {"query": {...}, "events": [...]}; each event's
// "location" is geo::LocationJson's object, or null.
std::string EventsJson(const Query& query, const std::vector<EventRecord>& events);

// "USA-CHN", "USA~CHN": a dyad as ParseDyad reads it.
std::string DyadName(const Dyad& dyad);
const char* PeriodName(Period by);

}  // namespace dyad::store

#endif  // DYAD_STORE_QUERY_H_
