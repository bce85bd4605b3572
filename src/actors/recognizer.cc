// Recognition and resolution of actors in one article (docs/actors.md).
//
// 1. Pieces: the longest dictionary names at each token (name_matcher.h),
//    kept when their date, case and part of speech fit.
// 2. Phrases: runs of determiners, adjectives, nouns and possessives cut
//    from the tags (ChunkTokens); the last noun is the head. A place after
//    "in/of/from" joins the agent phrase before it, and a country before
//    "and" the agent phrase after it ("US and British activists").
// 3. Codes: a phrase headed by a named actor takes its code; one headed by
//    an agent ("official") takes its sector and a country from its
//    modifiers (possessive, then adjective, then compound, then place), else
//    from an apposition, the dateline, or none ("---").
// 4. Coreference (coreference.cc) links pronouns, definite agents
//    ("the minister"), "his counterpart", "both sides" and repeated surnames
//    to what came before in the article.
#include "actors/recognizer.h"

#include <algorithm>
#include <unordered_map>

#include "actors/compiled_dictionary.h"

namespace dyad::actors {
bool IsUpperStart(std::string_view form) {
  if (form.empty()) return false;
  unsigned char c = static_cast<unsigned char>(form[0]);
  return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

const RoleCode* CodeOnDate(const DictionaryEntry& entry, int32_t date) {
  const RoleCode* unranged = nullptr;
  const RoleCode* latest = nullptr;
  for (const RoleCode& c : entry.codes) {
    if (!c.ranged) {
      unranged = &c;
      continue;
    }
    if (date != 0 && c.from <= date && date <= c.to) return &c;
    if (latest == nullptr || c.from > latest->from) latest = &c;
  }
  if (unranged != nullptr) return unranged;
  // Undated articles: the most recent role is the likeliest meaning.
  return date == 0 ? latest : nullptr;
}

std::string CombineCodes(std::string_view base, std::string_view sector) {
  std::string out(base);
  for (size_t i = 0; i + 3 <= sector.size(); i += 3) {
    std::string_view part = sector.substr(i, 3);
    bool present = false;
    for (size_t j = 3; j + 3 <= out.size(); j += 3) present |= std::string_view(out).substr(j, 3) == part;
    if (!present) out.append(part);
  }
  return out;
}

bool IsCalendarWord(std::string_view key) {
  static constexpr std::string_view kWords[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "june", "july", "august",
      "september", "october", "november", "december", "today", "yesterday", "tomorrow"};
  for (auto w : kWords) {
    if (key == w) return true;
  }
  return false;
}

// --- Pieces ---

void FindPieces(const CompiledDictionary& dict, const SentenceWords& sw, int32_t date,
                const ArticleState& state, std::vector<Piece>* pieces) {
  size_t n = sw.words.size();
  std::vector<uint32_t> forms(n), lemmas(n);
  for (size_t i = 0; i < n; ++i) {
    std::string key = TokenKey(sw.words[i].form);
    forms[i] = dict.trie.WordId(key);
    if (forms[i] == kNoWord) forms[i] = dict.trie.StemId(key);  // TABARI projects only.

    lemmas[i] = sw.words[i].lemma.empty() || sw.words[i].lemma == "_"
                    ? forms[i]
                    : dict.trie.WordId(TokenKey(sw.words[i].lemma));
  }
  std::vector<NameTrie::Match> matches;
  for (size_t i = 0; i < n;) {
    matches.clear();
    dict.trie.MatchAt(forms, lemmas, i, &matches);
    const Piece* chosen = nullptr;
    Piece best;
    for (const NameTrie::Match& m : matches) {
      if (chosen != nullptr && m.length < best.last - best.first + 1) break;
      const CompiledName& name = dict.names[m.value];
      const DictionaryEntry& entry = dict.entries[name.entry];
      if (m.via_lemma && entry.kind != EntryKind::kAgent) continue;
      if (entry.cased && !IsUpperStart(sw.words[i].form)) continue;
      bool case_ok = true;
      for (uint32_t k = 0; k < m.length && k < 32; ++k) {
        if ((name.upper_mask >> k & 1) && !IsUpperStart(sw.words[i + k].form)) case_ok = false;
      }
      if (!case_ok) continue;
      // An agent is a noun: "official" in "an official visit" is not one.
      if (entry.kind == EntryKind::kAgent) {
        std::string_view pos = sw.words[i + m.length - 1].upos;
        if (!pos.empty() && pos != "_" && pos != "NOUN" && pos != "PROPN") continue;
      }
      Piece p;
      p.first = static_cast<uint32_t>(i);
      p.last = static_cast<uint32_t>(i + m.length - 1);
      p.entry = name.entry;
      p.name = m.value;
      p.kind = entry.kind;
      const RoleCode* code = nullptr;
      auto reading = state.readings.find(name.entry);
      if (reading != state.readings.end()) {
        const RoleCode& rc = entry.readings[reading->second].code;
        if (!rc.ranged || (date != 0 && rc.from <= date && date <= rc.to)) {
          code = &rc;
          p.by_context = true;
        }
      }
      if (code == nullptr) code = CodeOnDate(entry, date);
      if (code == nullptr) continue;  // Not an actor on this date.
      p.code = code->code;
      // Kinds rank: a person or organisation name beats an agent reading of
      // the same words.
      if (chosen == nullptr || KindRank(p.kind) < KindRank(best.kind)) {
        best = p;
        chosen = &best;
      }
    }
    if (chosen != nullptr) {
      pieces->push_back(best);
      i = best.last + 1;
    } else {
      ++i;
    }
  }
  // Surnames of people named in full earlier in the article ("Lavrov" after
  // "Sergei Lavrov") when no dictionary name covers them.
  std::vector<bool> covered(n, false);
  for (const Piece& p : *pieces) {
    for (uint32_t k = p.first; k <= p.last; ++k) covered[k] = true;
  }
  for (size_t i = 0; i < n; ++i) {
    if (covered[i] || sw.words[i].upos != "PROPN") continue;
    auto it = state.surnames.find(TokenKey(sw.words[i].form));
    if (it == state.surnames.end()) continue;
    Piece p;
    p.first = p.last = static_cast<uint32_t>(i);
    p.entry = it->second.entry;
    p.kind = EntryKind::kPerson;
    p.code = it->second.code;
    p.alias_of = it->second.text;
    pieces->push_back(p);
  }
  std::sort(pieces->begin(), pieces->end(),
            [](const Piece& a, const Piece& b) { return a.first < b.first; });
  RejectPartsOfLongerNames(sw, pieces);
}

int KindRank(EntryKind kind) {
  switch (kind) {
    case EntryKind::kPerson: return 0;
    case EntryKind::kOrganisation: return 1;
    case EntryKind::kMedia: return 2;
    case EntryKind::kCountry: return 3;
    case EntryKind::kPlace: return 4;
    case EntryKind::kAgent: return 5;
    case EntryKind::kDiscard: return 6;
  }
  return 6;
}

void RejectPartsOfLongerNames(const SentenceWords& sw, std::vector<Piece>* pieces) {
  // A country, place or organisation name joined by `flat` to a proper noun
  // no dictionary knows is part of a longer name: "Michael Jordan",
  // "Paris Hilton".
  std::vector<int> piece_of(sw.words.size(), -1);
  for (size_t p = 0; p < pieces->size(); ++p) {
    for (uint32_t k = (*pieces)[p].first; k <= (*pieces)[p].last; ++k) piece_of[k] = static_cast<int>(p);
  }
  auto foreign_propn = [&](int token, int p) {
    return token >= 0 && piece_of[token] != p && piece_of[token] < 0 &&
           sw.words[token].upos == "PROPN";
  };
  std::vector<Piece> kept;
  for (size_t p = 0; p < pieces->size(); ++p) {
    const Piece& piece = (*pieces)[p];
    bool reject = false;
    // An agent word right after an unknown proper noun is a surname:
    // "Kevin King", "Stephen General".
    if (piece.kind == EntryKind::kAgent && sw.words[piece.first].upos == "PROPN" &&
        foreign_propn(static_cast<int>(piece.first) - 1, static_cast<int>(p))) {
      reject = true;
    }
    if (piece.kind == EntryKind::kCountry || piece.kind == EntryKind::kPlace ||
        piece.kind == EntryKind::kOrganisation) {
      for (uint32_t k = piece.first; k <= piece.last && !reject; ++k) {
        const Word& w = sw.words[k];
        if (w.deprel == "flat" && foreign_propn(w.head, static_cast<int>(p))) reject = true;
        for (uint32_t c : sw.children[k]) {
          if (sw.words[c].deprel == "flat" && foreign_propn(static_cast<int>(c), static_cast<int>(p))) {
            reject = true;
          }
        }
      }
    }
    if (!reject) kept.push_back(piece);
  }
  pieces->swap(kept);
}

// --- Phrases ---
//
// Phrases are cut from the tags rather than taken from the tree: an English
// noun phrase before its head is a run of determiners, adjectives, nouns,
// numbers and possessives, and the tags get that right far more often than
// the parser gets the attachments of a long title ("Russian Foreign
// Minister Sergei Lavrov" is often parsed with "Russian" as a subject).
// The tree is still used for what the tags cannot show (nmod:poss is not
// needed: the "'s" token shows it).

namespace {

bool IsPossessiveMarker(const Word& w) {
  return w.upos == "PART" && (w.form == "'s" || w.form == "'" || w.form == "\u2019s" ||
                              w.form == "\u2019");
}

bool IsPlaceNoun(std::string_view lemma) {
  static constexpr std::string_view kNouns[] = {
      "city", "town", "village", "capital", "province", "region", "district", "state",
      "county", "area", "port", "camp", "border", "enclave", "territory", "island", "suburb",
      "neighbourhood", "neighborhood", "governorate", "oblast", "municipality", "settlement"};
  for (auto n : kNouns) {
    if (lemma == n) return true;
  }
  return false;
}

enum class ChunkRole : uint8_t { kOut, kStart, kModifier, kNoun, kPossessive };

// What a token can be inside a chunk.
ChunkRole RoleOf(const SentenceWords& sw, size_t i) {
  const Word& w = sw.words[i];
  std::string_view pos = w.upos;
  if (IsPossessiveMarker(w)) return ChunkRole::kPossessive;
  if (pos == "DET") return ChunkRole::kStart;
  if (pos == "PRON") {
    return w.feats.find("Poss=Yes") != std::string_view::npos ? ChunkRole::kStart : ChunkRole::kOut;
  }
  if (pos == "ADJ" || pos == "NUM") return ChunkRole::kModifier;
  if (pos == "NOUN" || pos == "PROPN") {
    return IsCalendarWord(TokenKey(w.form)) ? ChunkRole::kOut : ChunkRole::kNoun;
  }
  // A hyphen inside a word ("al-Qaeda", tokenized as al - Qaeda).
  if (w.form == "-" && i > 0 && i + 1 < sw.words.size() && w.begin != text::kNoOffset &&
      sw.words[i - 1].end == w.begin && w.end == sw.words[i + 1].begin) {
    return ChunkRole::kModifier;
  }
  return ChunkRole::kOut;
}

}  // namespace

std::vector<int> ChunkTokens(const SentenceWords& sw, const std::vector<Piece>& pieces) {
  size_t n = sw.words.size();
  std::vector<int> piece_end(n, -1);  // First token of a piece -> its last.
  for (const Piece& p : pieces) piece_end[p.first] = static_cast<int>(p.last);
  std::vector<int> chunk(n, -1);
  int current = -1, next_id = 0;
  bool seen_noun = false;
  for (size_t i = 0; i < n; ++i) {
    if (piece_end[i] >= 0) {
      // A dictionary name is never cut ("Secretary of State"); it continues
      // the chunk unless a noun came just before without a possessive.
      if (current < 0 || (seen_noun && RoleOf(sw, i) == ChunkRole::kStart)) current = next_id++;
      for (size_t k = i; k <= static_cast<size_t>(piece_end[i]); ++k) chunk[k] = current;
      seen_noun = true;
      i = static_cast<size_t>(piece_end[i]);
      continue;
    }
    ChunkRole role = RoleOf(sw, i);
    switch (role) {
      case ChunkRole::kOut:
        current = -1;
        seen_noun = false;
        continue;
      case ChunkRole::kStart:
        current = next_id++;
        seen_noun = false;
        break;
      case ChunkRole::kModifier:
        // An adjective after a noun starts a new phrase, unless both are
        // capitalised: a title goes on ("Deputy Prime Minister").
        if (current < 0 || (seen_noun && !(IsUpperStart(sw.words[i].form) && i > 0 &&
                                           IsUpperStart(sw.words[i - 1].form)))) {
          current = next_id++;
        }
        seen_noun = false;
        break;
      case ChunkRole::kNoun:
        if (current < 0) current = next_id++;
        seen_noun = true;
        break;
      case ChunkRole::kPossessive:
        if (current < 0) continue;
        seen_noun = false;  // "Syria's second city": what follows is the possessed.
        break;
    }
    chunk[i] = current;
  }
  return chunk;
}

// "Danish media and government", "lawmakers and officials in Arnor and
// Gondor": two agents joined by "and"/"or", one of them with no country of
// its own, share the other's: the modifiers before the first agent, or the
// places after the second. The lending pieces are copied to the bare
// agent's phrase (one mention per country, as for the first).
void ShareModifiersOfCoordinatedAgents(const SentenceWords& sw, const std::vector<int>& chunk,
                                       std::unordered_map<int, uint32_t>& head_of,
                                       std::unordered_map<int, bool>& agent_chunk,
                                       std::vector<Piece>* pieces) {
  size_t n = sw.words.size();
  auto lenders = [&](uint32_t head) {
    std::vector<size_t> out;
    for (size_t k = 0; k < pieces->size(); ++k) {
      const Piece& p = (*pieces)[k];
      if (p.head == head && p.relation != Relation::kHead &&
          (p.kind == EntryKind::kCountry || p.kind == EntryKind::kPlace)) {
        out.push_back(k);
      }
    }
    return out;
  };
  size_t original = pieces->size();
  for (uint32_t h1 = 0; h1 + 2 < n; ++h1) {
    int c1 = chunk[h1];
    if (c1 < 0 || !agent_chunk[c1] || head_of[c1] != h1) continue;
    std::string conj = TokenKey(sw.words[h1 + 1].form);
    if (conj != "and" && conj != "or") continue;
    int c2 = chunk[h1 + 2];
    if (c2 < 0 || c2 == c1 || !agent_chunk[c2]) continue;
    uint32_t h2 = head_of[c2];
    std::vector<size_t> before = lenders(h1), after = lenders(h2);
    std::vector<size_t> from;
    uint32_t to = 0;
    if (after.empty() && !before.empty()) {  // "Danish media and government".
      for (size_t k : before) {
        if ((*pieces)[k].last < h1) from.push_back(k);
      }
      to = h2;
    } else if (before.empty() && !after.empty()) {  // "lawmakers and officials in Arnor".
      for (size_t k : after) {
        if ((*pieces)[k].relation == Relation::kPlace) from.push_back(k);
      }
      to = h1;
    }
    for (size_t k : from) {
      if (k >= original) continue;
      Piece copy = (*pieces)[k];
      copy.head = to;
      pieces->push_back(copy);
    }
  }
}

void GroupPieces(const SentenceWords& sw, std::vector<Piece>* pieces, bool lists_lend) {
  size_t n = sw.words.size();
  std::vector<int> chunk = ChunkTokens(sw, *pieces);
  // Head of each chunk: its last noun (English noun phrases end in their head).
  std::unordered_map<int, uint32_t> head_of;
  std::unordered_map<int, uint32_t> first_of;
  for (size_t i = 0; i < n; ++i) {
    if (chunk[i] < 0) continue;
    first_of.emplace(chunk[i], static_cast<uint32_t>(i));
    if (RoleOf(sw, i) != ChunkRole::kPossessive) head_of[chunk[i]] = static_cast<uint32_t>(i);
  }
  for (Piece& p : *pieces) {
    p.anchor = p.last;
    int c = chunk[p.last];
    p.head = c >= 0 ? head_of[c] : p.last;
    if (p.first <= p.head && p.head <= p.last) {
      p.relation = Relation::kHead;
    } else if (p.last + 1 < n && IsPossessiveMarker(sw.words[p.last + 1])) {
      p.relation = Relation::kPossessive;
    } else if (sw.words[p.last].upos == "ADJ") {
      p.relation = Relation::kAdjective;
    } else {
      p.relation = Relation::kCompound;
    }
  }
  // Which chunks hold an agent at their head (or a countryless organisation).
  std::unordered_map<int, bool> agent_chunk;
  for (const Piece& p : *pieces) {
    if (p.relation == Relation::kHead &&
        (p.kind == EntryKind::kAgent || p.code.starts_with("---"))) {
      agent_chunk[chunk[p.last]] = true;
    }
  }
  for (Piece& p : *pieces) {
    if (p.kind != EntryKind::kCountry && p.kind != EntryKind::kPlace) continue;
    int c = chunk[p.last];
    // "the mayor of the West Bank city of Nablus": a place may also modify
    // a geographic noun that stands for it.
    if (p.relation != Relation::kHead && !IsPlaceNoun(TokenKey(sw.words[head_of[c]].lemma))) continue;
    uint32_t first = first_of[c];
    // "business leaders in Mumbai", "dissidents from Egypt", "the mayor of
    // Kharkiv": a place after a preposition lends its country to the agent
    // phrase just before.
    // Words the tagger left outside the place's chunk may stand between
    // ("from military-ruled Myanmar": "ruled" is a participle).
    for (int skipped = 0; first >= 1 && skipped < 4; ++skipped) {
      const Word& w = sw.words[first - 1];
      bool participle = w.upos == "VERB" && w.feats.find("VerbForm=Part") != std::string_view::npos;
      if (!(participle || w.upos == "ADV" || w.upos == "ADJ" || w.form == "-")) break;
      --first;
    }
    if (first >= 2) {
      std::string prep = TokenKey(sw.words[first - 1].form);
      int before = chunk[first - 2];
      if ((prep == "in" || prep == "of" || prep == "from") && before >= 0 && agent_chunk[before]) {
        p.head = head_of[before];
        p.relation = Relation::kPlace;
        continue;
      }
    }
  }
  // "lawmakers in Arnor and Gondor", "the ambassadors of Arnor, Osgiliath
  // and Gondor": the places listed after the first lend their countries too,
  // one mention each.
  for (size_t k = 0; lists_lend && k < pieces->size(); ++k) {
    const Piece& p = (*pieces)[k];
    if (p.relation != Relation::kPlace) continue;
    uint32_t last = p.last;
    for (bool extended = true; extended;) {
      extended = false;
      for (Piece& q : *pieces) {
        if (q.first <= last + 1 || q.relation != Relation::kHead ||
            (q.kind != EntryKind::kCountry && q.kind != EntryKind::kPlace)) {
          continue;
        }
        bool joined = true, separator = false;
        for (uint32_t t = last + 1; t < q.first && joined; ++t) {
          std::string key = TokenKey(sw.words[t].form);
          if (key == "," || key == "and" || key == "or") {
            separator = true;
          } else if (sw.words[t].upos != "DET") {
            joined = false;
          }
        }
        if (!joined || !separator || q.first > last + 4) continue;
        q.head = p.head;
        q.relation = Relation::kPlace;
        q.coordinated = true;
        (*pieces)[k].coordinated = true;
        last = q.last;
        extended = true;
        break;
      }
    }
  }
  // "US and British activists", "Russian and Chinese officials": a country
  // alone before "and" joins the modifiers of the agent phrase after it.
  for (size_t k = 0; k < pieces->size(); ++k) {
    Piece& p = (*pieces)[k];
    if (p.relation != Relation::kHead || (p.kind != EntryKind::kCountry)) continue;
    if (p.last + 2 >= n || TokenKey(sw.words[p.last + 1].form) != "and") continue;
    for (const Piece& q : *pieces) {
      if (q.first != p.last + 2 || q.relation == Relation::kHead || q.kind != EntryKind::kCountry) continue;
      int c = chunk[q.last];
      if (c < 0 || !agent_chunk[c]) continue;
      p.head = q.head;
      p.relation = q.relation;
      p.coordinated = true;
      for (Piece& r : *pieces) {
        if (r.first == q.first) r.coordinated = true;
      }
    }
  }
  if (lists_lend) ShareModifiersOfCoordinatedAgents(sw, chunk, head_of, agent_chunk, pieces);
  for (Piece& p : *pieces) {
    int c = chunk[p.head];
    p.phrase_first = c >= 0 ? first_of[c] : p.first;
  }
}

}  // namespace dyad::actors
