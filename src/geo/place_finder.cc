// PlaceFinder (place_finder.h).
#include "geo/place_finder.h"

#include <string>
#include <string_view>

#include "base/ascii.h"
#include "geo/institution_seat.h"

namespace dyad::geo {

namespace {

constexpr uint32_t kNone = 0xFFFFFFFF;

bool IsLocative(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "in",     "at",     "near",   "outside", "from",   "into",       "inside", "across", "around",
      "to",     "toward", "towards", "throughout", "within", "beyond", "through", "off",
      "nearby", "onto",   "via", "above", "along", "below", "beside"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// Words between a preposition and a place name: "in the northern city of
// Mosul", "near the border town of Rafah", "in a town northeast of Riyadh"
// (the nearest place named), "20 km south of Kirkuk".
bool IsLeadIn(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "the",     "northern", "southern", "eastern", "western",  "central", "north",    "south",
      "east",    "west",     "northeastern", "northwestern", "southeastern", "southwestern", "city",
      "town",    "village",  "province", "region",  "state",    "district", "capital", "port",
      "border",  "of",       "neighboring", "neighbouring", "nearby", "restive", "troubled", "occupied",
      "southernmost", "northernmost", "holy", "disputed", "breakaway", "rebel-held", "besieged", "his",
      "her", "their", "its", "our", "outskirts", "streets", "suburbs", "edge", "island", "remote", "rural",
      "tribal", "mountainous", "coastal", "embattled", "volatile", "oil-rich", "camp", "area", "areas",
      "parts", "part", "heart", "center", "centre", "downtown", "a", "an", "northeast", "northwest",
      "southeast", "southwest", "miles", "mile", "kilometers", "kilometres", "km"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// Lower-case words a place name may hold: "Bosnia and Herzegovina",
// "Sant Julia de Loria", "Mazar-e Sharif".
bool IsConnector(std::string_view w) {
  static constexpr std::string_view kWords[] = {"of", "de", "del", "al", "el", "la", "le", "du", "and",
                                                "-",  "e",  "i",   "ez", "es", "an", "ad", "as", "ar"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// Nouns that make a nationality a place: "at an Afghan checkpoint" and "in
// Iraqi custody" are in the country; "from Iraqi officials" is not, nor
// "near the Syrian border" (either side of it).
bool IsPlaceNoun(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "checkpoint", "checkpoints", "city", "town", "village", "villages", "prison", "prisons", "jail",
      "base", "bases", "camp", "camps", "court", "port", "airport", "territory", "soil", "waters", "airspace",
      "province", "custody", "hospital", "parliament", "countryside", "capital"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// "the city of Fallujah", "the southern Gaza Strip town of Rafah": the
// name after "of" is the place.
bool IsSettlementNoun(std::string_view w) {
  return w == "city" || w == "town" || w == "village" || w == "camp" || w == "port" || w == "district";
}

// "20" of "20 km south of Kirkuk" (not the year of "in 2004 Iraq voted").
bool Distance(const text::Sentence& s, uint32_t j) {
  std::string_view w = s.tokens[j].form;
  if (w.empty() || j + 1 >= s.tokens.size()) return false;
  for (char c : w) {
    if ((c < '0' || c > '9') && c != '.' && c != ',') return false;
  }
  const std::string unit = AsciiLower(s.tokens[j + 1].form);
  return unit == "km" || unit == "miles" || unit == "mile" || unit == "kilometers" || unit == "kilometres";
}

bool IsMonthOrDay(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "january", "february", "march",  "april",   "may",      "june",   "july",     "august",
      "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
      "friday",  "saturday", "sunday", "jan",     "feb",      "mar",    "apr",      "jun",
      "jul",     "aug",      "sep",    "sept",    "oct",      "nov",    "dec"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// Names of places larger than a country, which the gazetteer lacks and
// whose words it would otherwise read as towns ("Asia" in the Philippines,
// "Gulf" in Papua New Guinea, "America" for "Latin America").
int NotAPlace(const text::Sentence& s, uint32_t i) {
  static constexpr std::string_view kNames[] = {
      "latin america", "south america", "north america", "central america", "middle east", "persian gulf",
      "arabian gulf", "the gulf", "gulf", "europe", "asia", "africa", "oceania", "antarctica", "arctic",
      "caribbean", "balkans", "caucasus", "pacific", "atlantic", "mediterranean", "horn of africa",
      "sahel", "east asia", "southeast asia", "south asia", "central asia", "west africa", "east africa",
      "north africa", "eastern europe", "western europe", "the west", "west", "east", "north", "south",
      "line of control", "green line", "blue line"};
  for (int n = 3; n >= 1; --n) {
    if (i + n > s.tokens.size()) continue;
    std::string phrase;
    for (uint32_t k = i; k < i + static_cast<uint32_t>(n); ++k) {
      if (k > i) phrase.push_back(' ');
      phrase += AsciiLower(s.tokens[k].form);
    }
    for (std::string_view name : kNames) {
      if (phrase == name) return n;
    }
  }
  return 0;
}

bool IsArabicArticle(std::string_view w) {
  return w == "al" || w == "el" || w == "ad" || w == "ar" || w == "as" || w == "at" || w == "az" || w == "an" ||
         w == "ash" || w == "ath";
}

bool Capitalised(std::string_view form) {
  if (form.empty()) return false;
  unsigned char c = static_cast<unsigned char>(form[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0x80;  // Non-ASCII first letters: "Île-de-France", "Şanlıurfa".
}

// Mentions that make a phrase no place: people, organisations, media and
// agents ("Congress" is a town in Arizona too). Not a mention that holds
// the phrase's preposition too (token `preposition`, or kNone): in "street
// vendors in Venezuela" the place only says where the agents are; nor one
// that modifies or ends on a place noun: "in a Gaza refugee camp" is in
// Gaza, though the actors' dictionary reads "Gaza refugee (camp)" as people.
bool CoveredByNonPlace(const text::Sentence& s, const std::vector<actors::ActorMention>& mentions,
                       size_t sentence, uint32_t first, uint32_t last, uint32_t preposition) {
  for (const auto& m : mentions) {
    if (m.sentence != sentence || m.last_token < first || m.first_token > last) continue;
    if (preposition != kNone && m.first_token <= preposition) continue;
    const uint32_t noun = m.last_token + 1 < s.tokens.size() && m.last_token == last ? m.last_token + 1 : m.last_token;
    if (noun < s.tokens.size() && IsPlaceNoun(AsciiLower(s.tokens[noun].form))) continue;
    if (m.kind == "person" || m.kind == "organisation" || m.kind == "media" || m.kind == "agent") return true;
  }
  return false;
}

}  // namespace

bool PlaceFinder::OnlyVillages(const std::vector<uint32_t>& entries) const {
  for (uint32_t e : entries) {
    const Place& p = g_->place(e);
    if (p.type != PlaceType::kCity || p.population != 0) return false;
  }
  return true;
}

uint32_t PlaceFinder::Longest(const text::Sentence& s, uint32_t start, uint32_t end,
                              std::vector<uint32_t>* entries) const {
  const uint32_t most = std::min<uint32_t>(end - start, static_cast<uint32_t>(g_->max_name_words()) + 2);
  for (uint32_t n = most; n >= 1; --n) {
    const text::Token& last = s.tokens[start + n - 1];
    // A name ends on a name word, or on the dot of an abbreviation ("St ."),
    // not on a sentence's full stop ("in Rafah .").
    if (!Capitalised(last.form) && !(last.form == "." && n > 1 && s.tokens[start + n - 2].form.size() <= 2)) continue;
    std::string name;
    for (uint32_t i = start; i < start + n; ++i) {
      if (i > start) name.push_back(' ');
      name += s.tokens[i].form;
    }
    *entries = g_->Find(name);
    if (!entries->empty()) return n;
  }
  return 0;
}

uint32_t PlaceFinder::Qualifier(const text::Sentence& s, uint32_t after) const {
  if (after + 1 >= s.tokens.size() || s.tokens[after].form != ",") return kNone;
  uint32_t end = after + 1;
  while (end < s.tokens.size() && (Capitalised(s.tokens[end].form) || s.tokens[end].form == ".")) ++end;
  std::vector<uint32_t> entries;
  if (end == after + 1 || Longest(s, after + 1, end, &entries) == 0) return kNone;
  // A country, else the most populous region of that name.
  uint32_t best = kNone;
  for (uint32_t e : entries) {
    const Place& p = g_->place(e);
    if (p.type == PlaceType::kCountry) return e;
    if (p.type == PlaceType::kAdm1 && (best == kNone || p.population > g_->place(best).population)) best = e;
  }
  return best;
}

uint32_t PlaceFinder::CompassRegion(const text::Sentence& s, uint32_t j, uint32_t end, uint32_t* length) const {
  if (j == 0) return kNone;
  const std::string compass = AsciiLower(s.tokens[j - 1].form);
  std::string_view forms[2];
  if (compass == "southern" || compass == "south") {
    forms[0] = "Southern", forms[1] = "South";
  } else if (compass == "northern" || compass == "north") {
    forms[0] = "Northern", forms[1] = "North";
  } else if (compass == "eastern" || compass == "east") {
    forms[0] = "Eastern", forms[1] = "East";
  } else if (compass == "western" || compass == "west") {
    forms[0] = "Western", forms[1] = "West";
  } else {
    return kNone;
  }
  for (uint32_t n = std::min<uint32_t>(end - j, 3); n >= 1; --n) {
    std::string rest;
    for (uint32_t k = j; k < j + n; ++k) rest += " " + s.tokens[k].form;
    for (std::string_view form : forms) {
      for (uint32_t e : g_->Find(std::string(form) + rest)) {
        if (g_->place(e).type != PlaceType::kAdm1) continue;
        // "the western Darfur region" is Darfur, in the west of Sudan.
        if (j + n < s.tokens.size() && AsciiLower(s.tokens[j + n].form) == "region") return kNone;
        *length = n;
        return e;
      }
    }
  }
  return kNone;
}

uint32_t PlaceFinder::DemonymCapital(const text::Sentence& s, uint32_t j) const {
  for (uint32_t words = 1; words <= 2 && j + words < s.tokens.size(); ++words) {
    if (AsciiLower(s.tokens[j + words].form) != "capital") continue;
    std::string name;
    for (uint32_t k = j; k < j + words; ++k) {
      if (k > j) name.push_back(' ');
      name += s.tokens[k].form;
    }
    const Country* c = g_->CountryByDemonym(name);
    return c != nullptr ? c->capital : 0;
  }
  return 0;
}

uint32_t PlaceFinder::DemonymPlace(const text::Sentence& s, uint32_t j) const {
  for (uint32_t words = 1; words <= 2 && j + words < s.tokens.size(); ++words) {
    if (!IsPlaceNoun(AsciiLower(s.tokens[j + words].form))) continue;
    std::string name;
    for (uint32_t k = j; k < j + words; ++k) {
      if (k > j) name.push_back(' ');
      name += s.tokens[k].form;
    }
    const Country* c = g_->CountryByDemonym(name);
    return c != nullptr ? c->place : kNone;
  }
  return kNone;
}

void PlaceFinder::Find(const text::Sentence& s, const std::vector<text::WordAnalysis>& analyses, size_t index,
                       const std::vector<actors::ActorMention>& mentions, std::vector<PlacePhrase>* out) const {
  const uint32_t n = static_cast<uint32_t>(s.tokens.size());
  std::vector<char> used(n, 0);
  auto run_end = [&](uint32_t i) {
    uint32_t end = i;
    while (end < n && (Capitalised(s.tokens[end].form) ||
                       (end > i && IsConnector(AsciiLower(s.tokens[end].form))) ||
                       (end > i && s.tokens[end].form == "."))) {
      ++end;
    }
    return end;
  };
  bool directional = false;
  uint32_t preposition = kNone;  // The token of the phrase's preposition.
  auto add = [&](uint32_t start, uint32_t end, bool after_preposition) {
    for (uint32_t i = start; i < end; ++i) {
      if (used[i] || IsMonthOrDay(AsciiLower(s.tokens[i].form))) continue;
      std::vector<uint32_t> entries;
      uint32_t len = Longest(s, i, end, &entries);
      // "the West" and "Europe" are no places, but "South Korea" is one.
      if (uint32_t skip = static_cast<uint32_t>(NotAPlace(s, i)); skip >= len && skip > 0) {
        i += skip - 1;
        continue;
      }
      if (len == 0) continue;
      uint32_t last = i + len - 1;
      // "the Palmetto State", "the Kurdish Freedom Movement": a village's
      // name (under 15,000 people) inside a longer name is part of it.
      const bool name_before = i > start && Capitalised(s.tokens[i - 1].form);
      const bool name_after = last + 1 < end && Capitalised(s.tokens[last + 1].form) &&
                              !IsMonthOrDay(AsciiLower(s.tokens[last + 1].form));
      if (index != kTitle && (name_before || name_after) && OnlyVillages(entries)) {
        i = end;
        continue;
      }
      for (uint32_t k = i; k <= last; ++k) used[k] = 1;
      // "Venezuela's capital" is Caracas.
      if (last + 2 < n && (s.tokens[last + 1].form == "'s" || s.tokens[last + 1].form == "’s") &&
          AsciiLower(s.tokens[last + 2].form) == "capital") {
        for (uint32_t e : entries) {
          const Place& country = g_->place(e);
          if (country.type == PlaceType::kCountry && g_->country_of(country).capital != 0) {
            entries = {g_->country_of(country).capital};
            for (uint32_t k = last + 1; k <= last + 2; ++k) used[k] = 1;
            last += 2;
            break;
          }
        }
      }
      if (CoveredByNonPlace(s, mentions, index, i, last, after_preposition ? preposition : kNone)) {
        i = last;
        continue;
      }
      PlacePhrase p;
      p.sentence = index;
      p.first = i;
      p.last = last;
      p.entries = std::move(entries);
      p.qualifier = Qualifier(s, last + 1);
      p.after_preposition = after_preposition;
      p.directional = after_preposition && directional;
      out->push_back(std::move(p));
      i = last;
      if (!after_preposition) break;
    }
  };
  // A phrase whose place the words name without the gazetteer's help ("the
  // Afghan capital", "the Kremlin"), after a preposition.
  auto add_known = [&](uint32_t first, uint32_t last, uint32_t entry) -> PlacePhrase& {
    PlacePhrase p;
    p.sentence = index;
    p.first = first;
    p.last = last;
    p.entries = {entry};
    p.after_preposition = true;
    p.directional = directional;
    for (uint32_t k = first; k <= last; ++k) used[k] = 1;
    out->push_back(std::move(p));
    return out->back();
  };
  auto adjective = [&](uint32_t k) {
    return k < analyses.size() && (analyses[k].upos == "ADJ" || analyses[k].upos == "DET");
  };
  for (uint32_t i = 0; i + 1 < n; ++i) {
    const std::string prep = AsciiLower(s.tokens[i].form);
    const bool on = prep == "on";
    if (!on && !IsLocative(prep)) continue;
    preposition = i;
    uint32_t j = i + 1;
    int lead = 0;
    auto arabic_article = [&](uint32_t k) {
      return k + 2 < n && IsArabicArticle(s.tokens[k].form) && !s.tokens[k].space_after &&
             s.tokens[k + 1].form == "-" && !s.tokens[k + 1].space_after && Capitalised(s.tokens[k + 2].form);
    };
    while (j < n && !Capitalised(s.tokens[j].form) && !arabic_article(j) &&
           (IsLeadIn(AsciiLower(s.tokens[j].form)) || (adjective(j) && j < i + 4) || Distance(s, j))) {
      lead += AsciiLower(s.tokens[j].form) != "the";
      ++j;
    }
    // "on" straight before a name is a target ("air strikes on Fallujah"),
    // taken like "into"; "on the outskirts of Athens" is a place.
    directional = prep == "to" || prep == "into" || prep == "toward" || prep == "towards" || prep == "onto" ||
                  (on && lead == 0);
    // "China's ambassador to Britain": where the envoy is posted, and so
    // where he speaks.
    if (prep == "to" && i > 0) {
      const std::string before = AsciiLower(s.tokens[i - 1].form);
      if (before == "ambassador" || before == "ambassadors" || before == "envoy" || before == "envoys") {
        directional = false;
      }
    }
    if (j < n && AsciiLower(s.tokens[j].form) == "the") ++j;
    // "in the capital on Monday": the story's country's capital, which the
    // locator knows.
    if (j > i + 1 && AsciiLower(s.tokens[j - 1].form) == "capital" && AsciiLower(s.tokens[j - 2].form) == "the" &&
        (j >= n || !Capitalised(s.tokens[j].form)) && !on) {
      PlacePhrase p;
      p.sentence = index;
      p.first = j - 2;
      p.last = j - 1;
      p.the_capital = true;
      p.after_preposition = true;
      out->push_back(std::move(p));
      continue;
    }
    // "at his presidential palace": the head of state's palace is in the
    // capital.
    if (j < n && j > i + 1 && AsciiLower(s.tokens[j].form) == "palace" &&
        AsciiLower(s.tokens[j - 1].form) == "presidential" && !on) {
      PlacePhrase p;
      p.sentence = index;
      p.first = j - 1;
      p.last = j;
      p.the_capital = true;
      p.after_preposition = true;
      out->push_back(std::move(p));
      continue;
    }
    // "in al-Anbar", "near el-Arish": an Arabic article before the name,
    // which news writes in lower case.
    const bool article = arabic_article(j);
    if (j >= n || (!Capitalised(s.tokens[j].form) && !article)) continue;
    // "at the Kremlin", "in the Security Council": the institution's seat.
    if (uint32_t len = 0, seat = InstitutionSeatAt(*g_, s, j, &len); seat != kNone) {
      add_known(j, j + len - 1, seat);
      continue;
    }
    // "in the Afghan capital", "in the South Korean capital".
    if (uint32_t capital = DemonymCapital(s, j); capital != 0) {
      uint32_t last = j + 1;
      while (AsciiLower(s.tokens[last].form) != "capital") ++last;
      add_known(j, last, capital);
      continue;
    }
    // "at an Afghan checkpoint", "in Iraqi custody": the country.
    if (uint32_t country = DemonymPlace(s, j); country != kNone) {
      uint32_t last = j + 1;  // Through the noun: the phrase is the place, not a nationality modifying it.
      while (!IsPlaceNoun(AsciiLower(s.tokens[last].form))) ++last;
      add_known(j, last, country).nationality = true;
      continue;
    }
    uint32_t end = run_end(article ? j + 2 : j);
    // "in southern Darfur" is the region Southern (or South) Darfur when the
    // gazetteer knows it; "in northern Iraq" stays Iraq.
    if (uint32_t len = 0, region = CompassRegion(s, j, end, &len); region != kNone) {
      add_known(j - 1, j + len - 1, region);
      continue;
    }
    // "in the southern Gaza Strip town of Rafah": Rafah.
    if (end + 2 < n && IsSettlementNoun(AsciiLower(s.tokens[end].form)) && s.tokens[end + 1].form == "of" &&
        Capitalised(s.tokens[end + 2].form)) {
      j = end + 2;
      end = run_end(j);
    }
    add(j, end, true);
    // "in Najaf and Karbala", "in Gaza or the West Bank".
    while (end + 1 < n && (s.tokens[end].form == "and" || s.tokens[end].form == "or" || s.tokens[end].form == ",")) {
      uint32_t k = end + 1;
      if (k < n && AsciiLower(s.tokens[k].form) == "the") ++k;
      if (k >= n || !Capitalised(s.tokens[k].form)) break;
      uint32_t e2 = run_end(k);
      add(k, e2, true);
      end = e2;
    }
    i = end > i ? end - 1 : i;
  }
  // "in India's capital, New Delhi", "in the Iraqi capital, Baghdad": the
  // name after the comma, whatever came before "capital".
  for (uint32_t i = 1; i + 2 < n; ++i) {
    if (AsciiLower(s.tokens[i].form) != "capital" || s.tokens[i + 1].form != "," ||
        !Capitalised(s.tokens[i + 2].form) || used[i + 2]) {
      continue;
    }
    for (uint32_t k = i; k-- > 0 && k + 4 >= i;) {
      const std::string w = AsciiLower(s.tokens[k].form);
      if (!IsLocative(w)) continue;
      preposition = k;
      directional = w == "to" || w == "into" || w == "toward" || w == "towards";
      add(i + 2, run_end(i + 2), true);
      break;
    }
  }
  // Objects of verbs that name places ("shelled Kharkiv", "bombed the
  // rebel-held city of Fallujah"): only with a tree.
  for (uint32_t i = 0; i < n && i < analyses.size(); ++i) {
    if (analyses[i].deprel == "obj" && i + 2 < n && IsSettlementNoun(AsciiLower(s.tokens[i].form)) &&
        s.tokens[i + 1].form == "of" && Capitalised(s.tokens[i + 2].form) && !used[i + 2]) {
      add(i + 2, run_end(i + 2), false);
      continue;
    }
    if (used[i] || !Capitalised(s.tokens[i].form) || i == 0) continue;
    const std::string& rel = analyses[i].deprel;
    if (rel != "obj") continue;
    // The run holding the object word.
    uint32_t start = i;
    while (start > 0 && Capitalised(s.tokens[start - 1].form) && !used[start - 1]) --start;
    add(start, run_end(start), false);
  }
}

text::Sentence TitleWords(std::string_view title) {
  text::Sentence s;
  auto add = [&](size_t b, size_t e) {
    if (e <= b) return;
    text::Token t;
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.form = std::string(title.substr(b, e - b));
    s.tokens.push_back(std::move(t));
  };
  auto edge = [](char c) { return c == ',' || c == '.' || c == ':' || c == ';' || c == '!' || c == '?' || c == '"' || c == '(' || c == ')' || c == '\''; };
  size_t i = 0;
  while (i < title.size()) {
    while (i < title.size() && (title[i] == ' ' || title[i] == '\t')) ++i;
    size_t j = i;
    while (j < title.size() && title[j] != ' ' && title[j] != '\t') ++j;
    size_t b = i, e = j;
    while (b < e && edge(title[b])) add(b, b + 1), ++b;
    std::vector<std::pair<size_t, size_t>> tail;
    while (e > b && edge(title[e - 1]) && !(title[e - 1] == '.' && e - b <= 4)) tail.emplace_back(e - 1, e), --e;  // "U.S." keeps its dots.
    if (e - b > 2 && title.substr(e - 2, 2) == "'s") {
      add(b, e - 2);
      add(e - 2, e);
    } else {
      add(b, e);
    }
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) add(it->first, it->second);
    i = j;
  }
  if (!s.tokens.empty()) {
    s.begin = s.tokens.front().begin;
    s.end = s.tokens.back().end;
  }
  return s;
}

void PlaceFinder::FindInTitle(const text::Sentence& title, std::vector<PlacePhrase>* out) const {
  static const std::vector<text::WordAnalysis> kNoAnalyses;
  static const std::vector<actors::ActorMention> kNoMentions;
  size_t before = out->size();
  Find(title, kNoAnalyses, kTitle, kNoMentions, out);
  std::vector<char> used(title.tokens.size(), 0);
  for (size_t k = before; k < out->size(); ++k) {
    for (uint32_t i = (*out)[k].first; i <= (*out)[k].last; ++i) used[i] = 1;
  }
  const uint32_t n = static_cast<uint32_t>(title.tokens.size());
  for (uint32_t i = 0; i < n; ++i) {
    if (used[i] || !Capitalised(title.tokens[i].form) || NotAPlace(title, i)) continue;
    std::vector<uint32_t> entries;
    uint32_t len = Longest(title, i, n, &entries);
    if (len == 0) continue;
    bool big = false;
    for (uint32_t e : entries) {
      const Place& p = g_->place(e);
      big |= p.type == PlaceType::kCountry || (p.type == PlaceType::kCity && p.population >= 1000000);
    }
    if (!big) continue;
    PlacePhrase p;
    p.sentence = kTitle;
    p.first = i;
    p.last = i + len - 1;
    p.entries = std::move(entries);
    out->push_back(std::move(p));
    i += len - 1;
  }
}

}  // namespace dyad::geo
