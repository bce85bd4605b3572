// CompiledDictionary::Recognize: the article-level driver of recognition.
#include "actors/compiled_dictionary.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "actors/recognizer.h"
#include "base/ascii.h"

namespace dyad::actors {
namespace {

int32_t DateOf(const std::string& date) {
  int32_t d = 0;
  if (date.size() >= 10 && ParseIsoDate(std::string_view(date).substr(0, 10), false, &d)) return d;
  if (date.size() == 8) {  // YYYYMMDD, as some JSON Lines carry it.
    std::string iso = date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2);
    if (ParseIsoDate(iso, false, &d)) return d;
  }
  return 0;
}

// `when` cues anywhere in the article switch their entries' readings on.
void FindCues(const CompiledDictionary& dict, const std::vector<SentenceWords>& all,
              ArticleState* state) {
  if (dict.cues.empty()) return;
  std::vector<uint32_t> forms;
  std::vector<NameTrie::Match> matches;
  for (const SentenceWords& sw : all) {
    forms.clear();
    for (const Word& w : sw.words) forms.push_back(dict.cue_trie.WordId(TokenKey(w.form)));
    for (size_t i = 0; i < forms.size(); ++i) {
      if (forms[i] == kNoWord) continue;
      matches.clear();
      dict.cue_trie.MatchAt(forms, forms, i, &matches);
      for (const auto& m : matches) {
        const CompiledCue& cue = dict.cues[m.value];
        state->readings.emplace(cue.entry, cue.reading);
      }
    }
  }
}

// The country of a dateline such as "GENEVA" or "GAZA CITY", if a country
// or place entry names it.
void DatelineCountry(const CompiledDictionary& dict, const std::string& dateline, int32_t date,
                     ArticleState* state) {
  if (dateline.empty()) return;
  std::vector<std::string> keys = dict.Keys(dateline);
  std::vector<uint32_t> ids;
  for (const auto& k : keys) ids.push_back(dict.trie.WordId(k));
  std::vector<NameTrie::Match> matches;
  dict.trie.MatchAt(ids, ids, 0, &matches);
  for (const auto& m : matches) {
    if (m.length != ids.size()) continue;
    const DictionaryEntry& e = dict.entries[dict.names[m.value].entry];
    if (e.kind != EntryKind::kCountry && e.kind != EntryKind::kPlace) continue;
    const RoleCode* code = CodeOnDate(e, date);
    if (code == nullptr || code->code.starts_with("---")) continue;
    state->dateline_country = code->code.substr(0, 3);
    state->dateline_text = dateline;
    return;
  }
}

void FindUnknown(const SentenceWords& sw, size_t index, const std::vector<Piece>& pieces,
                 const std::vector<ActorMention>& mentions, const std::string& text,
                 std::vector<UnknownName>* unknown) {
  std::vector<bool> covered(sw.words.size(), false);
  for (const Piece& p : pieces) {
    for (uint32_t t = p.first; t <= p.last; ++t) covered[t] = true;
  }
  for (size_t t = 0; t < sw.words.size();) {
    if (covered[t] || sw.words[t].upos != "PROPN" || IsCalendarWord(TokenKey(sw.words[t].form))) {
      ++t;
      continue;
    }
    size_t end = t;
    while (end + 1 < sw.words.size() && !covered[end + 1] &&
           (sw.words[end + 1].upos == "PROPN" ||
            (sw.words[end + 1].form == "-" && end + 2 < sw.words.size() &&
             sw.words[end + 2].upos == "PROPN"))) {
      ++end;
    }
    UnknownName u;
    u.sentence = index;
    u.begin = sw.words[t].begin;
    u.end = sw.words[end].end;
    if (u.begin != text::kNoOffset && u.end <= text.size()) {
      u.text = text.substr(u.begin, u.end - u.begin);
    } else {
      for (size_t k = t; k <= end; ++k) u.text += (k > t ? " " : "") + std::string(sw.words[k].form);
    }
    unknown->push_back(std::move(u));
    t = end + 1;
  }
  (void)mentions;
}

// "Police fired tear gas at protesters in Nairobi": when a sentence is set
// in one place ("in" + a place or country) and names no other country, its
// agents without a country are that country's. A sentence with two
// countries ("Russian troops shelled villages in Ukraine") lends nothing:
// whose agent is whose is then beyond this rule.
void LendSentencePlace(const SentenceWords& sw, size_t index, const std::vector<Piece>& pieces,
                       std::vector<ActorMention>* mentions) {
  bool located = false;
  for (const Piece& p : pieces) {
    if (p.kind != EntryKind::kPlace && p.kind != EntryKind::kCountry) continue;
    uint32_t t = p.first;
    while (t > 0 && (sw.words[t - 1].upos == "DET" || sw.words[t - 1].upos == "ADJ")) --t;
    if (t > 0 && TokenKey(sw.words[t - 1].form) == "in") located = true;
  }
  if (!located) return;
  size_t begin = mentions->size();
  while (begin > 0 && (*mentions)[begin - 1].sentence == index) --begin;
  std::string country;
  for (size_t i = begin; i < mentions->size(); ++i) {
    const ActorMention& m = (*mentions)[i];
    if (m.country == "---") continue;
    if (!country.empty() && m.country != country) return;  // Two countries.
    country = m.country;
  }
  if (country.size() != 3) return;
  for (size_t i = begin; i < mentions->size(); ++i) {
    ActorMention& m = (*mentions)[i];
    if (m.country != "---" || m.resolved_by != "agent") continue;
    SetCode(CombineCodes(country, m.sector), &m);
    m.resolved_by = "agent+sentence-place";
  }
}

}  // namespace

