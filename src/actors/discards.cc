// CompiledDictionary::FindDiscards: the discard phrases of an article.
#include "actors/compiled_dictionary.h"
#include "actors/recognizer.h"

namespace dyad::actors {

void CompiledDictionary::FindDiscards(const std::vector<text::Sentence>& sentences,
                                      const std::vector<std::vector<text::WordAnalysis>>& analyses,
                                      std::vector<DiscardHit>* hits) const {
  if (discards.empty()) return;
  std::vector<uint32_t> forms, lemmas;
  std::vector<std::string_view> written;
  std::vector<NameTrie::Match> matches;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const text::Sentence& sentence = sentences[s];
    const std::vector<text::WordAnalysis>* analysed = s < analyses.size() ? &analyses[s] : nullptr;
    size_t n = sentence.tokens.size();
    forms.assign(n, kNoWord);
    lemmas.assign(n, kNoWord);
    written.assign(n, {});
    bool any = false;
    for (size_t i = 0; i < n; ++i) {
      written[i] = sentence.conllu_columns.empty() ? std::string_view(sentence.tokens[i].form)
                                                   : std::string_view(sentence.conllu_columns[i][1]);
      std::string key = TokenKey(written[i]);
      forms[i] = discard_trie.WordId(key);
      if (forms[i] == kNoWord) forms[i] = discard_trie.StemId(key);  // TABARI projects only.
      if (analysed != nullptr && i < analysed->size()) {
        const std::string& lemma = (*analysed)[i].lemma;
        lemmas[i] = lemma.empty() || lemma == "_" ? forms[i] : discard_trie.WordId(TokenKey(lemma));
      } else {
        lemmas[i] = SingularId(discard_trie, key, forms[i]);
      }
      any = any || forms[i] != kNoWord || lemmas[i] != kNoWord;
    }
    if (!any) continue;
    for (size_t i = 0; i < n; ++i) {
      if (forms[i] == kNoWord && lemmas[i] == kNoWord) continue;
      matches.clear();
      discard_trie.MatchAt(forms, lemmas, i, &matches);
      for (const NameTrie::Match& m : matches) {  // Longest first.
        const CompiledDiscard& d = discards[m.value];
        if (d.cased && !IsUpperStart(written[i])) continue;
        bool case_ok = true;
        for (uint32_t k = 0; k < m.length && k < 32; ++k) {
          if ((d.upper_mask >> k & 1) && !IsUpperStart(written[i + k])) case_ok = false;
        }
        if (!case_ok) continue;
        hits->push_back({s, d.story, d.phrase});
        i += m.length - 1;
        break;
      }
    }
  }
}

}  // namespace dyad::actors
