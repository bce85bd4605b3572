// EventLocator (geo.h): place names found in an article, resolved with the
// article's countries and regions, then tied to each event.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "base/ascii.h"
#include "geo/geo.h"
#include "geo/institution_seat.h"
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

bool AllCaps(std::string_view w) {
  int letters = 0;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    letters += c >= 'A' && c <= 'Z';
  }
  return letters >= 3;
}

// A dateline the ingest reader could not mark: capitals at the start of
// the story with no dash or colon after them ("BAGHDAD Iraq promised",
// "ISLAMABAD, Pakistan Are there", "Los Angeles Times - BAGHDAD #8212;
// Militants said"). Tokens [first, end) of the first sentence, or false.
// The caller keeps it only when the gazetteer knows it as a city.
bool UnmarkedDateline(const text::Sentence& s, uint32_t* first, uint32_t* end) {
  const uint32_t n = static_cast<uint32_t>(s.tokens.size());
  uint32_t i = 0;
  // Past an outlet's name and its dash ("Los Angeles Times -").
  for (uint32_t k = 0; k < n && k < 5; ++k) {
    if (s.tokens[k].form == "-" || s.tokens[k].form == "\u2014") {
      i = k + 1;
      break;
    }
  }
  uint32_t j = i;
  while (j < n && j < i + 3 && AllCaps(s.tokens[j].form)) ++j;
  // A headline in capitals, or an acronym starting the story ("NATO said"),
  // is followed by more capitals or by a verb; a dateline by a name or a
  // comma.
  if (j == i || j >= n || AllCaps(s.tokens[j].form)) return false;
  *first = i;
  *end = j;
  return true;
}

// The token holding byte `pos` of the text.
int TokenAt(const text::Sentence& s, uint32_t pos) {
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    if (s.tokens[i].begin <= pos && pos < s.tokens[i].end) return static_cast<int>(i);
  }
  return -1;
}

// The word of the phrase whose head lies outside it (-1 without a tree).
int PhraseHead(const std::vector<text::WordAnalysis>& a, const PlacePhrase& p) {
  for (uint32_t i = p.first; i <= p.last; ++i) {
    int h = Head(a, i);
    if (h < static_cast<int>(p.first) || h > static_cast<int>(p.last)) return static_cast<int>(i);
  }
  return -1;
}

// Whether the place phrase hangs from the verb: its head word's chain of
// heads reaches the verb within five steps without passing through another
// verb (a place of a relative clause or of reported speech belongs to that
// clause).
//
// For words, not through the verb's object: in "condemned the attacks in
// the Congo" the place is the topic, not where it was said (but "said at a
// news conference in Kinshasa" and "the kidnappers of a journalist in Iraq
// threatened" are there).
bool TiedToVerb(const std::vector<text::WordAnalysis>& a, const PlacePhrase& p, int verb, bool words = false) {
  int t = PhraseHead(a, p);
  for (int depth = 0; t >= 0 && depth < 5; ++depth) {
    int h = Head(a, static_cast<size_t>(t));
    if (words && depth > 0) {
      const std::string& rel = a[static_cast<size_t>(t)].deprel;
      if (rel == "obj" || rel == "iobj") return false;
    }
    if (h == verb) return true;
    if (h < 0) return false;
    const text::WordAnalysis& w = a[static_cast<size_t>(h)];
    // "Meeting in Moscow, they said ...", "Speaking in Cairo, he warned":
    // a participle's place before the clause is the clause's.
    if (w.upos == "VERB" && (w.xpos == "VBG" || w.feats.find("VerbForm=Ger") != std::string::npos) &&
        w.deprel == "advcl" && Head(a, static_cast<size_t>(h)) == verb &&
        h < verb) {
      return true;
    }
    if (w.upos == "VERB" || w.upos == "AUX") return false;
    t = h;
  }
  return false;
}

