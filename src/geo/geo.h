// geo: where events happened. A gazetteer of countries, regions and
// populated places (GeoNames data, data/geo/gazetteer.tsv.zst, built by
// scripts/build-gazetteer.py), place names found in sentences and datelines,
// and the location of each coded event (docs/geo.md).
//
//   dyad::geo::GeoOptions options;
//   options.home = home;                                   // data/geo/
//   auto gazetteer = dyad::geo::Gazetteer::Load(options);  // ~150 ms, once
//   dyad::geo::EventLocator locator(gazetteer->get());
//   locator.Locate(article, sentences, analyses, mentions, &events);
//   // events[i].location: {"Sydney", "city", "AUS", "AS", ...} or unknown
//
// An event's location is, in order (docs/geo.md has the details): the
// place its sentence ties to the event's verb (a place name attached to
// the verb or to its object: "met in Sydney", "shelled villages near
// Kharkiv"); else the dateline's place, unless force was used abroad
// ("WASHINGTON - Israel struck Lebanon"); else, for acts, a place of the
// sentence the parser attached elsewhere; else the country of actors of
// one country among themselves or with actors of no known country (and of
// an act on nobody at all); else, for acts, the place the article is most
// about; else, for
// force (CAMEO 15-20) against a country, that country; else unknown. A
// country is narrowed to the dateline's city in it, or to the one city the
// article names there. Each actor gets the event's place when it lies in
// the actor's country, else its country's.
//
// A name is resolved among the gazetteer's entries of that name: a country
// or region named as a place is that country or region, never a town of the
// same name ("China", "Jordan", "Lebanon"); "Paris, Texas" is the Paris in
// Texas; otherwise population, the article's countries (its actors, its
// dateline, its unambiguous places) and its regions decide ("Georgia" with
// Atlanta in the story is the US state, with Tbilisi the country).
//
// Thread-safety: a Gazetteer and an EventLocator are immutable after
// construction; Locate may be called from any number of threads at once.
#ifndef DYAD_GEO_GEO_H_
#define DYAD_GEO_GEO_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "actors/actors.h"
#include "base/status.h"
#include "events/events.h"
#include "ingest/ingest.h"
#include "text/text.h"

namespace dyad::geo {

struct GeoOptions {
  // dyad's home: reads home/data/geo/gazetteer.tsv.zst.
  std::string home;
  // Or this file instead (a gazetteer in the same format, plain or zstd).
  std::string gazetteer_file;
};

enum class PlaceType : uint8_t { kCountry, kAdm1, kCity };
const char* PlaceTypeName(PlaceType type);  // "country", "adm1", "city"

// One gazetteer entry.
struct Place {
  PlaceType type = PlaceType::kCity;
  uint16_t country = 0;    // Index into Gazetteer::countries().
  uint32_t region = 0;     // Index into regions() + 1; 0 for a country.
  uint32_t population = 0; // 0 when unknown.
  int64_t geonameid = 0;   // 0 when unknown.
  float lat = 0, lon = 0;
  std::string_view name;  // Valid while the Gazetteer lives.
};

struct Country {
  std::string iso2, iso3, fips, name;
  uint32_t place = 0;    // Its entry in places().
  uint32_t capital = 0;  // Its capital's entry; 0 when unknown.
};

struct Region {
  std::string code;  // GeoNames admin-1 code: "GA", "02".
  uint32_t place = 0;
};

class Gazetteer {
 public:
  // Reads the gazetteer. kNotFound when the file is missing (with the path
  // and how to get it); kDataLoss naming file:line for a malformed record.
  static Result<std::unique_ptr<Gazetteer>> Load(const GeoOptions& options);

  // Entries whose name or alternate name is `name` (compared as PlaceKey
  // reads it: case, accents and punctuation aside). Empty when none.
  std::vector<uint32_t> Find(std::string_view name) const;

  // The country by ISO 3166-1 alpha-3 ("USA") or alpha-2; null if unknown.
  const Country* CountryByIso3(std::string_view iso3) const;
  const Country* CountryByIso2(std::string_view iso2) const;
  // The country of an adjective ("Afghan", "South Korean"); null if none.
  const Country* CountryByDemonym(std::string_view word) const;

