#include "events/tabari_pattern.h"

#include <cctype>
#include <functional>

#include "base/ascii.h"

namespace dyad::events {
namespace {

// Items in reverse order for matching leftwards from the verb: an item's
// glue to its left neighbour becomes the glue of that neighbour to it.
// `first_glue`: whether the first reversed item (the last in text order)
// is glued to what stands before it in the match (the verb).
std::vector<TabariItem> Reversed(const std::vector<TabariItem>& items, bool first_glue) {
  std::vector<TabariItem> r;
  const size_t n = items.size();
  for (size_t j = 0; j < n; ++j) {
    TabariItem it = items[n - 1 - j];
    it.glued = j == 0 ? first_glue : items[n - j].glued;
    if (it.kind == TabariItem::kChoice) {
      for (auto& alt : it.choices) alt = Reversed(alt, false);
    }
    r.push_back(std::move(it));
  }
  return r;
}

// Appends the words of a word element ("FOR_CEASEFIRE") as items.
void AddWords(std::string_view text, bool glued, bool whole, std::vector<TabariItem>* out) {
  std::vector<TabariWord> words = SplitTabariPhrase(text);
  for (size_t k = 0; k < words.size(); ++k) {
    TabariItem it;
    it.kind = TabariItem::kWord;
    it.word = words[k];
    it.glued = k == 0 ? glued : true;
    if (k + 1 == words.size() && whole && !it.word.tilde) it.word.rule = TabariWordRule::kExact;
    if (it.word.rule == TabariWordRule::kWhole) it.word.rule = TabariWordRule::kExact;
    out->push_back(std::move(it));
  }
}

// Compiles elements [*i, end) up to a '|' or '}' at this depth.
std::vector<TabariItem> CompileRange(const std::vector<PatternElement>& el, size_t* i, size_t end) {
  std::vector<TabariItem> out;
  while (*i < end) {
    const PatternElement& e = el[*i];
    bool next_glued = *i + 1 < end && el[*i + 1].joined;
    switch (e.kind) {
      case PatternElement::kWord:
        AddWords(e.text, e.joined, e.exact || next_glued, &out);
        break;
      case PatternElement::kSynset: {
        TabariItem it;
        it.kind = TabariItem::kSynset;
        it.synset = e.text;
        it.glued = e.joined;
        out.push_back(std::move(it));
        break;
      }
      case PatternElement::kSource:
      case PatternElement::kTarget:
      case PatternElement::kCompound:
      case PatternElement::kSkip: {
        TabariItem it;
        it.kind = e.kind == PatternElement::kSource     ? TabariItem::kSource
                  : e.kind == PatternElement::kTarget   ? TabariItem::kTarget
                  : e.kind == PatternElement::kCompound ? TabariItem::kCompound
                                                        : TabariItem::kSkip;
        it.glued = e.joined;
        out.push_back(std::move(it));
        break;
      }
      case PatternElement::kOpenChoice: {
        TabariItem it;
        it.kind = TabariItem::kChoice;
        it.glued = e.joined;
        ++*i;
        while (*i < end) {
          it.choices.push_back(CompileRange(el, i, end));
          if (*i < end && el[*i].kind == PatternElement::kChoiceOr) {
            ++*i;
            continue;
          }
          break;  // At '}' (or the end).
        }
        out.push_back(std::move(it));
        break;
      }
      case PatternElement::kChoiceOr:
      case PatternElement::kCloseChoice:
        return out;
      default:  // PETRARCH groupings and '*': not here.
        break;
    }
    ++*i;
  }
  return out;
}

// The matcher's view of a clause: the words on one side of the verb, in
// the order they are looked at (rightwards or leftwards).
struct View {
  const TabariClause& clause;
  std::vector<size_t> idx;
  const std::unordered_map<std::string, std::vector<std::vector<TabariItem>>>& synsets;
  bool forward;

