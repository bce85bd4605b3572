// Scoring coded events against gold (event_scorer.h).
#include "cli/event_scorer.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace dyad::cli {
namespace {

using Json = nlohmann::json;

// Python's truthiness of a JSON value.
bool Truthy(const Json& v) {
  if (v.is_null()) return false;
  if (v.is_boolean()) return v.get<bool>();
  if (v.is_number_integer()) return v.get<int64_t>() != 0;
  if (v.is_number()) return v.get<double>() != 0;
  if (v.is_string()) return !v.get_ref<const std::string&>().empty();
  return !v.empty();  // Arrays and objects.
}

// Python's str() of a JSON scalar, for ids and codes written as numbers.
std::string AsString(const Json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_null()) return "";
  if (v.is_boolean()) return v.get<bool>() ? "True" : "False";
  return v.dump();
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string_view Strip(std::string_view s) {
  const char* ws = " \t\n\r\f\v";
  const size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

// CAMEO country codes that differ from ISO 3166 alpha-3, folded so that
// either spelling matches.
std::string Fold(const std::string& code) {
  static const std::map<std::string, std::string, std::less<>> kAlias = {
      {"ROM", "ROU"}, {"TMP", "TLS"}, {"MTN", "MNE"}, {"PAL", "PSE"}, {"ZAR", "COD"}, {"BRM", "MMR"}};
  const std::string head = code.substr(0, 3);
  auto it = kAlias.find(head);
  return it == kAlias.end() ? code : it->second + code.substr(std::min<size_t>(3, code.size()));
}

bool IsAlpha(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  });
}

std::optional<std::string> PloverOf(const std::string& code, const PloverTable& table) {
  for (size_t n : {code.size(), size_t{3}, size_t{2}}) {
    auto it = table.find(std::string_view(code).substr(0, n));
    if (it != table.end()) return it->second;
  }
  return std::nullopt;
}

bool SameActor(const std::string& pred, const std::string& gold, MatchMode mode) {
  auto none = [](const std::string& a) { return a.empty() || a == "---"; };
  if (none(gold) && none(pred)) return true;
  if (mode == MatchMode::kPlover && gold.empty()) return true;  // The gold names no target.
  if (mode != MatchMode::kExact && gold.starts_with("---")) return !none(pred) || gold == "---";
  return pred == gold;
}

}  // namespace

std::optional<MatchMode> ParseMatchMode(std::string_view name) {
  if (name == "exact") return MatchMode::kExact;
  if (name == "country-root") return MatchMode::kCountryRoot;
  if (name == "plover") return MatchMode::kPlover;
  return std::nullopt;
}

Result<GoldRecord> ParseGoldRecord(std::string_view line) {
  Json r = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (r.is_discarded() || !r.is_object()) return Status::DataError("not a JSON object");
  if (!r.contains("id")) return Status::DataError("no \"id\"");
  GoldRecord out;
  out.id = AsString(r["id"]);
  if (r.contains("text")) out.text = AsString(r["text"]);
  if (r.contains("category")) out.category = AsString(r["category"]);
  for (const char* k : {"options", "expect", "config_changed", "after_final"}) {
    if (r.contains(k) && Truthy(r[k])) out.settings_test = true;
  }
  if (r.contains("evaluate") && Upper(AsString(r["evaluate"])) == "FALSE") out.settings_test = true;
  if (r.contains("gold") && !r["gold"].is_null()) {
    if (!r["gold"].is_array()) return Status::DataError("\"gold\" is not a list");
    for (const Json& ev : r["gold"]) {
      if (!ev.is_object() || !ev.contains("code")) return Status::DataError("a gold event without a \"code\"");
      GoldEvent g;
      g.source = ev.contains("source") ? AsString(ev["source"]) : "";
      g.target = ev.contains("target") ? AsString(ev["target"]) : "";
      g.code = AsString(ev["code"]);
      g.optional = ev.contains("optional") && Truthy(ev["optional"]);
      out.gold.push_back(std::move(g));
    }
  }
  return out;
}

PloverTable ParsePloverTable(std::string_view contents) {
  PloverTable table;
  bool header = true;
  size_t pos = 0;
  while (pos < contents.size()) {
    size_t end = contents.find('\n', pos);
    if (end == std::string_view::npos) end = contents.size();
    std::string_view line = contents.substr(pos, end - pos);
    pos = end + 1;
    if (line.starts_with("#")) continue;
    if (header) {
      header = false;
      continue;
    }
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    std::string_view code = line.substr(0, tab), rest = line.substr(tab + 1);
    std::string_view type = rest.substr(0, rest.find('\t'));
    if (code.empty() || type.empty()) continue;
    table.emplace(std::string(code), std::string(type));  // The first row wins.
  }
  return table;
}

Result<PloverTable> LoadPloverTable(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open the CAMEO to PLOVER table");
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": read error");
  return ParsePloverTable(s.str());
}