  const Place& place(uint32_t i) const { return places_[i]; }
  const std::vector<Place>& places() const { return places_; }
  const std::vector<Country>& countries() const { return countries_; }
  const std::vector<Region>& regions() const { return regions_; }
  const Country& country_of(const Place& p) const { return countries_[p.country]; }

  // The most words a name has: longer phrases need not be looked up.
  int max_name_words() const { return max_name_words_; }

  // The event record's form of entry i (from "", offsets -1).
  events::EventLocation ToLocation(uint32_t i) const;

 private:
  Gazetteer() = default;
  friend class GazetteerBuilder;

  std::string text_;  // The file, which Place::name views.
  std::vector<Place> places_;
  std::vector<Country> countries_;
  std::vector<Region> regions_;
  // (hash of a name key, entry), sorted: Find is one binary search.
  std::vector<std::pair<uint64_t, uint32_t>> names_;
  std::vector<std::pair<uint64_t, uint16_t>> demonyms_;  // (hash, country), sorted.
  absl::flat_hash_map<std::string, uint16_t> by_code_;   // ISO2 and ISO3 codes to countries.
  int max_name_words_ = 1;
};

// Lower case, accents and apostrophes dropped, other punctuation and
// spaces one space: "Sant Julià de Lòria" and "SANT JULIA DE LORIA" have
// the same key "sant julia de loria"; "Dar'a" is "dara", "U.S." is "u s".
std::string PlaceKey(std::string_view name);

struct PlacePhrase;    // place_finder.h
struct ArticlePlaces;  // event_locator.cc

// Sets the location of each event of one article, and of its actors
// (EventActor::location), from the article's sentences, their analyses
// (tags and, where parsed, heads) and actor mentions, as the coder saw them.
class EventLocator {
 public:
  explicit EventLocator(const Gazetteer* gazetteer) : gazetteer_(gazetteer) {}

  void Locate(const ingest::Article& article, const std::vector<text::Sentence>& sentences,
              const std::vector<std::vector<text::WordAnalysis>>& analyses,
              const std::vector<actors::ActorMention>& mentions, std::vector<events::Event>* events) const;

  // The place an actor of `country_iso3` stands at, given the event's
  // location: the event's when it lies in that country, else the country's;
  // unknown for no country. from is "actor" for a country's place. The
  // store's GDELT export uses it for Actor1Geo and Actor2Geo.
  events::EventLocation ActorLocation(std::string_view country_iso3,
                                      const events::EventLocation& event_location) const;

 private:
  struct Context;
  // The entry among `entries` that the name most likely means (kNone if
  // none qualifies), and by how much it beat the next (*margin).
  uint32_t Resolve(const std::vector<uint32_t>& entries, uint32_t qualifier, const Context& context,
                   double* margin) const;

  void SentencePlace(const text::Sentence& sentence, const std::vector<text::WordAnalysis>& analyses,
                     const std::vector<PlacePhrase>& phrases, size_t index, const events::Event& event,
                     const PlacePhrase** tied, const PlacePhrase** loose) const;
  // The location of one event, from the article's resolved place phrases
  // and dateline (kNone when none).
  void LocateOne(const std::vector<text::Sentence>& sentences,
                 const std::vector<std::vector<text::WordAnalysis>>& analyses,
                 const std::vector<PlacePhrase>& phrases, const ArticlePlaces& article, events::Event* event) const;
  // Where an event's actors put it whatever the text says of place: the
  // seat of a body acting or addressed (institution_seat.h), or a state's
  // own soil for deportations and expulsions; kNone otherwise. `text` is
  // the article's, which the actors' offsets index.
  uint32_t SeatOrSoil(const events::Event& event, std::string_view text) const;
  // The one country the actors of a sentence are of; null for none or
  // several.
  const Country* SentenceCountry(const std::vector<actors::ActorMention>& mentions, size_t sentence) const;
  // The place the whole article is about (ArticlePlaces::main).
  uint32_t MainPlace(const std::vector<PlacePhrase>& phrases, uint32_t dateline) const;
  // The city of a dateline the ingest reader could not mark ("BAGHDAD Iraq
  // promised"), filling its offsets in *places; kNone when none.
  uint32_t UnmarkedDatelinePlace(const text::Sentence& first, const Context& ctx, ArticlePlaces* places) const;

  const Gazetteer* gazetteer_;
};

}  // namespace dyad::geo

#endif  // DYAD_GEO_GEO_H_