  int GroupAt(size_t p) const {
    if (p >= idx.size()) return -1;
    int g = clause.actor[idx[p]];
    if (g < 0) return -1;
    if (p > 0 && clause.actor[idx[p - 1]] == g) return -1;  // Not where the group begins.
    return g;
  }
  size_t GroupEnd(size_t p) const {
    int g = clause.actor[idx[p]];
    while (p < idx.size() && clause.actor[idx[p]] == g) ++p;
    return p;
  }
};

struct State {
  int score = 0;
  int word_value = 2;  // A word of the pattern itself; 1 inside a synonym set.
  int source = -1, target = -1, compound = -1;
  std::vector<int> skipped;
  size_t used = 0;  // One past the furthest view position used.
};

using Cont = std::function<bool(size_t, State*)>;

bool MatchItems(const View& v, const std::vector<TabariItem>& items, size_t k, size_t pos,
                bool glue_first, State* st, const Cont& cont) {
  if (k == items.size()) return cont(pos, st);
  const TabariItem& it = items[k];
  const bool glued = k == 0 ? glue_first : it.glued;
  const size_t last = glued ? std::min(pos + 1, v.idx.size()) : v.idx.size();
  auto next = [&](size_t p, State* s) { return MatchItems(v, items, k + 1, p, false, s, cont); };
  for (size_t p = pos; p < last; ++p) {
    State s = *st;
    switch (it.kind) {
      case TabariItem::kWord:
        if (!TabariWordMatches(v.clause.words[v.idx[p]], it.word.text, it.word.rule)) continue;
        s.score += s.word_value;
        s.used = std::max(s.used, p + 1);
        if (next(p + 1, &s)) return *st = s, true;
        break;
      case TabariItem::kSynset: {
        auto found = v.synsets.find(it.synset);
        if (found == v.synsets.end()) return false;
        // A set's words count less than the pattern's own ("* DOLLAR"
        // is more specific than "* &CURRENCY").
        auto after_set = [&](size_t p2, State* s2) {
          s2->word_value = 2;
          return next(p2, s2);
        };
        for (const auto& member : found->second) {
          State m = s;
          m.word_value = 1;
          if (MatchItems(v, member, 0, p, true, &m, after_set)) return *st = m, true;
        }
        break;
      }
      case TabariItem::kChoice:
        for (const auto& alt : it.choices) {
          State m = s;
          if (MatchItems(v, alt, 0, p, true, &m, next)) return *st = m, true;
        }
        break;
      case TabariItem::kSource:
      case TabariItem::kTarget:
      case TabariItem::kCompound:
      case TabariItem::kSkip: {
        int g = v.GroupAt(p);
        if (g < 0 && it.kind == TabariItem::kSkip) {
          // '^' passes over the next actor, or over one word when none follows.
          bool actor_ahead = false;
          for (size_t q = p; q < v.idx.size() && !actor_ahead; ++q) actor_ahead = v.GroupAt(q) >= 0;
          if (actor_ahead) continue;
          if (next(p + 1, &s)) return *st = s, true;
          return false;
        }
        if (g < 0) continue;
        if (it.kind == TabariItem::kSource) s.source = g;
        if (it.kind == TabariItem::kTarget) s.target = g;
        if (it.kind == TabariItem::kCompound) s.compound = g;
        if (it.kind == TabariItem::kSkip) s.skipped.push_back(g);
        size_t end = v.GroupEnd(p);
        s.used = std::max(s.used, end);
        if (next(end, &s)) return *st = s, true;
        break;
      }
    }
  }
  return false;
}

// Regular endings a whole word ("DEPART_", "LIBYA_") may take.
const std::string_view kEndings[] = {"s", "es", "ed", "d", "en", "ing", "'s", "'"};

}  // namespace

bool TabariWordMatches(std::string_view word, std::string_view dict, TabariWordRule rule) {
  if (dict.empty() || !word.starts_with(dict)) return false;
  if (word.size() == dict.size() || rule == TabariWordRule::kStem) return true;
  if (rule == TabariWordRule::kExact) return false;
  std::string_view rest = word.substr(dict.size());
  for (std::string_view e : kEndings) {
    if (rest == e) return true;
  }
  // "DEPLORE_": deplor(ing); "ACT_": acts'.
  return dict.back() == 'e' && rest == "ing";
}

std::vector<TabariWord> SplitTabariPhrase(std::string_view phrase) {
  std::vector<TabariWord> out;
  std::string cur;
  bool glue_next = false;
  auto flush = [&](char sep) {
    if (cur.empty()) return;
    TabariWord w;
    w.rule = TabariWordRule::kStem;
    if (cur.back() == '=') {
      w.rule = TabariWordRule::kExact;
      cur.pop_back();
    } else if (cur.back() == '~') {
      cur.pop_back();  // "NEAT~": a stem even where '_' glues it.
      w.tilde = true;
    } else if (sep == '_') {
      w.rule = TabariWordRule::kWhole;
    }
    w.text = AsciiLower(cur);
    w.glued = glue_next;
    out.push_back(std::move(w));
    cur.clear();
  };
  for (size_t i = 0; i < phrase.size(); ++i) {
    char c = phrase[i];
    if (c == '_' || c == ' ') {
      bool had = !cur.empty();
      flush(c);
      if (had || c == '_') glue_next = c == '_';
      continue;
    }
    cur.push_back(c);
  }
  flush('\0');
  return out;
}

std::vector<TabariItem> CompileTabariPhrase(std::string_view text) {
  std::vector<TabariItem> out;
  size_t i = 0;
  bool glue = false;
  while (i < text.size()) {
    char c = text[i];
    if (c == ' ' || c == '_') {
      glue = c == '_';
      ++i;
      continue;
    }
    size_t start = i;
    auto special = [](char ch) { return ch == '&' || ch == '$' || ch == '+' || ch == '%' || ch == '^'; };
    if (c == '&') {
      ++i;
      while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '-')) ++i;
    } else if (special(c)) {
      ++i;
    } else {
      // A '_' inside the run joins words ("CEASE_FIRE"); one before a
      // special element or at the end ends the run.
      while (i < text.size() && text[i] != ' ' &&
             !(text[i] == '_' && (i + 1 >= text.size() || special(text[i + 1])))) {
        ++i;
      }
    }
    std::string_view run = text.substr(start, i - start);
    // A trailing '_' on the run asks for the whole word.
    bool whole = i < text.size() && text[i] == '_';
    TabariItem it;
    if (run == "$" || run == "+" || run == "%" || run == "^") {
      it.kind = run == "$" ? TabariItem::kSource : run == "+" ? TabariItem::kTarget
                : run == "%" ? TabariItem::kCompound : TabariItem::kSkip;
      it.glued = glue;
      out.push_back(std::move(it));
    } else if (run[0] == '&') {
      it.kind = TabariItem::kSynset;
      it.synset = std::string(run.substr(1));
      for (char& ch : it.synset) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      it.glued = glue;
      out.push_back(std::move(it));
    } else {
      AddWords(run, glue, whole, &out);
    }
    glue = false;
  }
  return out;
}

