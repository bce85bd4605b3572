// ExportEvents (export.h): pages of canonical events with their first
// mention, and each page's mentions, read in SQL both back ends read alike
// and handed to the format's writer (export_rows.h).
#include "store/export.h"

#include <algorithm>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/export_rows.h"
#include "store/schema.h"
#include "store/sql.h"

namespace dyad::store {
namespace {

// The columns of one event row and its article, as ReadMention takes them.
#define DYAD_EXPORT_MENTION_COLUMNS                                                              \
  " e.article_id, e.ordinal, e.event_id, e.sentence, e.date, e.date_precision,"                 \
  " e.source_code, e.source_country, e.source_sector, e.source_text, e.source_start,"          \
  " e.source_end, e.target_code, e.target_country, e.target_sector, e.target_text,"            \
  " e.target_start, e.target_end, e.code, e.root_code, e.quad_class, e.goldstein,"             \
  " e.plover_type, e.plover_mode, e.plover_context, e.modality, e.negated, e.evidence_verb,"   \
  " e.evidence_pattern, e.evidence_start, e.evidence_end, e.sentence_text,"                    \
  " a.url, a.source, a.date, e.loc_name, e.loc_type, e.loc_country_iso3, e.loc_country_fips,"     \
  " e.loc_adm1, e.loc_adm1_code, e.loc_lat, e.loc_lon, e.loc_geonameid, e.loc_start, e.loc_end,"   \
  " e.loc_from"

// Pages are keyed by (date_start, canonical_id), the export's order: ?1 and
// ?2 are the last key written (("", -1) or (from, -1) before the first page).
// The first condition alone lets the engine range over the date index.
#define DYAD_EXPORT_AFTER " c.date_start >= ?1 AND (c.date_start > ?1 OR c.canonical_id > ?2)"

// A page of canonical events with their first mention. LEFT JOINs keep
// canonical_events the outer loop in SQLite, so the date index gives the
// order and LIMIT stops the scan.
constexpr const char* kPageSql =
    "SELECT c.canonical_id, c.source_code, c.source_country, c.source_sector, c.target_code,"
    " c.target_country, c.target_sector, c.code, c.root_code, c.quad_class, c.goldstein,"
    " c.plover_type, c.date_start, c.date_end, c.num_mentions, c.num_sentences,"
    " c.num_articles, c.num_sources, c.first_article_id, c.first_ordinal," DYAD_EXPORT_MENTION_COLUMNS
    ", c.loc_name, c.loc_type, c.loc_country_iso3, c.loc_country_fips, c.loc_adm1, c.loc_adm1_code,"
    " c.loc_lat, c.loc_lon, c.loc_geonameid, c.loc_start, c.loc_end, c.loc_from"
    " FROM canonical_events c"
    " LEFT JOIN events e ON e.article_id = c.first_article_id AND e.ordinal = c.first_ordinal"
    " LEFT JOIN articles a ON a.id = c.first_article_id"
    " WHERE" DYAD_EXPORT_AFTER " AND c.date_start <= ?3"
    " ORDER BY c.date_start, c.canonical_id LIMIT ?4";
constexpr size_t kCanonicalColumnCount = 20;
constexpr size_t kMentionColumnCount = 47;  // DYAD_EXPORT_MENTION_COLUMNS

// Every event row of the canonical events in (?1,?2) < key <= (?3,?4): those
// of the same source, target and code dated within [date_start, date_end]
// (docs/store.md). CROSS JOIN keeps canonical_events the outer loop in
// SQLite (PostgreSQL reads it as an inner join and plans it freely), so each
// page costs its own events only, found through the events (source_code,
// code, date) index.
constexpr const char* kMentionsSql =
    "SELECT c.canonical_id," DYAD_EXPORT_MENTION_COLUMNS
    " FROM canonical_events c CROSS JOIN events e"
    " LEFT JOIN articles a ON a.id = e.article_id"
    " WHERE" DYAD_EXPORT_AFTER
    " AND (c.date_start < ?3 OR (c.date_start = ?3 AND c.canonical_id <= ?4))"
    " AND e.source_code = c.source_code AND e.code = c.code"
    " AND COALESCE(e.target_code, '') = COALESCE(c.target_code, '')"
    " AND COALESCE(e.date, '') >= c.date_start AND COALESCE(e.date, '') <= c.date_end";

#undef DYAD_EXPORT_AFTER
#undef DYAD_EXPORT_MENTION_COLUMNS

int64_t Offset(const Value& v) { return IsNull(v) ? -1 : AsInt(v); }

ExportActor ReadActor(const Row& r, size_t i) {
  ExportActor a;
  a.present = !IsNull(r[i]);
  a.code = AsText(r[i]);
  a.country = AsText(r[i + 1]);
  a.sector = AsText(r[i + 2]);
  a.text = AsText(r[i + 3]);
  a.start = Offset(r[i + 4]);
  a.end = Offset(r[i + 5]);
  return a;
}

// DYAD_EXPORT_MENTION_COLUMNS from r[i].
MentionRecord ReadMention(const Row& r, size_t i) {
  MentionRecord m;
  m.article_id = AsText(r[i]);
  m.ordinal = AsInt(r[i + 1]);
  m.event_id = AsInt(r[i + 2]);
  m.sentence = AsInt(r[i + 3]);
  m.date = AsText(r[i + 4]);
  m.date_precision = AsText(r[i + 5]);
  m.source = ReadActor(r, i + 6);
  m.target = ReadActor(r, i + 12);
  m.code = AsText(r[i + 18]);
  m.root_code = AsText(r[i + 19]);
  m.quad_class = AsInt(r[i + 20]);
  m.goldstein = AsDouble(r[i + 21]);
  m.plover_type = AsText(r[i + 22]);
  m.plover_mode = AsText(r[i + 23]);
  m.plover_context = AsText(r[i + 24]);
  m.modality = AsText(r[i + 25]);
  m.negated = AsInt(r[i + 26]) != 0;
  m.evidence_verb = AsText(r[i + 27]);
  m.evidence_pattern = AsText(r[i + 28]);
  m.evidence_start = Offset(r[i + 29]);
  m.evidence_end = Offset(r[i + 30]);
  m.sentence_text = AsText(r[i + 31]);
  m.url = AsText(r[i + 32]);
  m.outlet = AsText(r[i + 33]);
  m.article_date = AsText(r[i + 34]);
  m.location = ReadLocation(r, i + 35);
  return m;
}

CanonicalRecord ReadCanonical(const Row& r) {
  CanonicalRecord c;
  c.canonical_id = AsInt(r[0]);
  c.source_code = AsText(r[1]);
  c.source_country = AsText(r[2]);
  c.source_sector = AsText(r[3]);
  c.target_code = AsText(r[4]);
  c.target_country = AsText(r[5]);
  c.target_sector = AsText(r[6]);
  c.code = AsText(r[7]);
  c.root_code = AsText(r[8]);
  c.quad_class = AsInt(r[9]);
  c.goldstein = AsDouble(r[10]);
  c.plover_type = AsText(r[11]);
  c.date_start = AsText(r[12]);
  c.date_end = AsText(r[13]);
  c.num_mentions = AsInt(r[14]);
  c.num_sentences = AsInt(r[15]);
  c.num_articles = AsInt(r[16]);
  c.num_sources = AsInt(r[17]);
  c.first_article_id = AsText(r[18]);
  c.first_ordinal = AsInt(r[19]);
  c.first = ReadMention(r, kCanonicalColumnCount);
  c.first.canonical_id = c.canonical_id;
  c.location = ReadLocation(r, kCanonicalColumnCount + kMentionColumnCount);
  return c;
}

struct Key {
  std::string date_start;
  int64_t canonical_id;
};

Status ReadPage(SqlConnection& db, const Key& after, const std::string& to, int page_size,
                std::vector<CanonicalRecord>* page) {
  return db.Run(kPageSql,
                {Value{after.date_start}, Value{after.canonical_id}, Value{to},
                 Value{int64_t{page_size}}},
                [&](const Row& r) {
                  page->push_back(ReadCanonical(r));
                  return true;
                });
}

// The mentions of `page` (read after `after`), in page order and, within a
// canonical event, in the order dedup picks the first one by: date, article
// date, article id, ordinal. Sorted here, in bytes, not by the engine's
// collation, so that both back ends agree.
Status ReadMentions(SqlConnection& db, const Key& after, const std::vector<CanonicalRecord>& page,
                    std::vector<MentionRecord>* mentions) {
  std::unordered_map<int64_t, size_t> index;
  for (size_t i = 0; i < page.size(); ++i) index[page[i].canonical_id] = i;
  const CanonicalRecord& last = page.back();
  std::vector<std::pair<size_t, MentionRecord>> read;
  Status s = db.Run(kMentionsSql,
                    {Value{after.date_start}, Value{after.canonical_id}, Value{last.date_start},
                     Value{last.canonical_id}},
                    [&](const Row& r) {
                      MentionRecord m = ReadMention(r, 1);
                      m.canonical_id = AsInt(r[0]);
                      auto it = index.find(m.canonical_id);
                      if (it != index.end()) read.emplace_back(it->second, std::move(m));
                      return true;
                    });
  if (!s.ok()) return s;
  std::sort(read.begin(), read.end(), [](const auto& a, const auto& b) {
    return std::tie(a.first, a.second.date, a.second.article_date, a.second.article_id, a.second.ordinal) <
           std::tie(b.first, b.second.date, b.second.article_date, b.second.article_id, b.second.ordinal);
  });
  for (auto& [i, m] : read) mentions->push_back(std::move(m));
  return Status::Ok();
}

bool IsIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

Result<std::unique_ptr<ExportWriter>> MakeWriter(const ExportOptions& options) {
  switch (options.format) {
    case ExportFormat::kJsonl: return NewJsonlWriter();
    case ExportFormat::kGdelt: return NewGdeltWriter(options.home, options.gazetteer);
    case ExportFormat::kCsv:
    case ExportFormat::kTsv: return NewDelimitedWriter(options.format);
  }
  return Status::InvalidArgument("export: unknown format");
}

Status Write(std::ostream* out, const std::string& s) {
  out->write(s.data(), static_cast<std::streamsize>(s.size()));
  return out->good() ? Status::Ok() : Status::IOError("export: writing the output failed");
}

Status CheckOptions(const ExportOptions& options) {
  for (const std::string* d : {&options.from, &options.to}) {
    if (!d->empty() && !IsIsoDate(*d)) {
      return Status::InvalidArgument("export: \"" + *d + "\" is not a date (YYYY-MM-DD)");
    }
  }
  if (options.page_size < 1) return Status::InvalidArgument("export: page_size must be at least 1");
  return Status::Ok();
}

}  // namespace

std::optional<ExportFormat> ParseExportFormat(std::string_view name) {
  if (name == "jsonl") return ExportFormat::kJsonl;
  if (name == "gdelt") return ExportFormat::kGdelt;
  if (name == "csv") return ExportFormat::kCsv;
  if (name == "tsv") return ExportFormat::kTsv;
  return std::nullopt;
}

Result<ExportCounts> ExportEvents(EventStore& store, const ExportOptions& options,
                                  std::ostream* events_out, std::ostream* mentions_out) {
  if (Status s = CheckOptions(options); !s.ok()) return s;
  Result<std::unique_ptr<ExportWriter>> writer = MakeWriter(options);
  if (!writer.ok()) return writer.status();
  const ExportWriter& w = **writer;
  if (Status s = Write(events_out, w.EventsHeader()); !s.ok()) return s;
  if (mentions_out != nullptr) {
    if (Status s = Write(mentions_out, w.MentionsHeader()); !s.ok()) return s;
  }
  // No upper bound: a date after any ISO date.
  const std::string to = options.to.empty() ? "9999-99-99" : options.to;
  Key after{options.from, -1};
  ExportCounts counts;
  SqlConnection& db = store.connection();
  for (;;) {
    std::vector<CanonicalRecord> page;
    if (Status s = ReadPage(db, after, to, options.page_size, &page); !s.ok()) return s;
    if (page.empty()) break;
    for (const CanonicalRecord& e : page) {
      if (Status s = Write(events_out, w.EventLine(e)); !s.ok()) return s;
    }
    counts.events += static_cast<int64_t>(page.size());
    if (mentions_out != nullptr) {
      std::vector<MentionRecord> mentions;
      if (Status s = ReadMentions(db, after, page, &mentions); !s.ok()) return s;
      std::unordered_map<int64_t, const CanonicalRecord*> by_id;
      for (const CanonicalRecord& e : page) by_id[e.canonical_id] = &e;
      for (const MentionRecord& m : mentions) {
        if (Status s = Write(mentions_out, w.MentionLine(*by_id[m.canonical_id], m)); !s.ok()) return s;
      }
      counts.mentions += static_cast<int64_t>(mentions.size());
    }
    after = {page.back().date_start, page.back().canonical_id};
    if (page.size() < static_cast<size_t>(options.page_size)) break;
  }
  return counts;
}

}  // namespace dyad::store