// "United States" in "at United States outposts": a name modifying a noun.
bool Modifier(const std::vector<text::WordAnalysis>& a, const PlacePhrase& p) {
  int h = PhraseHead(a, p);
  if (h < 0 || static_cast<size_t>(h) >= a.size()) return false;
  const std::string& rel = a[static_cast<size_t>(h)].deprel;
  return rel == "compound" || rel == "amod" || rel == "nmod:poss";
}

// "at United States and Iraqi outposts", "U.S. troops": a country's name
// before a common noun, or before "and" and a nationality, names whose they
// are, whatever the parser made of it ("yesterday" is a noun too, but no
// thing).
bool CountryBeforeNoun(const text::Sentence& s, const std::vector<text::WordAnalysis>& a, const PlacePhrase& p) {
  auto noun = [&](size_t k) {
    if (k >= a.size() || a[k].upos != "NOUN" || s.tokens[k].form.empty()) return false;
    const char c = s.tokens[k].form[0];
    if (c < 'a' || c > 'z') return false;
    const std::string w = AsciiLower(s.tokens[k].form);
    return w != "yesterday" && w != "today" && w != "tonight" && w != "tomorrow" && w != "overnight" &&
           w != "week" && w != "month" && w != "year";
  };
  const size_t k = p.last + 1;
  if (noun(k)) return true;
  return k + 2 < a.size() && s.tokens[k].form == "and" && a[k + 1].upos == "ADJ" && noun(k + 2);
}

// A place of a clause that hangs from the event's verb or its words but
// tells of another act: "jailed a militant for financing bombings in
// Iraq", "began talks on a partnership aimed at a withdrawal from Gaza".
bool InOtherClause(const std::vector<text::WordAnalysis>& a, const PlacePhrase& p, int verb) {
  // A clause with "for", "after", "while" tells of another act; not one of
  // purpose ("moved to attack rebels in Najaf").
  auto marked = [&](int v) {
    for (size_t k = 0; k < a.size(); ++k) {
      if (Head(a, k) == v && a[k].deprel == "mark" && a[k].upos == "SCONJ") return true;
    }
    return false;
  };
  int t = PhraseHead(a, p);
  for (int depth = 0; t >= 0 && t != verb && depth < 8; ++depth) {
    if (static_cast<size_t>(t) >= a.size()) return false;
    const text::WordAnalysis& w = a[static_cast<size_t>(t)];
    // A participle after a comma tells what the act did (", killing
    // three"); one straight after a noun describes it ("troops trying to
    // enter the Congo from Rwanda").
    const bool result = w.xpos == "VBG" && t > 0 && a[static_cast<size_t>(t) - 1].lemma == ",";
    if (w.upos == "VERB" && (w.deprel == "acl" || w.deprel == "advcl" || w.deprel == "xcomp") &&
        (marked(t) || (w.deprel == "acl" && !result) ||
         (w.deprel == "advcl" && w.xpos == "VBG" && !result && t > 0 && a[static_cast<size_t>(t) - 1].upos == "NOUN"))) {
      // Its chain must reach the event's verb: otherwise the parser put
      // the event's own place elsewhere, which is what loose places mend.
      for (int u = Head(a, static_cast<size_t>(t)), d = 0; u >= 0 && d < 8; u = Head(a, static_cast<size_t>(u)), ++d) {
        if (u == verb) return true;
      }
      return false;
    }
    t = Head(a, static_cast<size_t>(t));
  }
  return false;
}

// A place inside "which ...", "who ..." (acl:relcl) belongs to that clause.
bool InRelativeClause(const std::vector<text::WordAnalysis>& a, const PlacePhrase& p) {
  int t = PhraseHead(a, p);
  for (int depth = 0; t >= 0 && depth < 8; ++depth) {
    if (static_cast<size_t>(t) >= a.size()) return false;
    if (a[static_cast<size_t>(t)].deprel.starts_with("acl:relcl")) return true;
    t = Head(a, static_cast<size_t>(t));
  }
  return false;
}

