// Query parameters of the API (params.h).
#include "serve/params.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <set>

namespace dyad::serve {
namespace {

constexpr char kBase64Url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string Base64Url(std::string_view in) {
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  for (unsigned char c : in) {
    acc = (acc << 8) | c;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += kBase64Url[(acc >> bits) & 63];
    }
  }
  if (bits > 0) out += kBase64Url[(acc << (6 - bits)) & 63];
  return out;
}

bool FromBase64Url(std::string_view in, std::string* out) {
  uint32_t acc = 0;
  int bits = 0;
  for (char c : in) {
    const char* p = std::find(kBase64Url, kBase64Url + 64, c);
    if (p == kBase64Url + 64) return false;
    acc = (acc << 6) | static_cast<uint32_t>(p - kBase64Url);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      *out += static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  return true;
}

Status Bad(const std::string& name, const std::string& detail) {
  return Status::InvalidArgument(name + ": " + detail);
}

}  // namespace

std::string EncodeCursor(const store::EventKey& last) {
  return Base64Url(last.date_start + "," + std::to_string(last.canonical_id));
}

Result<store::EventKey> DecodeCursor(std::string_view cursor) {
  std::string raw;
  const Status bad = Bad("cursor", "\"" + std::string(cursor.substr(0, 64)) +
                                       "\" is not a cursor of this API: pass next_cursor from the last page as it is");
  if (cursor.size() > 64 || !FromBase64Url(cursor, &raw)) return bad;
  const size_t comma = raw.find(',');
  if (comma != 10) return bad;
  store::EventKey key;
  key.date_start = raw.substr(0, comma);
  const char* begin = raw.data() + comma + 1;
  const char* end = raw.data() + raw.size();
  auto [ptr, ec] = std::from_chars(begin, end, key.canonical_id);
  if (ec != std::errc() || ptr != end || begin == end) return bad;
  for (size_t i = 0; i < 10; ++i) {
    const char c = key.date_start[i];
    if ((i == 4 || i == 7) ? c != '-' : !std::isdigit(static_cast<unsigned char>(c))) return bad;
  }
  return key;
}

Result<ApiRequest> ParseApiRequest(const Params& params, Endpoint endpoint, const PageLimits& limits) {
  static const std::set<std::string> kCommon = {"dyad", "actor", "code",    "plover", "from",
                                                "to",   "by",    "weight",  "country", "near"};
  ApiRequest r;
  r.limit = limits.default_page;
  std::set<std::string> seen;
  for (const auto& [name, value] : params) {
    const bool known = kCommon.count(name) > 0 || (endpoint == Endpoint::kEvents && (name == "limit" || name == "cursor"));
    if (!known) {
      return Bad(name.substr(0, 64), std::string("unknown parameter; ") +
                                         (endpoint == Endpoint::kSeries
                                              ? "/api/series takes dyad, actor, code, plover, from, to, by, weight, "
                                                "country and near"
                                              : "/api/events takes dyad, actor, code, plover, from, to, by, weight, "
                                                "country, near, limit and cursor"));
    }
    if (!seen.insert(name).second) return Bad(name, "given twice; give it once");
    if (value.empty()) continue;  // an empty filter is no filter
    if (name == "dyad") {
      auto d = store::ParseDyad(value);
      if (!d.ok()) return Bad(name, d.status().message());
      r.query.dyad = *d;
    } else if (name == "actor") {
      r.query.actor = value;
    } else if (name == "code") {
      r.query.code = value;
    } else if (name == "plover") {
      r.query.plover_type = value;
    } else if (name == "from") {
      r.query.from = value;
    } else if (name == "to") {
      r.query.to = value;
    } else if (name == "by") {
      auto by = store::ParsePeriod(value);
      if (!by.ok()) return Bad(name, by.status().message());
      r.query.by = *by;
    } else if (name == "weight") {
      if (value == "events") {
        r.query.weight = store::Weight::kEvents;
      } else if (value == "mentions") {
        r.query.weight = store::Weight::kMentions;
      } else {
        return Bad(name, "\"" + value.substr(0, 64) + "\": use events or mentions");
      }
    } else if (name == "country") {
      r.query.country_of_event = value;
    } else if (name == "near") {
      auto near = store::ParseNear(value);
      if (!near.ok()) return Bad(name, near.status().message());
      r.query.near = *near;
    } else if (name == "limit") {
      int n = 0;
      auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
      if (ec != std::errc() || ptr != value.data() + value.size() || n < 1 || n > limits.max_page) {
        return Bad(name, "\"" + value.substr(0, 64) + "\": give a number of events from 1 to " +
                             std::to_string(limits.max_page));
      }
      r.limit = n;
    } else if (name == "cursor") {
      auto key = DecodeCursor(value);
      if (!key.ok()) return key.status();
      r.query.after = *key;
    }
  }
  return r;
}

std::string CanonicalKey(const ApiRequest& r, Endpoint endpoint) {
  const store::Query& q = r.query;
  auto upper = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
  };
  std::string key = endpoint == Endpoint::kSeries ? "series" : "events";
  // \x1f separates fields: no parameter value contains it after checks.
  auto add = [&](const char* name, const std::string& v) { key += '\x1f' + std::string(name) + '=' + v; };
  add("dyad", q.dyad ? store::DyadName(*q.dyad) : "");
  add("actor", upper(q.actor));
  add("code", q.code);
  add("plover", upper(q.plover_type));
  add("from", q.from);
  add("to", q.to);
  add("country", upper(q.country_of_event));
  if (q.near) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "%.17g,%.17g,%.17g", q.near->lat, q.near->lon, q.near->km);
    add("near", buf);
  } else {
    add("near", "");
  }
  if (endpoint == Endpoint::kSeries) {
    add("by", store::PeriodName(q.by));
    add("weight", q.weight == store::Weight::kEvents ? "events" : "mentions");
  } else {
    add("limit", std::to_string(r.limit));
    add("after", q.after ? q.after->date_start + "," + std::to_string(q.after->canonical_id) : "");
  }
  return key;
}

}  // namespace dyad::serve
