// Gazetteer (geo.h): data/geo/gazetteer.tsv.zst read into flat tables and
// one sorted vector of name hashes.
#include <zstd.h>

#include <algorithm>
#include <charconv>
#include <functional>
#include <string>
#include <unordered_map>

#include "base/file_system.h"
#include "geo/geo.h"

namespace dyad::geo {

const char* PlaceTypeName(PlaceType type) {
  switch (type) {
    case PlaceType::kCountry: return "country";
    case PlaceType::kAdm1: return "adm1";
    case PlaceType::kCity: return "city";
  }
  return "";
}

namespace {

bool IsZstd(const std::string& data) {
  return data.size() >= 4 && static_cast<unsigned char>(data[0]) == 0x28 &&
         static_cast<unsigned char>(data[1]) == 0xB5 && static_cast<unsigned char>(data[2]) == 0x2F &&
         static_cast<unsigned char>(data[3]) == 0xFD;
}

Result<std::string> Decompress(const std::string& path, const std::string& data) {
  std::string out;
  unsigned long long size = ZSTD_getFrameContentSize(data.data(), data.size());
  if (size != ZSTD_CONTENTSIZE_UNKNOWN && size != ZSTD_CONTENTSIZE_ERROR) {
    // The build script records the size: one call, no copies.
    out.resize(size);
    size_t r = ZSTD_decompress(out.data(), out.size(), data.data(), data.size());
    if (ZSTD_isError(r)) return Status::Corruption(path + ": " + ZSTD_getErrorName(r));
    out.resize(r);
    return out;
  }
  std::unique_ptr<ZSTD_DCtx, size_t (*)(ZSTD_DCtx*)> dctx(ZSTD_createDCtx(), ZSTD_freeDCtx);
  ZSTD_inBuffer in{data.data(), data.size(), 0};
  size_t used = 0;
  out.resize(data.size() * 4);
  while (in.pos < in.size) {
    if (out.size() - used < ZSTD_DStreamOutSize()) out.resize(out.size() * 2);
    ZSTD_outBuffer o{out.data() + used, out.size() - used, 0};
    size_t r = ZSTD_decompressStream(dctx.get(), &o, &in);
    if (ZSTD_isError(r)) return Status::Corruption(path + ": " + ZSTD_getErrorName(r));
    used += o.pos;
    if (r == 0 && in.pos == in.size) break;
  }
  out.resize(used);
  return out;
}

// FNV-1a, 64 bits: the name table's hash (collisions among 200,000 names
// are as good as impossible).
struct KeyHasher {
  uint64_t h = 14695981039346656037ull;
  int words = 1;
  void Add(char c) {
    words += c == ' ';
    h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  }
};

uint64_t KeyHash(std::string_view key, int* words) {
  KeyHasher k;
  for (char c : key) k.Add(c);
  if (words != nullptr) *words = k.words;
  return k.h;
}

// KeyHash(PlaceKey(name)) without building the key when the name is
// ASCII, as most are.
uint64_t NameHash(std::string_view name, int* words) {
  for (char c : name) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      std::string key = PlaceKey(name);
      return key.empty() ? 0 : KeyHash(key, words);
    }
  }
  KeyHasher k;
  bool space = false, any = false;
  for (char c : name) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
      if (space && any) k.Add(' ');
      space = false;
      any = true;
      k.Add(c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c);
    } else if (c != '\'' && c != '`') {
      space = true;
    }
  }
  if (words != nullptr) *words = k.words;
  return any ? k.h : 0;
}

// The tab-separated fields of a line; at most 12 (more: a malformed line,
// counted as 13 so that no record kind accepts it).
struct Fields {
  explicit Fields(std::string_view line) {
    size_t start = 0;
    for (;;) {
      size_t tab = line.find('\t', start);
      if (n == 12) {
        n = 13;
        return;
      }
      f[n++] = line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
      if (tab == std::string_view::npos) return;
      start = tab + 1;
    }
  }
  size_t size() const { return n; }
  std::string_view operator[](size_t i) const { return f[i]; }
  std::string_view f[12];
  size_t n = 0;
};

template <typename T>
bool Number(std::string_view s, T* out) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

}  // namespace

class GazetteerBuilder {
 public:
  explicit GazetteerBuilder(Gazetteer* g) : g_(g) {}

