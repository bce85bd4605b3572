// The GDELT 2.0 writer of export (export_rows.h): 61 event columns and 16
// mention columns in GDELT's order, tab-separated, no header. docs/store.md
// ("Export") maps every column and says where dyad has no value.
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "geo/geo.h"

#include "store/export_rows.h"
#include "store/gdelt_actor.h"

namespace dyad::store {
namespace {

constexpr size_t kEventColumns = 61;
constexpr size_t kMentionColumns = 16;
// 0-based first columns of GDELT's blocks.
constexpr size_t kActor1 = 5, kActor2 = 15, kAction = 25, kGeo = 35, kDateAdded = 59;

// "YYYY-MM-DD" -> "YYYYMMDD"; "" for anything else (undated).
std::string Compact(const std::string& iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return "";
  return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

// GDELT's FractionDate: year + ((month - 1) * 30 + day) / 365, four
// decimals. (The codebook writes MONTH * 30, but GDELT's files count the
// months before: 2013-04-01 is 2013.2493.)
std::string FractionDate(const std::string& day) {
  const int y = std::atoi(day.substr(0, 4).c_str());
  const int m = std::atoi(day.substr(4, 2).c_str());
  const int d = std::atoi(day.substr(6, 2).c_str());
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", y + ((m - 1) * 30 + d) / 365.0);
  return buf;
}

// GDELT's DATEADDED: the time a row entered its database. dyad does not keep
// the ingest time, so the event's first date at midnight stands for it.
std::string DateAdded(const CanonicalRecord& e) {
  const std::string day = Compact(e.date_start);
  return day.empty() ? "" : day + "000000";
}

std::string Upper(const std::string& s) {
  std::string out = s;
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// A coordinate as GDELT writes it: at most four decimals, no trailing zeros
// ("41.725", "-84.388").
std::string Coordinate(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

std::string Line(const std::vector<std::string>& c) {
  std::string line;
  for (size_t i = 0; i < c.size(); ++i) {
    if (i) line.push_back('\t');
    for (char ch : c[i]) line.push_back(ch == '\t' || ch == '\n' || ch == '\r' ? ' ' : ch);
  }
  line.push_back('\n');
  return line;
}

// The site of a URL ("https://www.reuters.com/x" -> "reuters.com").
std::string Domain(const std::string& url) {
  size_t start = url.find("://");
  start = start == std::string::npos ? 0 : start + 3;
  std::string host = url.substr(start, url.find_first_of("/?#:", start) - start);
  if (host.starts_with("www.")) host = host.substr(4);
  return host;
}

class GdeltWriter final : public ExportWriter {
 public:
  GdeltWriter(ActorCodeParts parts, std::unique_ptr<geo::Gazetteer> owned, const geo::Gazetteer* gazetteer)
      : parts_(std::move(parts)), owned_(std::move(owned)), gazetteer_(gazetteer), locator_(gazetteer) {}

  std::string EventLine(const CanonicalRecord& e) const override {
    std::vector<std::string> c(kEventColumns);
    c[0] = std::to_string(e.canonical_id);
    const std::string day = Compact(e.date_start);
    if (!day.empty()) {
      c[1] = day;
      c[2] = day.substr(0, 6);
      c[3] = day.substr(0, 4);
      c[4] = FractionDate(day);
    }
    Actor(e.source_code, e.source_country, e.first.source.text, &c[kActor1]);
    if (!e.target_code.empty()) Actor(e.target_code, e.target_country, e.first.target.text, &c[kActor2]);
    Action(e, &c[kAction]);
    Geo(e, &c[kGeo]);
    c[kDateAdded] = DateAdded(e);
    c[kDateAdded + 1] = e.first.url;
    return Line(c);
  }

  std::string MentionLine(const CanonicalRecord& e, const MentionRecord& m) const override {
    std::vector<std::string> c(kMentionColumns);
    c[0] = std::to_string(e.canonical_id);
    c[1] = DateAdded(e);
    // When the article appeared: its own date, else the event's.
    std::string seen = Compact(m.article_date);
    if (seen.empty()) seen = Compact(m.date);
    c[2] = seen.empty() ? "" : seen + "000000";
    c[3] = "1";  // WEB: dyad reads news articles.
    c[4] = !m.outlet.empty() ? m.outlet : Domain(m.url);
    c[5] = !m.url.empty() ? m.url : m.article_id;
    c[6] = std::to_string(m.sentence);
    c[7] = std::to_string(m.source.present ? m.source.start : -1);
    c[8] = std::to_string(m.target.present ? m.target.start : -1);
    c[9] = std::to_string(m.evidence_start);
    c[10] = "1";  // InRawText: dyad codes the text as written.
    // Confidence, MentionDocLen, MentionDocTone, translation info, extras:
    // dyad has none of them (the article's length is not stored).
    return Line(c);
  }

 private:
  // Columns Actor*Code ... Actor*Type3Code from c[0].
  void Actor(const std::string& code, const std::string& country, const std::string& text,
             std::string* c) const {
    const GdeltActor a = parts_.Decompose(code, country);
    c[0] = code;
    c[1] = Upper(text);  // GDELT writes names in capitals.
    c[2] = a.country;
    c[3] = a.known_group;
    c[4] = a.ethnic;
    c[5] = a.religion1;
    c[6] = a.religion2;
    for (int i = 0; i < 3; ++i) c[7 + i] = a.types[i];
  }

  // IsRootEvent ... AvgTone from c[0].
  static void Action(const CanonicalRecord& e, std::string* c) {
    // GDELT flags events of the lead paragraph; dyad keeps sentences, not
    // paragraphs, so the first sentence of the first report stands for it.
    c[0] = e.first.sentence == 1 ? "1" : "0";
    c[1] = e.code;
    c[2] = e.code.size() >= 3 ? e.code.substr(0, 3) : e.code + "0";  // "01" -> "010"
    c[3] = !e.root_code.empty() ? e.root_code : e.code.substr(0, 2);
    c[4] = std::to_string(e.quad_class);
    char g[32];
    std::snprintf(g, sizeof g, "%.1f", e.goldstein);
    c[5] = g;
    c[6] = std::to_string(e.num_mentions);
    c[7] = std::to_string(e.num_sources);
    c[8] = std::to_string(e.num_articles);
    c[9] = "";  // AvgTone: dyad measures no tone.
  }

  // The three geography blocks (Actor1Geo_*, Actor2Geo_*, ActionGeo_*: 24
  // columns from c[0]). ActionGeo is where the event happened; each actor's
  // is its place (EventLocator::ActorLocation): the event's when it lies in
  // the actor's country, else the country's (so also when the event's place
  // is unknown, as GDELT does); empty for an actor without a country.
  void Geo(const CanonicalRecord& e, std::string* c) const {
    GdeltGeoBlock(locator_.ActorLocation(e.source_country, e.location), *gazetteer_, c);
    if (!e.target_code.empty()) GdeltGeoBlock(locator_.ActorLocation(e.target_country, e.location), *gazetteer_, c + 8);
    GdeltGeoBlock(e.location, *gazetteer_, c + 16);
  }

  ActorCodeParts parts_;
  std::unique_ptr<geo::Gazetteer> owned_;  // When the writer loaded it.
  const geo::Gazetteer* gazetteer_;
  geo::EventLocator locator_;
};

}  // namespace

void GdeltGeoBlock(const events::EventLocation& l, const geo::Gazetteer& gazetteer, std::string* c) {
  if (!l.known()) return;
  const bool us = l.country_iso3 == "USA";
  const geo::Country* country = gazetteer.CountryByIso3(l.country_iso3);
  const std::string country_name = country != nullptr ? country->name : l.country_iso3;
  const std::string fips = !l.country_fips.empty() ? l.country_fips : country != nullptr ? country->fips : "";
  const std::string adm1_code = l.adm1_code.empty() ? fips : fips + l.adm1_code;
  if (l.type == "country") {
    c[0] = "1";
    c[1] = country_name;
    c[3] = fips;
    c[7] = fips;
  } else if (l.type == "adm1") {
    c[0] = us ? "2" : "5";
    c[1] = l.name + ", " + country_name;
    c[3] = adm1_code;
    c[7] = adm1_code;
  } else {
    c[0] = us ? "3" : "4";
    c[1] = l.name + (l.adm1.empty() ? "" : ", " + l.adm1) + ", " + country_name;
    c[3] = adm1_code;
    c[7] = l.geonameid > 0 ? std::to_string(l.geonameid) : "";
  }
  c[2] = fips;
  c[5] = Coordinate(l.lat);
  c[6] = Coordinate(l.lon);
}

Result<std::unique_ptr<ExportWriter>> NewGdeltWriter(const std::string& home, const geo::Gazetteer* gazetteer) {
  Result<ActorCodeParts> parts = ActorCodeParts::Load(home);
  if (!parts.ok()) return parts.status();
  std::unique_ptr<geo::Gazetteer> owned;
  if (gazetteer == nullptr) {
    geo::GeoOptions options;
    options.home = home;
    Result<std::unique_ptr<geo::Gazetteer>> loaded = geo::Gazetteer::Load(options);
    if (!loaded.ok()) return loaded.status();
    owned = std::move(*loaded);
    gazetteer = owned.get();
  }
  return std::unique_ptr<ExportWriter>(std::make_unique<GdeltWriter>(std::move(*parts), std::move(owned), gazetteer));
}

}  // namespace dyad::store
