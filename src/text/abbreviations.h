// Internal to text/: English abbreviations that end in a period.
//
// A period after an abbreviation usually does not end a sentence, and how
// likely it is to depends on the kind: a title ("Gen.") is followed by a name,
// a company suffix ("Inc.") often ends the sentence.
//
//   AbbreviationKind k = ClassifyAbbreviation("Gen.");   // kTitle
//
// Thread-safety: pure functions over constant tables.
#ifndef DYAD_TEXT_ABBREVIATIONS_H_
#define DYAD_TEXT_ABBREVIATIONS_H_

#include <cstdint>
#include <string_view>

namespace dyad::text {

// Frozen values: they are hashed into boundary-model features, so
// renumbering them silently changes every trained model.
enum class AbbreviationKind : uint8_t {
  kNone = 0,
  kTitle = 1,        // Mr. Dr. Gen. Sen. Gov. St. ...: a name follows; never ends a sentence.
  kMonth = 2,        // Jan. Feb. Aug. Sept. ...: a day number usually follows.
  kInitial = 3,      // A single capital letter: "J." in "J. Smith".
  kDotted = 4,       // Letters and periods: "U.S." "U.N." "a.m." "D.C."; often ends a sentence.
  kCompany = 5,      // Inc. Corp. Co. Ltd. Bros. Jr. Sr. etc.: may well end a sentence.
  kMidSentence = 6,  // No. vs. e.g. approx. Fig. Vol. ...: something follows in the same sentence.
};

// Classifies `word`, which must end with '.' and carry no surrounding
// quotes or brackets ("U.S.", not "(U.S."). kNone for ordinary words.
AbbreviationKind ClassifyAbbreviation(std::string_view word);

// True for words that commonly open an English sentence ("The", "He", "But",
// "In", ...), matched case-sensitively in their capitalised form. The rules
// splitter uses it to decide whether "Inc." or "U.S." ends a sentence.
bool IsCommonSentenceStarter(std::string_view word);

// 32-bit FNV-1a of `s` with ASCII letters lowercased: the word hash of
// boundary features.
constexpr uint32_t LowerFnv1a(std::string_view s) {
  uint32_t h = 2166136261u;
  for (char ch : s) {
    unsigned char b = static_cast<unsigned char>(ch);
    if (b >= 'A' && b <= 'Z') b = static_cast<unsigned char>(b + 32);
    h = (h ^ b) * 16777619u;
  }
  return h;
}

// A fast screen: false when the word whose LowerFnv1a is `lower_hash`
// surely is no common sentence starter; true for every starter (and for
// some other words, so confirm with IsCommonSentenceStarter).
bool MaybeCommonSentenceStarter(uint32_t lower_hash);

}  // namespace dyad::text

#endif  // DYAD_TEXT_ABBREVIATIONS_H_
