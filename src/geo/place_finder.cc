// PlaceFinder (place_finder.h).
#include "geo/place_finder.h"

#include <string>
#include <string_view>

#include "base/ascii.h"

namespace dyad::geo {

namespace {

constexpr uint32_t kNone = 0xFFFFFFFF;

bool IsLocative(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "in",     "at",     "near",   "outside", "from",   "into",       "inside", "across", "around",
      "to",     "toward", "towards", "throughout", "within", "beyond", "through", "over",  "off",
      "nearby", "onto",   "via"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// Words between a preposition and a place name: "in the northern city of
// Mosul", "near the border town of Rafah".
bool IsLeadIn(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "the",     "northern", "southern", "eastern", "western",  "central", "north",    "south",
      "east",    "west",     "northeastern", "northwestern", "southeastern", "southwestern", "city",
      "town",    "village",  "province", "region",  "state",    "district", "capital", "port",
      "border",  "of",       "neighboring", "neighbouring", "nearby", "restive", "troubled", "occupied",
      "southernmost", "northernmost", "holy", "disputed", "breakaway", "rebel-held", "besieged"};
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

bool Capitalised(std::string_view form) {
  if (form.empty()) return false;
  unsigned char c = static_cast<unsigned char>(form[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0x80;  // Non-ASCII first letters: "Île-de-France", "Şanlıurfa".
}

// Mentions that make a phrase no place: people, organisations, media.
bool CoveredByNonPlace(const std::vector<actors::ActorMention>& mentions, size_t sentence, uint32_t first,
                       uint32_t last) {
  for (const auto& m : mentions) {
    if (m.sentence != sentence || m.last_token < first || m.first_token > last) continue;
    if (m.kind == "person" || m.kind == "organisation" || m.kind == "media") return true;
  }
  return false;
}

}  // namespace

uint32_t PlaceFinder::Longest(const text::Sentence& s, uint32_t start, uint32_t end,
                              std::vector<uint32_t>* entries) const {
  const uint32_t most = std::min<uint32_t>(end - start, static_cast<uint32_t>(g_->max_name_words()) + 2);
  for (uint32_t n = most; n >= 1; --n) {
    const text::Token& last = s.tokens[start + n - 1];
    if (!Capitalised(last.form) && last.form != ".") continue;  // A name ends on a name word.
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
  auto add = [&](uint32_t start, uint32_t end, bool after_preposition) {
    for (uint32_t i = start; i < end; ++i) {
      if (used[i] || IsMonthOrDay(AsciiLower(s.tokens[i].form))) continue;
      std::vector<uint32_t> entries;
      uint32_t len = Longest(s, i, end, &entries);
      if (len == 0) continue;
      const uint32_t last = i + len - 1;
      for (uint32_t k = i; k <= last; ++k) used[k] = 1;
      // An object that names a country is an actor ("criticized France"),
      // not a place; objects that are towns are ("shelled Kharkiv").
      bool country = false;
      for (uint32_t e : entries) country |= g_->place(e).type == PlaceType::kCountry;
      if (CoveredByNonPlace(mentions, index, i, last) || (!after_preposition && country)) {
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
      out->push_back(std::move(p));
      i = last;
      if (!after_preposition) break;
    }
  };
  for (uint32_t i = 0; i + 1 < n; ++i) {
    if (!IsLocative(AsciiLower(s.tokens[i].form))) continue;
    uint32_t j = i + 1;
    while (j < n && !Capitalised(s.tokens[j].form) && IsLeadIn(AsciiLower(s.tokens[j].form))) ++j;
    if (j < n && AsciiLower(s.tokens[j].form) == "the") ++j;
    if (j >= n || !Capitalised(s.tokens[j].form)) continue;
    uint32_t end = run_end(j);
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
  // Objects of verbs that name places ("shelled Kharkiv"): only with a tree.
  for (uint32_t i = 0; i < n && i < analyses.size(); ++i) {
    if (used[i] || !Capitalised(s.tokens[i].form) || i == 0) continue;
    const std::string& rel = analyses[i].deprel;
    if (rel != "obj" && rel != "obl" && rel != "nmod") continue;
    // The run holding the object word.
    uint32_t start = i;
    while (start > 0 && Capitalised(s.tokens[start - 1].form) && !used[start - 1]) --start;
    add(start, run_end(start), false);
  }
}

}  // namespace dyad::geo
