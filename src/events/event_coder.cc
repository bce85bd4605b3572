// EventCoder: verbs found in each sentence, their patterns matched, their
// source and target taken from the frame or the pattern, and the event
// filled from the reference tables (docs/coding.md).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <unordered_map>

#include "base/ascii.h"
#include "base/file_system.h"
#include "events/cameo_stance.h"
#include "base/date_math.h"
#include "events/cameo_table.h"
#include "events/compound_actors.h"
#include "events/event_date.h"
#include "events/event_roles.h"
#include "events/events.h"
#include "events/pattern_matcher.h"
#include "events/tabari_coder.h"
#include "events/verb_frame.h"
#include "events/verb_reader.h"
#include "events/verb_stems.h"

namespace dyad::events {
namespace {

// A verb entry under one of its words: the first word of a form, and the
// words that must follow ("hold talks").
struct VerbKey {
  const VerbEntry* entry;
  std::vector<std::string> rest;
  const VerbCode* code;  // The form's own code (PETRARCH "GRILL [110]") or the entry's.
  std::string file;      // The dictionary's file name, for evidence.
  VerbFormat format;     // Its dictionary's format (EventOptions::future).
};

class Coder : public EventCoder {
 public:
  Coder(CameoTable table, std::vector<VerbDictionary> dictionaries)
      : table_(std::move(table)), dictionaries_(std::move(dictionaries)) {
    for (const VerbDictionary& d : dictionaries_) {
      for (const Synset& set : d.synsets) {
        auto& members = synsets_[set.name];
        for (const std::string& m : set.members) members.push_back(SplitWords(m));
      }
      for (const VerbEntry& v : d.verbs) {
        ++verbs_;
        patterns_ += v.patterns.size();
        for (const std::string& form : v.forms) AddForm(d, v, form);
      }
    }
    // TABARI dictionaries alone: coded the way TABARI reads (tabari_coder.h).
    bool all_tabari = !dictionaries_.empty();
    for (const VerbDictionary& d : dictionaries_) all_tabari = all_tabari && d.format == VerbFormat::kTabari;
    if (all_tabari) tabari_ = std::make_unique<TabariCoder>(dictionaries_);
  }

  // "CALL", "HOLD_TALKS", "+ASK_FOR" (the verb marked), "WIRE_+TAP": the
  // verb word keys the entry; the words after it must follow the verb.
  // Words before a marked verb are not required (a loosening).
  void AddForm(const VerbDictionary& d, const VerbEntry& v, const std::string& form) {
    std::vector<std::string> words = SplitWords(form);
    size_t verb = 0;
    for (size_t i = 0; i < words.size(); ++i) {
      if (!words[i].empty() && words[i][0] == '+') verb = i;
    }
    for (std::string& w : words) {
      if (!w.empty() && w[0] == '+') w.erase(0, 1);
    }
    if (verb >= words.size()) return;
    std::vector<std::string> rest(words.begin() + static_cast<std::ptrdiff_t>(verb) + 1, words.end());
    const VerbCode* code = &v.code;
    for (const FormCode& fc : v.form_codes) {
      if (fc.form == form) code = &fc.code;
    }
    std::string file = d.path.substr(d.path.find_last_of('/') + 1);
    index_[words[verb]].push_back({&v, rest, code, file, d.format});
  }

  // A verb of the dictionaries whose own code, or one of whose coding
  // patterns, can apply: every word it needs starts like a word of the
  // sentence. What CodeSentence finds is a subset of this.
  bool MayHoldEvent(const text::Sentence& sentence,
                    const std::vector<text::WordAnalysis>& analyses) const override {
    if (tabari_ != nullptr) return true;  // Stems and phrases: TABARI reads every sentence.
    // The same words CodeSentence will see (WordKeys), so that this test
    // passes whatever it can code.
    const nlp::ParsedSentence s(sentence, analyses);
    const WordKeys words(s);
    for (size_t i = 0; i < analyses.size() && i < s.words.size(); ++i) {
      if (s.words[i].upos != "VERB") continue;
      for (const VerbKey* key : KeysOf(words.forms[i], words.lemmas[i])) {
        if (MayCode(*key, words.starts)) return true;
      }
    }
    return false;
  }