  // One record; false when malformed.
  bool Add(std::string_view line) {
    Fields f(line);
    Place p;
    std::string_view alternates;
    if (f[0] == "D" && f.size() == 3) {
      // Demonyms: "Afghan|Afghani" for AF (after its C record).
      auto country = country_index_.find(std::string(f[1]));
      if (country == country_index_.end()) return false;
      std::string_view names = f[2];
      while (!names.empty()) {
        size_t bar = names.find('|');
        uint64_t h = NameHash(names.substr(0, bar), nullptr);
        if (h != 0) g_->demonyms_.emplace_back(h, country->second);
        names = bar == std::string_view::npos ? std::string_view() : names.substr(bar + 1);
      }
      return true;
    }
    if (f[0] == "C" && (f.size() == 10 || f.size() == 11)) {
      Country c{std::string(f[1]), std::string(f[2]), std::string(f[3]), std::string(f[5]), 0};
      p.type = PlaceType::kCountry;
      p.country = static_cast<uint16_t>(g_->countries_.size());
      if (!Number(f[4], &p.geonameid) || !Point(f[7], f[8], &p) || !Number(f[9], &p.population)) return false;
      p.name = f[5];
      alternates = f[6];
      c.place = static_cast<uint32_t>(g_->places_.size());
      country_index_[c.iso2] = p.country;
      capitals_.emplace_back(f.size() == 11 ? f[10] : std::string_view());
      g_->countries_.push_back(std::move(c));
    } else if (f[0] == "A" && f.size() == 8) {
      auto country = country_index_.find(std::string(f[1]));
      if (country == country_index_.end()) return false;
      p.type = PlaceType::kAdm1;
      p.country = country->second;
      if (!Point(f[5], f[6], &p) || !Number(f[7], &p.population)) return false;
      p.name = f[3];
      alternates = f[4];
      // "+": a region made of several ("Darfur"), which has no admin-1 code
      // and holds no place of its own.
      const bool composite = f[2] == "+";
      g_->regions_.push_back({composite ? std::string() : std::string(f[2]), static_cast<uint32_t>(g_->places_.size())});
      p.region = static_cast<uint32_t>(g_->regions_.size());
      if (!composite) region_index_[std::string(f[1]) + "." + std::string(f[2])] = p.region;
    } else if (f[0] == "P" && f.size() == 9) {
      if (f[1] != last_country_) {
        auto country = country_index_.find(std::string(f[1]));
        if (country == country_index_.end()) return false;
        last_country_index_ = country->second;
      }
      p.type = PlaceType::kCity;
      p.country = last_country_index_;
      // Places come sorted by country and region: look a region up once.
      if (f[1] != last_country_ || f[2] != last_region_code_) {
        last_country_ = std::string(f[1]);
        last_region_code_ = std::string(f[2]);
        auto region = region_index_.find(last_country_ + "." + last_region_code_);
        last_region_ = region == region_index_.end() ? 0 : region->second;
      }
      p.region = last_region_;
      if (!Number(f[3], &p.geonameid) || !Point(f[6], f[7], &p) || !Number(f[8], &p.population)) return false;
      p.name = f[4];
      alternates = f[5];
    } else {
      return false;
    }
    uint32_t index = static_cast<uint32_t>(g_->places_.size());
    AddName(p.name, index);
    while (!alternates.empty()) {
      size_t bar = alternates.find('|');
      AddName(alternates.substr(0, bar), index);
      alternates = bar == std::string_view::npos ? std::string_view() : alternates.substr(bar + 1);
    }
    g_->places_.push_back(std::move(p));
    return true;
  }

  void Finish() {
    auto& n = g_->names_;
    std::sort(n.begin(), n.end());
    n.erase(std::unique(n.begin(), n.end()), n.end());
    std::sort(g_->demonyms_.begin(), g_->demonyms_.end());
    // Codes to countries: every event asks for its actors' countries, and
    // the GDELT export three times a row. ISO2 and ISO3 codes differ in
    // length, so one map holds both.
    for (size_t c = 0; c < g_->countries_.size(); ++c) {
      g_->by_code_.emplace(g_->countries_[c].iso2, static_cast<uint16_t>(c));
      g_->by_code_.emplace(g_->countries_[c].iso3, static_cast<uint16_t>(c));
    }
    // Each country's capital: the most populous city of its name there.
    for (size_t c = 0; c < g_->countries_.size(); ++c) {
      if (capitals_[c].empty()) continue;
      for (uint32_t e : g_->Find(capitals_[c])) {
        const Place& p = g_->places_[e];
        if (p.type != PlaceType::kCity || p.country != c) continue;
        uint32_t& cap = g_->countries_[c].capital;
        if (cap == 0 || p.population > g_->places_[cap].population) cap = e;
      }
    }
  }

