// Canonical events (dedup.h).
#include "store/dedup.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/date_math.h"
#include "store/schema.h"

namespace dyad::store {

const std::vector<const char*> kCanonicalColumns = {
    "canonical_id",  "source_code",  "source_country", "source_sector", "target_code",
    "target_country", "target_sector", "code",          "root_code",     "quad_class",
    "goldstein",     "plover_type",  "date_start",     "date_end",      "num_mentions",
    "num_sentences", "num_articles", "num_sources",    "first_article_id", "first_ordinal",
    "loc_name",      "loc_type",     "loc_country_iso3", "loc_country_fips", "loc_adm1",
    "loc_adm1_code", "loc_lat",      "loc_lon",        "loc_geonameid", "loc_start",
    "loc_end",       "loc_from"};

namespace {

// Days since 1970-01-01 of an ISO date; only differences are used.
int64_t DayNumber(const std::string& iso) {
  if (iso.size() < 10) return 0;
  const int32_t date = MakeDate(std::atoi(iso.substr(0, 4).c_str()), std::atoi(iso.substr(5, 2).c_str()),
                                        std::atoi(iso.substr(8, 2).c_str()));
  return IsValidDate(date) ? DaysSinceEpoch(date) : 0;
}

// One event row as the grouping reads it.
struct Mention {
  std::string source, target, code, date;  // target and date "" when none
  std::string article_date, article_id, outlet;
  int64_t ordinal = 0, sentence = 0;
  Row fields;    // source_country ... plover_type, as kCanonicalColumns 2-11 need them
  Row location;  // The twelve location columns (schema.h, kLocationColumns).
  std::string location_type;  // "" when unknown
};

// How precise a place is: a city beats a region beats a country.
int Precision(const std::string& type) {
  return type == "city" ? 3 : type == "adm1" ? 2 : type == "country" ? 1 : 0;
}

// The report whose place the canonical event takes: among the reports dated
// the group's first day, the most precise located one (the first of equals);
// when none of them is located, the first later report that is; null when
// none is.
const Mention* LocationReport(std::vector<Mention>::const_iterator begin,
                              std::vector<Mention>::const_iterator end) {
  const Mention* best = nullptr;
  for (auto it = begin; it != end; ++it) {
    const int p = Precision(it->location_type);
    if (p == 0) continue;
    if (it->date != begin->date) {
      if (best == nullptr) best = &*it;
      break;
    }
    if (best == nullptr || p > Precision(best->location_type)) best = &*it;
  }
  return best;
}

bool Before(const Mention& a, const Mention& b) {
  // Byte order in C++, not the engine's collation, so that both back ends
  // pick the same first article.
  return std::tie(a.source, a.target, a.code, a.date, a.article_date, a.article_id, a.ordinal) <
         std::tie(b.source, b.target, b.code, b.date, b.article_date, b.article_id, b.ordinal);
}

bool SameKey(const Mention& a, const Mention& b) {
  return a.source == b.source && a.target == b.target && a.code == b.code;
}

// The canonical_events row of mentions [begin, end) of one group.
Row GroupRow(std::vector<Mention>::const_iterator begin, std::vector<Mention>::const_iterator end) {
  const Mention& first = *begin;
  std::set<std::pair<std::string, int64_t>> sentences;
  std::set<std::string> articles, outlets;
  std::string last_date = first.date;
  for (auto it = begin; it != end; ++it) {
    sentences.emplace(it->article_id, it->sentence);
    articles.insert(it->article_id);
    outlets.insert(it->outlet);
    last_date = std::max(last_date, it->date);
  }
  const Row& f = first.fields;
  auto null_if_empty = [](const std::string& s) { return s.empty() ? Value{} : Value{s}; };
  Row row = {Value{CanonicalId(first.source, first.target, first.code, first.date)},
          Value{first.source}, f[0], f[1], null_if_empty(first.target), f[2], f[3],
          Value{first.code}, f[4], f[5], f[6], f[7], Value{first.date}, Value{last_date},
          Value{static_cast<int64_t>(end - begin)}, Value{static_cast<int64_t>(sentences.size())},
          Value{static_cast<int64_t>(articles.size())}, Value{static_cast<int64_t>(outlets.size())},
          Value{first.article_id}, Value{first.ordinal}};
  const Mention* located = LocationReport(begin, end);
  if (located == nullptr) {
    row.insert(row.end(), kLocationColumns.size(), Value{});
  } else {
    row.insert(row.end(), located->location.begin(), located->location.end());
    // Offsets point into the first report's text only.
    if (located != &first) row[row.size() - 3] = row[row.size() - 2] = Value{};
  }
  return row;
}

// Groups sorted mentions (dedup.h) into canonical rows.
std::vector<Row> Group(const std::vector<Mention>& mentions, int window_days) {
  std::vector<Row> rows;
  auto begin = mentions.begin();
  while (begin != mentions.end()) {
    const int64_t first_day = DayNumber(begin->date);
    auto end = begin + 1;
    while (end != mentions.end() && SameKey(*begin, *end) &&
           (begin->date.empty() ? end->date.empty()
                                : !end->date.empty() && DayNumber(end->date) - first_day <= window_days)) {
      ++end;
    }
    rows.push_back(GroupRow(begin, end));
    begin = end;
  }
  return rows;
}

// The touched keys' events from their rebuild dates, sorted. Dated and
// undated events are read apart so that each read is an index range
// (events_key: source, code, date); CROSS JOIN makes SQLite start from the
// few touched keys rather than scan the events (PostgreSQL plans it freely).
Result<std::vector<Mention>> ReadMentions(SqlConnection& db) {
  std::vector<Mention> mentions;
  auto read = [&](const Row& r) {
    Mention m;
    m.source = AsText(r[0]);
    m.target = AsText(r[1]);
    m.code = AsText(r[2]);
    m.date = AsText(r[3]);
    m.article_date = AsText(r[4]);
    m.article_id = AsText(r[5]);
    m.outlet = AsText(r[6]);
    m.ordinal = AsInt(r[7]);
    m.sentence = AsInt(r[8]);
    m.fields.assign(r.begin() + 9, r.begin() + 17);
    m.location.assign(r.begin() + 17, r.end());
    m.location_type = AsText(m.location[1]);
    mentions.push_back(std::move(m));
    return true;
  };
  const std::string select =
      "SELECT t.source_code, t.target_code, t.code, COALESCE(e.date, ''), COALESCE(a.date, ''),"
      " e.article_id, COALESCE(a.source, a.id), e.ordinal, e.sentence,"
      " e.source_country, e.source_sector, e.target_country, e.target_sector,"
      " e.root_code, e.quad_class, e.goldstein, e.plover_type,"
      " e.loc_name, e.loc_type, e.loc_country_iso3, e.loc_country_fips, e.loc_adm1, e.loc_adm1_code,"
      " e.loc_lat, e.loc_lon, e.loc_geonameid, e.loc_start, e.loc_end, e.loc_from"
      " FROM dedup_touched t CROSS JOIN events e JOIN articles a ON a.id = e.article_id"
      " WHERE e.source_code = t.source_code AND e.code = t.code"
      " AND COALESCE(e.target_code, '') = t.target_code AND ";
  if (Status s = db.RunOnce(select + "e.date >= t.from_date", {}, read); !s.ok()) return s;
  if (Status s = db.RunOnce(select + "t.from_date = '' AND e.date IS NULL", {}, read); !s.ok()) return s;
  std::sort(mentions.begin(), mentions.end(), Before);
  return mentions;
}

Status Regroup(SqlConnection& db, const DedupOptions& dedup) {
  // Each key is rebuilt from the start of its last group on or before the
  // touched date: a later event can only join that group or a newer one.
  const char* kFrom =
      "UPDATE dedup_touched SET from_date = COALESCE((SELECT max(c.date_start)"
      " FROM canonical_events c WHERE c.source_code = dedup_touched.source_code"
      " AND c.code = dedup_touched.code AND COALESCE(c.target_code, '') = dedup_touched.target_code"
      " AND c.date_start <= dedup_touched.from_date), from_date)";
  // Driven from the few touched keys through canonical_key, not a scan of
  // every canonical event.
  const char* kDelete =
      "DELETE FROM canonical_events WHERE canonical_id IN (SELECT c.canonical_id"
      " FROM dedup_touched t JOIN canonical_events c ON c.source_code = t.source_code"
      " AND c.code = t.code AND COALESCE(c.target_code, '') = t.target_code"
      " AND c.date_start >= t.from_date)";
  if (Status s = db.RunOnce(kFrom, {}); !s.ok()) return s;
  if (Status s = db.RunOnce(kDelete, {}); !s.ok()) return s;
  Result<std::vector<Mention>> mentions = ReadMentions(db);
  if (!mentions.ok()) return mentions.status();
  return db.InsertRows("canonical_events", kCanonicalColumns, Group(*mentions, dedup.window_days));
}

// A new, empty table of touched keys. Dropped and made again rather than
// emptied: PostgreSQL never vacuums a temporary table, so the dead rows of
// DELETE and UPDATE would pile up and every later commit would scan them
// (the rate fell to 2,000 events/s over a million events).
Status ClearTouched(SqlConnection& db) {
  if (Status s = db.Run("DROP TABLE IF EXISTS dedup_touched", {}); !s.ok()) return s;
  return db.Run("CREATE TEMP TABLE dedup_touched"
                " (source_code TEXT, target_code TEXT, code TEXT, from_date TEXT)",
                {});
}

}  // namespace

void TouchedKeys::Add(const std::string& source, const std::string& target, const std::string& code,
                      const std::string& date) {
  auto [it, added] = keys_.try_emplace({source, target, code}, date);
  if (!added && date < it->second) it->second = date;
}

int64_t CanonicalId(const std::string& source, const std::string& target, const std::string& code,
                    const std::string& date_start) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a, as events::EventId.
  for (const std::string* s : {&source, &target, &code, &date_start}) {
    for (unsigned char c : *s) h = (h ^ c) * 1099511628211ull;
    h = (h ^ 0xFF) * 1099511628211ull;
  }
  return static_cast<int64_t>(h & ((uint64_t{1} << 53) - 1));
}

