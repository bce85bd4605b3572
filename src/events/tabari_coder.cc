#include "events/tabari_coder.h"

#include <algorithm>
#include <cctype>

namespace dyad::events {
namespace {

// TABARI's default comma rules: an aside between two commas, or from the
// last comma to the end, of this many words is not read.
constexpr size_t kMinAside = 2, kMaxAside = 10;

bool IsOneOf(const std::string& w, std::initializer_list<const char*> list) {
  for (const char* x : list) {
    if (w == x) return true;
  }
  return false;
}

bool IsConjunction(const std::string& w) { return IsOneOf(w, {"and", "or", "nor"}); }

// Words that may stand between the actors of a compound ("A, the B and C").
bool IsCompoundGlue(const std::string& w) {
  return IsOneOf(w, {",", "and", "or", "nor", "the", "&"});
}

// A plain word that may qualify an actor in a list ("the evil Gondor").
bool IsModifier(const std::string& w) {
  if (IsOneOf(w, {"of", "in", "at", "to", "for", "with", "by", "from", "on", "that", "who", "which",
                  "said", "says", "is", "are", "was", "were", "has", "have", "had", "will", "would"})) {
    return false;
  }
  for (char c : w) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  }
  return !w.empty();
}

// The actors a mention stands for: one, or each of a TABARI compound code
// ("FRO/BIL/SAM").
std::vector<actors::ActorMention> ExpandCompound(const actors::ActorMention& m) {
  if (m.code.find('/') == std::string::npos) return {m};
  std::vector<actors::ActorMention> out;
  size_t start = 0;
  while (start <= m.code.size()) {
    size_t slash = m.code.find('/', start);
    std::string part = m.code.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (!part.empty()) {
      actors::ActorMention a = m;
      a.code = part;
      a.country = part.substr(0, std::min<size_t>(3, part.size()));
      a.sector = part.size() > 3 ? part.substr(3) : "";
      out.push_back(std::move(a));
    }
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return out;
}

struct Group {
  size_t first = 0, last = 0;  // Clause positions.
  std::vector<size_t> members;  // Indices into TabariSentence::actors.
};

}  // namespace

TabariCoder::TabariCoder(const std::vector<VerbDictionary>& dictionaries) {
  for (const VerbDictionary& d : dictionaries) {
    if (d.format != VerbFormat::kTabari) continue;
    for (const Synset& set : d.synsets) {
      for (const std::string& m : set.members) synsets_.Add(set.name, m);
    }
  }
  for (const VerbDictionary& d : dictionaries) {
    if (d.format != VerbFormat::kTabari) continue;
    std::string file = d.path.substr(d.path.find_last_of('/') + 1);
    for (const VerbEntry& v : d.verbs) verbs_.Add(v, file);
    for (const VerbEntry& v : d.time_phrases) times_.Add(v, file);
  }
}

void TabariCoder::PhraseIndex::Add(const VerbEntry& v, const std::string& file) {
  std::vector<TabariPattern> patterns;
  for (const VerbPattern& p : v.patterns) patterns.push_back(CompileTabariPattern(p.elements));
  for (const std::string& f : v.forms) {
    std::vector<TabariWord> words = SplitTabariPhrase(f);
    if (words.empty()) continue;
    first[words[0].text].push_back(forms.size());
    longest_key = std::max(longest_key, words[0].text.size());
    forms.push_back({&v, std::move(words), file, patterns});
  }
}

TabariTime TabariCoder::TimeOf(const TabariSentence& s) const {
  TabariTime time;
  if (times_.forms.empty()) return time;
  std::vector<size_t> all(s.words.size());
  for (size_t w = 0; w < all.size(); ++w) all[w] = w;
  TabariClause tc;
  tc.words = s.words;
  tc.actor.assign(s.words.size(), -1);
  for (size_t p = 0; p < all.size(); ++p) {
    std::vector<VerbAt> found = PhrasesAt(times_, s, all, p);
    if (found.empty()) continue;
    const VerbAt& v = found.front();  // The longest phrase.
    const VerbCode* code = &v.form->entry->code;
    int best = -1;
    for (size_t k = 0; k < v.form->patterns.size(); ++k) {
      TabariMatch m;
      if (MatchTabariPattern(v.form->patterns[k], synsets_, tc, v.first, v.last, &m) && m.score > best) {
        best = m.score;
        code = &v.form->entry->patterns[k].code;
      }
    }
    time.found = true;
    time.days = code->time_shift;
    time.discard = code->discard;
    time.complex = code->complex;
    return time;
  }
  return time;
}

bool TabariCoder::IsVerbAt(const TabariSentence& s, const std::vector<size_t>& words,
                           size_t pos) const {
  size_t w = words[pos];
  // A word after an article is a noun ("the restore"); a capitalised word
  // inside a sentence a name ("To Restore"), unless all is in capitals.
  if (pos > 0 && IsOneOf(s.words[words[pos - 1]], {"a", "an", "the"})) return false;
  if (s.capitalized[w] && w > 0 && !s.all_caps) return false;
  for (const TabariActor& a : s.actors) {
    if (a.first_word <= w && w <= a.last_word) return false;
  }
  return true;
}

std::vector<TabariCoder::VerbAt> TabariCoder::PhrasesAt(const PhraseIndex& index,
                                                        const TabariSentence& s,
                                                        const std::vector<size_t>& clause,
                                                        size_t pos) {
  std::vector<VerbAt> out;
  const std::string& word = s.words[clause[pos]];
  for (size_t len = 1; len <= std::min(word.size(), index.longest_key); ++len) {
    auto it = index.first.find(word.substr(0, len));
    if (it == index.first.end()) continue;
    for (size_t f : it->second) {
      const Form& form = index.forms[f];
      if (!TabariWordMatches(word, form.words[0].text, form.words[0].rule)) continue;
      size_t p = pos;
      bool ok = true;
      for (size_t k = 1; k < form.words.size() && ok; ++k) {
        const TabariWord& tw = form.words[k];
        size_t limit = tw.glued ? std::min(p + 2, clause.size()) : clause.size();
        size_t q = p + 1;
        while (q < limit && !TabariWordMatches(s.words[clause[q]], tw.text, tw.rule)) ++q;
        ok = q < limit;
        p = q;
      }
      if (ok) out.push_back({&form, pos, p});
    }
  }
  // The longest phrase first ("BURN DOWN" before "BURN"), then the longest
  // word ("ATTACKED" before "ATTACK").
  std::stable_sort(out.begin(), out.end(), [](const VerbAt& a, const VerbAt& b) {
    if (a.form->words.size() != b.form->words.size()) return a.form->words.size() > b.form->words.size();
    return a.form->words[0].text.size() > b.form->words[0].text.size();
  });
  return out;
}

bool TabariCoder::CodeSentence(const TabariSentence& s, std::vector<TabariEvent>* out) const {
  if (s.discard || s.complex) return false;
  TabariTime time = TimeOf(s);
  if (time.discard || time.complex) return false;
  const size_t n = s.words.size();
  // Comma-delimited asides. Commas inside a list of actors ("A, the B,
  // and C") do not delimit one.
  std::vector<bool> drop(n, false);
  auto actor_starts = [&](size_t w) {
    for (const TabariActor& a : s.actors) {
      if (a.first_word == w && !a.pronoun) return true;
    }
    return false;
  };
  auto words_between = [&](size_t a, size_t b) {
    size_t c = 0;
    for (size_t w = a + 1; w < b; ++w) c += s.words[w] != "," ? 1 : 0;
    return c;
  };
  std::vector<size_t> commas;
  for (size_t w = 0; w < n; ++w) {
    if (s.words[w] == ",") commas.push_back(w);
  }
  size_t last_comma = n;
  for (size_t i = 0; i < commas.size(); ++i) {
    if (i + 1 == commas.size()) {
      last_comma = commas[i];
      break;
    }
    size_t a = commas[i], b = commas[i + 1];
    size_t count = words_between(a, b);
    bool list = b + 1 < n && (actor_starts(b + 1) || IsConjunction(s.words[b + 1]));
    if (count >= kMinAside && count <= kMaxAside && !list) {
      for (size_t w = a; w <= b; ++w) drop[w] = true;
      ++i;  // The closing comma went with the aside.
      if (i + 1 == commas.size()) last_comma = n;
    }
  }
  if (last_comma < n) {
    size_t count = words_between(last_comma, n);
    if (count >= kMinAside && count <= kMaxAside) {
      for (size_t w = last_comma; w < n; ++w) drop[w] = true;
    }
  }
  std::vector<size_t> kept;
  for (size_t w = 0; w < n; ++w) {
    if (!drop[w]) kept.push_back(w);
  }
  // A verb coded [###] anywhere sets the sentence aside.
  for (size_t p = 0; p < kept.size(); ++p) {
    if (!IsVerbAt(s, kept, p)) continue;
    for (const VerbAt& v : VerbsAt(s, kept, p)) {
      if (v.form->entry->code.discard && v.form->entry->patterns.empty()) return false;
    }
  }
  // Clauses.
  auto actor_at = [&](size_t w) {
    for (size_t i = 0; i < s.actors.size(); ++i) {
      if (s.actors[i].first_word <= w && w <= s.actors[i].last_word) return static_cast<int>(i);
    }
    return -1;
  };
  auto actor_starts_or_ends = [&](size_t w) {
    int a = actor_at(w);
    return a >= 0 && !s.actors[a].pronoun;
  };
  std::vector<std::vector<size_t>> clauses(1);
  std::vector<bool> after_comma(n, false);  // A comma stands right before the word.
  for (size_t p = 1; p < kept.size(); ++p) after_comma[kept[p]] = s.words[kept[p - 1]] == ",";
  for (size_t p = 0; p < kept.size(); ++p) {
    const std::string& w = s.words[kept[p]];
    bool cut = w == "but" || w == ";";
    // "A and (the) B": a compound, not two clauses.
    size_t next_word = p + 1;
    while (next_word < kept.size() && s.words[kept[next_word]] == "the") ++next_word;
    bool compound = p > 0 && actor_starts_or_ends(kept[p - 1]) && next_word < kept.size() &&
                    actor_starts_or_ends(kept[next_word]);
    if (!cut && (w == "and" || w == "or") && !compound) {
      // Cut when a verb follows before any actor, or right after a subject
      // that comes first ("and then it requested", "and Gondor asked");
      // "A and B" stays one compound.
      size_t plain = 0;  // Words passed that are neither actor nor verb.
      for (size_t q = p + 1; q < kept.size(); ++q) {
        if (s.words[kept[q]] == ",") break;
        int a = actor_at(kept[q]);
        if (a >= 0) {
          if (plain > 1) break;
          if (s.actors[a].pronoun) {  // "and then they ...": a new subject.
            cut = true;
            break;
          }
          size_t r = q;
          while (r < kept.size() && kept[r] <= s.actors[a].last_word) ++r;
          if (r < kept.size() && IsVerbAt(s, kept, r)) {
            // The verb's word with a regular ending only ("asked", not "leaders").
            for (const VerbAt& v : VerbsAt(s, kept, r)) {
              cut = cut || TabariWordMatches(s.words[kept[r]], v.form->words[0].text, TabariWordRule::kWhole);
            }
          }
          break;
        }
        if (IsVerbAt(s, kept, q) && !VerbsAt(s, kept, q).empty()) {
          cut = true;
          break;
        }
        ++plain;
      }
    }
    if (cut) {
      if (!clauses.back().empty()) clauses.emplace_back();
      continue;
    }
    if (w != ",") clauses.back().push_back(kept[p]);
  }
  std::vector<TabariEvent> events;
  std::vector<size_t> carried;  // The previous clause's source actors.
  for (const std::vector<size_t>& clause : clauses) {
    if (clause.empty()) continue;
    // Actor groups: compounds joined by commas, "and", "or", "the".
    TabariClause tc;
    std::vector<Group> groups;
    tc.actor.assign(clause.size(), -1);
    for (size_t p = 0; p < clause.size(); ++p) {
      tc.words.push_back(s.words[clause[p]]);
      int a = actor_at(clause[p]);
      if (a < 0) continue;
      if (!groups.empty() && groups.back().last + 1 == p && groups.back().members.back() == static_cast<size_t>(a)) {
        groups.back().last = p;
      } else if (!groups.empty() && groups.back().members.back() != static_cast<size_t>(a)) {
        // Joins the previous group when only glue words stand between and one is a conjunction.
        bool glue = groups.back().last + 1 < p || after_comma[clause[p]], conj = false;
        int modifiers = 0;  // "and the evil awful B": a few plain words may qualify an actor.
        for (size_t q = groups.back().last + 1; q < p; ++q) {
          if (!IsCompoundGlue(tc.words[q]) && IsModifier(tc.words[q]) &&
              !(IsVerbAt(s, clause, q) && !VerbsAt(s, clause, q).empty())) {
            ++modifiers;
          } else {
            glue = glue && IsCompoundGlue(tc.words[q]);
          }
          conj = conj || IsConjunction(tc.words[q]);
        }
        glue = glue && modifiers <= 2;
        // A comma list ("A, B and C") is a compound when a conjunction closes it.
        if (glue && !conj) {
          for (size_t q = p + 1; q < clause.size(); ++q) {
            if (IsConjunction(s.words[clause[q]])) {
              conj = true;
              break;
            }
            if (!IsCompoundGlue(s.words[clause[q]]) && actor_at(clause[q]) < 0) break;
          }
        }
        if (glue && conj) {
          for (size_t q = groups.back().last + 1; q <= p; ++q) tc.actor[q] = static_cast<int>(groups.size()) - 1;
          groups.back().last = p;
          groups.back().members.push_back(static_cast<size_t>(a));
        } else {
          groups.push_back({p, p, {static_cast<size_t>(a)}});
        }
      } else {
        groups.push_back({p, p, {static_cast<size_t>(a)}});
      }
      tc.actor[p] = static_cast<int>(groups.size()) - 1;
    }
    // The clause's verb.
    struct Choice {
      VerbAt verb;
      const VerbPattern* pattern = nullptr;
      const VerbCode* code = nullptr;
      TabariMatch match;
    };
    Choice chosen, weak;
    bool have = false, have_weak = false;
    for (size_t p = 0; p < clause.size() && !have; ++p) {
      if (!IsVerbAt(s, clause, p)) continue;
      for (const VerbAt& v : VerbsAt(s, clause, p)) {
        Choice c;
        c.verb = v;
        int best = -1;
        const Form& f = *v.form;
        for (size_t k = 0; k < f.patterns.size(); ++k) {
          TabariMatch m;
          if (MatchTabariPattern(f.patterns[k], synsets_, tc, v.first, v.last, &m) && m.score > best) {
            best = m.score;
            c.pattern = &f.entry->patterns[k];
            c.code = &f.entry->patterns[k].code;
            c.match = m;
          }
        }
        if (c.code == nullptr) {
          c.code = &f.entry->code;
          c.match = TabariMatch();
          c.match.end = v.last + 1;
        }
        if (c.code->discard) return false;
        if (c.code->complex) return false;
        if (c.code->null_code || c.code->code.empty()) continue;
        if (c.code->weak) {
          if (!have_weak) weak = c, have_weak = true;
          continue;
        }
        chosen = c;
        have = true;
        break;
      }
    }
    if (!have && have_weak) chosen = weak, have = true;
    if (!have) continue;
    const VerbAt& v = chosen.verb;
    const TabariMatch& m = chosen.match;
    auto used = [&](int g) {
      return g == m.source || g == m.target || g == m.compound ||
             std::find(m.skipped.begin(), m.skipped.end(), g) != m.skipped.end();
    };
    std::vector<size_t> sources, targets;
    // One event (and its paired one) per actor of each side; a TABARI
    // compound code ("FRO/BIL/SAM") stands for several actors.
    auto emit = [&](size_t x, size_t y) {
      for (const actors::ActorMention& a : ExpandCompound(s.actors[x].mention)) {
        for (const actors::ActorMention& b : ExpandCompound(s.actors[y].mention)) {
          TabariEvent e;
          e.source = a;
          e.target = b;
          e.code = chosen.code->code;
          e.verb_token = s.first_token[clause[v.first]];
          e.entry = v.form->entry;
          e.pattern = chosen.pattern;
          e.file = v.form->file;
          events.push_back(e);
          if (!chosen.code->paired_code.empty()) {
            std::swap(e.source, e.target);
            e.code = chosen.code->paired_code;
            events.push_back(e);
          }
        }
      }
    };
    if (m.compound >= 0) {
      const auto& members = groups[m.compound].members;
      for (size_t x : members) {
        for (size_t y : members) {
          if (x != y) emit(x, y);
        }
      }
      carried = members;
      continue;
    }
    int src = m.source, tgt = m.target;
    if (src < 0) {
      for (size_t g = 0; g < groups.size() && src < 0; ++g) {
        if (groups[g].last < v.first && !used(static_cast<int>(g))) src = static_cast<int>(g);
      }
    }
    if (src < 0 && !carried.empty()) sources = carried;  // The previous clause's.
    // Whether group g stands for the source itself (a pronoun for it).
    auto is_source = [&](int g) {
      std::vector<size_t> src_members = src >= 0 ? groups[src].members : sources;
      if (g == src || src_members.empty()) return g == src;
      for (size_t x : groups[g].members) {
        bool found = false;
        for (size_t y : src_members) found = found || s.actors[x].mention.code == s.actors[y].mention.code;
        if (!found) return false;
      }
      return true;
    };
    if (tgt < 0) {
      for (size_t g = 0; g < groups.size() && tgt < 0; ++g) {
        if (groups[g].first > v.last && !used(static_cast<int>(g)) && !is_source(static_cast<int>(g))) {
          tgt = static_cast<int>(g);
        }
      }
    }
    // "X was opposed by Y": Y acts on X.
    if (m.source < 0 && m.target < 0 && v.first > 0) {
      size_t b = v.first - 1;
      if (b > 0 && tc.words[b].size() > 2 && tc.words[b].ends_with("ly")) --b;
      bool be = IsOneOf(tc.words[b], {"was", "were", "is", "are", "been", "be", "being"});
      size_t by = v.last + 1;
      while (by < clause.size() && by <= v.last + 2 && tc.words[by] != "by") ++by;
      if (be && by < clause.size() && tc.words[by] == "by") {
        int agent = -1;
        for (size_t g = 0; g < groups.size() && agent < 0; ++g) {
          if (groups[g].first > by) agent = static_cast<int>(g);
        }
        if (agent >= 0 && src >= 0) {
          tgt = src;
          src = agent;
        }
      }
    }
    if (src >= 0) {
      sources = groups[src].members;
    } else if (sources.empty() && m.target >= 0) {
      // No actor before the verb but a pattern's target ("+ WAS * DEAD"):
      // the first other actor after the verb.
      for (size_t g = 0; g < groups.size() && src < 0; ++g) {
        if (groups[g].first > v.last && static_cast<int>(g) != tgt && !used(static_cast<int>(g))) {
          src = static_cast<int>(g);
        }
      }
      if (src >= 0) sources = groups[src].members;
    }
    if (tgt < 0) {
      // No actor after the verb: the first other one of the clause after the source.
      for (size_t g = 0; g < groups.size() && tgt < 0; ++g) {
        if (static_cast<int>(g) != src && !used(static_cast<int>(g)) && !is_source(static_cast<int>(g)) &&
            groups[g].first > (src >= 0 ? groups[src].last : 0)) {
          tgt = static_cast<int>(g);
        }
      }
    }
    if (tgt >= 0) targets = groups[tgt].members;
    if (sources.empty()) continue;
    carried = sources;
    for (size_t x : sources) {
      for (size_t y : targets) emit(x, y);
    }
  }
  for (TabariEvent& e : events) {
    if (e.source.code == e.target.code) continue;  // No self-dyads.
    bool dup = false;
    for (const TabariEvent& o : *out) {
      dup = dup || (o.source.code == e.source.code && o.target.code == e.target.code && o.code == e.code);
    }
    if (!dup) out->push_back(std::move(e));
  }
  return true;
}

}  // namespace dyad::events
