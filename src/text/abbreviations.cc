#include "text/abbreviations.h"

#include <algorithm>
#include <array>
#include <utility>

namespace dyad::text {
namespace {

using K = AbbreviationKind;

// Written for dyad from common English usage (news style guides list the
// same facts). The tokenizer and the sentence splitter share this one list.
// Keep sorted by spelling (byte order): lookups are binary searches.
constexpr std::pair<std::string_view, K> kAbbreviations[] = {
    {"Adm.", K::kTitle},           {"Ala.", K::kCompany},         {"Amb.", K::kTitle},
    {"Apr.", K::kMonth},           {"Ariz.", K::kCompany},        {"Ark.", K::kCompany},
    {"Assn.", K::kCompany},        {"Attn.", K::kMidSentence},    {"Atty.", K::kTitle},
    {"Aug.", K::kMonth},           {"Ave.", K::kCompany},         {"Bhd.", K::kCompany},
    {"Bldg.", K::kCompany},        {"Blvd.", K::kCompany},        {"Brig.", K::kTitle},
    {"Bros.", K::kCompany},        {"Calif.", K::kCompany},       {"Capt.", K::kTitle},
    {"Cdr.", K::kTitle},           {"Cf.", K::kMidSentence},      {"Cmdr.", K::kTitle},
    {"Co.", K::kCompany},          {"Col.", K::kTitle},           {"Colo.", K::kCompany},
    {"Comdr.", K::kTitle},         {"Conn.", K::kCompany},        {"Corp.", K::kCompany},
    {"Cos.", K::kCompany},         {"Cpl.", K::kTitle},           {"Dec.", K::kMonth},
    {"Del.", K::kCompany},         {"Dept.", K::kCompany},        {"Div.", K::kCompany},
    {"Dr.", K::kTitle},            {"Drs.", K::kTitle},           {"Ed.", K::kMidSentence},
    {"Eds.", K::kCompany},         {"Eq.", K::kMidSentence},      {"Esq.", K::kCompany},
    {"Etc.", K::kCompany},         {"Feb.", K::kMonth},           {"Fig.", K::kMidSentence},
    {"Fla.", K::kCompany},         {"Fr.", K::kTitle},            
    {"Ft.", K::kTitle},            {"Ga.", K::kCompany},          {"Gen.", K::kTitle},
    {"Gov.", K::kTitle},           {"Govt.", K::kCompany},        {"Hon.", K::kTitle},
    {"Hwy.", K::kCompany},         {"Ill.", K::kCompany},         {"Inc.", K::kCompany},
    {"Ind.", K::kCompany},         {"Insp.", K::kTitle},          {"Intl.", K::kCompany},
    {"Jan.", K::kMonth},           {"Jr.", K::kCompany},          {"Jul.", K::kMonth},
    {"Jun.", K::kMonth},           {"Kan.", K::kCompany},         {"Kans.", K::kCompany},
    {"Ky.", K::kCompany},          {"La.", K::kCompany},          {"Lt.", K::kTitle},
    {"Ltd.", K::kCompany},         {"Maj.", K::kTitle},           {"Mar.", K::kMonth},
    {"Mass.", K::kCompany},        {"Md.", K::kCompany},          {"Messrs.", K::kTitle},
    {"Mich.", K::kCompany},        {"Minn.", K::kCompany},        {"Miss.", K::kCompany},
    {"Mlle.", K::kTitle},          {"Mme.", K::kTitle},           {"Mo.", K::kCompany},
               {"Mr.", K::kTitle},            {"Mrs.", K::kTitle},
    {"Ms.", K::kTitle},            {"Msgr.", K::kTitle},          {"Mssrs.", K::kTitle},
    {"Mt.", K::kTitle},            {"Natl.", K::kCompany},        {"Neb.", K::kCompany},
    {"Nev.", K::kCompany},         {"No.", K::kMidSentence},      {"Nos.", K::kMidSentence},
    {"Nov.", K::kMonth},           {"Oct.", K::kMonth},           {"Okla.", K::kCompany},
    {"Ont.", K::kCompany},         {"Ore.", K::kCompany},         {"P.S.", K::kMidSentence},
    {"Pa.", K::kCompany},          {"Penn.", K::kCompany},        {"Pfc.", K::kTitle},
    {"Ph.", K::kMidSentence},      {"Ph.D.", K::kDotted},         {"Pl.", K::kCompany},
    {"Plc.", K::kCompany},         {"Pres.", K::kTitle},          {"Prof.", K::kTitle},
    {"Pty.", K::kCompany},         {"Pvt.", K::kTitle},           {"Que.", K::kCompany},
    {"Rd.", K::kCompany},          {"Rep.", K::kTitle},           {"Reps.", K::kTitle},
    {"Rev.", K::kTitle},           {"Rt.", K::kCompany},          
    {"Sen.", K::kTitle},           {"Sens.", K::kTitle},          {"Sep.", K::kMonth},
    {"Sept.", K::kMonth},          {"Sgt.", K::kTitle},           {"Sq.", K::kCompany},
    {"Sr.", K::kCompany},          {"Sra.", K::kTitle},           {"Srta.", K::kTitle},
    {"St.", K::kTitle},            {"Ste.", K::kTitle},           
    {"Supt.", K::kTitle},          {"Tenn.", K::kCompany},        {"Tex.", K::kCompany},
                         
                         {"Univ.", K::kCompany},
    {"Va.", K::kCompany},          {"Vol.", K::kMidSentence},     {"Vs.", K::kMidSentence},
    {"Vt.", K::kCompany},          {"Wash.", K::kCompany},        
    {"Wis.", K::kCompany},         {"Wyo.", K::kCompany},         {"al.", K::kCompany},
    {"approx.", K::kMidSentence},  {"attn.", K::kMidSentence},    {"ca.", K::kMidSentence},
    {"cf.", K::kMidSentence},      {"dept.", K::kMidSentence},    {"dr.", K::kTitle},
    {"e.g.", K::kMidSentence},     {"eds.", K::kCompany},         {"eg.", K::kMidSentence},
    {"esp.", K::kMidSentence},     {"est.", K::kMidSentence},     {"etc.", K::kCompany},
    {"ext.", K::kMidSentence},     {"fig.", K::kMidSentence},     {"hr.", K::kCompany},
    {"hrs.", K::kCompany},         {"i.e.", K::kMidSentence},     {"ie.", K::kMidSentence},
    {"incl.", K::kMidSentence},    {"min.", K::kCompany},         {"mins.", K::kCompany},
    {"misc.", K::kCompany},        {"mr.", K::kTitle},            {"mrs.", K::kTitle},
    {"ms.", K::kTitle},            {"no.", K::kMidSentence},      {"nos.", K::kMidSentence},
    {"pp.", K::kMidSentence},      {"sec.", K::kCompany},         {"v.", K::kMidSentence},
    {"viz.", K::kMidSentence},     {"vol.", K::kMidSentence},     {"vs.", K::kMidSentence},
};

constexpr std::string_view kStarters[] = {
    "A",       "After",  "All",   "Also",      "An",    "And",     "Are",    "As",   "At",
    "Because", "Before", "But",   "By",        "Can",   "Do",      "During", "Each", "For",
    "From",    "He",     "Her",   "His",       "How",   "However", "I",      "If",   "In",
    "It",      "Its",    "Last",  "Meanwhile", "More",  "Most",    "My",     "No",   "Not",
    "On",      "One",    "Our",   "She",       "Since", "So",      "Some",   "That", "The",
    "Their",   "There",  "These", "They",      "This",  "Those",   "Thus",   "To",   "Two",
    "Under",   "We",     "What",  "When",      "Where", "While",   "Who",    "Why",  "With",
    "Yet",     "You",
};

// A 1024-bit screen over the starters' hashes, built at compile time.
constexpr std::array<uint64_t, 16> MakeStarterBits() {
  std::array<uint64_t, 16> bits{};
  for (std::string_view w : kStarters) {
    uint32_t slot = LowerFnv1a(w) >> 22;
    bits[slot >> 6] |= uint64_t{1} << (slot & 63);
  }
  return bits;
}
constexpr std::array<uint64_t, 16> kStarterBits = MakeStarterBits();

constexpr bool AllStartersCapitalized() {
  for (std::string_view w : kStarters) {
    if (w.empty() || w[0] < 'A' || w[0] > 'Z') return false;
  }
  return true;
}
static_assert(AllStartersCapitalized() && std::is_sorted(std::begin(kStarters), std::end(kStarters)));

// kStarterFirst[l]: index of the first entry of kStarters starting with 'A' + l
// or later (26 = the end). Every entry starts with a capital.
constexpr std::array<uint8_t, 27> MakeStarterFirst() {
  std::array<uint8_t, 27> t{};
  for (int l = 0; l <= 26; ++l) {
    size_t i = 0;
    while (i < std::size(kStarters) && kStarters[i][0] < 'A' + l) ++i;
    t[l] = static_cast<uint8_t>(i);
  }
  return t;
}
constexpr std::array<uint8_t, 27> kStarterFirst = MakeStarterFirst();

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

}  // namespace

// Bit n of kListedFirstAndSize[b] is set when kAbbreviations has an entry of
// n bytes that starts with byte b: most words ending in '.' are screened out
// before the binary search.
constexpr std::array<uint16_t, 256> MakeListedFirstAndSize() {
  std::array<uint16_t, 256> t{};
  for (const auto& e : kAbbreviations) {
    t[static_cast<unsigned char>(e.first[0])] |= static_cast<uint16_t>(1u << e.first.size());
  }
  return t;
}
constexpr std::array<uint16_t, 256> kListedFirstAndSize = MakeListedFirstAndSize();

AbbreviationKind ClassifyAbbreviation(std::string_view word) {
  if (word.size() < 2 || word.back() != '.') return K::kNone;
  if (word.size() == 2 && IsUpper(word[0])) return K::kInitial;
  const bool maybe_listed =
      word.size() < 16 &&
      ((kListedFirstAndSize[static_cast<unsigned char>(word[0])] >> word.size()) & 1) != 0;
  if (maybe_listed) {
    auto it = std::lower_bound(std::begin(kAbbreviations), std::end(kAbbreviations), word,
                               [](const auto& e, std::string_view w) { return e.first < w; });
    if (it != std::end(kAbbreviations) && it->first == word) return it->second;
  }
  // Letter-period runs: "U.S." "a.m." "D.C." "U.S.A.".
  if (word.size() >= 4) {
    bool dotted = true;
    for (size_t i = 0; i < word.size(); ++i) {
      if ((i % 2 == 0 && !IsLetter(word[i])) || (i % 2 == 1 && word[i] != '.')) {
        dotted = false;
        break;
      }
    }
    if (dotted && word.size() % 2 == 0) return K::kDotted;
  }
  return K::kNone;
}

bool MaybeCommonSentenceStarter(uint32_t lower_hash) {
  uint32_t slot = lower_hash >> 22;
  return (kStarterBits[slot >> 6] >> (slot & 63)) & 1;
}

bool IsCommonSentenceStarter(std::string_view word) {
  if (word.empty() || !IsUpper(word[0])) return false;
  // kStarters is sorted, so the entries with one first letter are adjacent.
  const size_t first = kStarterFirst[word[0] - 'A'], last = kStarterFirst[word[0] - 'A' + 1];
  for (size_t i = first; i < last; ++i) {
    if (kStarters[i] == word) return true;
  }
  return false;
}

}  // namespace dyad::text
