// EventLocator (geo.h): place names found in an article, resolved with the
// article's countries and regions, then tied to each event.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "base/ascii.h"
#include "geo/geo.h"
#include "geo/place_finder.h"

namespace dyad::geo {

namespace {

constexpr uint32_t kNone = 0xFFFFFFFF;

int Head(const std::vector<text::WordAnalysis>& a, size_t i) {
  if (i >= a.size()) return -1;
  const std::string& h = a[i].head;
  int v = 0;
  auto r = std::from_chars(h.data(), h.data() + h.size(), v);
  if (r.ec != std::errc() || v <= 0) return -1;
  return v - 1;
}

bool Parsed(const std::vector<text::WordAnalysis>& a) {
  for (const auto& w : a) {
    if (w.head != "_") return true;
  }
  return false;
}

// The token holding byte `pos` of the text.
int TokenAt(const text::Sentence& s, uint32_t pos) {
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    if (s.tokens[i].begin <= pos && pos < s.tokens[i].end) return static_cast<int>(i);
  }
  return -1;
}

// Whether the place phrase [first, last] hangs from the verb: its head
// word's chain of heads reaches the verb within four steps without passing
// through another verb (a place of a relative clause or of a reported
// speech belongs to that clause).
bool TiedToVerb(const std::vector<text::WordAnalysis>& a, const PlacePhrase& p, int verb) {
  int t = -1;
  for (uint32_t i = p.first; i <= p.last; ++i) {
    int h = Head(a, i);
    if (h < static_cast<int>(p.first) || h > static_cast<int>(p.last)) {
      t = static_cast<int>(i);
      break;
    }
  }
  for (int depth = 0; t >= 0 && depth < 5; ++depth) {
    int h = Head(a, static_cast<size_t>(t));
    if (h == verb) return true;
    if (h < 0) return false;
    const std::string& upos = a[static_cast<size_t>(h)].upos;
    if (upos == "VERB" || upos == "AUX") return false;
    t = h;
  }
  return false;
}

}  // namespace

struct EventLocator::Context {
  std::unordered_set<uint16_t> countries;  // Of the article's actors, dateline, sure places.
  std::unordered_set<uint32_t> regions;    // Of its sure places.
  int dateline_country = -1;
};

uint32_t EventLocator::Resolve(const std::vector<uint32_t>& entries, uint32_t qualifier,
                               const Context& ctx, double* margin) const {
  const Gazetteer& g = *gazetteer_;
  bool has_country = false, has_region = false;
  for (uint32_t e : entries) {
    has_country |= g.place(e).type == PlaceType::kCountry;
    has_region |= g.place(e).type == PlaceType::kAdm1;
  }
  double best = -1e9, second = -1e9;
  uint32_t winner = kNone;
  for (uint32_t e : entries) {
    const Place& p = g.place(e);
    if (qualifier != kNone) {
      // "Paris, Texas", "Najaf, Iraq": the qualifier names the region or the
      // country the place lies in.
      const Place& q = g.place(qualifier);
      if (p.country != q.country) continue;
      if (q.type == PlaceType::kAdm1 && p.region != q.region) continue;
      if (p.type == PlaceType::kCountry) continue;
    } else if (has_country && p.type == PlaceType::kCity) {
      continue;  // A country named as a place is the country, never a town ("Lebanon", "China").
    }
    double score = 0;
    switch (p.type) {
      case PlaceType::kCountry: score = 7.0; break;
      // A region's population is a lower bound (its cities above 15,000).
      case PlaceType::kAdm1: score = std::log10(std::max<double>(p.population, 1000)) - 1.0; break;
      case PlaceType::kCity: score = std::log10(std::max<double>(p.population, 1000)); break;
    }
    if (ctx.countries.count(p.country)) score += 1.5;
    if (static_cast<int>(p.country) == ctx.dateline_country) score += 0.5;
    uint32_t region = p.type == PlaceType::kAdm1 ? p.region : p.region;
    if (region != 0 && ctx.regions.count(region)) score += 2.0;
    if (score > best) {
      second = best;
      best = score;
      winner = e;
    } else if (score > second) {
      second = score;
    }
  }
  (void)has_region;
  if (margin != nullptr) *margin = best - second;
  return winner;
}

