// Time series and event lists over canonical events (query.h).
#include "store/query.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

#include "base/date_math.h"
#include "geo/location_json.h"
#include "store/schema.h"
#include "store/sql.h"

namespace dyad::store {
namespace {

int64_t DaysFromCivil(int y, int m, int d) { return DaysSinceEpoch(MakeDate(y, m, d)); }

std::string IsoFromDays(int64_t days) {
  const int32_t date = DateFromDays(days);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", YearOf(date), MonthOf(date),
                DayOf(date));
  return buf;
}

bool Digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" into day numbers of its first and
// last day.
bool ParseDateSpan(std::string_view s, int64_t* first, int64_t* last) {
  if (s.size() < 4 || !Digits(s.substr(0, 4))) return false;
  const int y = std::stoi(std::string(s.substr(0, 4)));
  if (y < 1) return false;
  if (s.size() == 4) {
    *first = DaysFromCivil(y, 1, 1);
    *last = DaysFromCivil(y, 12, 31);
    return true;
  }
  if (s.size() < 7 || s[4] != '-' || !Digits(s.substr(5, 2))) return false;
  const int m = std::stoi(std::string(s.substr(5, 2)));
  if (m < 1 || m > 12) return false;
  if (s.size() == 7) {
    *first = DaysFromCivil(y, m, 1);
    *last = DaysFromCivil(y, m, DaysInMonth(y, m));
    return true;
  }
  if (s.size() != 10 || s[7] != '-' || !Digits(s.substr(8, 2))) return false;
  const int d = std::stoi(std::string(s.substr(8, 2)));
  if (d < 1 || d > DaysInMonth(y, m)) return false;
  *first = *last = DaysFromCivil(y, m, d);
  return true;
}

int64_t DayNumber(std::string_view iso) {
  int64_t first = 0, last = 0;
  ParseDateSpan(iso, &first, &last);
  return first;
}

// Monday of ISO week 1 of an ISO year.
int64_t IsoWeekOneMonday(int year) {
  const int64_t jan4 = DaysFromCivil(year, 1, 4);
  return jan4 - Weekday(MakeDate(year, 1, 4));
}

bool ValidCode(std::string_view code) {
  return !code.empty() && code.size() <= 15 &&
         std::all_of(code.begin(), code.end(), [](unsigned char c) { return std::isalnum(c); });
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// The smallest string above every string that begins with prefix (its last
// character incremented): code ranges use the indexes where LIKE would not.
std::string PrefixEnd(std::string prefix) {
  prefix.back() = static_cast<char>(prefix.back() + 1);
  return prefix;
}

// The WHERE clause of a query over canonical_events, and its parameters.
class Where {
 public:
  // An actor on one side: a country or an actor-code prefix.
  std::string Side(const char* side, const std::string& actor) {
    if (actor.size() == 3) return std::string(side) + "_country = " + Param(Value{actor});
    return std::string("(") + side + "_code >= " + Param(Value{actor}) + " AND " + side + "_code < " +
           Param(Value{PrefixEnd(actor)}) + ")";
  }
  void Add(const std::string& clause) { sql_ += " AND " + clause; }
  std::string Param(Value v) {
    params_.push_back(std::move(v));
    return "?" + std::to_string(params_.size());
  }
  const std::string& sql() const { return sql_; }
  const std::vector<Value>& params() const { return params_; }

 private:
  std::string sql_ = "date_start <> ''";
  std::vector<Value> params_;
};

constexpr double kEarthRadiusKm = 6371.0088;
constexpr double kPi = 3.14159265358979323846;
double Radians(double degrees) { return degrees * kPi / 180; }
double Degrees(double radians) { return radians * 180 / kPi; }

// The latitude and longitude band that holds every point within near.km of
// the point (a circle's bounding box on the sphere), as SQL on loc_lat and
// loc_lon: the index narrows by latitude, the exact distance is computed in
// C++ (InRadius). A box over a pole takes every longitude; one across the
// antimeridian takes two longitude ranges.
void AddBoundingBox(const Near& near, Where* w) {
  const double r = near.km / kEarthRadiusKm;  // angular radius
  const double margin = 1e-6;                  // degrees: points on the edge stay in
  const double lat_min = near.lat - Degrees(r) - margin, lat_max = near.lat + Degrees(r) + margin;
  w->Add("loc_lat >= " + w->Param(Value{std::max(lat_min, -90.0)}) + " AND loc_lat <= " +
         w->Param(Value{std::min(lat_max, 90.0)}));
  if (lat_min <= -90 || lat_max >= 90) return;
  const double s = std::sin(r) / std::cos(Radians(near.lat));
  if (s >= 1) return;
  const double dlon = Degrees(std::asin(s)) + margin;
  const double lon_min = near.lon - dlon, lon_max = near.lon + dlon;
  if (lon_min < -180) {
    w->Add("(loc_lon >= " + w->Param(Value{lon_min + 360}) + " OR loc_lon <= " + w->Param(Value{lon_max}) + ")");
  } else if (lon_max > 180) {
    w->Add("(loc_lon >= " + w->Param(Value{lon_min}) + " OR loc_lon <= " + w->Param(Value{lon_max - 360}) + ")");
  } else {
    w->Add("loc_lon >= " + w->Param(Value{lon_min}) + " AND loc_lon <= " + w->Param(Value{lon_max}));
  }
}

// Whether a stored point lies within the query's radius (true without one).
bool InRadius(const Query& q, const Value& lat, const Value& lon) {
  if (!q.near) return true;
  if (IsNull(lat) || IsNull(lon)) return false;
  return DistanceKm(q.near->lat, q.near->lon, AsDouble(lat), AsDouble(lon)) <= q.near->km;
}

Status CheckActor(const std::string& code, const char* what) {
  if (ValidCode(code)) return Status::Ok();
  return Status::InvalidArgument(std::string(what) + " \"" + code +
                                 "\" is not an actor code: use letters, e.g. USA or USAGOV");
}

// The filters every branch shares: code, dates, and the actor when a dyad
// is given too.
Status AddFilters(const Query& q, bool actor_as_filter, Where* w) {
  if (actor_as_filter && !q.actor.empty()) {
    const std::string actor = Upper(q.actor);
    w->Add("(" + w->Side("source", actor) + " OR " + w->Side("target", actor) + ")");
  }
  if (!q.code.empty()) {
    w->Add("code >= " + w->Param(Value{q.code}) + " AND code < " + w->Param(Value{PrefixEnd(q.code)}));
  }
  int64_t first, last;
  if (!q.from.empty()) {
    ParseDateSpan(q.from, &first, &last);
    w->Add("date_start >= " + w->Param(Value{IsoFromDays(first)}));
  }
  if (!q.to.empty()) {
    ParseDateSpan(q.to, &first, &last);
    w->Add("date_start <= " + w->Param(Value{IsoFromDays(last)}));
  }
  if (!q.plover_type.empty()) w->Add("plover_type = " + w->Param(Value{Upper(q.plover_type)}));
  if (q.after) {
    // date_start <= d first: the date index takes it as a range.
    const std::string d = w->Param(Value{q.after->date_start});
    w->Add("date_start <= " + d + " AND (date_start < " + d + " OR canonical_id < " +
           w->Param(Value{q.after->canonical_id}) + ")");
  }
  if (!q.country_of_event.empty()) w->Add("loc_country_iso3 = " + w->Param(Value{Upper(q.country_of_event)}));
  if (q.near) AddBoundingBox(*q.near, w);
  return Status::Ok();
}

Status CheckQuery(const Query& q) {
  if (q.dyad) {
    if (Status s = CheckActor(q.dyad->source, "the dyad's source"); !s.ok()) return s;
    if (Status s = CheckActor(q.dyad->target, "the dyad's target"); !s.ok()) return s;
  }
  if (!q.actor.empty()) {
    if (Status s = CheckActor(Upper(q.actor), "the actor"); !s.ok()) return s;
  }
  if (!q.code.empty() && (!Digits(q.code) || q.code.size() > 4)) {
    return Status::InvalidArgument("the code \"" + q.code + "\" is not a CAMEO code prefix, e.g. 11 or 112");
  }
  if (!q.country_of_event.empty() &&
      (q.country_of_event.size() != 3 ||
       !std::all_of(q.country_of_event.begin(), q.country_of_event.end(),
                    [](unsigned char c) { return std::isalpha(c); }))) {
    return Status::InvalidArgument("the country of event \"" + q.country_of_event +
                                   "\" is not an ISO 3166-1 alpha-3 code, e.g. UKR");
  }
  if (q.near && !(q.near->lat >= -90 && q.near->lat <= 90 && q.near->lon >= -180 && q.near->lon <= 180 &&
                  q.near->km > 0 && q.near->km <= 20000)) {
    return Status::InvalidArgument("near: latitude must be in [-90, 90], longitude in [-180, 180] and the "
                                   "radius in (0, 20000] km");
  }
  if (!q.plover_type.empty() &&
      (q.plover_type.size() > 32 || !std::all_of(q.plover_type.begin(), q.plover_type.end(), [](unsigned char c) {
        return std::isalpha(c) || c == '_';
      }))) {
    return Status::InvalidArgument("the PLOVER type \"" + q.plover_type + "\" is not one, e.g. ASSAULT or CONSULT");
  }
  int64_t first, last;
  if (q.after && !(q.after->date_start.size() == 10 && ParseDateSpan(q.after->date_start, &first, &last))) {
    return Status::InvalidArgument("after: \"" + q.after->date_start + "\" is not a date (YYYY-MM-DD)");
  }
  if (!q.from.empty() && !ParseDateSpan(q.from, &first, &last)) {
    return Status::InvalidArgument("from: \"" + q.from + "\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
  }
  if (!q.to.empty() && !ParseDateSpan(q.to, &first, &last)) {
    return Status::InvalidArgument("to: \"" + q.to + "\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)");
  }
  return Status::Ok();
}

// The query as disjoint branches, each one index range: "A~B" is A-B plus
// B-A without A-B, an actor is "as source" plus "as target, not as source".
// An OR inside one statement would make SQLite collect row ids from both
// ranges and read every row from the table, where one range of a covering
// index reads none (3x slower on a busy dyad).
Result<std::vector<Where>> BuildBranches(const Query& q) {
  if (Status s = CheckQuery(q); !s.ok()) return s;
  std::vector<Where> branches;
  auto both_sides = [](Where* w, const std::string& source, const std::string& target) {
    return "(" + w->Side("source", source) + " AND " + w->Side("target", target) + ")";
  };
  if (q.dyad) {
    const Dyad& d = *q.dyad;
    Where forward;
    forward.Add(both_sides(&forward, d.source, d.target));
    branches.push_back(std::move(forward));
    if (d.both_directions && d.source != d.target) {
      Where reverse;
      reverse.Add(both_sides(&reverse, d.target, d.source));
      reverse.Add("NOT " + both_sides(&reverse, d.source, d.target));
      branches.push_back(std::move(reverse));
    }
  } else if (!q.actor.empty()) {
    const std::string actor = Upper(q.actor);
    Where as_source, as_target;
    as_source.Add(as_source.Side("source", actor));
    as_target.Add(as_target.Side("target", actor));
    as_target.Add("NOT " + as_target.Side("source", actor));
    branches.push_back(std::move(as_source));
    branches.push_back(std::move(as_target));
  } else {
    branches.emplace_back();
  }
  for (Where& w : branches) {
    if (Status s = AddFilters(q, q.dyad.has_value(), &w); !s.ok()) return s;
  }
  return branches;
}

// Every period from the one of day `first` to the one of day `last`.
std::vector<std::string> PeriodsBetween(int64_t first, int64_t last, Period by) {
  std::vector<std::string> out;
  for (int64_t d = first; d <= last; ++d) {
    std::string p = PeriodOf(IsoFromDays(d), by);
    if (out.empty() || out.back() != p) out.push_back(std::move(p));
  }
  return out;
}

nlohmann::json QueryJson(const Query& q) {
  nlohmann::json j = nlohmann::json::object();
  if (q.dyad) j["dyad"] = DyadName(*q.dyad);
  if (!q.actor.empty()) j["actor"] = Upper(q.actor);
  if (!q.code.empty()) j["code"] = q.code;
  if (!q.plover_type.empty()) j["plover_type"] = Upper(q.plover_type);
  if (!q.from.empty()) j["from"] = q.from;
  if (!q.to.empty()) j["to"] = q.to;
  if (!q.country_of_event.empty()) j["country_of_event"] = Upper(q.country_of_event);
  if (q.near) j["near"] = {{"lat", q.near->lat}, {"lon", q.near->lon}, {"km", q.near->km}};
  j["by"] = PeriodName(q.by);
  j["weight"] = q.weight == Weight::kEvents ? "events" : "mentions";
  return j;
}

Status ReadMentions(SqlConnection& db, int limit, EventRecord* e) {
  struct Found {
    std::string date, article_date, article_id;
    int64_t ordinal;
    EventMention m;
  };
  std::vector<Found> found;
  const std::string target_clause = e->target_code.empty() ? "e.target_code IS NULL" : "e.target_code = ?5";
  std::vector<Value> params = {Value{e->source_code}, Value{e->code}, Value{e->date_start}, Value{e->date_end}};
  if (!e->target_code.empty()) params.push_back(Value{e->target_code});
  Status s = db.Run(
      "SELECT e.date, COALESCE(a.date, ''), e.article_id, e.ordinal, COALESCE(a.url, ''),"
      " COALESCE(a.title, ''), COALESCE(a.source, ''), e.sentence, COALESCE(e.sentence_text, ''),"
      " e.evidence_start, e.evidence_end, COALESCE(e.evidence_verb, '')"
      " FROM events e JOIN articles a ON a.id = e.article_id"
      " WHERE e.source_code = ?1 AND e.code = ?2 AND e.date >= ?3 AND e.date <= ?4 AND " +
          target_clause,
      params, [&](const Row& r) {
        Found f{AsText(r[0]), AsText(r[1]), AsText(r[2]), AsInt(r[3]), {}};
        f.m = {f.article_id, AsText(r[4]), AsText(r[5]), AsText(r[6]), f.article_date,
               AsInt(r[7]), AsText(r[8]), AsInt(r[9]), AsInt(r[10]), AsText(r[11])};
        found.push_back(std::move(f));
        return true;
      });
  if (!s.ok()) return s;
  // Byte order in C++, as dedup picks the first report, on both back ends.
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    return std::tie(a.date, a.article_date, a.article_id, a.ordinal) <
           std::tie(b.date, b.article_date, b.article_id, b.ordinal);
  });
  for (size_t i = 0; i < found.size() && static_cast<int>(i) < limit; ++i) {
    e->mentions.push_back(std::move(found[i].m));
  }
  return Status::Ok();
}

EventRecord ReadEvent(const Row& r) {
  EventRecord e;
  e.canonical_id = AsInt(r[0]);
  e.date_start = AsText(r[1]);
  e.date_end = AsText(r[2]);
  e.source_code = AsText(r[3]);
  e.source_country = AsText(r[4]);
  e.target_code = AsText(r[5]);
  e.target_country = AsText(r[6]);
  e.code = AsText(r[7]);
  e.root_code = AsText(r[8]);
  e.plover_type = AsText(r[9]);
  e.quad_class = static_cast<int>(AsInt(r[10]));
  e.goldstein = AsDouble(r[11]);
  e.num_mentions = AsInt(r[12]);
  e.num_sentences = AsInt(r[13]);
  e.num_articles = AsInt(r[14]);
  e.num_sources = AsInt(r[15]);
  e.location = ReadLocation(r, 16);
  return e;
}

}  // namespace

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  const double dlat = Radians(lat2 - lat1), dlon = Radians(lon2 - lon1);
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(Radians(lat1)) * std::cos(Radians(lat2)) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