 private:
  static bool Point(std::string_view lat, std::string_view lon, Place* p) {
    return Number(lat, &p->lat) && Number(lon, &p->lon) && p->lat >= -90 && p->lat <= 90 && p->lon >= -180 &&
           p->lon <= 180;
  }

  void AddName(std::string_view name, uint32_t index) {
    int words = 0;
    uint64_t h = NameHash(name, &words);
    if (h == 0) return;  // No letter or digit.
    g_->max_name_words_ = std::max(g_->max_name_words_, words);
    g_->names_.emplace_back(h, index);
  }

  Gazetteer* g_;
  std::unordered_map<std::string, uint16_t> country_index_;
  std::unordered_map<std::string, uint32_t> region_index_;
  std::vector<std::string_view> capitals_;  // By country: the capital's name (views of the text).
  std::string last_country_, last_region_code_;
  uint16_t last_country_index_ = 0;
  uint32_t last_region_ = 0;
};

Result<std::unique_ptr<Gazetteer>> Gazetteer::Load(const GeoOptions& options) {
  std::string path = !options.gazetteer_file.empty() ? options.gazetteer_file
                                                     : options.home + "/data/geo/gazetteer.tsv.zst";
  Result<std::string> raw = FileSystem::Default()->ReadFile(path);
  if (!raw.ok()) {
    if (raw.status().code() == Status::kNotFound) {
      return Status::NotFound(path + ": no gazetteer (scripts/build-gazetteer.py makes it; docs/geo.md)");
    }
    return raw.status();
  }
  std::string text;
  if (IsZstd(*raw)) {
    Result<std::string> d = Decompress(path, *raw);
    if (!d.ok()) return d.status();
    text = std::move(*d);
  } else {
    text = std::move(*raw);
  }
  std::unique_ptr<Gazetteer> g(new Gazetteer);
  // Names are views of the text, which the gazetteer keeps: no copy of
  // 170,000 strings.
  g->text_ = std::move(text);
  GazetteerBuilder builder(g.get());
  g->places_.reserve(std::count(g->text_.begin(), g->text_.end(), '\n'));
  std::string_view rest(g->text_);
  int64_t line = 0;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view l = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line;
    if (l.empty() || l[0] == '#') continue;
    if (!builder.Add(l)) {
      return Status::DataError(path + ":" + std::to_string(line) +
                               ": not a gazetteer record (C, D, A or P with their fields; scripts/build-gazetteer.py)");
    }
  }
  builder.Finish();
  if (g->countries_.empty()) return Status::DataError(path + ": no countries");
  return g;
}

std::vector<uint32_t> Gazetteer::Find(std::string_view name) const {
  std::vector<uint32_t> out;
  uint64_t h = NameHash(name, nullptr);
  if (h == 0) return out;
  auto it = std::lower_bound(names_.begin(), names_.end(), std::make_pair(h, uint32_t{0}));
  for (; it != names_.end() && it->first == h; ++it) out.push_back(it->second);
  return out;
}

const Country* Gazetteer::CountryByDemonym(std::string_view word) const {
  uint64_t h = NameHash(word, nullptr);
  if (h == 0) return nullptr;
  auto it = std::lower_bound(demonyms_.begin(), demonyms_.end(), std::make_pair(h, uint16_t{0}));
  return it != demonyms_.end() && it->first == h ? &countries_[it->second] : nullptr;
}

const Country* Gazetteer::CountryByIso3(std::string_view iso3) const {
  auto it = by_code_.find(absl::string_view(iso3.data(), iso3.size()));  // Debian's absl has its own string_view.
  return it != by_code_.end() && countries_[it->second].iso3 == iso3 ? &countries_[it->second] : nullptr;
}

const Country* Gazetteer::CountryByIso2(std::string_view iso2) const {
  auto it = by_code_.find(absl::string_view(iso2.data(), iso2.size()));
  return it != by_code_.end() && countries_[it->second].iso2 == iso2 ? &countries_[it->second] : nullptr;
}

events::EventLocation Gazetteer::ToLocation(uint32_t i) const {
  const Place& p = places_[i];
  const Country& c = countries_[p.country];
  events::EventLocation l;
  l.name = std::string(p.name);
  l.type = PlaceTypeName(p.type);
  l.country_iso3 = c.iso3;
  l.country_fips = c.fips;
  if (p.region != 0 && p.type != PlaceType::kCountry) {
    const Region& r = regions_[p.region - 1];
    l.adm1 = std::string(places_[r.place].name);
    l.adm1_code = r.code;
  }
  l.lat = p.lat;
  l.lon = p.lon;
  l.geonameid = p.geonameid;
  return l;
}

}  // namespace dyad::geo
