// Articles, actors, change stamps and sizes (browse.h).
#include "store/browse.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "geo/location_json.h"
#include "store/schema.h"
#include "store/sql.h"

namespace dyad::store {
namespace {

int64_t CodePoints(std::string_view s) {
  int64_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

void AddHighlight(const std::string& sentence, const char* role, const std::string& text, ArticleEvent* e) {
  if (text.empty()) return;
  const size_t at = sentence.find(text);
  if (at == std::string::npos) return;
  const int64_t start = CodePoints(std::string_view(sentence).substr(0, at));
  e->highlights.push_back({role, start, start + CodePoints(text), text});
}

}  // namespace

Result<ArticleRecord> QueryArticle(EventStore& store, std::string_view id) {
  SqlConnection& db = store.connection();
  ArticleRecord a;
  bool found = false;
  Status s = db.Run(
      "SELECT id, COALESCE(url, ''), COALESCE(title, ''), COALESCE(date, ''), COALESCE(source, ''),"
      " COALESCE(dateline, '') FROM articles WHERE id = ?1",
      {Value{std::string(id)}}, [&](const Row& r) {
        a = {AsText(r[0]), AsText(r[1]), AsText(r[2]), AsText(r[3]), AsText(r[4]), AsText(r[5]), {}};
        found = true;
        return false;
      });
  if (!s.ok()) return s;
  if (!found) return Status::NotFound("no article \"" + std::string(id) + "\" in the store");
  std::map<int64_t, ArticleSentence> sentences;
  s = db.Run(
      "SELECT ordinal, sentence, COALESCE(sentence_text, ''), COALESCE(date, ''), code, COALESCE(root_code, ''),"
      " COALESCE(plover_type, ''), COALESCE(quad_class, 0), COALESCE(goldstein, 0), COALESCE(source_code, ''),"
      " COALESCE(source_text, ''), COALESCE(target_code, ''), COALESCE(target_text, ''),"
      " COALESCE(evidence_verb, ''), COALESCE(evidence_start, 0), COALESCE(evidence_end, 0),"
      " loc_name, loc_type, loc_country_iso3, loc_country_fips, loc_adm1, loc_adm1_code, loc_lat, loc_lon,"
      " loc_geonameid, loc_start, loc_end, loc_from"
      " FROM events WHERE article_id = ?1 ORDER BY ordinal",
      {Value{std::string(id)}}, [&](const Row& r) {
        ArticleSentence& sentence = sentences[AsInt(r[1])];
        sentence.sentence = AsInt(r[1]);
        if (sentence.text.empty()) sentence.text = AsText(r[2]);
        ArticleEvent e;
        e.ordinal = AsInt(r[0]);
        e.date = AsText(r[3]);
        e.code = AsText(r[4]);
        e.root_code = AsText(r[5]);
        e.plover_type = AsText(r[6]);
        e.quad_class = static_cast<int>(AsInt(r[7]));
        e.goldstein = AsDouble(r[8]);
        e.source_code = AsText(r[9]);
        e.source_text = AsText(r[10]);
        e.target_code = AsText(r[11]);
        e.target_text = AsText(r[12]);
        e.verb = AsText(r[13]);
        e.evidence_start = AsInt(r[14]);
        e.evidence_end = AsInt(r[15]);
        e.location = ReadLocation(r, 16);
        AddHighlight(sentence.text, "source", e.source_text, &e);
        AddHighlight(sentence.text, "target", e.target_text, &e);
        AddHighlight(sentence.text, "verb", e.verb, &e);
        sentence.events.push_back(std::move(e));
        return true;
      });
  if (!s.ok()) return s;
  for (auto& [n, sentence] : sentences) a.sentences.push_back(std::move(sentence));
  return a;
}

Result<std::vector<ActorCount>> QueryActorCounts(EventStore& store) {
  SqlConnection& db = store.connection();
  std::map<std::string, ActorCount> actors;
  auto add = [&](const Row& r) {
    ActorCount& a = actors[AsText(r[0])];
    a.code = AsText(r[0]);
    if (a.country.empty()) a.country = AsText(r[1]);
    a.events += AsInt(r[2]);
    return true;
  };
  // An event whose source and target share a code counts once for it.
  Status s = db.Run(
      "SELECT source_code, COALESCE(max(source_country), ''), count(*) FROM canonical_events GROUP BY source_code",
      {}, add);
  if (!s.ok()) return s;
  s = db.Run(
      "SELECT target_code, COALESCE(max(target_country), ''), count(*) FROM canonical_events"
      " WHERE target_code IS NOT NULL AND target_code <> source_code GROUP BY target_code",
      {}, add);
  if (!s.ok()) return s;
  std::map<std::string, std::pair<int64_t, std::string>> names;  // code -> (mentions, entry)
  s = db.Run(
      "SELECT code, entry, count(*) FROM mentions WHERE code IS NOT NULL AND entry IS NOT NULL AND entry <> ''"
      " GROUP BY code, entry",
      {}, [&](const Row& r) {
        auto& best = names[AsText(r[0])];
        const int64_t n = AsInt(r[2]);
        const std::string entry = AsText(r[1]);
        if (n > best.first || (n == best.first && entry < best.second)) best = {n, entry};
        return true;
      });
  if (!s.ok()) return s;
  std::vector<ActorCount> out;
  out.reserve(actors.size());
  for (auto& [code, a] : actors) {
    if (code.empty()) continue;
    auto it = names.find(code);
    if (it != names.end()) a.name = it->second.second;
    out.push_back(std::move(a));
  }
  std::stable_sort(out.begin(), out.end(), [](const ActorCount& a, const ActorCount& b) { return a.events > b.events; });
  return out;
}

Result<bool> ActorInStore(EventStore& store, std::string_view code) {
  if (code.empty()) return false;
  const std::string first(code);
  std::string end = first;  // The smallest string above every one that begins with code.
  end.back() = static_cast<char>(end.back() + 1);
  // Each probe is one of the store's indexes: (source_country, ...),
  // (target_country, ...), (source_code, ...); the last narrows targets to
  // the code's country first.
  const bool country = code.size() == 3;
  const std::vector<std::pair<std::string, std::vector<Value>>> probes =
      country ? std::vector<std::pair<std::string, std::vector<Value>>>{
                    {"source_country = ?1", {Value{first}}}, {"target_country = ?1", {Value{first}}}}
              : std::vector<std::pair<std::string, std::vector<Value>>>{
                    {"source_code >= ?1 AND source_code < ?2", {Value{first}, Value{end}}},
                    {"target_country = ?3 AND target_code >= ?1 AND target_code < ?2",
                     {Value{first}, Value{end}, Value{first.substr(0, 3)}}}};
  for (const auto& [where, params] : probes) {
    bool found = false;
    Status s = store.connection().Run("SELECT 1 FROM canonical_events WHERE " + where + " LIMIT 1", params,
                                      [&](const Row&) {
                                        found = true;
                                        return false;
                                      });
    if (!s.ok()) return s;
    if (found) return true;
  }
  return false;
}

Result<int64_t> ChangeStamp(EventStore& store) {
  SqlConnection& db = store.connection();
  if (std::string_view(db.backend()) == "sqlite") return db.QueryInt("PRAGMA data_version");
  // The next transaction id: every committed write in the cluster moves it
  // (read-only statements take none), so it changes with the store, and
  // sometimes without (another database's writes): a cache is dropped a
  // little more often than needed, never kept too long.
  return db.QueryInt("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint");
}

Result<int64_t> StoreSizeBytes(EventStore& store) {
  SqlConnection& db = store.connection();
  if (std::string_view(db.backend()) == "sqlite") {
    return db.QueryInt("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
  }
  return db.QueryInt(
      "SELECT COALESCE(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
      " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'");
}

std::string ArticleJson(const ArticleRecord& a) {
  nlohmann::json sentences = nlohmann::json::array();
  for (const ArticleSentence& s : a.sentences) {
    nlohmann::json events = nlohmann::json::array();
    for (const ArticleEvent& e : s.events) {
      nlohmann::json highlights = nlohmann::json::array();
      for (const Highlight& h : e.highlights) {
        highlights.push_back({{"role", h.role}, {"start", h.start}, {"end", h.end}, {"text", h.text}});
      }
      auto actor = [](const std::string& code, const std::string& text) {
        return code.empty() ? nlohmann::json(nullptr) : nlohmann::json{{"code", code}, {"text", text}};
      };
      events.push_back({{"ordinal", e.ordinal},
                        {"date", e.date},
                        {"code", e.code},
                        {"root_code", e.root_code},
                        {"quad_class", e.quad_class},
                        {"goldstein", e.goldstein},
                        {"plover_type", e.plover_type},
                        {"source", actor(e.source_code, e.source_text)},
                        {"target", actor(e.target_code, e.target_text)},
                        {"evidence", {{"verb", e.verb}, {"start", e.evidence_start}, {"end", e.evidence_end}}},
                        {"highlights", std::move(highlights)},
                        {"location", geo::LocationJson<nlohmann::json>(e.location)}});
    }
    sentences.push_back({{"sentence", s.sentence}, {"text", s.text}, {"events", std::move(events)}});
  }
  return nlohmann::json{{"id", a.id},         {"url", a.url},       {"title", a.title},
                        {"date", a.date},     {"source", a.source}, {"dateline", a.dateline},
                        {"sentences", std::move(sentences)}}
      .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace dyad::store
