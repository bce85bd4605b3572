// NlpModel: the tagger, then the parser, over one sentence's words.
#include <string_view>

#include "nlp/nlp.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"

namespace dyad::nlp {
namespace {

class Pipeline : public NlpModel {
 public:
  Pipeline(std::unique_ptr<Tagger> tagger, std::unique_ptr<Parser> parser)
      : tagger_(std::move(tagger)), parser_(std::move(parser)) {}

  void Annotate(const text::Sentence& sentence,
                std::vector<text::WordAnalysis>* words) const override {
    Tag(sentence, words);
    Parse(sentence, words);
  }

  void Tag(const text::Sentence& sentence, std::vector<text::WordAnalysis>* words) const override {
    // Per-thread scratch: Tag and Parse run on many threads at once.
    thread_local std::vector<std::string_view> forms;
    thread_local std::vector<TaggedWord> tags;
    forms.clear();
    for (const text::Token& t : sentence.tokens) forms.push_back(t.form);
    tagger_->Tag(forms, &tags);
    words->resize(forms.size());
    for (size_t i = 0; i < forms.size(); ++i) {
      text::WordAnalysis& w = (*words)[i];
      w.lemma = tags[i].lemma;
      w.upos = tags[i].upos;
      w.xpos = tags[i].xpos;
      w.feats = tags[i].feats;
      w.head = "_";
      w.deprel = "_";
    }
  }

  void Parse(const text::Sentence& sentence, std::vector<text::WordAnalysis>* words) const override {
    thread_local std::vector<ParserWord> parser_words;
    thread_local std::vector<int> heads;
    thread_local std::vector<std::string> deprels;
    size_t n = sentence.tokens.size();
    if (parser_ == nullptr || n == 0 || words->size() != n) return;
    parser_words.clear();
    for (size_t i = 0; i < n; ++i) {
      const text::WordAnalysis& w = (*words)[i];
      parser_words.push_back({sentence.tokens[i].form, w.lemma, w.upos, w.xpos, w.feats});
    }
    parser_->Parse(parser_words, &heads, &deprels);
    for (size_t i = 0; i < n; ++i) {
      (*words)[i].head = std::to_string(heads[i]);
      (*words)[i].deprel = deprels[i];
    }
  }

 private:
  std::unique_ptr<Tagger> tagger_;
  std::unique_ptr<Parser> parser_;  // Null when options.parse is false.
};

}  // namespace

Result<std::unique_ptr<NlpModel>> NlpModel::Load(const NlpOptions& options) {
  auto tagger = Tagger::Load(options.models_dir + "/tagger.model");
  if (!tagger.ok()) return tagger.status();
  std::unique_ptr<Parser> parser;
  if (options.parse) {
    auto p = Parser::Load(options.models_dir + "/parser.model");
    if (!p.ok()) return p.status();
    parser = std::move(*p);
  }
  return std::unique_ptr<NlpModel>(new Pipeline(std::move(*tagger), std::move(parser)));
}

}  // namespace dyad::nlp