// A country itself ("LBN") or its state (government, armed forces,
// police, legislature, courts, spies), which are found in the country;
// not its people (civilians, media, business, refugees), who travel.
bool StateActor(const events::EventActor& a) {
  if (a.code.size() == 3) return true;
  static constexpr std::string_view kState[] = {"GOV", "MIL", "COP", "LEG", "JUD", "SPY"};
  for (std::string_view k : kState) {
    if (a.sector == k) return true;
  }
  return false;
}

}  // namespace

// What an article says about place as a whole.
struct ArticlePlaces {
  std::string_view text;      // The article's.
  uint32_t dateline = kNone;  // The dateline's place.
  int64_t dateline_begin = -1, dateline_end = -1;
  uint32_t main = kNone;      // The place it is most about (MainPlace).
  // For each country, the one city the article names in it (kNone when it
  // names several).
  std::unordered_map<uint16_t, uint32_t> only_city;
};

struct EventLocator::Context {
  std::unordered_set<uint16_t> countries;  // Of the article's actors, dateline, sure places.
  std::unordered_set<uint16_t> place_countries;  // Of its dateline and sure places only.
  std::unordered_set<uint32_t> regions;    // Of its sure places.
  int dateline_country = -1;
};

uint32_t EventLocator::Resolve(const std::vector<uint32_t>& entries, uint32_t qualifier,
                               const Context& ctx, double* margin) const {
  const Gazetteer& g = *gazetteer_;
  bool has_country = false;
  for (uint32_t e : entries) has_country |= g.place(e).type == PlaceType::kCountry;
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
    } else if (p.type == PlaceType::kCity && p.population == 0 && !ctx.place_countries.count(p.country)) {
      // A village (population unknown: under 15,000) only in a story
      // datelined in its country or naming a place of it for sure: alone,
      // such a name is more often a person's or a word's ("Simon",
      // "Congress", "Line" read as Lin'e); an actor of the country is not
      // enough ("his Chinese counterpart").
      continue;
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
    if (p.region != 0 && ctx.regions.count(p.region)) score += 2.0;
    if (score > best) {
      second = best;
      best = score;
      winner = e;
    } else if (score > second) {
      second = score;
    }
  }
  // "Japan, China and South Korea": a list, not "Paris, Texas"; when the
  // words after the comma rule out every reading, they were no qualifier.
  if (winner == kNone && qualifier != kNone) return Resolve(entries, kNone, ctx, margin);
  // A city-state named is its city: Hong Kong, Djibouti (a city of the
  // name holding at least 30% of its country's people).
  if (winner != kNone && g.place(winner).type == PlaceType::kCountry) {
    const Place& country = g.place(winner);
    for (uint32_t e : entries) {
      const Place& p = g.place(e);
      if (p.type == PlaceType::kCity && p.country == country.country &&
          p.population >= 0.3 * static_cast<double>(country.population) && p.population > 0) {
        winner = e;
        break;
      }
    }
  }
  if (margin != nullptr) *margin = best - second;
  return winner;
}