  // The entries a verb token may be: under its form, else its lemma (the
  // dictionaries list some inflected forms as verbs of their own: "LEFT
  // [042:043]" beside "LEAVE [012]"), else the regular base forms of its
  // form ("boycotted" lemmatized "boycot").
  std::vector<const VerbKey*> KeysOf(const std::string& form, const std::string& lemma) const {
    std::vector<const VerbKey*> keys;
    for (const std::string* word : {&form, &lemma}) {
      auto it = index_.find(*word);
      if (it == index_.end()) continue;
      for (const VerbKey& key : it->second) {
        if (std::find(keys.begin(), keys.end(), &key) == keys.end()) keys.push_back(&key);
      }
      if (!keys.empty()) break;
    }
    if (keys.empty()) keys = KeysOfStems(form);
    return keys;
  }

  static bool Codes(const VerbCode& c) { return !c.null_code && !c.discard && !c.code.empty(); }

  // Whether `key` can give an event in a sentence whose words start as
  // `starts` says: its other words may be there, and its own code or one
  // of its coding patterns whose words may all be there.
  static bool MayCode(const VerbKey& key, const WordStarts& starts) {
    for (const std::string& w : key.rest) {
      if (!starts.MayStartAny(w)) return false;
    }
    if (Codes(*key.code)) return true;
    for (const VerbPattern& p : key.entry->patterns) {
      if (Codes(p.code) && PatternWordsMayBeIn(p, starts)) return true;
    }
    return false;
  }

  // The entries under the first regular base form of `form` the
  // dictionaries know (StemGuesses), for verbs the lemmatizer got wrong.
  std::vector<const VerbKey*> KeysOfStems(const std::string& form) const {
    std::vector<const VerbKey*> keys;
    for (const std::string& stem : StemGuesses(form)) {
      auto it = index_.find(stem);
      if (it == index_.end()) continue;
      for (const VerbKey& key : it->second) keys.push_back(&key);
      break;
    }
    return keys;
  }

  int names_needed() const override { return options.require_dyad && tabari_ == nullptr ? 2 : 1; }
  size_t verb_count() const override { return verbs_; }
  size_t pattern_count() const override { return patterns_; }

  void Code(const ingest::Article& article, const std::vector<text::Sentence>& sentences,
            const std::vector<std::vector<text::WordAnalysis>>& analyses,
            const std::vector<actors::ActorMention>& mentions,
            std::vector<Event>* events) const override;

  EventOptions options;

 private:
  void CodeSentence(const ingest::Article& article, int32_t article_date, size_t index,
                    const text::Sentence& sentence, const std::vector<text::WordAnalysis>& words,
                    const std::vector<actors::ActorMention>& mentions,
                    std::vector<Event>* events) const;
  void Emit(const ingest::Article& article, int32_t article_date, size_t index,
            const text::Sentence& sentence, const std::vector<text::WordAnalysis>& words,
            const nlp::ParsedSentence& s, const VerbFrame& frame, const VerbKey& key,
            const PatternMatch& match, const std::vector<actors::ActorMention>& mentions,
            std::vector<Event>* events) const;

  CameoTable table_;
  std::vector<VerbDictionary> dictionaries_;
  SynsetTable synsets_;
  std::unordered_map<std::string, std::vector<VerbKey>> index_;
  size_t verbs_ = 0, patterns_ = 0;
  std::unique_ptr<TabariCoder> tabari_;  // Set when all dictionaries are TABARI's.

