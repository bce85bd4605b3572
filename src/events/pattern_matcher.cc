#include "events/pattern_matcher.h"

#include <algorithm>
#include <cctype>

#include "base/ascii.h"
#include "events/compound_actors.h"
#include "events/verb_frame.h"

namespace dyad::events {
namespace {

// The words a pattern side is matched against: the verb's clause, in order.
struct Side {
  const std::vector<uint32_t>& tokens;
  const VerbSides& keys;
  bool stems_take_endings_only = false;  // PETRARCH files (MatchPattern).
};

// In PETRARCH files a word written without a final '_' is a stem that
// matches the word and its endings ("EFFORT": "efforts", "MEET": "meeting", "ACCORD":
// "accords"), not any longer word that happens to start with it ("OFF" is
// not "official", "TIE" not "tier").
bool StemMatches(const std::string& text, const std::string& stem) {
  if (!text.starts_with(stem)) return false;
  std::string_view rest = std::string_view(text).substr(stem.size());
  if (rest.empty()) return true;
  // A doubled final consonant before the ending ("PLAN": "planned").
  if (!stem.empty() && rest.size() >= 3 && rest[0] == stem.back()) rest.remove_prefix(1);
  static const char* const kEndings[] = {"s", "es", "ed", "d", "ing", "er", "ers", "ment", "ments",
                                         "ion", "ions", "ation", "ations", "ies", "ied", "'s", "s'"};
  for (const char* e : kEndings) {
    if (rest == e) return true;
  }
  return false;
}

bool WordMatches(const Side& side, uint32_t token, const std::string& word, bool exact) {
  const std::string& form = side.keys.forms[token];
  const std::string& lemma = side.keys.lemmas[token];
  // Every kind of match below starts with the word's first letter: most
  // comparisons end here.
  if (!word.empty() && form[0] != word[0] && lemma[0] != word[0]) return false;
  if (exact) return form == word || lemma == word;
  if (!side.stems_take_endings_only) return form.starts_with(word) || lemma.starts_with(word);
  return StemMatches(form, word) || StemMatches(lemma, word);
}

// Matches the word sequence `words` starting at or after side position *pos
// (gaps allowed before the first word, none inside); advances *pos.
bool MatchWords(const nlp::ParsedSentence& s, const Side& side, const std::vector<std::string>& words,
                bool exact, size_t* pos, bool anchored = false) {
  if (words.empty()) return true;
  for (size_t start = *pos; start + words.size() <= side.tokens.size(); ++start) {
    if (anchored && start != *pos) break;  // Glued by '_' to what came before.

    bool ok = true;
    for (size_t k = 0; k < words.size() && ok; ++k) {
      ok = WordMatches(side, side.tokens[start + k], words[k], exact || k + 1 < words.size());
    }
    if (ok) {
      *pos = start + words.size();
      return true;
    }
  }
  return false;
}

// PETRARCH: an element glued by '_' to the word or set before it
// ("MOST_CERTAINLY_&NEGATVAUXVRB_EVER") must follow it with no word
// between. (Glues to the verb itself and TABARI's are not enforced.)
bool Glued(const Side& side, const std::vector<PatternElement>& elements, size_t i, size_t begin) {
  if (!side.stems_take_endings_only || !elements[i].joined || i == begin) return false;
  PatternElement::Kind prev = elements[i - 1].kind;
  return prev == PatternElement::kWord || prev == PatternElement::kSynset;
}

// The first mention that starts at or after side position *pos.
int NextMention(const Side& side, size_t* pos, const std::vector<actors::ActorMention>& mentions,
                size_t sentence) {
  for (size_t p = *pos; p < side.tokens.size(); ++p) {
    uint32_t t = side.tokens[p];
    for (size_t m = 0; m < mentions.size(); ++m) {
      if (mentions[m].sentence != sentence) continue;
      if (mentions[m].first_token <= t && t <= mentions[m].last_token) {
        while (p < side.tokens.size() && side.tokens[p] <= mentions[m].last_token) ++p;
        *pos = p;
        return static_cast<int>(m);
      }
    }
  }
  return -1;
}

bool ElementMatchedWords(const PatternElement& e) {
  return e.kind == PatternElement::kWord || e.kind == PatternElement::kSynset;
}

// Whether the mention's head lies in the subtree of `root`.
bool MentionIn(const nlp::ParsedSentence& s, const actors::ActorMention& m, uint32_t root) {
  for (uint32_t t = m.first_token; t <= m.last_token && t < s.words.size(); ++t) {
    if (InSubtree(s, t, root)) return true;
  }
  return false;
}

// "$!" and "+!" (PatternElement::state_only): a country, capital or place
// named as such (or a pronoun standing for one), or an armed force.
bool StateOrArmed(const actors::ActorMention& m) {
  if (m.country.empty() || m.country == "---" || m.country == "IGO") {
    return m.sector.starts_with("MIL") || m.sector.starts_with("REB") || m.sector.starts_with("UAF");
  }
  if (m.kind == "country" || m.kind == "place") return m.sector.empty() || m.sector.starts_with("MIL");
  return m.sector.starts_with("MIL") || m.sector.starts_with("REB") || m.sector.starts_with("UAF") ||
         m.sector == "GOVMIL";
}

// The subject of `verb`, or of the clause it is conjoined to or the
// infinitive of ("massed troops and attacked", "vowed to strike"); -1 if none.
int SubjectHead(const nlp::ParsedSentence& s, uint32_t verb) {
  for (int depth = 0; depth < 4; ++depth) {
    // The one nearest the verb: a dateline parsed as a second subject
    // ("ANKARA: Egyptian troops were killed") stands further off.
    int found = -1;
    for (uint32_t c : s.children[verb]) {
      if (s.words[c].deprel.starts_with("nsubj") && (found < 0 || c < verb)) found = static_cast<int>(c);
    }
    if (found >= 0) return found;
    std::string_view rel = s.words[verb].deprel;
    if (s.words[verb].head < 0 || (rel != "conj" && rel != "xcomp")) return -1;
    verb = static_cast<uint32_t>(s.words[verb].head);
  }
  return -1;
}

// A "$!"/"+!" slot (StateOrArmed) takes the clause's own actors: before the
// verb, the subject itself ("Russia attacked", not "their vehicle hit");
// after it, the object or an actor inside it ("attacked Ukraine's grid"),
// not a place further on ("hit a mine in southeastern Turkey"), unless a
// preposition of the pattern introduces it ("(BY $!)", checked apart).
bool StateSlotFits(const nlp::ParsedSentence& s, const Side& side, bool after, size_t i, size_t begin,
                   const std::vector<PatternElement>& elements, const actors::ActorMention& m) {
  if (!StateOrArmed(m)) return false;
  const uint32_t verb = side.keys.verb;
  if (!after) {
    int subject = SubjectHead(s, verb);
    return subject >= 0 && m.first_token <= static_cast<uint32_t>(subject) &&
           static_cast<uint32_t>(subject) <= m.last_token;
  }
  if (i > begin && ElementMatchedWords(elements[i - 1])) return true;  // After a preposition.
  for (uint32_t c : s.children[verb]) {
    if (s.words[c].deprel == "obj" && MentionIn(s, m, c)) return true;
  }
  return false;
}

// The mention holding the subject head of the side's verb, if it starts at
// or after side position *pos; advances *pos past it. -1 if none.
int SubjectMention(const nlp::ParsedSentence& s, const Side& side, size_t* pos,
                   const std::vector<actors::ActorMention>& mentions, size_t sentence) {
  const int subject = SubjectHead(s, side.keys.verb);
  if (subject < 0) return -1;
  for (size_t m = 0; m < mentions.size(); ++m) {
    const actors::ActorMention& a = mentions[m];
    if (a.sentence != sentence || a.first_token > static_cast<uint32_t>(subject) ||
        static_cast<uint32_t>(subject) > a.last_token) {
      continue;
    }
    for (size_t p = *pos; p < side.tokens.size(); ++p) {
      if (side.tokens[p] < a.first_token) continue;
      if (side.tokens[p] > a.last_token) break;
      while (p < side.tokens.size() && side.tokens[p] <= a.last_token) ++p;
      *pos = p;
      return static_cast<int>(m);
    }
    return -1;
  }
  return -1;
}

// Whether side positions [from, to) lie in the subtree of `phrase` (any
// when phrase < 0).
bool InPhrase(const nlp::ParsedSentence& s, const Side& side, int phrase, size_t from, size_t to) {
  if (phrase < 0) return true;
  for (size_t p = from; p < to && p < side.tokens.size(); ++p) {
    if (!InSubtree(s, side.tokens[p], static_cast<uint32_t>(phrase))) return false;
  }
  return true;
}

// Whether a matched word is a negation ("not", "n't", "never").
bool IsNegationWord(const Side& side, uint32_t token) {
  const std::string& f = side.keys.forms[token];
  const std::string& l = side.keys.lemmas[token];
  return f == "not" || f == "n't" || f == "never" || l == "not" || l == "never";
}

// Whether a matched word is a modal of the hypothetical ("would", "could").
bool IsModalWord(const Side& side, uint32_t token) {
  for (const std::string& w : {side.keys.forms[token], side.keys.lemmas[token]}) {  // "ca" of "can't".
    if (w == "would" || w == "could" || w == "should" || w == "may" || w == "might" || w == "can") {
      return true;
    }
  }
  return false;
}

// Notes a negation or a modal among the side positions [from, to) the pattern matched.
void NoteNegation(const Side& side, size_t from, size_t to, PatternMatch* match) {
  for (size_t p = from; p < to && p < side.tokens.size(); ++p) {
    if (IsNegationWord(side, side.tokens[p])) match->covers_negation = true;
    if (IsModalWord(side, side.tokens[p])) match->covers_modal = true;
  }
}

bool MatchSide(const nlp::ParsedSentence& s, const Side& side, bool record_end,
               const std::vector<PatternElement>& elements, size_t begin, size_t end,
               const SynsetTable& synsets, const std::vector<actors::ActorMention>& mentions,
               size_t sentence, PatternMatch* match) {
  size_t pos = 0;
  size_t prev_end = 0;  // Side position after the last word matched.
  // The noun of the prepositional phrase an actor slot was found in, while
  // its group lasts: the group's further words must be in that phrase too
  // ("(IN $ ATTACK)" is "in a Taliban attack", not "in Turkey ... attacks").
  int phrase = -1;
  bool in_group = false;  // Between "(" and ")".
  for (size_t i = begin; i < end; ++i) {
    const PatternElement& e = elements[i];
    switch (e.kind) {
      case PatternElement::kWord: {
        const std::vector<std::string>& words = e.words;
        bool anchored = Glued(side, elements, i, begin);
        if (!MatchWords(s, side, words, e.exact, &pos, anchored)) return false;
        if (!InPhrase(s, side, phrase, pos - words.size(), pos)) return false;
        prev_end = pos;
        NoteNegation(side, pos - words.size(), pos, match);
        ++match->score;
        if (record_end && pos > 0) match->end_token = std::max(match->end_token, side.tokens[pos - 1]);
        break;
      }
      case PatternElement::kSynset: {
        auto it = synsets.find(e.text);
        if (it == synsets.end()) return false;
        // The member that matches first in the text, whatever its place in
        // the set ("&PREPOSIT1 RESOLUTION" with AGAINST before ON in the set
        // and "on a resolution against Libya": "on").
        size_t best = side.tokens.size() + 1;
        const std::vector<std::string>* chosen = nullptr;
        for (const auto& member : it->second) {
          size_t p = pos;
          if (MatchWords(s, side, member, true, &p, Glued(side, elements, i, begin)) && p < best) {
            best = p;
            chosen = &member;
          }
        }
        if (chosen == nullptr) return false;
        if (!InPhrase(s, side, phrase, best - chosen->size(), best)) return false;
        NoteNegation(side, best - chosen->size(), best, match);
        pos = best;
        prev_end = pos;
        if (record_end && pos > 0) match->end_token = std::max(match->end_token, side.tokens[pos - 1]);
        ++match->score;
        break;
      }
      case PatternElement::kSource:
      case PatternElement::kTarget:
      case PatternElement::kCompound: {
        int m = -1;
        // Before the verb, the subject if it is an actor ("GAZA CITY:
        // Four children were killed": the children, not the dateline).
        if (!record_end) m = SubjectMention(s, side, &pos, mentions, sentence);
        if (m < 0) m = NextMention(side, &pos, mentions, sentence);
        if (m < 0) return false;
        // An actor right after a preposition is its object ("(BY $)", "(WITH
        // +)"): in the phrase the preposition heads, not the next actor of the
        // clause ("free prisoners by the end of August as a gesture to Abbas":
        // Abbas is not the "by" phrase).
        if (i > begin && pos > 0 && ElementMatchedWords(elements[i - 1]) && prev_end > 0) {
          const nlp::ParsedWord& prep = s.words[side.tokens[prev_end - 1]];
          if (prep.deprel == "case" && prep.head >= 0) {
            if (!MentionIn(s, mentions[m], static_cast<uint32_t>(prep.head))) return false;
            if (in_group) phrase = prep.head;
            // An actor qualifying the phrase's noun ("(IN $ ATTACK)"): a
            // place there says where ("a Baghdad rocket attack"), not who.
            if (i + 1 < end && ElementMatchedWords(elements[i + 1]) && mentions[m].kind == "place") {
              return false;
            }
          }
        }
        // '%' asks for a compound: a single actor there does not match.
        if (e.kind == PatternElement::kCompound && CompoundMembers(s, mentions, m).size() < 2) {
          return false;
        }
        if (e.state_only && !StateSlotFits(s, side, record_end, i, begin, elements, mentions[m])) {
          return false;
        }
        // A pattern that places an actor is the more specific; "$!"/"+!"
        // slots count one point together, so that any word of another
        // pattern of the verb ("attacked the policy") ties and, written
        // first, wins.
        if (!e.state_only || !match->state_scored) ++match->score;
        if (e.state_only) match->state_scored = true;
        (e.kind == PatternElement::kSource   ? match->source
         : e.kind == PatternElement::kCompound ? match->compound
                                               : match->target) = m;
        break;
      }
      case PatternElement::kSkip:
        if (pos < side.tokens.size()) ++pos;
        break;
      case PatternElement::kOpenPrep:
        in_group = true;
        break;
      case PatternElement::kClosePrep:
        in_group = false;
        phrase = -1;
        break;
      default:  // Grouping marks and the verb itself: transparent here.
        break;
    }
  }
  return true;
}

}  // namespace

std::vector<std::string> SplitWords(const std::string& text) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : text) {
    if (c == '_' || c == ' ') {
      if (!cur.empty()) words.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  if (!cur.empty()) words.push_back(cur);
  return words;
}

WordKeys::WordKeys(const nlp::ParsedSentence& s) {
  forms.reserve(s.words.size());
  lemmas.reserve(s.words.size());
  for (uint32_t t = 0; t < s.words.size(); ++t) {
    forms.push_back(AsciiLower(s.words[t].form));
    lemmas.push_back(LemmaKey(s, t));
    starts.Note(forms.back());
    starts.Note(lemmas.back());
  }
}

size_t WordStarts::Bit(std::string_view key) {
  const auto a = static_cast<unsigned char>(key[0]);
  if (key.size() == 1) return a & 63;  // Bits 0-63: one letter.
  const auto b = static_cast<unsigned char>(key[1]);
  return 64 + (a * 31u + b) % 960;  // Bits 64-1023: two.
}

void WordStarts::Note(std::string_view key) {
  if (key.empty()) return;
  size_t one = Bit(key.substr(0, 1));
  bits_[one / 64] |= uint64_t{1} << (one % 64);
  if (key.size() < 2) return;
  size_t two = Bit(key.substr(0, 2));
  bits_[two / 64] |= uint64_t{1} << (two % 64);
}

bool WordStarts::MayStartAny(std::string_view word) const {
  if (word.empty()) return true;
  size_t bit = Bit(word.substr(0, std::min<size_t>(word.size(), 2)));
  return (bits_[bit / 64] >> (bit % 64)) & 1;
}

bool PatternWordsMayBeIn(const VerbPattern& pattern, const WordStarts& starts) {
  for (const PatternElement& e : pattern.elements) {
    if (e.kind == PatternElement::kWord && !e.words.empty() && !starts.MayStartAny(e.words[0])) {
      return false;
    }
  }
  return true;
}

VerbSides::VerbSides(const nlp::ParsedSentence& s, uint32_t v, const WordKeys& k)
    : verb(v), keys(k), forms(k.forms), lemmas(k.lemmas) {
  for (uint32_t t = 0; t < s.words.size(); ++t) {
    if (t == verb || !InSubtree(s, t, verb)) {
      // "Ethiopia indicated it would act" ("- INDICATED WOULD * NOW"): the
      // verb a complement clause hangs from counts among the words before.
      int head = s.words[verb].head;
      std::string_view rel = s.words[verb].deprel;
      if (head >= 0 && t == static_cast<uint32_t>(head) && t < verb && (rel == "ccomp" || rel == "xcomp")) {
        before.push_back(t);
      }
      continue;
    }
    (t < verb ? before : after).push_back(t);
  }
}

bool MatchPattern(const nlp::ParsedSentence& s, const VerbSides& sides,
                  const std::vector<std::string>& extra_words, const VerbPattern* pattern,
                  const SynsetTable& synsets, const std::vector<actors::ActorMention>& mentions,
                  PatternMatch* match, bool stems_take_endings_only) {
  const uint32_t verb = sides.verb;
  *match = PatternMatch();
  match->pattern = pattern;
  match->end_token = verb;
  size_t sentence = 0;
  for (const auto& m : mentions) sentence = m.sentence;  // All are of one sentence.
  const Side before{sides.before, sides, stems_take_endings_only};
  const Side after{sides.after, sides, stems_take_endings_only};
  size_t pos = 0;
  if (!MatchWords(s, after, extra_words, true, &pos)) return false;
  if (pattern == nullptr) return true;
  const auto& el = pattern->elements;
  // Every word element must match (MatchSide): a cheap look first.
  if (!PatternWordsMayBeIn(*pattern, sides.keys.starts)) return false;
  size_t star = el.size();
  for (size_t i = 0; i < el.size(); ++i) {
    if (el[i].kind == PatternElement::kVerb) {
      star = i;
      break;
    }
  }
  if (star == el.size()) star = 0;  // No '*': everything follows the verb.
  match->end_token = verb;
  if (!MatchSide(s, before, false, el, 0, star, synsets, mentions, sentence, match)) return false;
  return MatchSide(s, after, true, el, star == 0 && el.empty() ? 0 : star + (star < el.size() && el[star].kind == PatternElement::kVerb ? 1 : 0),
                   el.size(), synsets, mentions, sentence, match);
}

}  // namespace dyad::events
