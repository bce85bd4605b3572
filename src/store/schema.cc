// The schema's migrations and rows (schema.h). docs/store.md describes the
// tables; keep the two in step.
#include "store/schema.h"

#include <cstdio>
#include <functional>

#include "text/text.h"

// g++ 12 warns that a moved std::variant<..., std::string> "may be used
// uninitialized" when rows grow; it is a known false positive (GCC bug 107138).
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif

namespace dyad::store {

// The twelve ALTER TABLE statements that add the location columns
// (kLocationColumns) to a table: one column a statement, as SQLite wants.
#define DYAD_LOCATION_COLUMNS(table)                                                        \
  "ALTER TABLE " table " ADD COLUMN loc_name TEXT",                                        \
      "ALTER TABLE " table " ADD COLUMN loc_type TEXT",                                    \
      "ALTER TABLE " table " ADD COLUMN loc_country_iso3 TEXT",                            \
      "ALTER TABLE " table " ADD COLUMN loc_country_fips TEXT",                            \
      "ALTER TABLE " table " ADD COLUMN loc_adm1 TEXT",                                    \
      "ALTER TABLE " table " ADD COLUMN loc_adm1_code TEXT",                               \
      "ALTER TABLE " table " ADD COLUMN loc_lat DOUBLE PRECISION",                         \
      "ALTER TABLE " table " ADD COLUMN loc_lon DOUBLE PRECISION",                         \
      "ALTER TABLE " table " ADD COLUMN loc_geonameid BIGINT",                             \
      "ALTER TABLE " table " ADD COLUMN loc_start BIGINT",                                 \
      "ALTER TABLE " table " ADD COLUMN loc_end BIGINT",                                   \
      "ALTER TABLE " table " ADD COLUMN loc_from TEXT"

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> kSteps = {
      // Version 1: articles and their events.
      {1,
       {"CREATE TABLE schema_version (version INTEGER NOT NULL)",
        "INSERT INTO schema_version (version) VALUES (0)",
        "CREATE TABLE articles ("
        " id TEXT PRIMARY KEY, url TEXT, title TEXT, date TEXT, source TEXT, dateline TEXT,"
        " text_hash TEXT NOT NULL)",
        "CREATE INDEX articles_text_hash ON articles (text_hash)",
        "CREATE TABLE events ("
        " article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
        " ordinal INTEGER NOT NULL, event_id BIGINT NOT NULL, sentence INTEGER NOT NULL,"
        " date TEXT, date_precision TEXT,"
        " source_code TEXT, source_country TEXT, source_sector TEXT, source_text TEXT,"
        " source_start BIGINT, source_end BIGINT,"
        " target_code TEXT, target_country TEXT, target_sector TEXT, target_text TEXT,"
        " target_start BIGINT, target_end BIGINT,"
        " code TEXT NOT NULL, root_code TEXT, quad_class INTEGER, goldstein DOUBLE PRECISION,"
        " plover_type TEXT, plover_mode TEXT, plover_context TEXT,"
        " modality TEXT, negated INTEGER NOT NULL DEFAULT 0,"
        " evidence_verb TEXT, evidence_pattern TEXT, evidence_start BIGINT, evidence_end BIGINT,"
        " PRIMARY KEY (article_id, ordinal))",
        "CREATE INDEX events_date ON events (date)"}},
      // Version 2: the evidence sentence's text, actor mentions, and the
      // indexes of the queries (dyad by country and date, code).
      {2,
       {"ALTER TABLE events ADD COLUMN sentence_text TEXT",
        "CREATE TABLE mentions ("
        " article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
        " ordinal INTEGER NOT NULL, sentence INTEGER NOT NULL, text_start BIGINT, text_end BIGINT,"
        " text TEXT, code TEXT, country TEXT, sector TEXT, kind TEXT, resolved_by TEXT, entry TEXT,"
        " PRIMARY KEY (article_id, ordinal))",
        "CREATE INDEX events_dyad_date ON events (source_country, target_country, date)",
        "CREATE INDEX events_code ON events (code)",
        "CREATE INDEX mentions_code ON mentions (code)"}},
      // Version 3: canonical events (dedup.h) and the store's settings (the
      // dedup window). The rows are filled by the store after this step.
      {3,
       {"CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE canonical_events ("
        " canonical_id BIGINT PRIMARY KEY,"
        " source_code TEXT NOT NULL, source_country TEXT, source_sector TEXT,"
        " target_code TEXT, target_country TEXT, target_sector TEXT,"
        " code TEXT NOT NULL, root_code TEXT, quad_class INTEGER, goldstein DOUBLE PRECISION,"
        " plover_type TEXT, date_start TEXT NOT NULL, date_end TEXT NOT NULL,"
        " num_mentions INTEGER NOT NULL, num_sentences INTEGER NOT NULL,"
        " num_articles INTEGER NOT NULL, num_sources INTEGER NOT NULL,"
        " first_article_id TEXT NOT NULL, first_ordinal INTEGER NOT NULL)",
        "CREATE INDEX canonical_key ON canonical_events (source_code, code, date_start)",
        // The series' indexes cover what they read (no table lookups on a
        // busy dyad): one for a dyad or a source, one for a target.
        "CREATE INDEX canonical_dyad_date ON canonical_events"
        " (source_country, target_country, date_start, quad_class, goldstein, num_mentions)",
        "CREATE INDEX canonical_target_date ON canonical_events"
        " (target_country, date_start, quad_class, goldstein, num_mentions)",
        "CREATE INDEX canonical_date ON canonical_events (date_start)",
        "CREATE INDEX events_key ON events (source_code, code, date)",
        // Counts and series read canonical_events now, and the reports of an
        // event are reached by its key: these three only slowed every insert.
        "DROP INDEX events_date", "DROP INDEX events_dyad_date", "DROP INDEX events_code"}},
      // Version 4: where each event happened (issue 9), on events and on
      // canonical events; NULL when unknown, as are the rows of older stores.
      // Indexes for --country-of-event and for --near's latitude band.
      {4,
       {DYAD_LOCATION_COLUMNS("events"), DYAD_LOCATION_COLUMNS("canonical_events"),
        "CREATE INDEX canonical_location_date ON canonical_events (loc_country_iso3, date_start)",
        "CREATE INDEX canonical_lat ON canonical_events (loc_lat)"}},
  };
  return kSteps;
}

