// Internal to geo/: institutions that sit in one city, and so say where
// their acts happen when the text does not.
//
// "The UN Security Council on Monday imposed an arms embargo on Ivory
// Coast" happened at UN headquarters in New York; "talks at the Kremlin"
// were in Moscow. Only bodies that meet in one place and do not travel as
// a body are listed: not NATO or the Pope, whose acts happen anywhere.
// These are facts, not anyone's data: the seats are the institutions' own.
#ifndef DYAD_GEO_INSTITUTION_SEAT_H_
#define DYAD_GEO_INSTITUTION_SEAT_H_

#include <cstdint>
#include <string_view>

#include "geo/geo.h"
#include "text/text.h"

namespace dyad::geo {

// The gazetteer entry of the seat of an institution named by tokens
// [first, ...) of `s` ("Security Council", "the Kremlin", "Downing
// Street"), with the number of tokens the name takes in *length; kNone
// (0xFFFFFFFF) when no listed institution starts there.
uint32_t InstitutionSeatAt(const Gazetteer& g, const text::Sentence& s, uint32_t first, uint32_t* length);

// The seat of the body (a council, a parliament, a court) an actor
// mention's text names anywhere in it ("The U.N. Security Council", "the
// Knesset's members"); kNone when none. Buildings that stand for a
// government ("the Kremlin said") are not seats of its acts.
uint32_t InstitutionSeatIn(const Gazetteer& g, std::string_view mention_text);

}  // namespace dyad::geo

#endif  // DYAD_GEO_INSTITUTION_SEAT_H_
