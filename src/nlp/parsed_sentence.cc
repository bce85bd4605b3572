#include "nlp/nlp.h"

namespace dyad::nlp {

ParsedSentence::ParsedSentence(const text::Sentence& sentence,
                               const std::vector<text::WordAnalysis>& analyses) {
  size_t n = sentence.tokens.size();
  words.resize(n);
  for (size_t i = 0; i < n; ++i) {
    ParsedWord& w = words[i];
    const text::Token& t = sentence.tokens[i];
    // CoNLL-U input keeps its own FORM column (gold tokenization).
    w.form = sentence.conllu_columns.empty() ? std::string_view(t.form)
                                             : std::string_view(sentence.conllu_columns[i][1]);
    w.begin = t.begin;
    w.end = t.end;
    if (i >= analyses.size()) continue;
    const text::WordAnalysis& a = analyses[i];
    w.lemma = a.lemma;
    w.upos = a.upos;
    w.xpos = a.xpos;
    w.feats = a.feats;
    w.deprel = a.deprel;
    int head = 0;
    for (char c : a.head) head = (c >= '0' && c <= '9') ? head * 10 + (c - '0') : -1000000;
    w.head = head > 0 && static_cast<size_t>(head) <= n ? head - 1 : -1;
  }
  children.resize(n);
  for (size_t i = 0; i < n; ++i) {
    if (words[i].head >= 0) children[words[i].head].push_back(static_cast<uint32_t>(i));
  }
}

}  // namespace dyad::nlp
