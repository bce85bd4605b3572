// The jsonl, csv and tsv writers of export (export_rows.h). The one file of
// export that calls nlohmann-json; its dump is told to replace bad UTF-8
// rather than throw.
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "geo/location_json.h"
#include "store/export_rows.h"

namespace dyad::store {
namespace {

using Json = nlohmann::ordered_json;

Json ActorJson(const ExportActor& a) {
  if (!a.present) return Json(nullptr);
  Json j;
  j["code"] = a.code;
  j["country"] = a.country;
  j["sector"] = a.sector;
  j["text"] = a.text;
  j["start"] = a.start;
  j["end"] = a.end;
  return j;
}

// The record `dyad code` writes for this event (src/cli/code_command.cc),
// keys in the same order.
Json EventJson(const MentionRecord& m) {
  Json j;
  j["event_id"] = m.event_id;
  j["article_id"] = m.article_id;
  j["sentence"] = m.sentence;
  j["date"] = m.date;
  j["date_precision"] = m.date_precision;
  j["source"] = ActorJson(m.source);
  j["target"] = ActorJson(m.target);
  j["code"] = m.code;
  j["root_code"] = m.root_code;
  j["quad_class"] = m.quad_class;
  j["goldstein"] = m.goldstein;
  j["plover"] = {{"type", m.plover_type}, {"mode", m.plover_mode}, {"context", m.plover_context}};
  j["negated"] = m.negated;
  j["modality"] = m.modality;
  j["evidence"] = {{"sentence", m.sentence},
                   {"verb", m.evidence_verb},
                   {"start", m.evidence_start},
                   {"end", m.evidence_end},
                   {"pattern", m.evidence_pattern}};
  j["location"] = Json(geo::LocationJson(m.location));
  return j;
}

std::string Line(const Json& j) {
  std::string line = j.dump(-1, ' ', false, Json::error_handler_t::replace);
  line.push_back('\n');
  return line;
}

// canonical_id first, then the record's keys.
Json WithCanonicalId(int64_t id, const MentionRecord& m) {
  Json j;
  j["canonical_id"] = id;
  const Json record = EventJson(m);  // Named: items() does not keep a temporary alive.
  for (const auto& [key, value] : record.items()) j[key] = value;
  return j;
}

class JsonlWriter final : public ExportWriter {
 public:
  std::string EventLine(const CanonicalRecord& e) const override {
    Json j = WithCanonicalId(e.canonical_id, e.first);
    // The canonical event's place, which may come from a later report.
    j["location"] = Json(geo::LocationJson(e.location));
    j["date_end"] = e.date_end;
    j["num_mentions"] = e.num_mentions;
    j["num_sentences"] = e.num_sentences;
    j["num_articles"] = e.num_articles;
    j["num_sources"] = e.num_sources;
    j["url"] = e.first.url;
    return Line(j);
  }
  std::string MentionLine(const CanonicalRecord& e, const MentionRecord& m) const override {
    Json j = WithCanonicalId(e.canonical_id, m);
    j["url"] = m.url;
    return Line(j);
  }
};

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

const std::vector<const char*> kEventHeader = {
    "canonical_id",   "date_start",    "date_end",       "source_code",  "source_country",
    "source_sector",  "target_code",   "target_country", "target_sector", "code",
    "root_code",      "quad_class",    "goldstein",      "plover_type",  "num_mentions",
    "num_sentences",  "num_articles",  "num_sources",    "first_article_id", "url",
    "sentence_text",  "location_name", "location_type",  "location_country_iso3", "location_adm1",
    "location_lat",   "location_lon",  "location_geonameid"};

const std::vector<const char*> kMentionHeader = {
    "canonical_id", "article_id",  "ordinal",      "event_id",       "sentence",
    "date",         "source_code", "source_text",  "source_start",   "source_end",
    "target_code",  "target_text", "target_start", "target_end",     "code",
    "evidence_verb", "evidence_start", "evidence_end", "modality",   "negated",
    "url",          "outlet",      "sentence_text", "location_name", "location_type",
    "location_country_iso3", "location_adm1", "location_lat", "location_lon", "location_geonameid"};

// The seven location fields of a flat row (name, type, country_iso3, adm1,
// lat, lon, geonameid), all empty when unknown; coordinates with four
// decimals, as in JSON.
void AppendLocation(const events::EventLocation& l, std::vector<std::string>* fields) {
  if (!l.known()) {
    fields->insert(fields->end(), 7, "");
    return;
  }
  char lat[32], lon[32];
  std::snprintf(lat, sizeof lat, "%.4f", l.lat);
  std::snprintf(lon, sizeof lon, "%.4f", l.lon);
  fields->insert(fields->end(), {l.name, l.type, l.country_iso3, l.adm1, lat, lon,
                                 l.geonameid > 0 ? std::to_string(l.geonameid) : ""});
}

// Offsets of an absent actor are empty, not -1, in flat rows.
std::string Offset(const ExportActor& a, int64_t v) { return a.present && v >= 0 ? std::to_string(v) : ""; }

class DelimitedWriter final : public ExportWriter {
 public:
  explicit DelimitedWriter(bool csv) : csv_(csv) {}