  void CodeTabari(const ingest::Article& article, const std::vector<text::Sentence>& sentences,
                  const std::vector<std::vector<text::WordAnalysis>>& analyses,
                  const std::vector<actors::ActorMention>& mentions,
                  std::vector<Event>* events) const;
};

int32_t DateOf(const std::string& date) {
  if (date.size() < 10) return 0;
  int y = 0, m = 0, d = 0;
  if (std::sscanf(date.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return 0;
  return y * 10000 + m * 100 + d;
}

// Whether the mention is the object of "in" or "at" ("in Kazakhstan").
bool IsLocative(const nlp::ParsedSentence& s, const actors::ActorMention& m) {
  for (uint32_t t = m.first_token; t <= m.last_token && t < s.words.size(); ++t) {
    for (uint32_t c : s.children[t]) {
      if (s.words[c].deprel != "case") continue;
      const std::string form = AsciiLower(s.words[c].form);
      if (form == "in" || form == "at") return true;
    }
  }
  return false;
}

// As TABARI and PETRARCH read a sentence: the first actor after the verb
// (and after the words its pattern matched) in the verb's clause.
std::vector<int> FirstMentionAfter(const nlp::ParsedSentence& s, uint32_t verb, uint32_t after,
                                   const std::vector<int>& sources,
                                   const std::vector<actors::ActorMention>& mentions) {
  int best = -1;
  for (size_t m = 0; m < mentions.size(); ++m) {
    const actors::ActorMention& x = mentions[m];
    if (x.first_token <= std::max(verb, after)) continue;
    if (std::find(sources.begin(), sources.end(), static_cast<int>(m)) != sources.end()) continue;
    if (IsPossessivePronoun(s, x)) continue;  // "warned their populations": not the target.
    if (!InSubtree(s, x.last_token, verb) && !InSubtree(s, x.first_token, verb)) continue;
    if (best < 0 || x.first_token < mentions[best].first_token) best = static_cast<int>(m);
  }
  return best < 0 ? std::vector<int>{} : std::vector<int>{best};
}

// "will meet", "plans to visit", "refused to release" (cameo_stance.h):
// the code becomes CAMEO's intent or refusal code, or a refusal CAMEO has
// no code for counts as a negation. False when the governing verb ("agreed"
// in "agreed to meet") was coded itself: its pattern spoke for the clause.
bool ApplyStance(const nlp::ParsedSentence& s, uint32_t verb, bool future_is_intent,
                 size_t sentence, const std::vector<Event>& events, std::string* code,
                 std::string* paired, bool* negated) {
  StanceOfVerb stance = StanceOf(s, verb, future_is_intent);
  if (stance.stance == Stance::kNone) return true;
  if (stance.governor >= 0) {
    size_t begin = s.words[static_cast<uint32_t>(stance.governor)].begin;
    for (auto e = events.rbegin(); e != events.rend() && e->evidence.sentence == sentence; ++e) {
      if (e->evidence.begin == begin) return false;
    }
  }
  // "will not provide", "said it would not attend": a negated intent is a
  // refusal, as CAMEO codes it (root 12).
  const bool negated_intent = stance.stance == Stance::kIntent && *negated && stance.governor < 0;
  if (negated_intent) stance.stance = Stance::kRefusal;
  std::string changed = stance.stance == Stance::kIntent ? IntentCode(*code) : RefusalCode(*code);
  if (negated_intent && !changed.empty()) *negated = false;
  if (changed.empty()) {
    if (stance.stance == Stance::kRefusal) *negated = true;
    return true;
  }
  *code = changed;
  paired->clear();  // Only the one who intends or refuses acts.
  return true;
}

// The mentions of sentence `i` into `here`. Mentions come in sentence
// order (ActorDictionary::Recognize); `next` carries the scan position
// from one sentence to the next.
void MentionsOfSentence(const std::vector<actors::ActorMention>& mentions, size_t i, size_t* next,
                        std::vector<actors::ActorMention>* here) {
  here->clear();
  while (*next < mentions.size() && mentions[*next].sentence < i) ++*next;
  for (size_t m = *next; m < mentions.size() && mentions[m].sentence == i; ++m) {
    here->push_back(mentions[m]);
  }
}

// The code and what the reference tables say of it; a code they do not
// know (the suites' "075A") keeps its first two characters as root.
void SetCode(const CameoTable& table, const std::string& code, Event* e) {
  e->code = code;
  if (const CameoEventInfo* info = table.Find(code)) {
    e->root_code = info->root;
    e->quad_class = info->quad_class;
    e->goldstein = info->goldstein;
    e->plover_type = info->plover_type;
    e->plover_mode = info->plover_mode;
    e->plover_context = info->plover_context;
  } else {
    e->root_code = code.substr(0, 2);
  }
}

// Tagged and parsed (NlpModel::Parse, or CoNLL-U input with heads); the
// tagger alone leaves the heads "_".
bool Parsed(const std::vector<text::WordAnalysis>& words) {
  return !words.empty() && words[0].head != "_" && !words[0].head.empty();
}

EventActor ActorOf(const actors::ActorMention& m) {
  return {m.code, m.country, m.sector, "", m.begin, m.end};
}

void Coder::Code(const ingest::Article& article, const std::vector<text::Sentence>& sentences,
                 const std::vector<std::vector<text::WordAnalysis>>& analyses,
                 const std::vector<actors::ActorMention>& mentions,
                 std::vector<Event>* events) const {
  if (tabari_ != nullptr) return CodeTabari(article, sentences, analyses, mentions, events);
  int32_t date = DateOf(article.date);
  std::vector<actors::ActorMention> here;
  size_t next = 0;
  for (size_t i = 0; i < sentences.size() && i < analyses.size(); ++i) {
    MentionsOfSentence(mentions, i, &next, &here);
    if (here.empty()) continue;  // No actor, no event: the sentence is not even looked at.
    if (options.require_dyad && !Parsed(analyses[i])) continue;  // No tree, no target.
    CodeSentence(article, date, i, sentences[i], analyses[i], here, events);
  }
}

void Coder::CodeSentence(const ingest::Article& article, int32_t article_date, size_t index,
                         const text::Sentence& sentence,
                         const std::vector<text::WordAnalysis>& words,
                         const std::vector<actors::ActorMention>& mentions,
                         std::vector<Event>* events) const {
  nlp::ParsedSentence s(sentence, words);
  const WordKeys words_of(s);
  size_t first_event = events->size();
  for (uint32_t t = 0; t < s.words.size(); ++t) {
    if (s.words[t].upos != "VERB") continue;
    std::vector<const VerbKey*> keys = KeysOf(words_of.forms[t], words_of.lemmas[t]);
    if (keys.empty()) continue;
    const VerbKey* best_key = nullptr;
    PatternMatch best;
    best.score = -1;
    const VerbSides sides(s, t, words_of);
    for (const VerbKey* key_ptr : keys) {
      const VerbKey& key = *key_ptr;
      PatternMatch m;
      for (const VerbPattern& p : key.entry->patterns) {
        if (MatchPattern(s, sides, key.rest, &p, synsets_, mentions, &m,
                         key.format != VerbFormat::kTabari) &&
            m.score > best.score) {
          best = m;
          best_key = &key;
        }
      }
      if (MatchPattern(s, sides, key.rest, nullptr, synsets_, mentions, &m) && m.score > best.score) {
        best = m;
        best_key = &key;
      }
    }
    if (best_key == nullptr) continue;
    const VerbCode& code = best.pattern != nullptr ? best.pattern->code : *best_key->code;
    if (code.discard) {  // "[###]": the sentence is not coded.
      events->resize(first_event);
      return;
    }
    if (code.null_code || code.code.empty()) continue;
    VerbFrame frame = BuildFrame(s, t);
    Emit(article, article_date, index, sentence, words, s, frame, *best_key, best, mentions, events);
  }
}

void Coder::Emit(const ingest::Article& article, int32_t article_date, size_t index,
                 const text::Sentence& sentence, const std::vector<text::WordAnalysis>& words,
                 const nlp::ParsedSentence& s, const VerbFrame& frame, const VerbKey& key,
                 const PatternMatch& match, const std::vector<actors::ActorMention>& mentions,
                 std::vector<Event>* events) const {
  const VerbEntry& entry = *key.entry;
  const VerbCode& code = match.pattern != nullptr ? match.pattern->code : *key.code;
  std::string event_code = code.code, paired_code = code.paired_code;
  bool negated = frame.negated && !match.covers_negation;
  bool future_is_intent =
      options.future == EventOptions::Future::kIntent ||
      (options.future == EventOptions::Future::kByDictionary && key.format != VerbFormat::kPetrarch &&
       key.format != VerbFormat::kTabari);
  if (!ApplyStance(s, frame.verb, future_is_intent, index, *events, &event_code, &paired_code,
                   &negated)) {
    return;
  }
  if (ControllerWasCoded(s, frame.verb, index, *events)) return;
  std::vector<int> sources, targets;
  if (match.source >= 0) {
    sources = {match.source};
  } else {
    sources = MentionsAt(s, frame.passive && frame.agent >= 0 ? frame.agent : frame.subject, mentions);
    if (frame.subject == kNone && !frame.passive) sources = SubjectOfVerbAbove(s, frame.verb, mentions);
    if (sources.empty() && frame.subject == kNone && !frame.passive) {
      sources = ActorRightBefore(s, frame.verb, mentions);
    }
    if (sources.empty() && !frame.passive) sources = PossessorOf(s, frame.subject, mentions);
    if (sources.empty() && !frame.passive) sources = OtherSubjects(s, frame.verb, frame.subject, mentions);
  }
  sources = ExpandCompounds(s, mentions, sources);
  if (match.target >= 0) {
    targets = {match.target};
  } else {
    int object = frame.passive ? frame.subject : frame.object;
    if (frame.passive && frame.agent < 0) object = kNone;  // "X was attacked": no source.
    targets = MentionsAt(s, object, mentions);
    if (targets.empty()) targets = MentionsAt(s, frame.second_object, mentions);
    for (size_t p = 0; targets.empty() && p < frame.preps.size(); ++p) {
      targets = MentionsAt(s, static_cast<int>(frame.preps[p].head), mentions);
    }
    if (targets.empty() && frame.complement >= 0) {
      VerbFrame inner = BuildFrame(s, static_cast<uint32_t>(frame.complement));
      targets = MentionsAt(s, inner.object, mentions);
    }
    if (targets.empty()) targets = FirstMentionAfter(s, frame.verb, match.end_token, sources, mentions);
    // "allowed that Mordor isn't a really pleasant place" ("- * {REALLY
    // PLEASANT}"): the actor may stand between the verb and the words.
    if (targets.empty()) targets = FirstMentionAfter(s, frame.verb, frame.verb, sources, mentions);
    if (targets.empty() && !sources.empty()) targets = NounAfterParticiple(s, frame.verb, mentions);
  }
  if (frame.passive && frame.agent < 0 && match.source < 0 && match.target < 0) {
    AgentlessPassive(s, frame, mentions, &sources, &targets);
  }
  // Compound actors: each member of "Arnor, Gondor and Rohan" acts, or is
  // acted on, on its own; a pattern's '%' makes the members act on each other.
  targets = ExpandCompounds(s, mentions, targets);
  bool reciprocal = false;
  if (match.compound >= 0) {
    std::vector<int> members = CompoundMembers(s, mentions, match.compound);
    if (mentions[match.compound].first_token > frame.verb && !sources.empty()) {
      targets = members;  // "- * WITH %": agrees with each member.
    } else if (members.size() >= 2) {
      sources = targets = members;
      reciprocal = true;
    } else if (sources.empty()) {
      sources = members;
    }
  }
  // "Modi and Albanese met": coordinated subjects without a target of a
  // meeting, a negotiation or an agreement (roots 03-06, which CAMEO codes
  // as mutual) act on each other. A place they met in is no counterpart
  // ("met on the sidelines of the summit in Kazakhstan").
  const bool mutual_root = event_code.size() >= 2 && event_code.substr(0, 2) >= "03" &&
                           event_code.substr(0, 2) <= "06";
  if (mutual_root && sources.size() >= 2 && match.target < 0 && !targets.empty() &&
      std::all_of(targets.begin(), targets.end(), [&](int t) { return IsLocative(s, mentions[t]); })) {
    targets.clear();
  }
  if (targets.empty() && sources.size() >= 2 && event_code.size() >= 2 && event_code.substr(0, 2) >= "03" &&
      event_code.substr(0, 2) <= "06") {
    targets = sources;
    reciprocal = true;
  }
  if (options.require_dyad && (sources.empty() || targets.empty())) return;
  Modality modality = frame.question       ? Modality::kQuestion
                      : frame.hypothetical && !match.covers_modal ? Modality::kHypothetical
                                           : Modality::kAsserted;
  if (!options.all_modalities && (modality != Modality::kAsserted || negated)) return;
  EventDate date = ResolveEventDate(sentence, words, frame.verb, article_date);
  auto make = [&](int src, int tgt, const std::string& c) {
    Event e;
    e.article_id = article.id;
    e.date = date.yyyymmdd;
    e.date_precision = date.precision;
    e.source = ActorOf(mentions[src]);
    if (tgt >= 0) {
      e.target = ActorOf(mentions[tgt]);
      e.has_target = true;
    }
    SetCode(table_, c, &e);
    e.negated = negated;
    e.modality = modality;
    e.evidence.sentence = index;
    e.evidence.verb = std::string(s.words[frame.verb].form);
    e.evidence.begin = s.words[frame.verb].begin;
    e.evidence.end = s.words[frame.verb].end;
    e.evidence.rule = key.file + ":" + std::to_string(match.pattern != nullptr ? match.pattern->line
                                                                                : entry.line);
    // "CALL - * (FOR &CEASEFIRE) [014] (verbs.txt:16)": the rule and where it is written.
    e.evidence.pattern = entry.head + (match.pattern != nullptr ? " " + match.pattern->text : "") +
                         " (" + e.evidence.rule + ")";
    return e;
  };
  for (int src : sources.empty() ? std::vector<int>{-1} : sources) {
    for (int tgt : targets.empty() ? std::vector<int>{-1} : targets) {
      if (src < 0 || src == tgt) continue;
      if (tgt >= 0 && mentions[src].code == mentions[tgt].code) continue;  // No self-dyads.
      events->push_back(make(src, tgt, event_code));
      if (!paired_code.empty() && tgt >= 0 && !reciprocal) {
        events->push_back(make(tgt, src, paired_code));
      }
    }
  }
}

void Coder::CodeTabari(const ingest::Article& article, const std::vector<text::Sentence>& sentences,
                       const std::vector<std::vector<text::WordAnalysis>>& analyses,
                       const std::vector<actors::ActorMention>& mentions,
                       std::vector<Event>* events) const {
  int32_t date = DateOf(article.date);
  actors::ActorMention carry;  // For pronouns: the last sentence's first actor.
  std::vector<actors::ActorMention> here;
  std::vector<TabariEvent> found;
  size_t next = 0;
  for (size_t i = 0; i < sentences.size() && i < analyses.size(); ++i) {
    MentionsOfSentence(mentions, i, &next, &here);
    TabariSentence ts = ReadTabariSentence(sentences[i], here, &carry);
    found.clear();
    if (!tabari_->CodeSentence(ts, &found)) continue;
    TabariTime shift = found.empty() ? TabariTime() : tabari_->TimeOf(ts);
    for (const TabariEvent& f : found) {
      Event e;
      e.article_id = article.id;
      EventDate d = ResolveEventDate(sentences[i], analyses[i], f.verb_token, date);
      e.date = d.yyyymmdd;
      e.date_precision = d.precision;
      if (shift.found && shift.days != 0 && date != 0) {  // The dictionary's <TIME> phrase decides.
        e.date = AddDays(date, shift.days);
        e.date_precision = DatePrecision::kDay;
      }
      e.source = ActorOf(f.source);
      e.target = ActorOf(f.target);
      e.has_target = true;
      SetCode(table_, f.code, &e);
      const text::Token& verb = sentences[i].tokens[f.verb_token];
      e.evidence.sentence = i;
      e.evidence.verb = verb.form;
      e.evidence.begin = verb.begin;
      e.evidence.end = verb.end;
      e.evidence.rule = f.file + ":" + std::to_string(f.pattern != nullptr ? f.pattern->line : f.entry->line);
      e.evidence.pattern = f.entry->head + (f.pattern != nullptr ? " " + f.pattern->text : "") + " (" +
                           e.evidence.rule + ")";
      events->push_back(std::move(e));
    }
  }
}

}  // namespace

const char* ModalityName(Modality m) {
  switch (m) {
    case Modality::kAsserted: return "asserted";
    case Modality::kHypothetical: return "hypothetical";
    case Modality::kQuestion: return "question";
  }
  return "asserted";
}

// dyad's own verb files, in name order (a stable order: on a tie between
// two files' entries the first loaded wins).
Result<std::vector<std::string>> DefaultVerbFiles(const std::string& home) {
  const std::string dir = home + "/data/dictionaries/verbs";
  std::error_code ec;
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".verbs") files.push_back(entry.path().string());
  }
  if (ec) {
    return Status::NotFound("dyad's verb dictionaries are missing (" + dir + ": " + ec.message() +
                            "); set DYAD_HOME to the folder that holds data/, or give --no-default-dict "
                            "with --dict verbs=FILE");
  }
  std::sort(files.begin(), files.end());
  return files;
}

Result<std::unique_ptr<EventCoder>> EventCoder::Load(const EventOptions& options,
                                                     Diagnostics* diagnostics) {
  auto table = CameoTable::Load(options.home);
  if (!table.ok()) return table.status();
  std::vector<VerbDictionary> dictionaries;
  for (const actors::DictionarySource& source : options.dictionaries) {
    if (!source.kind.empty() && source.kind != "verbs") continue;
    auto text = FileSystem::Default()->ReadFile(source.path);
    if (!text.ok()) return text.status();
    if (source.kind.empty() && actors::DetectDictionaryKind(*text, source.path) != "verbs") continue;
    auto verbs = ReadVerbDictionary(*text, source.path, diagnostics);
    if (!verbs.ok()) return verbs.status();
    dictionaries.push_back(std::move(*verbs));
  }
  if (dictionaries.empty() && options.load_defaults) {
    auto files = DefaultVerbFiles(options.home);
    if (!files.ok()) return files.status();
    for (const std::string& path : *files) {
      auto text = FileSystem::Default()->ReadFile(path);
      if (!text.ok()) return text.status();
      auto verbs = ReadVerbDictionary(*text, path, diagnostics);
      if (!verbs.ok()) return verbs.status();
      dictionaries.push_back(std::move(*verbs));
    }
  }
  if (dictionaries.empty()) {
    return Status::InvalidArgument(
        "no verb dictionary: give one with --dict (e.g. --dict verbs=CAMEO.2.0.txt), or leave out "
        "--no-default-dict to use dyad's own");
  }
  auto coder = std::make_unique<Coder>(std::move(*table), std::move(dictionaries));
  coder->options = options;
  return std::unique_ptr<EventCoder>(std::move(coder));
}

}  // namespace dyad::events
