// Internal to events/: the base forms an inflected English verb may come
// from, for looking verbs up in the dictionaries when the lemmatizer got a
// rare verb wrong ("boycotted" lemmatized "boycot").
//
//   StemGuesses("boycotted")  // {"boycott", "boycotte", "boycot"}
//
// Thread-safety: pure function.
#ifndef DYAD_EVENTS_VERB_STEMS_H_
#define DYAD_EVENTS_VERB_STEMS_H_

#include <string>
#include <vector>

namespace dyad::events {

// Candidate base forms of a lower-case verb form ending in -ed, -ing, -s or
// -es (-ied/-ies give -y; a doubled final consonant is also tried single),
// most likely first; empty for other forms. Candidates need not be words:
// the caller keeps those its dictionary knows.
std::vector<std::string> StemGuesses(const std::string& form);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_VERB_STEMS_H_