Status UpdateCanonical(SqlConnection& db, const TouchedKeys& touched, const DedupOptions& dedup) {
  if (touched.empty()) return Status::Ok();
  if (Status s = ClearTouched(db); !s.ok()) return s;
  std::vector<Row> rows;
  rows.reserve(touched.keys_.size());
  for (const auto& [key, date] : touched.keys_) {
    rows.push_back({Value{std::get<0>(key)}, Value{std::get<1>(key)}, Value{std::get<2>(key)}, Value{date}});
  }
  if (Status s = db.InsertRows("dedup_touched", {"source_code", "target_code", "code", "from_date"}, rows);
      !s.ok()) {
    return s;
  }
  return Regroup(db, dedup);
}

Status RebuildCanonical(SqlConnection& db, const DedupOptions& dedup) {
  if (Status s = ClearTouched(db); !s.ok()) return s;
  if (Status s = db.Run("DELETE FROM canonical_events", {}); !s.ok()) return s;
  if (Status s = db.Run("INSERT INTO dedup_touched (source_code, target_code, code, from_date)"
                        " SELECT DISTINCT source_code, COALESCE(target_code, ''), code, '' FROM events",
                        {});
      !s.ok()) {
    return s;
  }
  return Regroup(db, dedup);
}

}  // namespace dyad::store
