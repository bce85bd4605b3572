// Internal to geo/: place phrases in a sentence, looked up in the gazetteer.
//
// A place phrase is a run of capitalised words (with "of", "de", "al"...
// inside) that the gazetteer knows, either after a locative preposition
// ("in", "at", "near", "outside", "from", "into", ...; past "the", "northern"
// and "the town of") or as the object of a verb ("shelled Kharkiv"). A
// phrase that an actor mention of a person, an organisation or a medium
// covers is no place ("a letter from Obama"); nor are months and weekdays.
// "Paris, Texas": the words after the comma qualify the place. "The Afghan
// capital" and "Venezuela's capital" are the capitals (Kabul, Caracas).
#ifndef DYAD_GEO_PLACE_FINDER_H_
#define DYAD_GEO_PLACE_FINDER_H_

#include <cstdint>
#include <vector>

#include "actors/actors.h"
#include "geo/geo.h"
#include "text/text.h"

namespace dyad::geo {

struct PlacePhrase {
  size_t sentence = 0;
  uint32_t first = 0, last = 0;      // Tokens [first, last].
  std::vector<uint32_t> entries;     // Gazetteer entries of that name.
  uint32_t qualifier = 0xFFFFFFFF;   // The region or country after a comma, or none.
  bool after_preposition = false;
  bool directional = false;  // After "to", "into", "toward": a destination, or an addressee.
  bool the_capital = false;  // "in the capital": the capital of the story's country (no entries).
  bool nationality = false;  // "near the Iraqi city": a country named by its adjective.
  // Filled by the locator.
  uint32_t place = 0xFFFFFFFF;
  bool sure = false;
};

// The sentence index of a headline's phrases (PlaceFinder::FindInTitle).
inline constexpr size_t kTitle = static_cast<size_t>(-1);

// A headline split into words, good enough for place names: spaces part
// words, and punctuation at their edges and "'s" are words of their own.
// Offsets are bytes of `title`.
text::Sentence TitleWords(std::string_view title);

class PlaceFinder {
 public:
  explicit PlaceFinder(const Gazetteer* gazetteer) : g_(gazetteer) {}

  // Appends a headline's place phrases (sentence kTitle). In headlines
  // every word is capitalised, so outside prepositional phrases only the
  // names of countries and of cities of a million are taken.
  void FindInTitle(const text::Sentence& title, std::vector<PlacePhrase>* out) const;

  // Appends the place phrases of sentence number `index`.
  void Find(const text::Sentence& sentence, const std::vector<text::WordAnalysis>& analyses, size_t index,
            const std::vector<actors::ActorMention>& mentions, std::vector<PlacePhrase>* out) const;

 private:
  // The longest known name starting at token `start`, at most `end` - start
  // tokens: its length (0 if none) and entries.
  uint32_t Longest(const text::Sentence& s, uint32_t start, uint32_t end, std::vector<uint32_t>* entries) const;
  uint32_t Qualifier(const text::Sentence& s, uint32_t after) const;
  // Whether every entry is a place of unknown population (under 15,000).
  bool OnlyVillages(const std::vector<uint32_t>& entries) const;
  // The region of "southern Darfur" (Southern or South Darfur) whose name
  // starts at token j, after the compass word at j - 1, within [j, end);
  // its words after the compass in *length; kNone when the gazetteer has
  // no such region.
  uint32_t CompassRegion(const text::Sentence& s, uint32_t j, uint32_t end, uint32_t* length) const;
  // The capital of "Afghan capital" starting at token j ("Afghan"); 0 if
  // the words are no demonym and "capital" or the capital is unknown.
  uint32_t DemonymCapital(const text::Sentence& s, uint32_t j) const;
  // The country of "Afghan checkpoint", "Iraqi custody" starting at token j
  // ("Afghan"): a demonym of one or two words before a place noun
  // (checkpoint, border, prison, custody...); kNone otherwise.
  uint32_t DemonymPlace(const text::Sentence& s, uint32_t j) const;

  const Gazetteer* g_;
};

}  // namespace dyad::geo

#endif  // DYAD_GEO_PLACE_FINDER_H_
