// From pieces grouped by phrase head to mentions with codes (step 3 of
// recognizer.cc).
#include <algorithm>
#include <map>

#include "actors/compiled_dictionary.h"
#include "actors/name_matcher.h"
#include "actors/recognizer.h"

namespace dyad::actors {
namespace {

bool IsNamedActor(const Piece& p) {
  return p.kind != EntryKind::kAgent && !p.code.starts_with("---");
}

// The country part a modifier lends an agent: a country, organisation or
// outlet lends its whole code ("IGOUNO" + MIL), a person or place only its
// country ("Putin's spokesman" -> RUS + GOV).
std::string LentBase(const Piece& p) {
  if (p.kind == EntryKind::kPerson || p.kind == EntryKind::kPlace) return p.code.substr(0, 3);
  return p.code;
}

const char* RelationName(Relation r, EntryKind kind) {
  if (kind == EntryKind::kPlace) return "agent+place";
  switch (r) {
    case Relation::kPossessive: return "agent+possessive";
    case Relation::kAdjective: return "agent+adjective";
    case Relation::kCompound: return "agent+compound";
    case Relation::kConjunct: return "agent+compound";
    case Relation::kPlace: return "agent+place";
    case Relation::kHead: return "agent";
  }
  return "agent";
}

int RelationRank(const Piece& p) {
  if (p.kind == EntryKind::kPlace) return 4;
  switch (p.relation) {
    case Relation::kPossessive: return 0;
    case Relation::kAdjective: return 1;
    case Relation::kCompound:
    case Relation::kConjunct: return 2;
    case Relation::kPlace: return 3;
    case Relation::kHead: return 5;
  }
  return 5;
}

ActorMention MakeMention(const SentenceWords& sw, size_t index, uint32_t first, uint32_t last,
                         std::string_view code, std::string resolved_by, std::string entry,
                         EntryKind kind) {
  ActorMention m;
  m.kind = EntryKindName(kind);
  m.sentence = index;
  // Trailing possessive "'s" belongs to the phrase it marks, not the actor.
  while (last > first && sw.words[last].deprel == "case" && sw.words[last].form.starts_with("'")) --last;
  m.first_token = first;
  m.last_token = last;
  m.begin = sw.words[first].begin;
  m.end = sw.words[last].end;
  SetCode(code, &m);
  m.resolved_by = std::move(resolved_by);
  m.entry = std::move(entry);
  return m;
}

// "a former Russian minister", "ex-president": a word of the phrase before
// its head says so.
bool IsFormer(const SentenceWords& sw, uint32_t first, uint32_t head) {
  for (uint32_t t = first; t < head; ++t) {
    std::string key = TokenKey(sw.words[t].form);
    if (key == "former" || key == "ex" || key == "ex-" || key == "formerly" || key == "then-") {
      return true;
    }
  }
  return false;
}

// In a run of sector parts ("GOV", "GOVMIL").
std::string ReplaceSector(std::string code, std::string_view from, std::string_view to) {
  for (size_t j = 0; j + 3 <= code.size(); j += 3) {
    if (std::string_view(code).substr(j, 3) == from) code.replace(j, 3, to);
  }
  return code;
}

// "state broadcaster NHK", "the militant group Hamas": an agent phrase
// with a named actor in apposition right after it is one mention, with the
// named actor's code.
void MergeAppositions(const SentenceWords& sw, size_t begin, std::vector<ActorMention>* out) {
  std::vector<bool> drop(out->size(), false);
  for (size_t i = begin; i < out->size(); ++i) {
    ActorMention& agent = (*out)[i];
    if (agent.kind != "agent" || drop[i]) continue;
    for (size_t j = begin; j < out->size(); ++j) {
      ActorMention& named = (*out)[j];
      if (i == j || drop[j] || named.kind == "agent" || named.kind == "place" ||
          named.first_token != agent.last_token + 1) {
        continue;
      }
      bool appos = false;
      for (uint32_t t = named.first_token; t <= named.last_token; ++t) {
        int h = sw.words[t].head;
        appos |= sw.words[t].deprel == "appos" && h >= static_cast<int>(agent.first_token) &&
                 h <= static_cast<int>(agent.last_token);
      }
      if (!appos) continue;
      agent.end = named.end;
      agent.last_token = named.last_token;
      SetCode(named.code, &agent);
      agent.resolved_by = named.resolved_by;
      agent.kind = named.kind;
      agent.entry = named.entry;
      drop[j] = true;
    }
  }
  size_t w = begin;
  for (size_t i = begin; i < out->size(); ++i) {
    if (drop[i]) continue;
    if (w != i) (*out)[w] = std::move((*out)[i]);
    ++w;
  }
  out->resize(w);
}

}  // namespace

void SetCode(std::string_view code, ActorMention* m) {
  m->code = std::string(code);
  m->country = std::string(code.substr(0, std::min<size_t>(3, code.size())));
  m->sector = code.size() > 3 ? std::string(code.substr(3)) : "";
}

void ResolvePhrases(const CompiledDictionary& dict, const SentenceWords& sw, size_t index,
                    const std::vector<Piece>& pieces, const ArticleState& state,
                    std::vector<ActorMention>* out) {
  const size_t begin = out->size();
  std::map<uint32_t, std::vector<const Piece*>> phrases;
  for (const Piece& p : pieces) phrases[p.head].push_back(&p);

  for (auto& [head, group] : phrases) {
    auto entry_name = [&](const Piece& p) {
      return p.alias_of.empty() ? dict.entries[p.entry].names[0] : p.alias_of;
    };
    const Piece* primary = nullptr;
    for (const Piece* p : group) {
      if (p->first <= head && head <= p->last) primary = p;
    }
    if (primary == nullptr) {
      // "Foreign Minister John Doe": the agent nearest an unknown head.
      for (const Piece* p : group) {
        if (p->kind == EntryKind::kAgent && p->relation == Relation::kCompound &&
            (primary == nullptr || p->anchor > primary->anchor)) {
          primary = p;
        }
      }
    }
    // The phrase: from its first word to its head, and on to the end of a
    // name that continues past the head or of a place that lent its
    // country (added below).
    uint32_t first = head, last = head;
    for (const Piece* p : group) {
      if (p->relation == Relation::kPlace) continue;
      first = std::min(first, p->first);
      last = std::max(last, p->last);
    }
    first = std::min(first, group[0]->phrase_first);

    if (primary == nullptr) {
      // The actors only modify something else ("the Egyptian square",
      // "the Beijing Olympics"): each is a mention of its own.
      for (const Piece* p : group) {
        if (p->kind == EntryKind::kAgent) continue;
        const char* how = p->kind == EntryKind::kPlace ? "place"
                          : p->by_context             ? "context"
                          : !p->alias_of.empty()      ? "coref:name"
                                                      : "dictionary";
        std::string resolved = how;
        if (!p->alias_of.empty()) resolved += " -> " + p->alias_of;
        out->push_back(MakeMention(sw, index, p->first, p->last,
                                   p->kind == EntryKind::kPlace ? p->code.substr(0, 3) : p->code,
                                   resolved, entry_name(*p), p->kind));
      }
      continue;
    }
    if (IsNamedActor(*primary)) {
      std::string resolved = primary->kind == EntryKind::kPlace ? "place"
                              : primary->by_context             ? "context"
                              : !primary->alias_of.empty() ? "coref:name -> " + primary->alias_of
                                                           : "dictionary";
      std::string code = primary->kind == EntryKind::kPlace ? primary->code.substr(0, 3) : primary->code;
      // A name coded with a country only, under a title that gives a sector
      // ("Bree Prime Minister Romendacil" with Romendacil [BRE]): the title
      // adds its sector, as TABARI and PETRARCH combine them.
      if (code.size() == 3 && primary->kind != EntryKind::kPlace) {
        for (const Piece* p : group) {
          if (p != primary && p->kind == EntryKind::kAgent && p->last < primary->first) {
            code = CombineCodes(code, p->code);
            break;
          }
        }
      }
      out->push_back(MakeMention(sw, index, first, last, code, resolved, entry_name(*primary),
                                 primary->kind));
      // "The Shire" [FRO/BIL/SAM] outside a TABARI project (where the code
      // stays whole): one mention for each actor it stands for.
      if (primary->alias_of.empty() && primary->code.find('/') == std::string::npos) {
        for (const RoleCode& c : dict.entries[primary->entry].codes) {
          if (c.code != primary->code) continue;
          for (const std::string& also : c.compound) {
            out->push_back(MakeMention(sw, index, first, last, also, resolved, entry_name(*primary),
                                       primary->kind));
          }
          break;
        }
      }
      // "The Malaysia Airlines Boeing": an organisation or outlet modifying
      // another named actor (not a person, whose titles and employers
      // describe them) is an actor of its own.
      if (primary->kind != EntryKind::kPerson) {
        for (const Piece* p : group) {
          if (p == primary || (p->kind != EntryKind::kOrganisation && p->kind != EntryKind::kMedia)) continue;
          if (p->code.starts_with("---")) continue;
          out->push_back(MakeMention(sw, index, p->first, p->last, p->code, "dictionary",
                                     entry_name(*p), p->kind));
        }
      }
      continue;
    }
    // An agent (or an organisation whose country comes from context).
    std::string sector = primary->kind == EntryKind::kAgent ? primary->code : primary->code.substr(3);
    if (IsFormer(sw, first, primary->first)) sector = ReplaceSector(sector, "GOV", "ELI");
    std::vector<const Piece*> lenders;
    int best_rank = 99;
    for (const Piece* p : group) {
      if (p == primary || p->kind == EntryKind::kAgent || p->code.starts_with("---")) continue;
      int rank = RelationRank(*p);
      if (rank < best_rank) {
        best_rank = rank;
        lenders.clear();
      }
      if (rank == best_rank) lenders.push_back(p);
    }
    if (lenders.size() > 1) {
      // Several of one kind: coordinated ones ("US and British activists")
      // each make a mention; otherwise the one nearest the head decides.
      bool coordinated = false;
      for (const Piece* p : lenders) coordinated |= p->coordinated;
      if (!coordinated) {
        const Piece* nearest = lenders[0];
        for (const Piece* p : lenders) {
          if (p->anchor > nearest->anchor) nearest = p;
        }
        lenders = {nearest};
      }
    }
    if (lenders.empty()) {
      std::string base = "---";
      std::string how = "agent";
      if (!state.dateline_country.empty()) {
        base = state.dateline_country;
        how = "agent+dateline";
      }
      out->push_back(MakeMention(sw, index, first, last, CombineCodes(base, sector), how,
                                 entry_name(*primary), primary->kind));
      continue;
    }
    for (const Piece* p : lenders) {
      out->push_back(MakeMention(sw, index, first, std::max(last, p->last),
                                 CombineCodes(LentBase(*p), sector),
                                 RelationName(p->relation, p->kind), entry_name(*primary),
                                 primary->kind));
    }
  }
  // Appositions inherit a country: "the US commander in Iraq, General David
  // Petraeus" -> Petraeus's phrase is USAMIL too.
  for (size_t i = begin; i < out->size(); ++i) {
    ActorMention& m = (*out)[i];
    if (m.country != "---") continue;
    for (uint32_t t = m.first_token; t <= m.last_token; ++t) {
      if (sw.words[t].deprel != "appos" || sw.words[t].head < 0) continue;
      uint32_t h = static_cast<uint32_t>(sw.words[t].head);
      for (size_t j = begin; j < out->size(); ++j) {
        const ActorMention& other = (*out)[j];
        if (i == j || other.country == "---" || other.kind == "media" || other.kind == "place") {
          continue;
        }
        // Only a neighbour across a comma: "the US commander in Iraq,
        // General David Petraeus", not a wire's "(Reuters) -" before a story.
        if (other.last_token >= m.first_token || other.last_token + 2 < m.first_token) continue;
        if (other.first_token <= h && h <= other.last_token) {
          SetCode(CombineCodes(other.country, m.sector), &m);
          m.resolved_by = "agent+apposition";
          break;
        }
      }
    }
  }
  MergeAppositions(sw, begin, out);
  std::sort(out->begin() + static_cast<std::ptrdiff_t>(begin), out->end(), [](const ActorMention& a, const ActorMention& b) {
    if (a.sentence != b.sentence) return a.sentence < b.sentence;
    if (a.first_token != b.first_token) return a.first_token < b.first_token;
    return a.code < b.code;
  });
}

}  // namespace dyad::actors
