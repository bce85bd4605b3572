#include "events/verb_frame.h"

#include <algorithm>
#include <cctype>

#include "base/ascii.h"

namespace dyad::events {
namespace {

int ChildWith(const nlp::ParsedSentence& s, uint32_t token, std::string_view deprel) {
  for (uint32_t c : s.children[token]) {
    if (s.words[c].deprel == deprel) return static_cast<int>(c);
  }
  return kNone;
}

// The preposition of an oblique or nmod: its "case" child.
std::string CaseOf(const nlp::ParsedSentence& s, uint32_t token) {
  for (uint32_t c : s.children[token]) {
    if (s.words[c].deprel == "case" || s.words[c].deprel == "mark") return LemmaKey(s, c);
  }
  return "";
}

int SubjectOf(const nlp::ParsedSentence& s, uint32_t verb) {
  int subj = ChildWith(s, verb, "nsubj");
  if (subj == kNone) subj = ChildWith(s, verb, "nsubj:pass");
  if (subj == kNone) subj = ChildWith(s, verb, "csubj");
  return subj;
}

bool HasAux(const nlp::ParsedSentence& s, uint32_t verb, std::initializer_list<std::string_view> lemmas) {
  for (uint32_t c : s.children[verb]) {
    std::string_view rel = s.words[c].deprel;
    if (rel != "aux" && rel != "aux:pass") continue;
    std::string key = LemmaKey(s, c);
    for (auto l : lemmas) {
      if (key == l) return true;
    }
  }
  return false;
}

bool IsConditionMark(const nlp::ParsedSentence& s, uint32_t token) {
  if (s.words[token].deprel != "mark") return false;
  std::string key = LemmaKey(s, token);
  return key == "if" || key == "unless";
}

// Whether an "if"/"unless" clause holds the verb (or a clause above it), or
// the verb is what such a clause conditions ("it would meet Turkey if the
// talks resumed").
bool UnderCondition(const nlp::ParsedSentence& s, uint32_t verb) {
  for (int t = static_cast<int>(verb), depth = 0; t >= 0 && depth < 8; t = s.words[t].head, ++depth) {
    for (uint32_t c : s.children[t]) {
      if (IsConditionMark(s, c)) return true;
    }
  }
  for (uint32_t c : s.children[verb]) {
    if (s.words[c].deprel != "advcl") continue;
    for (uint32_t g : s.children[c]) {
      if (IsConditionMark(s, g)) return true;
    }
  }
  return false;
}

bool HasNegation(const nlp::ParsedSentence& s, uint32_t word) {
  for (uint32_t c : s.children[word]) {
    if (s.words[c].deprel != "advmod") continue;
    std::string key = LemmaKey(s, c);
    if (key == "not" || key == "never" || key == "n't") return true;
  }
  return false;
}

// Whether the clause that takes the verb as its infinitive denies it:
// "does not plan to deploy", "did not agree to meet", "failed to reach";
// and "did not attack or invade" for a conjunct joined by "or"/"nor".
bool NegatedAbove(const nlp::ParsedSentence& s, uint32_t verb) {
  // "denied that settlers had assaulted", "denied attacking": what is
  // denied is not reported as done.
  if (s.words[verb].head >= 0) {
    std::string_view rel = s.words[verb].deprel;
    if ((rel == "ccomp" || rel == "xcomp" || rel == "advcl") &&
        LemmaKey(s, static_cast<uint32_t>(s.words[verb].head)) == "deny") {
      return true;
    }
  }
  uint32_t t = verb;
  for (int depth = 0; depth < 3 && s.words[t].head >= 0; ++depth) {
    std::string_view rel = s.words[t].deprel;
    const uint32_t up = static_cast<uint32_t>(s.words[t].head);
    if (rel == "conj") {
      bool alternative = false;
      for (uint32_t c : s.children[t]) {
        if (s.words[c].deprel != "cc") continue;
        std::string key = LemmaKey(s, c);
        alternative = key == "or" || key == "nor";
      }
      if (!alternative) return false;
    } else if (rel != "xcomp") {
      return false;
    }
    if (HasNegation(s, up)) return true;
    const std::string key = LemmaKey(s, up);
    if (key == "fail") return true;
    t = up;
  }
  return false;
}

// Whether the verb is only foreseen or feared: the infinitive of "likely",
// "unlikely", "possible" ("is likely to deploy"), or the clause of a noun of
// fear or conjecture ("his fear of being extradited", "the risk of war").
bool Speculated(const nlp::ParsedSentence& s, uint32_t verb) {
  const nlp::ParsedWord& w = s.words[verb];
  if (w.head < 0) return false;
  const std::string key = LemmaKey(s, static_cast<uint32_t>(w.head));
  if (w.deprel == "xcomp") return key == "likely" || key == "unlikely" || key == "possible";
  if (w.deprel == "acl") {
    return key == "fear" || key == "risk" || key == "possibility" || key == "prospect" ||
           key == "danger" || key == "speculation" || key == "rumour" || key == "rumor";
  }
  return false;
}

bool IsRelativePronoun(const nlp::ParsedSentence& s, uint32_t token) {
  if (s.words[token].feats.find("PronType=Rel") != std::string_view::npos) return true;
  std::string key = LemmaKey(s, token);
  return key == "which" || key == "who" || key == "whom";
}

// What a relative pronoun stands for: the noun its clause modifies, or
// (when the parser hung the clause on the verb before it: "condemned
// Turkey, which attacked Syria") the nearest noun before the pronoun.
int Antecedent(const nlp::ParsedSentence& s, uint32_t pronoun, uint32_t verb) {
  const nlp::ParsedWord& w = s.words[verb];
  if (w.deprel.starts_with("acl") && w.head >= 0) return w.head;
  for (int t = static_cast<int>(pronoun) - 1; t >= 0 && t + 4 >= static_cast<int>(pronoun); --t) {
    std::string_view upos = s.words[t].upos;
    if (upos == "PROPN" || upos == "NOUN") return t;
    if (upos != "PUNCT") break;
  }
  return kNone;
}

// "Russia's plan to visit", "Russia plans to visit" (with "plans" taken for
// a noun): the subject of an infinitive under a noun is that noun's owner or
// subject, else the noun itself ("forces loyal to", "the troops sent to").
int InfinitiveSubject(const nlp::ParsedSentence& s, uint32_t noun) {
  int owner = SubjectOf(s, noun);
  if (owner == kNone) owner = ChildWith(s, noun, "nmod:poss");
  return owner != kNone ? owner : static_cast<int>(noun);
}

}  // namespace

bool InSubtree(const nlp::ParsedSentence& s, uint32_t token, uint32_t root) {
  // Bounded: a damaged tree (a cycle) must not hang the coder.
  for (int t = static_cast<int>(token), depth = 0; t >= 0 && depth < 64; t = s.words[t].head, ++depth) {
    if (static_cast<uint32_t>(t) == root) return true;
  }
  return false;
}

std::string LemmaKey(const nlp::ParsedSentence& s, uint32_t token) {
  std::string_view lemma = s.words[token].lemma;
  return AsciiLower(lemma.empty() || lemma == "_" ? s.words[token].form : lemma);
}

bool ReducedPassive(const nlp::ParsedSentence& s, uint32_t verb) {
  // Also when the parser made the participle a clause of its own ("The
  // civilians imprisoned for ... were released": "civilians" its nsubj)
  // and the tagger saw the passive voice.
  const nlp::ParsedWord& w = s.words[verb];
  // A participle with a direct object is active whatever its tag says
  // ("police arrested students", "arrested" tagged VBN).
  return w.xpos == "VBN" && ChildWith(s, verb, "mark") == kNone && ChildWith(s, verb, "aux") == kNone &&
         ChildWith(s, verb, "aux:pass") == kNone && ChildWith(s, verb, "obj") == kNone &&
         (w.deprel == "acl" ||
          (ChildWith(s, verb, "nsubj") != kNone && w.feats.find("Voice=Pass") != std::string_view::npos));
}

bool ReportedFuture(const nlp::ParsedSentence& s, uint32_t verb) {
  static const char* const kReporting[] = {"say",     "announce", "tell",   "state",   "add",
                                           "pledge",  "promise",  "vow",    "warn",    "insist",
                                           "indicate", "confirm", "declare", "signal", "reply",
                                           "respond", "report",   "assure", "write",   "claim"};
  if (!HasAux(s, verb, {"would"}) || UnderCondition(s, verb)) return false;
  const nlp::ParsedWord& w = s.words[verb];
  if (w.deprel != "ccomp" || w.head < 0) return false;
  const std::string key = LemmaKey(s, static_cast<uint32_t>(w.head));
  for (const char* r : kReporting) {
    if (key == r) return true;
  }
  return false;
}

VerbFrame BuildFrame(const nlp::ParsedSentence& s, uint32_t verb) {
  VerbFrame f;
  f.verb = verb;
  f.subject = SubjectOf(s, verb);
  f.passive = ChildWith(s, verb, "nsubj:pass") != kNone || ChildWith(s, verb, "aux:pass") != kNone ||
              ReducedPassive(s, verb);
  f.object = ChildWith(s, verb, "obj");
  f.second_object = ChildWith(s, verb, "iobj");
  // "urged Ankara to halt": parsers often call the controller an iobj.
  if (f.object == kNone && f.second_object != kNone) std::swap(f.object, f.second_object);
  for (uint32_t c : s.children[verb]) {
    std::string_view rel = s.words[c].deprel;
    if (rel == "xcomp" || rel == "ccomp") {
      if (f.complement == kNone) f.complement = static_cast<int>(c);
    } else if (rel == "obl" || rel == "obl:agent" || rel == "obl:tmod" || rel == "nmod") {
      std::string prep = CaseOf(s, c);
      if (rel == "obl:agent" || (f.passive && prep == "by")) {
        f.agent = static_cast<int>(c);
        continue;
      }
      if (!prep.empty()) f.preps.push_back({prep, c});
    }
  }
  f.negated = HasNegation(s, verb) || NegatedAbove(s, verb);
  // "condemned Israel's strikes on Gaza": the object's own phrases count too.
  if (f.object != kNone) {
    for (uint32_t c : s.children[f.object]) {
      if (s.words[c].deprel.starts_with("nmod") && s.words[c].deprel != "nmod:poss") {
        std::string prep = CaseOf(s, c);
        if (!prep.empty()) f.preps.push_back({prep, c});
      }
    }
  }
  // Subjects the clause does not say itself.
  const nlp::ParsedWord& w = s.words[verb];
  if (f.subject == kNone && w.head >= 0) {
    uint32_t up = static_cast<uint32_t>(w.head);
    if (w.deprel == "xcomp") {
      // Object control ("urged Ankara to halt") else subject control
      // ("agreed to meet").
      int obj = ChildWith(s, up, "obj");
      if (obj == kNone) obj = ChildWith(s, up, "iobj");
      f.subject = obj != kNone ? obj : SubjectOf(s, up);
    } else if (w.deprel == "conj") {
      f.subject = SubjectOf(s, up);
    } else if (w.deprel == "acl" && ChildWith(s, verb, "mark") != kNone) {
      f.subject = InfinitiveSubject(s, up);
    } else if (w.deprel == "acl:relcl" || w.deprel == "acl") {
      f.subject = static_cast<int>(up);  // "the group that attacked", "forces loyal to".
    }
  }
  if (f.subject != kNone && IsRelativePronoun(s, static_cast<uint32_t>(f.subject))) {
    f.subject = Antecedent(s, static_cast<uint32_t>(f.subject), verb);
  }
  f.future = HasAux(s, verb, {"will", "shall"}) || ReportedFuture(s, verb);
  f.hypothetical = (HasAux(s, verb, {"would", "could", "might", "may", "should", "can"}) && !f.future) ||
                   UnderCondition(s, verb) || Speculated(s, verb);
  if (!s.words.empty() && s.words.back().form == "?") f.question = true;
  return f;
}

}  // namespace dyad::events