uint32_t EventLocator::UnmarkedDatelinePlace(const text::Sentence& s, const Context& ctx,
                                             ArticlePlaces* places) const {
  const Gazetteer& g = *gazetteer_;
  uint32_t first = 0, end = 0;
  if (!UnmarkedDateline(s, &first, &end)) return kNone;
  std::string name;
  for (uint32_t k = first; k < end; ++k) name += (k > first ? " " : "") + s.tokens[k].form;
  uint32_t qualifier = kNone;
  if (end + 1 < s.tokens.size() && s.tokens[end].form == ",") {
    qualifier = Resolve(g.Find(s.tokens[end + 1].form), kNone, ctx, nullptr);
  }
  const uint32_t place = Resolve(g.Find(name), qualifier, ctx, nullptr);
  if (place == kNone || g.place(place).type != PlaceType::kCity) return kNone;
  places->dateline_begin = s.tokens[first].begin;
  places->dateline_end = s.tokens[end - 1].end;
  return place;
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
  ArticlePlaces places;
  places.text = article.text;
  uint32_t& dateline = places.dateline;
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
    size_t at = article.text.find(head);
    if (dateline != kNone && at != std::string::npos && at < article.body_begin) {
      places.dateline_begin = static_cast<int64_t>(at);
      places.dateline_end = static_cast<int64_t>(at + head.size());
    }
  } else if (!sentences.empty()) {
    dateline = UnmarkedDatelinePlace(sentences.front(), ctx, &places);
  }
  if (dateline != kNone) {
    ctx.dateline_country = g.place(dateline).country;
    ctx.countries.insert(g.place(dateline).country);
    ctx.place_countries.insert(g.place(dateline).country);
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
  if (!article.title.empty()) {
    // "Second Beheading Reported (Los Angeles Times)": the outlet, not a place.
    std::string_view title = article.title;
    if (title.ends_with(")") && title.rfind('(') != std::string_view::npos) title = title.substr(0, title.rfind('('));
    finder.FindInTitle(TitleWords(title), &phrases);
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
    sure.place_countries.insert(place.country);
    if (place.region != 0) sure.regions.insert(place.region);
  }
  for (PlacePhrase& p : phrases) p.place = Resolve(p.entries, p.qualifier, sure, nullptr);

  places.main = MainPlace(phrases, dateline);
  // "in the capital": of the dateline's country, else of the country the
  // article is about.
  // Without either, of the one country the sentence's actors are of
  // ("discussed their ordeal with Karzai at his presidential palace").
  uint32_t home = dateline != kNone ? dateline : places.main;
  for (PlacePhrase& p : phrases) {
    if (!p.the_capital) continue;
    const Country* country = home != kNone ? &g.country_of(g.place(home)) : SentenceCountry(mentions, p.sentence);
    if (country != nullptr && country->capital != 0) p.place = country->capital;
  }
  auto add_city = [&](uint32_t p) {
    if (p == kNone || g.place(p).type != PlaceType::kCity) return;
    auto [it, fresh] = places.only_city.emplace(g.place(p).country, p);
    if (!fresh && it->second != p) it->second = kNone;
  };
  for (const PlacePhrase& p : phrases) add_city(p.place);
  add_city(dateline);
  for (events::Event& e : *events) LocateOne(sentences, analyses, phrases, places, &e);
}

const Country* EventLocator::SentenceCountry(const std::vector<actors::ActorMention>& mentions,
                                             size_t sentence) const {
  const Country* only = nullptr;
  for (const auto& m : mentions) {
    if (m.sentence != sentence) continue;
    const Country* c = gazetteer_->CountryByIso3(m.country);
    if (c == nullptr) continue;
    if (only != nullptr && only != c) return nullptr;
    only = c;
  }
  return only;
}

// The country the article names most (a headline's names and the dateline
// count twice), and in it the place named most, a city before the
// country itself when as often named.
uint32_t EventLocator::MainPlace(const std::vector<PlacePhrase>& phrases, uint32_t dateline) const {
  const Gazetteer& g = *gazetteer_;
  std::unordered_map<uint32_t, int> place_weight;
  std::unordered_map<uint16_t, int> country_weight;
  auto add = [&](uint32_t place, int w) {
    place_weight[place] += w;
    country_weight[g.place(place).country] += w;
  };
  for (const PlacePhrase& p : phrases) {
    if (p.place == kNone || (!p.after_preposition && p.sentence != kTitle)) continue;
    add(p.place, p.sentence == kTitle ? 2 : 1);
  }
  if (dateline != kNone) add(dateline, 2);
  int best = 0;
  int country = -1;
  for (const auto& [c, w] : country_weight) {
    if (w > best || (w == best && c < country)) best = w, country = c;
  }
  if (country < 0) return kNone;
  uint32_t main = kNone;
  int main_weight = 0;
  for (const auto& [p, w] : place_weight) {
    const Place& place = g.place(p);
    if (place.country != country) continue;
    auto key = [&](uint32_t q, int qw) { return std::make_tuple(qw, g.place(q).type == PlaceType::kCity, -static_cast<int64_t>(q)); };
    if (main == kNone || key(p, w) > key(main, main_weight)) main = p, main_weight = w;
  }
  return main;
}

