// Coreference within an article (step 4 of recognizer.cc): what a later
// "he", "the minister", "his counterpart" or "both sides" refers to.
//
// Deliberately simple and local: the antecedent is the most recent
// compatible mention within kWindow sentences, because wire copy names an
// actor and then refers back within a paragraph or two. Every mention made
// here says so in resolved_by, with the antecedent's text.
#include <algorithm>

#include "actors/recognizer.h"
#include "actors/name_matcher.h"

namespace dyad::actors {
namespace {

constexpr size_t kWindow = 4;

struct Candidate {
  std::string code, text, kind;
  bool person_like = false;
  bool plural = false;
  size_t sentence = 0;
  uint32_t token = 0;
};

bool IsPlural(const SentenceWords& sw, uint32_t token) {
  std::string_view feats = sw.words[token].feats;
  return feats.find("Number=Plur") != std::string_view::npos ||
         feats.find("Number=Ptan") != std::string_view::npos;  // "troops", "police".
}

// The head token of a mention: the one whose head is outside it.
uint32_t MentionHead(const SentenceWords& sw, const ActorMention& m) {
  uint32_t head = m.last_token;
  for (uint32_t t = m.first_token; t <= m.last_token; ++t) {
    int h = sw.words[t].head;
    if (h < static_cast<int>(m.first_token) || h > static_cast<int>(m.last_token)) head = t;
  }
  return head;
}

std::string MentionText(const SentenceWords& sw, const ActorMention& m) {
  std::string text;
  for (uint32_t t = m.first_token; t <= m.last_token; ++t) {
    if (!text.empty()) text += ' ';
    text += sw.words[t].form;
  }
  return text;
}

// Most recent candidate before (sentence, token) that `accept` likes.
template <typename Accept>
const Candidate* Latest(const std::vector<Candidate>& c, size_t sentence, uint32_t token,
                        Accept accept) {
  for (auto it = c.rbegin(); it != c.rend(); ++it) {
    if (it->sentence == sentence && it->token >= token) continue;
    if (sentence - it->sentence > kWindow) break;
    if (accept(*it)) return &*it;
  }
  return nullptr;
}

// Whether an agent noun names a person ("minister", "spokesman") rather
// than a body ("ministry", "government"): the antecedent of "he" and "she".
bool IsPersonNoun(std::string_view lemma) {
  static constexpr std::string_view kBodies[] = {"government", "parliament", "department",
                                                 "management", "establishment", "movement"};
  for (auto b : kBodies) {
    if (lemma == b) return false;
  }
  static constexpr std::string_view kEndings[] = {
      "er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "official", "chief",
      "head", "general", "envoy", "king", "queen", "emir", "prince", "princess", "judge",
      "mayor", "premier", "diplomat", "counterpart", "deputy", "aide", "advisor", "adviser",
      "candidate", "delegate", "representative", "attache", "attaché", "sheikh", "cleric",
      "imam", "bishop", "pope", "monarch", "dictator", "tsar", "czar", "envoy", "mp"};
  for (auto e : kEndings) {
    if (lemma.ends_with(e)) return true;
  }
  return false;
}

ActorMention Make(const SentenceWords& sw, size_t index, uint32_t first, uint32_t last,
                  const std::string& code, std::string how, const Candidate& antecedent) {
  ActorMention m;
  m.sentence = index;
  m.first_token = first;
  m.last_token = last;
  m.begin = sw.words[first].begin;
  m.end = sw.words[last].end;
  SetCode(code, &m);
  m.resolved_by = how + " -> " + antecedent.text;
  m.entry = antecedent.text;
  m.kind = antecedent.kind;
  return m;
}

bool IsDefinite(const SentenceWords& sw, const ActorMention& m) {
  std::string first = TokenKey(sw.words[m.first_token].form);
  return first == "the" || first == "this" || first == "that" || first == "these" ||
         first == "those";
}

// "The We Company" is a name, not a description to resolve.
bool HasOtherName(const SentenceWords& sw, const ActorMention& m, uint32_t head) {
  for (uint32_t t = m.first_token; t < head; ++t) {
    if (sw.words[t].upos == "PROPN") return true;
  }
  return false;
}

std::string SectorOf(const std::string& code) { return code.size() > 3 ? code.substr(3) : ""; }

}  // namespace

void ResolveCoreference(const SentenceWords& sw, size_t index, const std::vector<Piece>& pieces,
                        ArticleState* state, std::vector<ActorMention>* mentions) {
  size_t begin = mentions->size();
  while (begin > 0 && (*mentions)[begin - 1].sentence == index) --begin;

  // Candidates: the article so far, then this sentence's own mentions.
  std::vector<Candidate> candidates;
  for (const PastMention& p : state->history) {
    candidates.push_back({p.code, p.text, EntryKindName(p.kind), p.person_like, p.plural,
                          p.sentence, p.token});
  }
  auto add_candidate = [&](const ActorMention& m) {
    if (m.country == "---") return;
    uint32_t head = MentionHead(sw, m);
    bool plural = IsPlural(sw, head);
    bool person_like =
        m.kind == "person" || (m.kind == "agent" && !plural && IsPersonNoun(TokenKey(sw.words[head].lemma)));
    candidates.push_back({m.code, MentionText(sw, m), m.kind, person_like, plural, index, head});
  };
  for (size_t i = begin; i < mentions->size(); ++i) add_candidate((*mentions)[i]);
  std::vector<PastMention> blockers;
  // A person no dictionary knows ("Michael Jordan praised ...") is still the
  // likeliest "he" after it: an empty code blocks older antecedents.
  {
    std::vector<bool> in_mention(sw.words.size(), false);
    for (size_t i = begin; i < mentions->size(); ++i) {
      for (uint32_t t = (*mentions)[i].first_token; t <= (*mentions)[i].last_token; ++t) in_mention[t] = true;
    }
    for (uint32_t t = 0; t < sw.words.size(); ++t) {
      const Word& w = sw.words[t];
      if (!in_mention[t] && w.upos == "PROPN" && w.deprel.starts_with("nsubj")) {
        candidates.push_back({"", std::string(w.form), "person", true, false, index, t});
        PastMention blocker;  // Remembered too, so that it blocks in later sentences.
        blocker.text = std::string(w.form);
        blocker.kind = EntryKind::kPerson;
        blocker.person_like = true;
        blocker.sentence = index;
        blocker.token = t;
        blockers.push_back(std::move(blocker));
      }
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    return a.sentence != b.sentence ? a.sentence < b.sentence : a.token < b.token;
  });

  // 1. Agents without a country: "the minister", "his counterpart".
  for (size_t i = begin; i < mentions->size(); ++i) {
    ActorMention& m = (*mentions)[i];
    if (m.country != "---" || m.kind != "agent") continue;
    uint32_t head = MentionHead(sw, m);
    std::string sector = SectorOf(m.code);
    if (TokenKey(sw.words[head].lemma) == "counterpart") {
      // Whose counterpart: the possessor ("his", "Lavrov's") or the latest person.
      const Candidate* owner = Latest(candidates, index, m.first_token, [](const Candidate& c) {
        return c.person_like && !c.code.empty();
      });
      if (owner == nullptr) continue;
      std::string owner_country = owner->code.substr(0, 3);
      const Candidate* other = Latest(candidates, index, 0xFFFFFFFF, [&](const Candidate& c) {
        return !c.code.empty() && c.code.substr(0, 3) != owner_country;
      });
      std::string owner_sector = SectorOf(owner->code).substr(0, 3);
      if (owner_sector.empty()) owner_sector = sector;
      if (other == nullptr) {
        SetCode(CombineCodes("---", owner_sector), &m);
        m.resolved_by = "coref:counterpart -> " + owner->text;
      } else {
        SetCode(CombineCodes(other->code.substr(0, 3), owner_sector), &m);
        m.resolved_by = "coref:counterpart -> " + owner->text + " / " + other->text;
      }
      continue;
    }
    if (!IsDefinite(sw, m) || HasOtherName(sw, m, head)) continue;
    std::string first_part = sector.substr(0, 3);
    if (first_part.empty()) continue;
    // "the minister": best an antecedent called a minister ("Foreign
    // Minister Sergei Lavrov"), then a person of that sector, then any
    // actor of that sector.
    std::string head_key = TokenKey(sw.words[head].lemma);
    bool singular = !IsPlural(sw, head);
    auto same_sector = [&](const Candidate& c) {
      return !c.code.empty() && SectorOf(c.code).find(first_part) != std::string::npos;
    };
    const Candidate* a = Latest(candidates, index, m.first_token, [&](const Candidate& c) {
      return same_sector(c) && c.plural != singular && TokenKey(c.text).find(head_key) != std::string::npos;
    });
    if (a == nullptr && singular) {
      a = Latest(candidates, index, m.first_token,
                 [&](const Candidate& c) { return same_sector(c) && c.person_like; });
    }
    if (a == nullptr) a = Latest(candidates, index, m.first_token, same_sector);
    if (a == nullptr) continue;
    SetCode(a->kind == "person" || SectorOf(a->code).starts_with(first_part)
                ? a->code
                : CombineCodes(a->code.substr(0, 3), sector),
            &m);
    m.resolved_by = "coref:definite -> " + a->text;
  }

  // 2. Pronouns and "both sides", "the two countries".
  std::vector<bool> covered(sw.words.size(), false);
  for (const ActorMention& m : *mentions) {
    if (m.sentence != index) continue;
    for (uint32_t t = m.first_token; t <= m.last_token; ++t) covered[t] = true;
  }
  std::vector<ActorMention> added;
  for (uint32_t t = 0; t < sw.words.size(); ++t) {
    if (covered[t]) continue;
    const Word& w = sw.words[t];
    std::string key = TokenKey(w.form);
    if (w.upos == "PRON" && w.deprel != "expl") {
      bool person = key == "he" || key == "him" || key == "his" || key == "she" || key == "her" ||
                    key == "himself" || key == "herself";
      bool group = key == "they" || key == "them" || key == "their" || key == "it" || key == "its";
      if (!person && !group) continue;
      const Candidate* a = Latest(candidates, index, t, [&](const Candidate& c) {
        if (person) return c.person_like;
        return !c.person_like && (index - c.sentence) <= 1;
      });
      if (a != nullptr && !a->code.empty()) {
        added.push_back(Make(sw, index, t, t, a->code, "coref:pronoun", *a));
      }
      continue;
    }
    if (w.upos != "NOUN") continue;
    std::string lemma = TokenKey(w.lemma);
    bool leaders = lemma == "leader" || lemma == "government";
    if (!(lemma == "side" || lemma == "country" || lemma == "nation" || leaders)) continue;
    if (!IsPlural(sw, t)) continue;
    // "both sides", "the two countries", "both the countries".
    uint32_t first = t;
    bool pair = false;
    for (uint32_t k = t; k > 0 && t - k < 3; --k) {
      std::string key = TokenKey(sw.words[k - 1].form);
      if (key == "both" || key == "two") {
        pair = true;
        first = k - 1;
      } else if (key != "the") {
        break;
      }
    }
    if (!pair) continue;
    if (first > 0 && TokenKey(sw.words[first - 1].form) == "the") --first;
    // The two most recent actors of different countries.
    const Candidate* a = Latest(candidates, index, t, [](const Candidate& c) {
      return !c.code.empty() && c.code.substr(0, 3) != "---";
    });
    if (a == nullptr) continue;
    std::string a_country = a->code.substr(0, 3);
    const Candidate* b = Latest(candidates, index, t, [&](const Candidate& c) {
      return !c.code.empty() && c.code.substr(0, 3) != "---" && c.code.substr(0, 3) != a_country;
    });
    if (b == nullptr) continue;
    for (const Candidate* c : {b, a}) {
      std::string code = leaders ? CombineCodes(c->code.substr(0, 3), "GOV") : c->code.substr(0, 3);
      added.push_back(Make(sw, index, first, t, code, "coref:group", *c));
    }
  }
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::sort(mentions->begin() + static_cast<std::ptrdiff_t>(begin), mentions->end(),
            [](const ActorMention& a, const ActorMention& b) {
              if (a.first_token != b.first_token) return a.first_token < b.first_token;
              return a.code < b.code;
            });

  // 3. Remember this sentence: its mentions, and the surnames of people
  //    named in full ("Lavrov" after "Sergei Lavrov").
  for (const Piece& p : pieces) {
    if (p.kind != EntryKind::kPerson || p.first == p.last || !p.alias_of.empty()) continue;
    std::string text;
    for (uint32_t t = p.first; t <= p.last; ++t) text += (t > p.first ? " " : "") + std::string(sw.words[t].form);
    state->surnames[TokenKey(sw.words[p.last].form)] = Surname{p.entry, p.code, text};
  }
  // Memory stays flat on long articles: only the window is kept.
  auto& h = state->history;
  size_t old = 0;
  while (old < h.size() && h[old].sentence + kWindow < index) ++old;
  h.erase(h.begin(), h.begin() + static_cast<std::ptrdiff_t>(old));
  for (PastMention& b : blockers) h.push_back(std::move(b));
  for (size_t i = begin; i < mentions->size(); ++i) {
    const ActorMention& m = (*mentions)[i];
    if (m.country == "---") continue;
    uint32_t head = MentionHead(sw, m);
    PastMention past;
    past.code = m.code;
    past.text = MentionText(sw, m);
    EntryKind kind = EntryKind::kCountry;
    ParseEntryKind(m.kind, &kind);
    past.kind = kind;
    past.plural = IsPlural(sw, head);
    past.person_like = m.kind == "person" ||
                       (m.kind == "agent" && !past.plural && IsPersonNoun(TokenKey(sw.words[head].lemma)));
    past.sentence = index;
    past.token = head;
    state->history.push_back(std::move(past));
  }
}

}  // namespace dyad::actors
