// Internal to ingest/: wire-service datelines at the start of a story body.
//
//   auto d = FindDateline("GENEVA (Reuters) - Talks resumed...", 0);
//   // d->place == "GENEVA", d->agency == "Reuters", d->body_begin == 19
//
// Recognised (conservatively; an ordinary sentence never matches):
//   PLACE [, Region][, Month Day] (Agency) DASH   "BEIRUT, Lebanon (AP) —"
//   PLACE [, Region][, Month Day] DASH            "LONDON —"
//   Agency Name - PLACE (AGENCY) DASH             "Canadian Press - VANCOUVER (CP) -"
//   PLACE (KnownAgency) Body...                   "WASHINGTON (AP) The ..." (no dash)
//   KnownAgency DASH                              "Reuters - France said" (place empty)
// PLACE is 1-4 words in capitals ("NEW DELHI", "ST. LOUIS", "SÃO PAULO");
// DASH is -, --, – or — followed by a space.
//
// Thread-safety: pure function.
#ifndef DYAD_INGEST_DATELINE_H_
#define DYAD_INGEST_DATELINE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dyad::ingest {

struct Dateline {
  std::string place;   // "BEIRUT, Lebanon" (region kept, date dropped); empty for a bare credit.
  std::string agency;  // "AP"; empty for "LONDON —".
  size_t body_begin = 0;  // Offset in the text where the first sentence's words begin.
};

// Looks for a dateline at the first non-space character at or after `pos`.
std::optional<Dateline> FindDateline(std::string_view text, size_t pos);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_DATELINE_H_