EventKey MakeKey(std::string_view source, std::string_view target, std::string_view code, MatchMode mode,
                 const PloverTable* plover) {
  EventKey k{Fold(Upper(source)), Fold(Upper(target)), Upper(Strip(code))};
  if (mode == MatchMode::kExact) return k;
  k.source = k.source.substr(0, 3);
  k.target = k.target.substr(0, 3);
  const std::string c = *k.event;
  if (mode == MatchMode::kCountryRoot) {
    k.event = c.substr(0, 2);
  } else if (IsAlpha(c)) {
    // PLOVER 0.5b1 category names (older gold suites) folded into PLOVER 2.0 types.
    static const std::map<std::string, std::string, std::less<>> kOld = {
        {"DEMAND", "REQUEST"}, {"DISAPPROVE", "ACCUSE"}, {"FIGHT", "ASSAULT"}, {"INVESTIGATE", "ACCUSE"}};
    auto it = kOld.find(c);
    k.event = it == kOld.end() ? c : it->second;
  } else {
    k.event = PloverOf(c, *plover);
  }
  return k;
}

bool KeysMatch(const EventKey& predicted, const EventKey& gold, MatchMode mode) {
  return SameActor(predicted.source, gold.source, mode) && SameActor(predicted.target, gold.target, mode) &&
         predicted.event == gold.event;
}

RecordScore EventScorer::Score(const GoldRecord& record, const std::vector<PredictedEvent>& predicted) const {
  RecordScore s;
  // Gold keys owed (each once, with the first gold event that gives it) and optional ones.
  std::vector<EventKey> owed, optional;
  std::vector<size_t> owed_index;
  for (size_t i = 0; i < record.gold.size(); ++i) {
    const GoldEvent& g = record.gold[i];
    EventKey k = MakeKey(g.source, g.target, g.code, mode_, plover_);
    if (g.optional) {
      optional.push_back(std::move(k));
    } else if (std::find(owed.begin(), owed.end(), k) == owed.end()) {
      owed.push_back(std::move(k));
      owed_index.push_back(i);
    }
  }
  // One prediction per distinct key, as the suites count them.
  std::vector<EventKey> keys;
  std::vector<size_t> key_index;
  for (size_t i = 0; i < predicted.size(); ++i) {
    const PredictedEvent& p = predicted[i];
    if (p.code.empty()) continue;
    EventKey k = MakeKey(Strip(p.source), Strip(p.target), p.code, mode_, plover_);
    if (mode_ == MatchMode::kPlover && !k.event) continue;  // The gold cannot hold it.
    if (std::find(keys.begin(), keys.end(), k) != keys.end()) continue;
    keys.push_back(std::move(k));
    key_index.push_back(i);
  }
  std::vector<char> open(owed.size(), 1);
  for (size_t j = 0; j < keys.size(); ++j) {
    bool hit = false;
    for (size_t g = 0; g < owed.size() && !hit; ++g) {
      if (open[g] && KeysMatch(keys[j], owed[g], mode_)) {
        open[g] = 0;
        hit = true;
      }
    }
    if (hit) {
      ++s.tp;
    } else if (std::none_of(optional.begin(), optional.end(),
                            [&](const EventKey& o) { return KeysMatch(keys[j], o, mode_); })) {
      ++s.fp;
      s.extra.push_back(key_index[j]);
    }
  }
  for (size_t g = 0; g < owed.size(); ++g) {
    if (open[g]) {
      ++s.fn;
      s.missed.push_back(owed_index[g]);
    }
  }
  return s;
}

void ScoreTotals::Add(const std::string& category, const RecordScore& s) {
  for (Counts* c : {&all, &by_category[category]}) {
    c->tp += s.tp;
    c->fp += s.fp;
    c->fn += s.fn;
  }
}

std::string SummaryLine(const Counts& c, int64_t records) {
  char buf[256];
  std::snprintf(buf, sizeof buf, "F1=%.3f P=%.3f R=%.3f tp=%lld fp=%lld fn=%lld records=%lld", c.F1(),
                c.Precision(), c.Recall(), static_cast<long long>(c.tp), static_cast<long long>(c.fp),
                static_cast<long long>(c.fn), static_cast<long long>(records));
  return buf;
}

std::string CategoryLine(const std::string& category, const Counts& c) {
  // Python pads to 14 characters (code points), not bytes.
  size_t chars = 0;
  for (unsigned char ch : category) chars += (ch & 0xC0) != 0x80;
  std::string out = category;
  if (chars < 14) out.append(14 - chars, ' ');
  char buf[96];
  std::snprintf(buf, sizeof buf, " tp=%4lld fp=%4lld fn=%4lld", static_cast<long long>(c.tp),
                static_cast<long long>(c.fp), static_cast<long long>(c.fn));
  return out + buf;
}

}  // namespace dyad::cli
