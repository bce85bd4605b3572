#include "events/verb_tense.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <string>
#include <string_view>

#include "base/ascii.h"

namespace dyad::events {
namespace {

// Heads of an infinitive that put it in the future ("plans to visit").
constexpr std::array<std::string_view, 24> kFutureGovernors = {
    "plan",    "expect", "schedule", "set",     "due",    "intend", "aim",      "hope",
    "want",    "seek",   "prepare",  "promise", "pledge", "vow",    "threaten", "go",
    "propose", "agree",  "decide",   "likely",  "poised", "ready",  "about",    "vote"};

// Chains of governing verbs are short; the bound only guards against a cyclic
// (corrupt) parse.
constexpr int kMaxDepth = 6;

std::string_view BaseRelation(std::string_view deprel) {
  return deprel.substr(0, deprel.find(':'));
}

// What the auxiliaries and markers under a verb say.
struct Auxiliaries {
  bool will = false, modal = false, perfect = false, past = false, present = false, be = false;
  bool to = false;  // An infinitive marker: "to visit".
};

Auxiliaries ReadAuxiliaries(const std::vector<text::WordAnalysis>& a, uint32_t verb) {
  Auxiliaries aux;
  for (uint32_t c = 0; c < a.size(); ++c) {
    if (HeadOf(a, c) != static_cast<int>(verb)) continue;
    const std::string_view rel = BaseRelation(a[c].deprel);
    const std::string lemma = AsciiLower(a[c].lemma);
    if (rel == "mark" && lemma == "to") aux.to = true;
    if (rel != "aux" && rel != "cop") continue;
    if (lemma == "will" || lemma == "shall" || lemma == "'ll" || lemma == "wo") {
      aux.will = true;
    } else if (a[c].xpos == "MD") {
      aux.modal = true;
    } else if (lemma == "have") {
      aux.perfect = true;
    } else if (a[c].xpos == "VBD") {
      aux.past = true;
    } else if (a[c].xpos == "VBZ" || a[c].xpos == "VBP") {
      aux.present = true;
    }
    if (lemma == "be") aux.be = true;
  }
  return aux;
}

bool IsFutureGovernor(const std::string& lemma) {
  return std::find(kFutureGovernors.begin(), kFutureGovernors.end(), lemma) !=
         kFutureGovernors.end();
}

Tense TenseAt(const std::vector<text::WordAnalysis>& a, uint32_t verb, int depth);

// An infinitive or an event noun: the verb above it decides.
Tense GovernorTense(const std::vector<text::WordAnalysis>& a, uint32_t verb, bool infinitive,
                    int depth) {
  const int head = HeadOf(a, verb);
  if (head < 0 || depth >= kMaxDepth) return Tense::kPresent;
  const Tense above = TenseAt(a, static_cast<uint32_t>(head), depth + 1);
  if (infinitive && IsFutureGovernor(AsciiLower(a[head].lemma))) {
    return above == Tense::kPast ? Tense::kPresent : Tense::kFuture;
  }
  return above;
}

Tense TenseAt(const std::vector<text::WordAnalysis>& a, uint32_t verb, int depth) {
  const Auxiliaries aux = ReadAuxiliaries(a, verb);
  if (aux.will) return Tense::kFuture;
  if (aux.perfect) return Tense::kPast;
  if (aux.modal) return Tense::kFuture;
  // "is to visit" (cop "is", mark "to"); "was to visit" points either way.
  if (aux.to && aux.be && (aux.present || aux.past))
    return aux.past ? Tense::kPresent : Tense::kFuture;
  if (aux.past) return Tense::kPast;
  const std::string& xpos = a[verb].xpos;
  if (xpos == "VBD") return Tense::kPast;
  if (xpos == "VBN" && !aux.present) return Tense::kPast;
  if (aux.present) return Tense::kPresent;
  const std::string_view rel = BaseRelation(a[verb].deprel);
  const bool infinitive = aux.to || rel == "xcomp";
  const bool verbal = a[verb].upos == "VERB" || a[verb].upos == "AUX";
  if (infinitive || !verbal) return GovernorTense(a, verb, infinitive, depth);
  return Tense::kPresent;
}

}  // namespace

int HeadOf(const std::vector<text::WordAnalysis>& analyses, uint32_t i) {
  if (i >= analyses.size()) return -2;
  const std::string& h = analyses[i].head;
  int value = 0;
  auto [end, ec] = std::from_chars(h.data(), h.data() + h.size(), value);
  if (ec != std::errc() || end != h.data() + h.size()) return -2;
  if (value < 0 || static_cast<size_t>(value) > analyses.size()) return -2;
  return value - 1;
}

Tense VerbTense(const std::vector<text::WordAnalysis>& analyses, uint32_t verb) {
  if (verb >= analyses.size()) return Tense::kPast;
  return TenseAt(analyses, verb, 0);
}

}  // namespace dyad::events