void EventLocator::Locate(const ingest::Article& article, const std::vector<text::Sentence>& sentences,
                          const std::vector<std::vector<text::WordAnalysis>>& analyses,
                          const std::vector<actors::ActorMention>& mentions,
                          std::vector<events::Event>* events) const {
  if (events->empty()) return;
  const Gazetteer& g = *gazetteer_;
  Context ctx;
  for (const auto& m : mentions) {
    if (const Country* c = g.CountryByIso3(m.country)) ctx.countries.insert(g.place(c->place).country);
  }
  // The dateline: "NAJAF, Iraq" is Najaf with Iraq as its qualifier.
  uint32_t dateline = kNone;
  int64_t dateline_begin = -1, dateline_end = -1;
  if (!article.dateline.empty()) {
    std::string_view d = article.dateline;
    size_t comma = d.find(',');
    std::string_view head = d.substr(0, comma);
    uint32_t qualifier = kNone;
    if (comma != std::string_view::npos) {
      std::vector<uint32_t> q = g.Find(d.substr(comma + 1));
      qualifier = Resolve(q, kNone, ctx, nullptr);
    }
    std::vector<uint32_t> entries = g.Find(head);
    dateline = Resolve(entries, qualifier, ctx, nullptr);
    if (dateline == kNone && qualifier != kNone) dateline = qualifier;
    if (dateline != kNone) {
      ctx.dateline_country = g.place(dateline).country;
      ctx.countries.insert(g.place(dateline).country);
      size_t at = article.text.find(head);
      if (at != std::string::npos && at < article.body_begin) {
        dateline_begin = static_cast<int64_t>(at);
        dateline_end = static_cast<int64_t>(at + head.size());
      }
    }
  }
  // Every place phrase of the article, resolved twice: first with the
  // actors' and dateline's countries, then also with the countries and
  // regions of the places that were sure (one reading far ahead).
  std::vector<PlacePhrase> phrases;
  PlaceFinder finder(&g);
  for (size_t s = 0; s < sentences.size(); ++s) {
    static const std::vector<text::WordAnalysis> kNoAnalyses;
    finder.Find(sentences[s], s < analyses.size() ? analyses[s] : kNoAnalyses, s, mentions, &phrases);
  }
  for (PlacePhrase& p : phrases) {
    double margin = 0;
    p.place = Resolve(p.entries, p.qualifier, ctx, &margin);
    p.sure = p.place != kNone && margin >= 1.5;
  }
  Context sure = ctx;
  for (const PlacePhrase& p : phrases) {
    if (!p.sure) continue;
    const Place& place = g.place(p.place);
    sure.countries.insert(place.country);
    if (place.region != 0) sure.regions.insert(place.region);
  }
  for (PlacePhrase& p : phrases) p.place = Resolve(p.entries, p.qualifier, sure, nullptr);

  for (events::Event& e : *events) {
    size_t s = e.evidence.sentence;
    e.location = events::EventLocation();
    if (s < sentences.size()) {
      const auto& a = s < analyses.size() ? analyses[s] : std::vector<text::WordAnalysis>();
      const bool parsed = Parsed(a);
      const int verb = TokenAt(sentences[s], e.evidence.begin);
      const PlacePhrase* tied = nullptr;
      int untied = 0;
      for (const PlacePhrase& p : phrases) {
        if (p.sentence != s || p.place == kNone) continue;
        if (parsed && verb >= 0 ? TiedToVerb(a, p, verb) : p.after_preposition) {
          if (tied == nullptr) tied = &p;
        }
        ++untied;
      }
      // Without a tree, a lone place phrase after a preposition stands for
      // the sentence.
      if (tied != nullptr && (parsed || untied == 1)) {
        e.location = g.ToLocation(tied->place);
        e.location.from = "sentence";
        e.location.begin = sentences[s].tokens[tied->first].begin;
        e.location.end = sentences[s].tokens[tied->last].end;
      }
    }
    if (!e.location.known() && dateline != kNone) {
      // The dateline is where the event happened when an actor belongs to
      // its country, or when no actor has a country to say otherwise.
      const Country* sc = g.CountryByIso3(e.source.country);
      const Country* tc = e.has_target ? g.CountryByIso3(e.target.country) : nullptr;
      const uint16_t dc = g.place(dateline).country;
      bool local = (sc != nullptr && g.place(sc->place).country == dc) ||
                   (tc != nullptr && g.place(tc->place).country == dc) || (sc == nullptr && tc == nullptr);
      if (local) {
        e.location = g.ToLocation(dateline);
        e.location.from = "dateline";
        e.location.begin = dateline_begin;
        e.location.end = dateline_end;
      }
    }
    if (!e.location.known() && e.has_target && e.root_code.size() == 2 && e.root_code >= "15" &&
        e.root_code <= "20") {
      if (const Country* tc = g.CountryByIso3(e.target.country)) {
        e.location = g.ToLocation(tc->place);
        e.location.from = "target";
      }
    }
    e.source.location = ActorLocation(e.source.country, e.location);
    if (e.has_target) e.target.location = ActorLocation(e.target.country, e.location);
  }
}

events::EventLocation EventLocator::ActorLocation(std::string_view country_iso3,
                                                  const events::EventLocation& event_location) const {
  if (event_location.known() && event_location.country_iso3 == country_iso3) return event_location;
  const Country* c = gazetteer_->CountryByIso3(country_iso3);
  if (c == nullptr) return events::EventLocation();
  events::EventLocation l = gazetteer_->ToLocation(c->place);
  l.from = "actor";
  return l;
}

}  // namespace dyad::geo