// The place phrase of the event's sentence that names where it happened:
// *tied a phrase that hangs from the verb, else *loose the prepositional
// phrase nearest the verb outside a relative clause (the parser attached
// it elsewhere); null when none. Without a tree, a lone prepositional
// phrase is loose.
void EventLocator::SentencePlace(const text::Sentence& sentence, const std::vector<text::WordAnalysis>& a,
                                 const std::vector<PlacePhrase>& phrases, size_t index, const events::Event& e,
                                 const PlacePhrase** tied, const PlacePhrase** loose) const {
  const Gazetteer& g = *gazetteer_;
  const bool material = e.root_code.size() == 2 && e.root_code >= "15" && e.root_code <= "20";
  // Objects that name places are where the act happened for visits, aid,
  // protest and force ("visited Kabul", "shelled Kharkiv"); for words they
  // are the addressee ("warned Falluja").
  // Not sanctions and severed ties (16): "an embargo on Ivory Coast" is
  // imposed elsewhere, like words.
  const bool object_is_place = (material && e.root_code != "16") || e.root_code == "03" || e.root_code == "04" || e.root_code == "07" ||
                               e.root_code == "08" || e.root_code == "14";
  const bool parsed = Parsed(a);
  const int verb = TokenAt(sentence, e.evidence.begin);
  // Words reported by a verb of saying were said where it was: "Meeting in
  // Moscow, they said they welcome ..." (the event's verb its complement).
  int frame = -1;
  if (parsed && verb >= 0 && !object_is_place && static_cast<size_t>(verb) < a.size() &&
      a[static_cast<size_t>(verb)].deprel == "ccomp") {
    frame = Head(a, static_cast<size_t>(verb));
  }
  int tied_rank = 1 << 20, loose_rank = 1 << 20, prepositional = 0;
  *tied = *loose = nullptr;
  for (const PlacePhrase& p : phrases) {
    if (p.sentence != index || p.place == kNone) continue;
    // "apologised to Singapore": a destination is a place only for acts
    // that go somewhere (a visit, aid, troops).
    if ((!p.after_preposition || p.directional) && !object_is_place) continue;
    // "deported him to Syria": expelled from here, not there.
    if (p.directional && e.code.starts_with("174")) continue;
    prepositional += p.after_preposition;
    const int distance = verb >= 0 ? std::abs(static_cast<int>(p.first) - verb) : 0;
    if (parsed && verb >= 0) {
      if ((Modifier(a, p) || CountryBeforeNoun(sentence, a, p)) && g.place(p.place).type == PlaceType::kCountry) {
        continue;  // "U.S. soldiers", "at United States outposts": a nationality, not a place.
      }
      if (TiedToVerb(a, p, verb, !object_is_place) || (frame >= 0 && TiedToVerb(a, p, frame, true))) {
        // Before a phrase that only modifies a noun ("his Baghdad home"),
        // one that heads its own ("across Iraq"); then the nearest.
        int rank = (Modifier(a, p) ? 1000 : 0) + distance;
        if (rank < tied_rank) tied_rank = rank, *tied = &p;
      } else if (p.after_preposition && !InRelativeClause(a, p) && !InOtherClause(a, p, verb) &&
                 distance < loose_rank) {
        loose_rank = distance, *loose = &p;
      }
    } else if (p.after_preposition && *loose == nullptr) {
      *loose = &p;
    }
  }
  if (!parsed && prepositional != 1) *loose = nullptr;
}

