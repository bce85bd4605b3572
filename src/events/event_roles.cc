#include "events/event_roles.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "events/compound_actors.h"
#include "events/verb_frame.h"

namespace dyad::events {

namespace {

// "hundreds of UN troops", "part of Syria's second city", "members of
// Hamas": a quantity or a part whose "of" phrase names the actor.
bool IsPartitive(const nlp::ParsedSentence& s, uint32_t token) {
  static const char* const kWords[] = {"hundred", "hundreds", "thousand", "thousands", "dozen",  "dozens",
                                       "score",   "scores",   "million",  "millions",  "some",   "many",
                                       "most",    "all",      "member",   "members",   "part",   "parts",
                                       "group",   "number",   "majority", "rest",      "unit",   "units",
                                       "element", "elements", "section",  "sections",  "area",   "areas"};
  if (s.words[token].upos == "NUM") return true;
  std::string key = LemmaKey(s, token);
  for (const char* w : kWords) {
    if (key == w) return true;
  }
  return false;
}

// The head of the "of" phrase of a partitive `token`, or -1.
int PartitiveOf(const nlp::ParsedSentence& s, uint32_t token) {
  if (!IsPartitive(s, token)) return -1;
  for (uint32_t c : s.children[token]) {
    if (s.words[c].deprel.starts_with("nmod") && s.words[c].deprel != "nmod:poss") {
      for (uint32_t g : s.children[c]) {
        if (s.words[g].deprel == "case" && LemmaKey(s, g) == "of") return static_cast<int>(c);
      }
    }
  }
  return -1;
}

}  // namespace

// The mentions standing at `token`: the one whose phrase holds it, and those
// of its conjuncts ("Brazil and the United States").
std::vector<int> MentionsAt(const nlp::ParsedSentence& s, int token,
                            const std::vector<actors::ActorMention>& mentions) {
  std::vector<int> out;
  if (token < 0) return out;
  // No mention at a partitive ("hundreds of UN troops"): its "of" phrase.
  auto covered = [&](int t) {
    for (const auto& m : mentions) {
      if (m.first_token <= static_cast<uint32_t>(t) && static_cast<uint32_t>(t) <= m.last_token) return true;
    }
    return false;
  };
  for (int depth = 0; depth < 3 && !covered(token); ++depth) {
    int of = PartitiveOf(s, static_cast<uint32_t>(token));
    if (of < 0) break;
    token = of;
  }
  std::vector<uint32_t> heads = {static_cast<uint32_t>(token)};
  // Conjuncts of the token or of another word of its name ("Barack Obama
  // and Vladimir Putin", "Vladimir" hung on "Obama").
  uint32_t from = static_cast<uint32_t>(token), to = from;
  for (const auto& m : mentions) {
    if (m.first_token <= from && from <= m.last_token) {
      from = m.first_token;
      to = m.last_token;
      break;
    }
  }
  for (uint32_t t = from; t <= to && t < s.words.size(); ++t) {
    for (uint32_t c : s.children[t]) {
      if (s.words[c].deprel == "conj") heads.push_back(c);
    }
  }
  for (uint32_t h : heads) {
    for (size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].first_token <= h && h <= mentions[m].last_token &&
          std::find(out.begin(), out.end(), static_cast<int>(m)) == out.end()) {
        out.push_back(static_cast<int>(m));
      }
    }
  }
  return out;
}

// "condemned an attack by X and promised aid to Y", with "promised" parsed
// as a conjunct of "attack": a verb conjoined to a noun takes the subject
// of the verb above that noun.
std::vector<int> SubjectOfVerbAbove(const nlp::ParsedSentence& s, uint32_t verb,
                                    const std::vector<actors::ActorMention>& mentions) {
  if (s.words[verb].deprel != "conj") return {};
  int up = s.words[verb].head;
  if (up < 0 || s.words[up].upos == "VERB") return {};  // A verb's conjunct: the frame saw it.
  for (int depth = 0; up >= 0 && depth < 8 && s.words[up].upos != "VERB"; ++depth) up = s.words[up].head;
  if (up < 0 || s.words[up].upos != "VERB") return {};
  for (uint32_t c : s.children[up]) {
    if (s.words[c].deprel == "nsubj") return MentionsAt(s, static_cast<int>(c), mentions);
  }
  return {};
}

namespace {

// Days, months and other words of time phrases ("on Thursday", "last week").
bool IsTimeWord(const std::string& lemma) {
  static const char* const kWords[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
      "yesterday", "tonight", "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "morning", "afternoon", "evening",
      "night", "week", "weekend", "month", "year", "last", "late", "early"};
  for (const char* w : kWords) {
    if (lemma == w) return true;
  }
  return false;
}

}  // namespace

// A verb the parse gives no subject at all ("Arnor will abandon ...", with
// "Arnor" read as a noun heading the sentence): as TABARI read sentences,
// the actor right before the verb acts, when only auxiliaries, adverbs and
// punctuation stand between them and it is not inside a prepositional
// phrase.
std::vector<int> ActorRightBefore(const nlp::ParsedSentence& s, uint32_t verb,
                                  const std::vector<actors::ActorMention>& mentions) {
  int best = -1;
  for (size_t m = 0; m < mentions.size(); ++m) {
    if (mentions[m].last_token >= verb) continue;
    if (best < 0 || mentions[m].last_token > mentions[best].last_token) best = static_cast<int>(m);
  }
  if (best < 0) return {};
  const actors::ActorMention& m = mentions[best];
  for (uint32_t t = m.last_token + 1; t < verb; ++t) {
    std::string_view upos = s.words[t].upos;
    if (upos == "AUX" || upos == "ADV" || upos == "PART" || upos == "PUNCT") continue;
    // "Pyongyang on Thursday fired": a time phrase may stand between.
    if (IsTimeWord(LemmaKey(s, t)) || upos == "NUM") continue;
    if (upos == "ADP" && t + 1 < verb && (IsTimeWord(LemmaKey(s, t + 1)) || s.words[t + 1].upos == "NUM")) {
      continue;
    }
    return {};
  }
  for (uint32_t t = m.first_token; t <= m.last_token; ++t) {
    if (s.words[t].upos == "ADP") return {};
  }
  if (m.first_token > 0 && s.words[m.first_token - 1].upos == "ADP") return {};
  return {best};
}

