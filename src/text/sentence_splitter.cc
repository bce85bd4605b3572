#include "text/sentence_splitter.h"

namespace dyad::text {
namespace {

// Placeholder rules: a sentence ends after . ! ? and at blank lines.
class RuleSplitter : public SentenceSplitter {
 public:
  explicit RuleSplitter(const SegmenterOptions& options) : options_(options) {}
  void Split(std::string_view text, const std::vector<Token>& tokens,
             std::vector<size_t>* ends) const override {
    for (size_t i = 0; i < tokens.size(); ++i) {
      const Token& t = tokens[i];
      bool end = i + 1 == tokens.size();
      if (!end) {
        std::string_view gap = text.substr(t.end, tokens[i + 1].begin - t.end);
        if (gap.find("\n\n") != std::string_view::npos) end = true;
        if (t.form == "." || t.form == "!" || t.form == "?") end = true;
      }
      if (end) ends->push_back(i + 1);
    }
  }

 private:
  SegmenterOptions options_;
};

}  // namespace

Result<std::unique_ptr<SentenceSplitter>> SentenceSplitter::Create(const SegmenterOptions& options) {
  return std::unique_ptr<SentenceSplitter>(new RuleSplitter(options));
}

}  // namespace dyad::text
