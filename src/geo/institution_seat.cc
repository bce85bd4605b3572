// Institution seats (institution_seat.h).
#include "geo/institution_seat.h"

#include <iterator>
#include <string>
#include <vector>

namespace dyad::geo {

namespace {

constexpr uint32_t kNone = 0xFFFFFFFF;

struct Seat {
  std::string_view name;     // As written, words separated by one space.
  std::string_view city;     // The seat's name in the gazetteer.
  std::string_view country;  // ISO 3166-1 alpha-2 of the seat.
  // A body that acts in session there (a council, a parliament), not a
  // building that stands for a government ("the Kremlin said" is Russia's
  // government speaking anywhere, like "Washington" acting).
  bool body = false;
};

// Bodies that meet in one building, and buildings, by the names news
// gives them.
constexpr Seat kSeats[] = {
    {"Security Council", "New York City", "US", true},
    {"General Assembly", "New York City", "US", true},
    {"UN headquarters", "New York City", "US"},
    {"U.N. headquarters", "New York City", "US"},
    {"Kremlin", "Moscow", "RU"},
    {"State Duma", "Moscow", "RU", true},
    {"Duma", "Moscow", "RU", true},
    {"White House", "Washington", "US"},
    {"Oval Office", "Washington", "US"},
    {"Capitol Hill", "Washington", "US"},
    {"Pentagon", "Washington", "US"},
    {"Knesset", "Jerusalem", "IL", true},
    {"U.S. Congress", "Washington", "US", true},
    {"US Congress", "Washington", "US", true},
    {"U.S. Senate", "Washington", "US", true},
    {"US Senate", "Washington", "US", true},
    {"House of Representatives", "Washington", "US", true},
    {"House of Commons", "London", "GB", true},
    {"House of Lords", "London", "GB", true},
    {"Bundestag", "Berlin", "DE", true},
    {"Lok Sabha", "New Delhi", "IN", true},
    {"Rajya Sabha", "New Delhi", "IN", true},
    {"Downing Street", "London", "GB"},
    {"Elysee Palace", "Paris", "FR"},
    {"Elysee", "Paris", "FR"},
    {"Élysée", "Paris", "FR"},
    {"IAEA", "Vienna", "AT", true},
    {"International Atomic Energy Agency", "Vienna", "AT", true},
    {"UN nuclear watchdog", "Vienna", "AT", true},
    {"U.N. nuclear watchdog", "Vienna", "AT", true},
    {"European Commission", "Brussels", "BE"},
    {"International Criminal Court", "The Hague", "NL", true},
    {"International Court of Justice", "The Hague", "NL", true},
    {"Zhongnanhai", "Beijing", "CN"},
    {"Great Hall of the People", "Beijing", "CN"},
};

uint32_t SeatEntry(const Gazetteer& g, const Seat& seat) {
  const Country* country = g.CountryByIso2(seat.country);
  if (country == nullptr) return kNone;
  uint32_t best = kNone;
  for (uint32_t e : g.Find(seat.city)) {
    const Place& p = g.place(e);
    if (p.type != PlaceType::kCity || &g.country_of(p) != country) continue;
    if (best == kNone || p.population > g.place(best).population) best = e;
  }
  return best;
}

// The words of a name, split on spaces.
std::vector<std::string_view> Words(std::string_view name) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < name.size()) {
    size_t j = name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    out.push_back(name.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

}  // namespace

uint32_t InstitutionSeatAt(const Gazetteer& g, const text::Sentence& s, uint32_t first, uint32_t* length) {
  // Split once: this runs for every prepositional phrase of every article.
  static const std::vector<std::vector<std::string_view>> kWords = [] {
    std::vector<std::vector<std::string_view>> out;
    for (const Seat& seat : kSeats) out.push_back(Words(seat.name));
    return out;
  }();
  if (first >= s.tokens.size()) return kNone;
  for (size_t i = 0; i < std::size(kSeats); ++i) {
    const Seat& seat = kSeats[i];
    const std::vector<std::string_view>& words = kWords[i];
    if (s.tokens[first].form != words[0]) continue;
    if (first + words.size() > s.tokens.size()) continue;
    bool match = true;
    for (size_t k = 0; k < words.size() && match; ++k) match = s.tokens[first + k].form == words[k];
    if (!match) continue;
    *length = static_cast<uint32_t>(words.size());
    return SeatEntry(g, seat);
  }
  return kNone;
}

uint32_t InstitutionSeatIn(const Gazetteer& g, std::string_view text) {
  for (const Seat& seat : kSeats) {
    if (!seat.body) continue;
    size_t at = text.find(seat.name);
    if (at == std::string_view::npos) continue;
    // Whole words: "Dumas" is no Duma.
    const size_t end = at + seat.name.size();
    auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
    if ((at > 0 && alnum(text[at - 1])) || (end < text.size() && alnum(text[end]))) continue;
    return SeatEntry(g, seat);
  }
  return kNone;
}

}  // namespace dyad::geo
