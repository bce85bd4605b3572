// Stances from the CAMEO 1.1b3 codebook: root 03 ("express intent to
// cooperate") mirrors roots 04-08, root 12 ("reject") their refusals, and
// root 13 ("threaten") the coercive roots 16-20.
#include "events/cameo_stance.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "events/verb_frame.h"

namespace dyad::events {
namespace {

// Prefix rules, most specific first: the first whose key starts `code` wins.
using Rule = std::pair<std::string_view, std::string_view>;

constexpr std::array kIntent = {
    Rule{"045", "039"},   Rule{"04", "036"},                          // Meet, mediate.
    Rule{"057", "030"},   Rule{"051", ""},     Rule{"055", ""},       // Sign; praise and
    Rule{"056", ""},      Rule{"05", "032"},                          // apology are acts.
    Rule{"061", "0311"},  Rule{"062", "0312"}, Rule{"063", "0313"},
    Rule{"064", "0314"},  Rule{"06", "031"},
    Rule{"071", "0331"},  Rule{"072", "0332"}, Rule{"073", "0333"},
    Rule{"074", "0334"},  Rule{"07", "033"},
    Rule{"081", "0351"},  Rule{"082", "0352"}, Rule{"0831", "0341"},
    Rule{"0832", "0342"}, Rule{"0833", "0343"}, Rule{"0834", "0344"},
    Rule{"083", "034"},   Rule{"084", "0353"}, Rule{"085", "0354"},
    Rule{"086", "0355"},  Rule{"087", "0356"}, Rule{"08", "035"},
    Rule{"161", "1313"},  Rule{"162", "1311"}, Rule{"163", "1312"},
    Rule{"16", "131"},    Rule{"172", "132"},  Rule{"175", "137"},
    Rule{"17", "130"},    Rule{"18", "138"},   Rule{"19", "138"},
    Rule{"20", "1383"},
};

constexpr std::array kRefusal = {
    Rule{"045", "126"},   Rule{"038", "126"},  Rule{"039", "126"},
    Rule{"04", "125"},    Rule{"036", "125"},
    Rule{"057", "127"},   Rule{"05", "120"},
    Rule{"061", "1211"},  Rule{"062", "1212"}, Rule{"06", "121"},
    Rule{"071", "1221"},  Rule{"072", "1222"}, Rule{"073", "1223"},
    Rule{"074", "1224"},  Rule{"07", "122"},
    Rule{"081", "1241"},  Rule{"082", "1242"}, Rule{"0831", "1231"},
    Rule{"0832", "1232"}, Rule{"0833", "1233"}, Rule{"0834", "1234"},
    Rule{"083", "123"},   Rule{"084", "1243"}, Rule{"085", "1244"},
    Rule{"086", "1245"},  Rule{"087", "1246"}, Rule{"08", "124"},
};

template <size_t N>
std::string Lookup(const std::array<Rule, N>& rules, std::string_view code) {
  for (const Rule& r : rules) {
    if (code.starts_with(r.first)) return std::string(r.second);
  }
  return "";
}

// Verbs, and the nouns of a "threat to strike" (whose infinitive is its
// acl): a threat of force is what CAMEO's intent codes of force say (138).
constexpr std::array<std::string_view, 21> kIntentHeads = {
    "plan",   "intend", "aim",   "agree",   "vow",     "pledge",  "promise",
    "decide", "prepare", "seek", "want",    "hope",    "offer",   "expect",
    "set",    "due",    "poised", "going",  "schedule", "resolve", "threat",
};
constexpr std::array<std::string_view, 2> kRefusalHeads = {"refuse", "decline"};

template <size_t N>
bool Among(const std::array<std::string_view, N>& words, const std::string& key) {
  return std::find(words.begin(), words.end(), key) != words.end();
}

// The forms too: a lemmatizer may miss ("declined" -> "declin").
bool RefusalForm(std::string_view form) {
  std::string lower(form);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower.starts_with("refus") || lower.starts_with("declin");
}

bool HasFutureAux(const nlp::ParsedSentence& s, uint32_t verb) {
  for (uint32_t c : s.children[verb]) {
    if (s.words[c].deprel != "aux") continue;
    std::string key = LemmaKey(s, c);
    if (key == "will" || key == "shall" || key == "'ll") return true;
  }
  return ReportedFuture(s, verb);
}

}  // namespace

StanceOfVerb StanceOf(const nlp::ParsedSentence& s, uint32_t verb, bool future_is_intent) {
  const nlp::ParsedWord& w = s.words[verb];
  // "plans to visit", and "Russia's plan to visit" (an infinitive under a noun).
  if ((w.deprel == "xcomp" || w.deprel == "acl") && w.head >= 0) {
    uint32_t up = static_cast<uint32_t>(w.head);
    std::string key = LemmaKey(s, up);
    if (Among(kRefusalHeads, key) || RefusalForm(s.words[up].form)) {
      return {Stance::kRefusal, static_cast<int>(up)};
    }
    if (Among(kIntentHeads, key)) return {Stance::kIntent, static_cast<int>(up)};
  }
  if (future_is_intent && HasFutureAux(s, verb)) return {Stance::kIntent, -1};
  return {};
}

std::string IntentCode(std::string_view code) { return Lookup(kIntent, code); }

std::string RefusalCode(std::string_view code) { return Lookup(kRefusal, code); }

}  // namespace dyad::events