uint32_t SingularId(const NameTrie& trie, const std::string& key, uint32_t form_id) {
  thread_local std::string guess;
  auto known = [&](size_t cut, std::string_view add) {
    if (key.size() <= cut + 1) return kNoWord;
    guess.assign(key, 0, key.size() - cut).append(add);
    return trie.WordId(guess);
  };
  uint32_t id = kNoWord;
  if (key.ends_with("ies")) id = known(3, "y");
  if (id == kNoWord && key.ends_with("men")) id = known(3, "man");
  if (id == kNoWord && key.ends_with("ves")) id = known(3, "f");
  if (id == kNoWord && key.ends_with("ves")) id = known(3, "fe");
  if (id == kNoWord && key.ends_with("es")) id = known(2, "");
  if (id == kNoWord && key.ends_with("s")) id = known(1, "");
  return id != kNoWord ? id : form_id;
}

bool CompiledDictionary::MayMention(const text::Sentence& sentence,
                                    const std::vector<text::WordAnalysis>& analyses, int count) const {
  size_t n = sentence.tokens.size();
  std::vector<uint32_t> forms(n), lemmas(n);
  for (size_t i = 0; i < n; ++i) {
    std::string_view form = sentence.conllu_columns.empty() ? std::string_view(sentence.tokens[i].form)
                                                            : std::string_view(sentence.conllu_columns[i][1]);
    std::string key = TokenKey(form);
    forms[i] = trie.WordId(key);
    if (forms[i] == kNoWord) forms[i] = trie.StemId(key);  // TABARI projects only.
    if (i < analyses.size()) {
      lemmas[i] = analyses[i].lemma != "_" ? trie.WordId(TokenKey(analyses[i].lemma)) : forms[i];
    } else {
      lemmas[i] = SingularId(trie, key, forms[i]);
    }
  }
  std::vector<NameTrie::Match> matches;
  int found = 0;
  for (size_t i = 0; i < n; ++i) {
    if (forms[i] == kNoWord && lemmas[i] == kNoWord) continue;
    matches.clear();
    trie.MatchAt(forms, lemmas, i, &matches);
    if (matches.empty()) continue;
    if (++found >= count) return true;
    i += matches[0].length - 1;  // Names apart: "Sergei Lavrov" counts once.
  }
  return false;
}