void TabariSynsets::Add(const std::string& name, std::string_view member) {
  std::vector<TabariItem> items = CompileTabariPhrase(member);
  if (items.empty()) return;
  backward[name].push_back(Reversed(items, false));
  forward[name].push_back(std::move(items));
}

TabariPattern CompileTabariPattern(const std::vector<PatternElement>& elements) {
  TabariPattern p;
  size_t star = elements.size();
  for (size_t i = 0; i < elements.size(); ++i) {
    if (elements[i].kind == PatternElement::kVerb) star = i;
  }
  if (star == elements.size()) star = 0;
  size_t i = 0;
  std::vector<TabariItem> before = CompileRange(elements, &i, star);
  // A word glued to '*' ("IN_*") asks for the whole word.
  p.verb_glued = star < elements.size() && elements[star].joined;
  if (p.verb_glued && !before.empty() && before.back().kind == TabariItem::kWord &&
      !before.back().word.tilde) {
    before.back().word.rule = TabariWordRule::kExact;
  }
  p.before = std::move(before);
  i = star + 1;
  p.after = CompileRange(elements, &i, elements.size());
  return p;
}

bool MatchTabariPattern(const TabariPattern& pattern, const TabariSynsets& synsets,
                        const TabariClause& clause, size_t verb_first, size_t verb_last,
                        TabariMatch* match) {
  *match = TabariMatch();
  View after{clause, {}, synsets.forward, true};
  for (size_t w = verb_last + 1; w < clause.words.size(); ++w) after.idx.push_back(w);
  View before{clause, {}, synsets.backward, false};
  for (size_t w = verb_first; w-- > 0;) before.idx.push_back(w);
  std::vector<TabariItem> left = Reversed(pattern.before, pattern.verb_glued);
  State st;
  Cont done_after = [](size_t, State*) { return true; };
  Cont done_before = [&](size_t, State* s) {
    State a = *s;
    a.used = 0;
    bool first = !pattern.after.empty() && pattern.after[0].glued;
    if (!MatchItems(after, pattern.after, 0, 0, first, &a, done_after)) return false;
    *s = a;
    return true;
  };
  bool first = !left.empty() && left[0].glued;
  if (!MatchItems(before, left, 0, 0, first, &st, done_before)) return false;
  match->score = st.score;
  match->source = st.source;
  match->target = st.target;
  match->compound = st.compound;
  match->skipped = st.skipped;
  match->end = st.used == 0 ? verb_last + 1 : after.idx[st.used - 1] + 1;
  return true;
}

}  // namespace dyad::events