const std::vector<const char*> kArticleColumns = {"id",     "url",      "title",    "date",
                                                  "source", "dateline", "text_hash"};
const std::vector<const char*> kEventColumns = {
    "article_id",     "ordinal",        "event_id",       "sentence",        "date",
    "date_precision", "source_code",    "source_country", "source_sector",   "source_text",
    "source_start",   "source_end",     "target_code",    "target_country",  "target_sector",
    "target_text",    "target_start",   "target_end",     "code",            "root_code",
    "quad_class",     "goldstein",      "plover_type",    "plover_mode",     "plover_context",
    "modality",       "negated",        "evidence_verb",  "evidence_pattern", "evidence_start",
    "evidence_end",   "sentence_text",  "loc_name",       "loc_type",        "loc_country_iso3",
    "loc_country_fips", "loc_adm1",     "loc_adm1_code",  "loc_lat",         "loc_lon",
    "loc_geonameid",  "loc_start",      "loc_end",        "loc_from"};
const std::vector<const char*> kLocationColumns = {
    "loc_name", "loc_type", "loc_country_iso3", "loc_country_fips", "loc_adm1", "loc_adm1_code",
    "loc_lat",  "loc_lon",  "loc_geonameid",    "loc_start",        "loc_end",  "loc_from"};
const std::vector<const char*> kMentionColumns = {"article_id", "ordinal", "sentence", "text_start",
                                                  "text_end", "text",    "code",     "country",
                                                  "sector",     "kind",    "resolved_by", "entry"};

namespace {

// Counts code points in text[0, byte) incrementally: offsets of one article
// are converted in one pass over its text when asked in increasing order.
class CodePointCounter {
 public:
  explicit CodePointCounter(const std::string& text) : text_(text) {}
  Value At(uint32_t byte) {
    if (byte == text::kNoOffset) return Value{};
    if (byte < byte_) byte_ = 0, count_ = 0;
    for (; byte_ < byte && byte_ < text_.size(); ++byte_) {
      count_ += (static_cast<unsigned char>(text_[byte_]) & 0xC0) != 0x80;
    }
    return Value{count_};
  }

 private:
  const std::string& text_;
  size_t byte_ = 0;
  int64_t count_ = 0;
};

Value Text(const std::string& s) { return Value{s}; }
Value OrNull(const std::string& s) { return s.empty() ? Value{} : Value{s}; }

std::string Slice(const std::string& text, uint32_t begin, uint32_t end) {
  if (begin == text::kNoOffset || end > text.size() || begin > end) return "";
  return text.substr(begin, end - begin);
}

void AppendActor(const events::EventActor& a, bool present, const std::string& text,
                 CodePointCounter* cp, std::vector<Value>* row) {
  if (!present) {
    row->insert(row->end(), 6, Value{});
    return;
  }
  row->push_back(Text(a.code));
  row->push_back(Text(a.country));
  row->push_back(Text(a.sector));
  row->push_back(Text(Slice(text, a.begin, a.end)));
  row->push_back(cp->At(a.begin));
  row->push_back(cp->At(a.end));
}

}  // namespace

