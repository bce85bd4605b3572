// make_bench_store: writes a store of synthetic coded articles for the load
// test of `dyad serve` (bench/serve_load.sh) and for query speed work.
//
//   build/bench/make_bench_store /tmp/dyad-serve-bench.db [EVENTS]
//
// EVENTS (default 1,000,000) events in articles of 10, dated over ten years
// (2015-2024) in date order, as news arrives, written through
// EventStore::Put like `dyad ingest`. Actors come from 60 countries with
// Zipf weights (the United States, China, Russia, Ukraine, India and
// Pakistan most often) and five sectors; a third of the events go to the
// source's usual counterpart (IND-PAK, USA-CHN, RUS-UKR, ...), as news
// pairs countries. 40 CAMEO codes with their QuadClass, Goldstein and
// PLOVER types; about two events in three are located, near a capital.
// Every event keeps its sentence, and each article one actor mention.
// Prints the store's counts. An existing file is left as it is.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "base/date_math.h"
#include "store/store.h"

namespace {

struct Country {
  const char* code;
  const char* name;
  const char* city;
  double lat, lon;
  const char* rival;
};
const Country kCountries[] = {
    {"USA", "United States", "Washington", 38.895, -77.037, "CHN"},
    {"CHN", "China", "Beijing", 39.907, 116.397, "USA"},
    {"RUS", "Russia", "Moscow", 55.752, 37.616, "UKR"},
    {"UKR", "Ukraine", "Kyiv", 50.450, 30.524, "RUS"},
    {"IND", "India", "New Delhi", 28.614, 77.209, "PAK"},
    {"PAK", "Pakistan", "Islamabad", 33.721, 73.043, "IND"},
    {"ISR", "Israel", "Jerusalem", 31.769, 35.216, "PSE"},
    {"IRN", "Iran", "Tehran", 35.694, 51.422, "ISR"},
    {"GBR", "United Kingdom", "London", 51.509, -0.126, "RUS"},
    {"FRA", "France", "Paris", 48.853, 2.349, "DEU"},
    {"DEU", "Germany", "Berlin", 52.524, 13.411, "FRA"},
    {"PSE", "Palestine", "Gaza", 31.502, 34.467, "ISR"},
    {"JPN", "Japan", "Tokyo", 35.690, 139.692, "CHN"},
    {"KOR", "South Korea", "Seoul", 37.566, 126.978, "PRK"},
    {"PRK", "North Korea", "Pyongyang", 39.034, 125.755, "KOR"},
    {"TUR", "Turkey", "Ankara", 39.920, 32.854, "SYR"},
    {"SYR", "Syria", "Damascus", 33.510, 36.291, "TUR"},
    {"IRQ", "Iraq", "Baghdad", 33.341, 44.401, "IRN"},
    {"SAU", "Saudi Arabia", "Riyadh", 24.688, 46.722, "IRN"},
    {"EGY", "Egypt", "Cairo", 30.063, 31.250, "ISR"},
    {"AFG", "Afghanistan", "Kabul", 34.529, 69.172, "PAK"},
    {"BRA", "Brazil", "Brasilia", -15.780, -47.930, "ARG"},
    {"MEX", "Mexico", "Mexico City", 19.428, -99.128, "USA"},
    {"CAN", "Canada", "Ottawa", 45.411, -75.698, "USA"},
    {"AUS", "Australia", "Canberra", -35.283, 149.128, "CHN"},
    {"ITA", "Italy", "Rome", 41.892, 12.511, "FRA"},
    {"ESP", "Spain", "Madrid", 40.417, -3.704, "FRA"},
    {"POL", "Poland", "Warsaw", 52.230, 21.012, "RUS"},
    {"NGA", "Nigeria", "Abuja", 9.058, 7.489, "NER"},
    {"ZAF", "South Africa", "Pretoria", -25.745, 28.188, "ZWE"},
    {"ETH", "Ethiopia", "Addis Ababa", 9.025, 38.747, "ERI"},
    {"SDN", "Sudan", "Khartoum", 15.552, 32.532, "SSD"},
    {"YEM", "Yemen", "Sanaa", 15.355, 44.207, "SAU"},
    {"LBN", "Lebanon", "Beirut", 33.889, 35.495, "ISR"},
    {"JOR", "Jordan", "Amman", 31.955, 35.945, "ISR"},
    {"QAT", "Qatar", "Doha", 25.286, 51.533, "SAU"},
    {"ARE", "United Arab Emirates", "Abu Dhabi", 24.467, 54.367, "IRN"},
    {"IDN", "Indonesia", "Jakarta", -6.215, 106.845, "AUS"},
    {"PHL", "Philippines", "Manila", 14.604, 120.982, "CHN"},
    {"VNM", "Vietnam", "Hanoi", 21.025, 105.841, "CHN"},
    {"THA", "Thailand", "Bangkok", 13.754, 100.501, "KHM"},
    {"MMR", "Myanmar", "Naypyidaw", 19.745, 96.129, "BGD"},
    {"BGD", "Bangladesh", "Dhaka", 23.710, 90.407, "IND"},
    {"LKA", "Sri Lanka", "Colombo", 6.932, 79.848, "IND"},
    {"NPL", "Nepal", "Kathmandu", 27.702, 85.321, "IND"},
    {"KEN", "Kenya", "Nairobi", -1.283, 36.817, "SOM"},
    {"SOM", "Somalia", "Mogadishu", 2.037, 45.344, "KEN"},
    {"COL", "Colombia", "Bogota", 4.610, -74.082, "VEN"},
    {"VEN", "Venezuela", "Caracas", 10.488, -66.879, "COL"},
    {"ARG", "Argentina", "Buenos Aires", -34.613, -58.377, "BRA"},
    {"CHL", "Chile", "Santiago", -33.457, -70.648, "PER"},
    {"PER", "Peru", "Lima", -12.043, -77.028, "CHL"},
    {"CUB", "Cuba", "Havana", 23.133, -82.383, "USA"},
    {"GRC", "Greece", "Athens", 37.984, 23.728, "TUR"},
    {"SRB", "Serbia", "Belgrade", 44.804, 20.465, "XKX"},
    {"HUN", "Hungary", "Budapest", 47.498, 19.040, "UKR"},
    {"BLR", "Belarus", "Minsk", 53.900, 27.567, "POL"},
    {"GEO", "Georgia", "Tbilisi", 41.694, 44.834, "RUS"},
    {"ARM", "Armenia", "Yerevan", 40.182, 44.514, "AZE"},
    {"AZE", "Azerbaijan", "Baku", 40.378, 49.892, "ARM"},
};
const char* kSectors[] = {"", "GOV", "MIL", "BUS", "OPP"};
struct Code {
  const char* code;
  int quad;
  double goldstein;
  const char* plover;
  const char* verb;
};
const Code kCodes[] = {
    {"010", 1, 0, "CONSULT", "said"},         {"012", 1, -0.4, "", "criticised"},
    {"013", 1, 0.4, "", "praised"},           {"020", 1, 3, "REQUEST", "appealed"},
    {"030", 1, 4, "AGREE", "pledged"},        {"031", 1, 5.2, "AGREE", "offered"},
    {"036", 1, 4, "CONSULT", "met"},          {"040", 1, 1, "CONSULT", "consulted"},
    {"042", 1, 1.9, "CONSULT", "visited"},    {"043", 1, 2.8, "CONSULT", "hosted"},
    {"046", 1, 7, "CONSULT", "negotiated"},   {"051", 1, 3.4, "SUPPORT", "backed"},
    {"057", 1, 8, "AGREE", "signed"},         {"061", 2, 6.4, "COOPERATE", "cooperated"},
    {"070", 2, 7, "AID", "aided"},            {"071", 2, 7.4, "AID", "funded"},
    {"073", 2, 7.4, "AID", "sent aid to"},    {"081", 2, 5, "CONCEDE", "eased"},
    {"090", 2, -2, "INVESTIGATE", "probed"},  {"100", 3, -5, "DEMAND", "demanded"},
    {"110", 3, -2, "DISAPPROVE", "condemned"}, {"111", 3, -2, "DISAPPROVE", "criticised"},
    {"112", 3, -2, "ACCUSE", "accused"},      {"120", 3, -4, "REJECT", "rejected"},
    {"125", 3, -5, "REJECT", "refused"},      {"130", 3, -4.4, "THREATEN", "threatened"},
    {"138", 3, -7, "THREATEN", "warned"},     {"140", 3, -6.5, "PROTEST", "protested"},
    {"160", 3, -4, "RETREAT", "cut ties with"}, {"163", 4, -8, "SANCTION", "sanctioned"},
    {"172", 4, -5, "COERCE", "expelled"},     {"173", 4, -5, "COERCE", "arrested"},
    {"180", 4, -9, "ASSAULT", "attacked"},    {"190", 4, -10, "ASSAULT", "struck"},
    {"193", 4, -10, "ASSAULT", "fought"},     {"195", 4, -10, "ASSAULT", "bombed"},
    {"173", 4, -5, "COERCE", "detained"},     {"111", 3, -2, "DISAPPROVE", "criticised"},
    {"042", 1, 1.9, "CONSULT", "visited"},    {"036", 1, 4, "CONSULT", "met"},
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: make_bench_store PATH [EVENTS]\n");
    return 2;
  }
  const std::string path = argv[1];
  const long long want = argc > 2 ? std::atoll(argv[2]) : 1000000;
  if (std::filesystem::exists(path)) {
    std::fprintf(stderr, "make_bench_store: %s exists; left as it is\n", path.c_str());
    return 0;
  }
  dyad::store::StoreOptions options;
  options.target = path;
  options.batch_articles = 2000;
  auto opened = dyad::store::EventStore::Open(options);
  if (!opened.ok()) {
    std::fprintf(stderr, "make_bench_store: %s\n", opened.status().ToString().c_str());
    return 1;
  }
  dyad::store::EventStore& store = **opened;
  constexpr int kPerArticle = 10;
  const long long articles = std::max(1LL, want / kPerArticle);
  std::mt19937_64 rng(42);
  std::vector<double> zipf;
  for (size_t i = 0; i < std::size(kCountries); ++i) zipf.push_back(1.0 / std::pow(i + 1.0, 1.1));
  std::discrete_distribution<int> country(zipf.begin(), zipf.end());
  std::uniform_int_distribution<int> sector(0, 4), code(0, std::size(kCodes) - 1), percent(0, 99);
  std::normal_distribution<double> jitter(0, 0.3);
  auto index_of = [](const char* code) -> int {
    for (size_t i = 0; i < std::size(kCountries); ++i) {
      if (std::string(kCountries[i].code) == code) return static_cast<int>(i);
    }
    return -1;
  };
  const int64_t first_day = dyad::DaysSinceEpoch(20150101);
  const int64_t days = dyad::DaysSinceEpoch(20241231) - first_day + 1;
  for (long long a = 0; a < articles; ++a) {
    dyad::ingest::Article article;
    article.id = "bench-" + std::to_string(a);
    article.source = "outlet" + std::to_string(a % 50);
    article.url = "https://news.example/" + std::to_string(a / 1000) + "/" + article.id;
    article.title = "Synthetic world news " + std::to_string(a);
    const int32_t date = dyad::DateFromDays(first_day + a * days / articles);
    article.date = std::to_string(date / 10000) + "-" + std::to_string(date / 100 % 100 + 100).substr(1) + "-" +
                   std::to_string(date % 100 + 100).substr(1);
    std::vector<dyad::events::Event> events;
    std::vector<std::string> sentences;
    for (int e = 0; e < kPerArticle; ++e) {
      const Country& src = kCountries[country(rng)];
      int t = percent(rng) < 33 ? index_of(src.rival) : -1;
      if (t < 0) t = country(rng);
      if (std::string(kCountries[t].code) == src.code) t = (t + 1) % static_cast<int>(std::size(kCountries));
      const Country& tgt = kCountries[t];
      const Code& c = kCodes[code(rng)];
      const std::string s_sector = kSectors[sector(rng)], t_sector = kSectors[sector(rng)];
      std::string sentence = std::string(src.name) + (s_sector.empty() ? "" : " " + s_sector) + " " + c.verb + " " +
                             tgt.name + " on " + article.date + ", officials said.";
      dyad::events::Event ev;
      ev.article_id = article.id;
      ev.date = date;
      const uint32_t sb = static_cast<uint32_t>(article.text.size());
      const uint32_t se = sb + static_cast<uint32_t>(std::string(src.name).size());
      const uint32_t vb = se + static_cast<uint32_t>(s_sector.empty() ? 1 : s_sector.size() + 2);
      const uint32_t tb = vb + static_cast<uint32_t>(std::string(c.verb).size()) + 1;
      ev.source = {std::string(src.code) + s_sector, src.code, s_sector, "", sb, se, {}};
      ev.target = {std::string(tgt.code) + t_sector, tgt.code, t_sector, "", tb,
                   tb + static_cast<uint32_t>(std::string(tgt.name).size()), {}};
      ev.has_target = true;
      ev.code = c.code;
      ev.root_code = ev.code.substr(0, 2);
      ev.quad_class = c.quad;
      ev.goldstein = c.goldstein;
      ev.plover_type = c.plover;
      ev.evidence.sentence = static_cast<uint32_t>(e);
      ev.evidence.verb = c.verb;
      ev.evidence.begin = vb;
      ev.evidence.end = vb + static_cast<uint32_t>(std::string(c.verb).size());
      if (percent(rng) < 67) {
        const Country& at = percent(rng) < 60 ? tgt : src;
        dyad::events::EventLocation& l = ev.location;
        l.name = at.city;
        l.type = "city";
        l.country_iso3 = at.code;
        l.country_fips = std::string(at.code).substr(0, 2);
        l.lat = at.lat + jitter(rng);
        l.lon = at.lon + jitter(rng);
        l.from = "sentence";
      }
      article.text += sentence + " ";
      sentences.push_back(std::move(sentence));
      events.push_back(std::move(ev));
    }
    std::vector<dyad::actors::ActorMention> mentions(1);
    mentions[0].code = events[0].source.code;
    mentions[0].country = events[0].source.country;
    mentions[0].sector = events[0].source.sector;
    mentions[0].begin = events[0].source.begin;
    mentions[0].end = events[0].source.end;
    mentions[0].kind = "country";
    mentions[0].resolved_by = "dictionary";
    mentions[0].entry = kCountries[index_of(events[0].source.country.c_str())].name;
    auto put = store.Put({&article, &events, &mentions, &sentences});
    if (!put.ok()) {
      std::fprintf(stderr, "make_bench_store: %s\n", put.status().ToString().c_str());
      return 1;
    }
    if (a % 10000 == 0 && a > 0) std::fprintf(stderr, "\r%lld articles", a);
  }
  if (auto s = store.Commit(); !s.ok()) {
    std::fprintf(stderr, "make_bench_store: %s\n", s.ToString().c_str());
    return 1;
  }
  auto counts = store.Counts();
  if (!counts.ok()) return 1;
  std::printf("\n%s: %lld articles, %lld events, %lld canonical events\n", path.c_str(),
              static_cast<long long>(counts->articles), static_cast<long long>(counts->events),
              static_cast<long long>(counts->canonical_events));
  return 0;
}