std::vector<int> NounAfterParticiple(const nlp::ParsedSentence& s, uint32_t verb,
                                     const std::vector<actors::ActorMention>& mentions) {
  const nlp::ParsedWord& w = s.words[verb];
  if (w.deprel != "amod" || w.head <= static_cast<int>(verb)) return {};
  return MentionsAt(s, w.head, mentions);
}

std::vector<int> OtherSubjects(const nlp::ParsedSentence& s, uint32_t verb, int subject,
                               const std::vector<actors::ActorMention>& mentions) {
  std::vector<int> out;
  for (uint32_t c : s.children[verb]) {
    if (static_cast<int>(c) == subject || s.words[c].deprel != "nsubj") continue;
    // Only a subject coordinated with the first one: "and"/"or" between.
    bool coordinated = false;
    for (int t = std::min<int>(subject, c) + 1; subject >= 0 && t < std::max<int>(subject, c); ++t) {
      if (s.words[t].upos == "CCONJ") coordinated = true;
    }
    if (!coordinated) continue;
    for (int m : MentionsAt(s, static_cast<int>(c), mentions)) {
      if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
    }
  }
  return out;
}

// "Eriador's death toll has risen": a subject that is no actor stands for
// the actor that owns it.
std::vector<int> PossessorOf(const nlp::ParsedSentence& s, int token,
                             const std::vector<actors::ActorMention>& mentions) {
  if (token < 0) return {};
  for (uint32_t c : s.children[token]) {
    // "Eriador's death toll".
    if (s.words[c].deprel == "nmod:poss") {
      std::vector<int> found = MentionsAt(s, static_cast<int>(c), mentions);
      if (!found.empty()) return found;
    }
  }
  return {};
}

// "their", "its": a pronoun that only owns the phrase it stands in.
bool IsPossessivePronoun(const nlp::ParsedSentence& s, const actors::ActorMention& m) {
  if (m.first_token != m.last_token || m.first_token >= s.words.size()) return false;
  const nlp::ParsedWord& w = s.words[m.first_token];
  return w.upos == "PRON" && w.feats.find("Poss=Yes") != std::string_view::npos;
}

// A passive whose "by" phrase the parser hung below another word of the
// clause ("was opposed earlier by Osgiliath": "by Osgiliath" under
// "earlier"): the subject is acted on and that phrase acts. Without one
// there is no source (an agentless passive names no actor that acts).
void AgentlessPassive(const nlp::ParsedSentence& s, const VerbFrame& frame,
                      const std::vector<actors::ActorMention>& mentions, std::vector<int>* sources,
                      std::vector<int>* targets) {
  sources->clear();
  for (uint32_t t = frame.verb + 1; t < s.words.size() && sources->empty(); ++t) {
    if (!InSubtree(s, t, frame.verb)) continue;
    bool agent = s.words[t].deprel == "obl:agent";
    for (uint32_t c : s.children[t]) {
      if (s.words[c].deprel == "case" && LemmaKey(s, c) == "by") agent = true;
    }
    if (!agent) continue;
    // Only in the verb's own clause: no other verb between it and the phrase.
    bool own_clause = true;
    for (int h = s.words[t].head; h >= 0 && static_cast<uint32_t>(h) != frame.verb; h = s.words[h].head) {
      if (s.words[h].upos == "VERB") own_clause = false;
    }
    if (own_clause) *sources = MentionsAt(s, static_cast<int>(t), mentions);
  }
  *sources = ExpandCompounds(s, mentions, *sources);
  *targets = sources->empty() ? std::vector<int>{}
                              : ExpandCompounds(s, mentions, MentionsAt(s, frame.subject, mentions));
}

// "urged Eriador to respond to Gondor's proposals": the infinitive whose
// subject is the object of a verb already coded in this sentence (object
// control) is part of that event (023 from URGE), as PETRARCH codes one
// event for the clause; it is not coded again.
bool ControllerWasCoded(const nlp::ParsedSentence& s, uint32_t verb, size_t sentence,
                        const std::vector<Event>& events) {
  const nlp::ParsedWord& w = s.words[verb];
  if (w.deprel != "xcomp" || w.head < 0) return false;
  uint32_t up = static_cast<uint32_t>(w.head);
  bool has_object = false;
  for (uint32_t c : s.children[up]) {
    if (s.words[c].deprel == "obj" || s.words[c].deprel == "iobj") has_object = true;
  }
  if (!has_object) return false;
  for (auto e = events.rbegin(); e != events.rend() && e->evidence.sentence == sentence; ++e) {
    // CoNLL-U input has no offsets: the verb's form then tells.
    if (e->evidence.begin == s.words[up].begin &&
        (s.words[up].begin != text::kNoOffset || e->evidence.verb == s.words[up].form)) {
      return true;
    }
  }
  return false;
}

}  // namespace dyad::events