void EventLocator::LocateOne(const std::vector<text::Sentence>& sentences,
                             const std::vector<std::vector<text::WordAnalysis>>& analyses,
                             const std::vector<PlacePhrase>& phrases, const ArticlePlaces& article,
                             events::Event* event) const {
  const uint32_t dateline = article.dateline;
  const Gazetteer& g = *gazetteer_;
  events::Event& e = *event;
  e.location = events::EventLocation();
  const bool material = e.root_code.size() == 2 && e.root_code >= "15" && e.root_code <= "20";
  // Said, urged, accused, demanded, threatened: CAMEO 01-02, 05-06, 09-13
  // (03, intent, mostly states where a visit or aid will go).
  const bool verbal = (!material && e.root_code != "03" && e.root_code != "04" && e.root_code != "07" &&
                       e.root_code != "08" && e.root_code != "14") || e.root_code == "16";
  const PlacePhrase* tied = nullptr;
  const PlacePhrase* loose = nullptr;
  const size_t s = e.evidence.sentence;
  if (s < sentences.size()) {
    static const std::vector<text::WordAnalysis> kNone;
    SentencePlace(sentences[s], s < analyses.size() ? analyses[s] : kNone, phrases, s, e, &tied, &loose);
  }
  const PlacePhrase* phrase = nullptr;  // The sentence's place taken, if any.
  auto set_phrase = [&](const PlacePhrase* p) {
    phrase = p;
    e.location = g.ToLocation(p->place);
    e.location.from = "sentence";
    e.location.begin = sentences[s].tokens[p->first].begin;
    e.location.end = sentences[s].tokens[p->last].end;
  };
  if (tied != nullptr) set_phrase(tied);
  const Country* sc = g.CountryByIso3(e.source.country);
  const Country* tc = e.has_target ? g.CountryByIso3(e.target.country) : nullptr;
  if (!e.location.known()) {
    if (uint32_t seat = SeatOrSoil(e, article.text); seat != kNone) {
      e.location = g.ToLocation(seat);
      e.location.from = "actors";
    }
  }
  bool elsewhere = false;  // Force abroad: the dateline's country is not where it happened.
  if (dateline != kNone) {
    const Place& d = g.place(dateline);
    // Otherwise the dateline is where the story was reported from, and so
    // where its events happened unless force was used against another
    // country than the dateline's by one not of it ("WASHINGTON - Israel
    // struck Lebanon" happened in Lebanon).
    const uint16_t dc = d.country;
    auto of = [&](const Country* c) { return c != nullptr && g.place(c->place).country == dc; };
    // Not force against a country's people ("gunmen kidnapped two French
    // journalists", datelined BAGHDAD): foreigners are attacked abroad.
    elsewhere = material && tc != nullptr && !of(tc) && !of(sc) && StateActor(e.target);
    if (!e.location.known() && !elsewhere) {
      e.location = g.ToLocation(dateline);
      e.location.from = "dateline";
      e.location.begin = article.dateline_begin;
      e.location.end = article.dateline_end;
    }
  }
  // A loose phrase only for acts: words are often about a place, not in it
  // ("criticized the war in Iraq").
  if (!e.location.known() && loose != nullptr && !verbal) set_phrase(loose);
  // Courts, police and governments arrest and charge at home ("The US
  // Justice Department has charged Assange"); not armed forces, which
  // detain abroad.
  if (!e.location.known() && e.code.starts_with("173") && sc != nullptr &&
      (e.source.sector == "GOV" || e.source.sector == "JUD" || e.source.sector == "COP")) {
    e.location = g.ToLocation(sc->place);
    e.location.from = "actors";
  }
  // Two more readings: what one country's actors do to each other, and
  // the acts of a country's actors on nobody of a known country (a court
  // jails, police arrest), happen in that country (a target's country
  // alone says nothing: foreigners are kidnapped abroad); beyond words,
  // the place the article is about ("Kidnappers in Iraq seize ..." over a
  // sentence that names none).
  const bool domestic_target = e.has_target && tc == nullptr && (e.target.country.empty() || e.target.country == "---");
  if (!e.location.known() && sc != nullptr && (tc == sc || (!verbal && tc == nullptr) || domestic_target)) {
    e.location = g.ToLocation(sc->place);
    e.location.from = "actors";
  }
  const bool unknown_source = e.source.country.empty() || e.source.country == "---";
  if (!e.location.known() && unknown_source && tc != nullptr && e.target.code.size() == 3) {
    e.location = g.ToLocation(tc->place);
    e.location.from = "actors";
  }
  // Words between actors of no known country ("insurgents threatening to
  // kill the man", "militants holding UN workers said") are, like them, of
  // the place the story is about.
  // Not words to a region's governments ("his European counterparts",
  // EURGOV), who are of many countries.
  const std::string_view tcode = e.has_target ? std::string_view(e.target.country) : std::string_view();
  const bool stateless_target = !e.has_target || tcode.empty() || tcode == "---" || tcode == "IGO" ||
                                tcode == "NGO" || tcode == "IMG" || tcode == "MNC";
  if (!e.location.known() && verbal && unknown_source && stateless_target && article.main != kNone) {
    e.location = g.ToLocation(article.main);
    e.location.from = "article";
  }
  if (!e.location.known() && !verbal && article.main != kNone &&
      !(elsewhere && g.place(article.main).country == g.place(dateline).country)) {
    e.location = g.ToLocation(article.main);
    e.location.from = "article";
  }
  // Last, force against a country (its code bare: "LBN", not "LBNCVL",
  // whose people may be anywhere) is in that country.
  if (!e.location.known() && material && tc != nullptr && e.target.code.size() == 3) {
    e.location = g.ToLocation(tc->place);
    e.location.from = "target";
  }
  // A country said, a city meant: "Delegates at Iraq's conference",
  // datelined BAGHDAD, met in Baghdad; and an event placed in Iraq by its
  // actors or its article, in a story that names no Iraqi city but
  // Baghdad, in Baghdad.
  if (e.location.type == "country") {
    const Country* c = g.CountryByIso3(e.location.country_iso3);
    uint32_t city = kNone;
    if (dateline != kNone && g.place(dateline).type == PlaceType::kCity && c != nullptr &&
        g.place(dateline).country == g.place(c->place).country) {
      city = dateline;
    } else if (c != nullptr && (e.location.from != "sentence" || phrase->nationality)) {
      // Not when the sentence itself names the country ("met in Georgia");
      // but "near the Iraqi city" is the Iraqi city the story names.
      auto it = article.only_city.find(g.place(c->place).country);
      if (it != article.only_city.end()) city = it->second;
    }
    if (city != kNone) {
      std::string from = e.location.from;
      e.location = g.ToLocation(city);
      e.location.from = from;
      if (city == dateline) {
        e.location.begin = article.dateline_begin;
        e.location.end = article.dateline_end;
      }
    }
  }
  e.source.location = ActorLocation(e.source.country, e.location);
  if (e.has_target) e.target.location = ActorLocation(e.target.country, e.location);
}