Result<Near> ParseNear(std::string_view text) {
  std::vector<double> parts;
  size_t start = 0;
  bool ok = true;
  for (;;) {
    const size_t comma = text.find(',', start);
    const std::string part(text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
    char* end = nullptr;
    const double v = std::strtod(part.c_str(), &end);
    ok = ok && !part.empty() && end == part.c_str() + part.size() && std::isfinite(v);
    parts.push_back(v);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  Near near;
  if (ok && (parts.size() == 2 || parts.size() == 3)) {
    near.lat = parts[0];
    near.lon = parts[1];
    if (parts.size() == 3) near.km = parts[2];
    if (near.lat >= -90 && near.lat <= 90 && near.lon >= -180 && near.lon <= 180 && near.km > 0 &&
        near.km <= 20000) {
      return near;
    }
  }
  return Status::InvalidArgument("near \"" + std::string(text) +
                                 "\": write LAT,LON or LAT,LON,KM in degrees and km (50 km when left out), "
                                 "e.g. 50.45,30.52,25");
}

Result<Dyad> ParseDyad(std::string_view text) {
  const size_t sep = text.find_first_of("-~");
  Dyad d;
  if (sep != std::string_view::npos) {
    d.source = Upper(text.substr(0, sep));
    d.target = Upper(text.substr(sep + 1));
    d.both_directions = text[sep] == '~';
  }
  if (sep == std::string_view::npos || !ValidCode(d.source) || !ValidCode(d.target)) {
    return Status::InvalidArgument("dyad \"" + std::string(text) +
                                   "\": write SOURCE-TARGET (USA-CHN: the US acting on China) or "
                                   "A~B (USA~CHN: both directions), with CAMEO actor codes");
  }
  return d;
}

std::string DyadName(const Dyad& d) { return d.source + (d.both_directions ? "~" : "-") + d.target; }

const char* PeriodName(Period by) {
  switch (by) {
    case Period::kDay: return "day";
    case Period::kWeek: return "week";
    case Period::kMonth: return "month";
    case Period::kYear: return "year";
  }
  return "month";
}

Result<Period> ParsePeriod(std::string_view name) {
  for (Period p : {Period::kDay, Period::kWeek, Period::kMonth, Period::kYear}) {
    if (name == PeriodName(p)) return p;
  }
  return Status::InvalidArgument("period \"" + std::string(name) + "\": use day, week, month or year");
}

std::string PeriodOf(std::string_view iso, Period by) {
  switch (by) {
    case Period::kDay: return std::string(iso.substr(0, 10));
    case Period::kMonth: return std::string(iso.substr(0, 7));
    case Period::kYear: return std::string(iso.substr(0, 4));
    case Period::kWeek: break;
  }
  const int64_t day = DayNumber(iso);
  // ISO weeks belong to their Thursday's year.
  const int64_t thursday = day - Weekday(DateFromDays(day)) + 3;
  const int y = YearOf(DateFromDays(thursday));
  const int64_t week = (thursday - DaysFromCivil(y, 1, 1)) / 7 + 1;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", y, static_cast<int>(week));
  return buf;
}

Result<std::pair<std::string, std::string>> PeriodBounds(std::string_view label, Period by) {
  int64_t first = 0, last = 0;
  bool ok = false;
  if (by == Period::kWeek) {
    if (label.size() == 8 && Digits(label.substr(0, 4)) && label.substr(4, 2) == "-W" &&
        Digits(label.substr(6, 2))) {
      const int week = std::stoi(std::string(label.substr(6, 2)));
      const int year = std::stoi(std::string(label.substr(0, 4)));
      first = IsoWeekOneMonday(year) + 7 * (week - 1);
      last = first + 6;
      ok = week >= 1 && week <= 53 && PeriodOf(IsoFromDays(first), by) == label;
    }
  } else {
    const size_t want = by == Period::kDay ? 10 : by == Period::kMonth ? 7 : 4;
    ok = label.size() == want && ParseDateSpan(label, &first, &last);
  }
  if (!ok) {
    return Status::InvalidArgument("period \"" + std::string(label) + "\" is not a " + PeriodName(by) +
                                   " (e.g. 2024-04-09, 2024-W15, 2024-04, 2024)");
  }
  return std::pair{IsoFromDays(first), IsoFromDays(last)};
}

Result<std::vector<SeriesPoint>> QuerySeries(EventStore& store, const Query& query) {
  if (query.after) {
    Query all = query;
    all.after.reset();
    return QuerySeries(store, all);
  }
  Result<std::vector<Where>> branches = BuildBranches(query);
  if (!branches.ok()) return branches.status();
  std::map<std::string, SeriesPoint> points;
  std::string first_date, last_date;
  const bool by_mentions = query.weight == Weight::kMentions;
  // With --near each event in the box is read and its distance checked
  // here; otherwise the engine sums them.
  const std::string select =
      query.near ? "SELECT date_start, quad_class, 1, goldstein, num_mentions, goldstein * num_mentions,"
                   " loc_lat, loc_lon FROM canonical_events WHERE "
                 : "SELECT date_start, quad_class, count(*), sum(goldstein), sum(num_mentions),"
                   " sum(goldstein * num_mentions) FROM canonical_events WHERE ";
  for (const Where& where : *branches) {
    Status s = store.connection().Run(
        select + where.sql() + (query.near ? "" : " GROUP BY date_start, quad_class"),
        where.params(), [&](const Row& r) {
          if (query.near && !InRadius(query, r[6], r[7])) return true;
          const std::string date = AsText(r[0]);
          if (first_date.empty() || date < first_date) first_date = date;
          last_date = std::max(last_date, date);
          SeriesPoint& p = points[PeriodOf(date, query.by)];
          const int64_t quad = AsInt(r[1]);
          const int64_t n = by_mentions ? AsInt(r[4]) : AsInt(r[2]);
          if (quad >= 1 && quad <= 4) p.counts[quad - 1] += n;
          p.total += n;
          p.goldstein_sum += by_mentions ? AsDouble(r[5]) : AsDouble(r[3]);
          return true;
        });
    if (!s.ok()) return s;
  }
  int64_t span_first = 0, span_last = -1, unused;
  if (!query.from.empty()) ParseDateSpan(query.from, &span_first, &unused);
  else if (!first_date.empty()) span_first = DayNumber(first_date);
  if (!query.to.empty()) ParseDateSpan(query.to, &unused, &span_last);
  else if (!last_date.empty()) span_last = DayNumber(last_date);
  std::vector<SeriesPoint> series;
  if (query.from.empty() && query.to.empty() && points.empty()) return series;
  for (std::string& period : PeriodsBetween(span_first, span_last, query.by)) {
    auto it = points.find(period);
    SeriesPoint p = it == points.end() ? SeriesPoint{} : it->second;
    p.period = std::move(period);
    if (p.total > 0) {
      p.goldstein_mean = p.goldstein_sum / static_cast<double>(p.total);
      const int64_t coop = p.counts[0] + p.counts[1], conflict = p.counts[2] + p.counts[3];
      p.index = static_cast<double>(coop - conflict) / static_cast<double>(p.total);
    }
    series.push_back(std::move(p));
  }
  return series;
}

Result<std::vector<EventRecord>> QueryEvents(EventStore& store, const Query& query, int limit,
                                             int mentions_per_event) {
  Result<std::vector<Where>> branches = BuildBranches(query);
  if (!branches.ok()) return branches.status();
  std::vector<EventRecord> events;
  for (const Where& where : *branches) {
    std::vector<Value> params = where.params();
    if (!query.near) params.push_back(Value{int64_t{std::max(limit, 0)}});
    // With --near the box's events are all read (the distance is checked
    // here, so LIMIT cannot be the engine's).
    Status s = store.connection().Run(
        "SELECT canonical_id, date_start, date_end, source_code, COALESCE(source_country, ''),"
        " COALESCE(target_code, ''), COALESCE(target_country, ''), code, COALESCE(root_code, ''),"
        " COALESCE(plover_type, ''), quad_class, goldstein, num_mentions, num_sentences, num_articles,"
        " num_sources, loc_name, loc_type, loc_country_iso3, loc_country_fips, loc_adm1, loc_adm1_code,"
        " loc_lat, loc_lon, loc_geonameid, loc_start, loc_end, loc_from FROM canonical_events WHERE " +
            where.sql() + " ORDER BY date_start DESC, canonical_id DESC" +
            (query.near ? std::string() : " LIMIT ?" + std::to_string(params.size())),
        params, [&](const Row& r) {
          if (InRadius(query, r[22], r[23])) events.push_back(ReadEvent(r));
          return true;
        });
    if (!s.ok()) return s;
  }
  // The branches' newest, merged.
  std::sort(events.begin(), events.end(), [](const EventRecord& a, const EventRecord& b) {
    return std::tie(b.date_start, b.canonical_id) < std::tie(a.date_start, a.canonical_id);
  });
  if (events.size() > static_cast<size_t>(std::max(limit, 0))) events.resize(std::max(limit, 0));
  if (mentions_per_event > 0) {
    for (EventRecord& e : events) {
      if (Status m = ReadMentions(store.connection(), mentions_per_event, &e); !m.ok()) return m;
    }
  }
  return events;
}

std::string SeriesJson(const Query& query, const std::vector<SeriesPoint>& series) {
  nlohmann::json points = nlohmann::json::array();
  for (const SeriesPoint& p : series) {
    points.push_back({{"period", p.period},
                      {"counts",
                       {{"verbal_cooperation", p.counts[0]},
                        {"material_cooperation", p.counts[1]},
                        {"verbal_conflict", p.counts[2]},
                        {"material_conflict", p.counts[3]},
                        {"total", p.total}}},
                      {"goldstein", {{"mean", p.goldstein_mean}, {"sum", p.goldstein_sum}}},
                      {"index", p.index}});
  }
  return nlohmann::json{{"query", QueryJson(query)}, {"series", std::move(points)}}.dump();
}

std::string EventsJson(const Query& query, const std::vector<EventRecord>& events) {
  nlohmann::json list = nlohmann::json::array();
  for (const EventRecord& e : events) {
    nlohmann::json mentions = nlohmann::json::array();
    for (const EventMention& m : e.mentions) {
      mentions.push_back({{"article_id", m.article_id}, {"url", m.url}, {"title", m.title},
                          {"source", m.source}, {"date", m.date}, {"sentence", m.sentence},
                          {"sentence_text", m.sentence_text},
                          {"evidence", {{"verb", m.verb}, {"start", m.evidence_start}, {"end", m.evidence_end}}}});
    }
    auto actor = [](const std::string& code, const std::string& country) {
      return code.empty() ? nlohmann::json(nullptr) : nlohmann::json{{"code", code}, {"country", country}};
    };
    list.push_back({{"canonical_id", e.canonical_id}, {"date", e.date_start}, {"date_end", e.date_end},
                    {"location", geo::LocationJson<nlohmann::json>(e.location)},
                    {"source", actor(e.source_code, e.source_country)},
                    {"target", actor(e.target_code, e.target_country)}, {"code", e.code},
                    {"root_code", e.root_code}, {"quad_class", e.quad_class}, {"goldstein", e.goldstein},
                    {"plover_type", e.plover_type}, {"num_mentions", e.num_mentions},
                    {"num_sentences", e.num_sentences}, {"num_articles", e.num_articles},
                    {"num_sources", e.num_sources}, {"mentions", std::move(mentions)}});
  }
  return nlohmann::json{{"query", QueryJson(query)}, {"events", std::move(list)}}.dump();
}

}  // namespace dyad::store