void AppendLocation(const events::EventLocation& l, const std::function<Value(int64_t)>& offset,
                    std::vector<Value>* row) {
  if (!l.known()) {
    row->insert(row->end(), kLocationColumns.size(), Value{});
    return;
  }
  row->push_back(Value{l.name});
  row->push_back(Value{l.type});
  row->push_back(OrNull(l.country_iso3));
  row->push_back(OrNull(l.country_fips));
  row->push_back(OrNull(l.adm1));
  row->push_back(OrNull(l.adm1_code));
  row->push_back(Value{l.lat});
  row->push_back(Value{l.lon});
  row->push_back(l.geonameid > 0 ? Value{l.geonameid} : Value{});
  row->push_back(l.begin >= 0 ? offset(l.begin) : Value{});
  row->push_back(l.end >= 0 ? offset(l.end) : Value{});
  row->push_back(OrNull(l.from));
}

events::EventLocation ReadLocation(const Row& r, size_t i) {
  events::EventLocation l;
  l.type = AsText(r[i + 1]);
  if (l.type.empty()) return l;
  l.name = AsText(r[i]);
  l.country_iso3 = AsText(r[i + 2]);
  l.country_fips = AsText(r[i + 3]);
  l.adm1 = AsText(r[i + 4]);
  l.adm1_code = AsText(r[i + 5]);
  l.lat = AsDouble(r[i + 6]);
  l.lon = AsDouble(r[i + 7]);
  l.geonameid = AsInt(r[i + 8]);
  l.begin = IsNull(r[i + 9]) ? -1 : AsInt(r[i + 9]);
  l.end = IsNull(r[i + 10]) ? -1 : AsInt(r[i + 10]);
  l.from = AsText(r[i + 11]);
  return l;
}

ArticleRows ToRows(const CodedArticle& coded, const std::string& text_hash) {
  const ingest::Article& a = *coded.article;
  ArticleRows rows;
  rows.article = {Text(a.id),     OrNull(a.url),      OrNull(a.title), OrNull(a.date),
                  OrNull(a.source), OrNull(a.dateline), Text(text_hash)};
  CodePointCounter cp(a.text);
  int64_t ordinal = 0;
  for (const events::Event& e : *coded.events) {
    std::vector<Value> r;
    r.reserve(kEventColumns.size());
    r.push_back(Text(a.id));
    r.push_back(Value{ordinal++});
    r.push_back(Value{static_cast<int64_t>(events::EventId(e))});
    r.push_back(Value{static_cast<int64_t>(e.evidence.sentence + 1)});
    r.push_back(OrNull(events::IsoDate(e.date)));
    r.push_back(Text(events::DatePrecisionName(e.date_precision)));
    AppendActor(e.source, true, a.text, &cp, &r);
    AppendActor(e.target, e.has_target, a.text, &cp, &r);
    r.push_back(Text(e.code));
    r.push_back(Text(e.root_code));
    r.push_back(Value{static_cast<int64_t>(e.quad_class)});
    r.push_back(Value{e.goldstein});
    r.push_back(Text(e.plover_type));
    r.push_back(Text(e.plover_mode));
    r.push_back(Text(e.plover_context));
    r.push_back(Text(events::ModalityName(e.modality)));
    r.push_back(Value{int64_t{e.negated ? 1 : 0}});
    r.push_back(Text(e.evidence.verb));
    r.push_back(Text(e.evidence.pattern));
    r.push_back(cp.At(e.evidence.begin));
    r.push_back(cp.At(e.evidence.end));
    if (coded.sentences != nullptr && e.evidence.sentence < coded.sentences->size()) {
      r.push_back(Text((*coded.sentences)[e.evidence.sentence]));
    } else {
      r.push_back(Value{});
    }
    AppendLocation(e.location, [&](int64_t byte) { return cp.At(static_cast<uint32_t>(byte)); }, &r);
    rows.events.push_back(std::move(r));
  }
  ordinal = 0;
  for (const actors::ActorMention& m : *coded.mentions) {
    rows.mentions.push_back({Text(a.id), Value{ordinal++},
                             Value{static_cast<int64_t>(m.sentence + 1)}, cp.At(m.begin),
                             cp.At(m.end), Text(Slice(a.text, m.begin, m.end)), Text(m.code),
                             Text(m.country), Text(m.sector), Text(m.kind), Text(m.resolved_by),
                             Text(m.entry)});
  }
  return rows;
}

}  // namespace dyad::store