uint32_t EventLocator::SeatOrSoil(const events::Event& e, std::string_view text) const {
  const Gazetteer& g = *gazetteer_;
  auto written = [&](const events::EventActor& a) {
    return a.end > a.begin && a.end <= text.size() ? text.substr(a.begin, a.end - a.begin) : std::string_view(a.text);
  };
  const bool force = e.root_code.size() == 2 && e.root_code >= "15" && e.root_code <= "20" && e.root_code != "16";
  // A body that sits in one city acts there, whatever the dateline: "The
  // UN Security Council condemned", "the Knesset voted" (not force, which
  // is used elsewhere).
  if (!force) {
    if (uint32_t seat = InstitutionSeatIn(g, written(e.source)); seat != kNone) return seat;
  }
  // A body is addressed and met at its seat: "Allawi is to address a joint
  // session of the US Congress", "Abbas met the Security Council".
  if (e.has_target && (e.root_code == "01" || e.root_code == "04")) {
    if (uint32_t seat = InstitutionSeatIn(g, written(e.target)); seat != kNone) return seat;
  }
  // A state deports and expels people from its own soil, wherever the
  // story was filed ("Mexican authorities deported 300 Indians", datelined
  // NEW DELHI; "Sudan ... to expel Oxfam's local heads").
  const Country* sc = g.CountryByIso3(e.source.country);
  if ((e.code.starts_with("174") || e.code.starts_with("166")) && sc != nullptr && StateActor(e.source)) {
    return sc->place;
  }
  return kNone;
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