  std::string EventsHeader() const override { return Join({kEventHeader.begin(), kEventHeader.end()}); }
  std::string MentionsHeader() const override {
    return Join({kMentionHeader.begin(), kMentionHeader.end()});
  }

  std::string EventLine(const CanonicalRecord& e) const override {
    std::vector<std::string> fields = {
        std::to_string(e.canonical_id), e.date_start, e.date_end, e.source_code,
        e.source_country, e.source_sector, e.target_code, e.target_country,
        e.target_sector, e.code, e.root_code, std::to_string(e.quad_class),
        Number(e.goldstein), e.plover_type, std::to_string(e.num_mentions),
        std::to_string(e.num_sentences), std::to_string(e.num_articles),
        std::to_string(e.num_sources), e.first_article_id, e.first.url,
        e.first.sentence_text};
    AppendLocation(e.location, &fields);
    return Join(fields);
  }

  std::string MentionLine(const CanonicalRecord& e, const MentionRecord& m) const override {
    std::vector<std::string> fields = {
        std::to_string(e.canonical_id), m.article_id, std::to_string(m.ordinal),
        std::to_string(m.event_id), std::to_string(m.sentence), m.date, m.source.code,
        m.source.text, Offset(m.source, m.source.start), Offset(m.source, m.source.end),
        m.target.code, m.target.text, Offset(m.target, m.target.start),
        Offset(m.target, m.target.end), m.code, m.evidence_verb,
        m.evidence_start >= 0 ? std::to_string(m.evidence_start) : "",
        m.evidence_end >= 0 ? std::to_string(m.evidence_end) : "", m.modality,
        m.negated ? "1" : "0", m.url, m.outlet, m.sentence_text};
    AppendLocation(m.location, &fields);
    return Join(fields);
  }

 private:
  std::string Join(const std::vector<std::string>& fields) const {
    std::string line;
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i) line.push_back(csv_ ? ',' : '\t');
      if (csv_) {
        AppendCsv(fields[i], &line);
      } else {
        for (char c : fields[i]) line.push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
      }
    }
    line += csv_ ? "\r\n" : "\n";  // RFC 4180 ends records with CRLF.
    return line;
  }

  // RFC 4180: a field holding a comma, quote or line break is quoted, its
  // quotes doubled.
  static void AppendCsv(const std::string& field, std::string* line) {
    if (field.find_first_of(",\"\r\n") == std::string::npos) {
      *line += field;
      return;
    }
    line->push_back('"');
    for (char c : field) {
      if (c == '"') line->push_back('"');
      line->push_back(c);
    }
    line->push_back('"');
  }

  bool csv_;
};

}  // namespace

std::unique_ptr<ExportWriter> NewJsonlWriter() { return std::make_unique<JsonlWriter>(); }

std::unique_ptr<ExportWriter> NewDelimitedWriter(ExportFormat format) {
  return std::make_unique<DelimitedWriter>(format == ExportFormat::kCsv);
}

}  // namespace dyad::store