namespace {

// Participles that make an actor the first half of a compound adjective:
// "a government-held district", "US-backed rebels", "Qaeda-linked groups".
// The phrase names the district or the rebels; the actor only qualifies it.
// ("-based" and "-run" are not here: a "Moscow-based bank" is Russian, and
// "state-run media" are the state's.)
bool IsQualifyingParticiple(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "held",    "controlled", "occupied", "backed",    "led",      "linked",   "allied",
      "aligned", "affiliated", "inspired", "sponsored", "supported", "funded", "brokered"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

// Whether the actor holds the place the phrase names ("government-held").
bool IsHoldingParticiple(std::string_view lower) {
  return lower == "held" || lower == "controlled" || lower == "occupied";
}

// Drops sentence `index`'s mentions that end right before "-PARTICIPLE"
// with no space ("government" in "government-held"), as above. Of an
// affiliation ("-backed", "-linked") only when the noun it qualifies is an
// actor itself: "US-backed rebels" are rebels, but an "Israeli-linked ship"
// is no actor and stays Israel's.
void DropHyphenatedModifiers(const SentenceWords& sw, size_t index, std::vector<ActorMention>* mentions) {
  auto starts_mention_after = [&](uint32_t t) {
    for (const ActorMention& o : *mentions) {
      if (o.sentence == index && o.first_token > t && o.first_token <= t + 4) return true;
    }
    return false;
  };
  auto qualifies = [&](const ActorMention& m) {
    const uint32_t t = m.last_token;
    if (m.sentence != index || t + 2 >= sw.words.size()) return false;
    const nlp::ParsedWord& dash = sw.words[t + 1];
    const nlp::ParsedWord& word = sw.words[t + 2];
    if (dash.form != "-" || dash.begin == text::kNoOffset) return false;
    if (dash.begin != sw.words[t].end || word.begin != dash.end) return false;
    const std::string lower = AsciiLower(word.form);
    if (!IsQualifyingParticiple(lower)) return false;
    return IsHoldingParticiple(lower) || starts_mention_after(t + 2);
  };
  // Decided over the whole list first: the test looks at other mentions,
  // which erasing would move.
  std::vector<bool> drop(mentions->size());
  for (size_t i = 0; i < mentions->size(); ++i) drop[i] = qualifies((*mentions)[i]);
  size_t kept = 0;
  for (size_t i = 0; i < mentions->size(); ++i) {
    if (drop[i]) continue;
    if (kept != i) (*mentions)[kept] = std::move((*mentions)[i]);  // Not onto itself.
    ++kept;
  }
  mentions->resize(kept);
}

}  // namespace

void CompiledDictionary::Recognize(const ingest::Article& article,
                                   const std::vector<text::Sentence>& sentences,
                                   const std::vector<std::vector<text::WordAnalysis>>& analyses,
                                   std::vector<ActorMention>* mentions,
                                   std::vector<UnknownName>* unknown, size_t resolve) const {
  static const std::vector<text::WordAnalysis> kNone;
  std::vector<SentenceWords> all;
  all.reserve(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) {
    all.emplace_back(sentences[i], i < analyses.size() ? analyses[i] : kNone);
  }
  ArticleState state;
  state.date = DateOf(article.date);
  FindCues(*this, all, &state);
  DatelineCountry(*this, article.dateline, state.date, &state);
  std::vector<Piece> pieces;
  for (size_t i = 0; i < all.size() && i < resolve; ++i) {
    pieces.clear();
    FindPieces(*this, all[i], state.date, state, &pieces);
    GroupPieces(all[i], &pieces, /*lists_lend=*/!tabari_project);
    ResolvePhrases(*this, all[i], i, pieces, state, mentions);
    DropHyphenatedModifiers(all[i], i, mentions);
    ResolveCoreference(all[i], i, pieces, &state, mentions);
    LendSentencePlace(all[i], i, pieces, mentions);
    if (unknown != nullptr) FindUnknown(all[i], i, pieces, *mentions, article.text, unknown);
  }
}

}  // namespace dyad::actors
