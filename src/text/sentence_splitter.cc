#include "text/sentence_splitter.h"

#include "text/boundary_features.h"
#include "text/sentence_model.h"

namespace dyad::text {
namespace {

class BoundarySplitter : public SentenceSplitter {
 public:
  BoundarySplitter(std::shared_ptr<const SentenceModel> model, const SegmenterOptions& options)
      : model_(std::move(model)), options_(options) {}

  void SplitText(std::string_view text, size_t begin, size_t end,
                 std::vector<uint32_t>* ends) const override {
    FindSentenceEnds(text, begin, end, model_.get(), options_.split_at_unpunctuated_line_breaks,
                     ends);
  }

 private:
  std::shared_ptr<const SentenceModel> model_;  // Null: rules.
  SegmenterOptions options_;
};

}  // namespace

void FindSentenceEnds(std::string_view text, size_t begin, size_t end, const SentenceModel* model,
                      bool line_break_rule, std::vector<uint32_t>* ends) {
  auto on_boundary = [&](uint32_t gap_begin, uint32_t) { ends->push_back(gap_begin); };
  if (model == nullptr) {
    WalkGaps</*kCandidatesOnly=*/true>(
        text, begin, end, line_break_rule, [](const GapContext& g) { return RuleDecision(g); },
        on_boundary);
  } else {
    const float threshold = model->threshold();
    WalkGaps</*kCandidatesOnly=*/true>(
        text, begin, end, line_break_rule,
        [&](const GapContext& g) {
          if (!g.candidate) return false;
          if (AbbreviationThenStarter(g)) return true;
          if (AbbreviationNeverEnds(g)) return false;
          return ScoreGap(g, *model) > threshold;
        },
        on_boundary);
  }
  // The last chunk's end closes the final sentence.
  size_t e = end;
  while (e > begin && IsAsciiSpace(static_cast<unsigned char>(text[e - 1]))) --e;
  if (e > begin && (ends->empty() || ends->back() != e)) ends->push_back(static_cast<uint32_t>(e));
}

Result<std::unique_ptr<SentenceSplitter>> SentenceSplitter::Create(const SegmenterOptions& options,
                                                                   FileSystem* fs) {
  std::shared_ptr<const SentenceModel> model;
  if (!options.boundary_model_path.empty()) {
    if (fs == nullptr) fs = FileSystem::Default();
    auto bytes = fs->ReadFile(options.boundary_model_path);
    if (!bytes.ok()) return bytes.status();
    auto parsed = SentenceModel::Parse(*bytes, options.boundary_model_path);
    if (!parsed.ok()) return parsed.status();
    model = std::move(*parsed);
  }
  return CreateWithModel(std::move(model), options);
}

std::unique_ptr<SentenceSplitter> SentenceSplitter::CreateWithModel(
    std::shared_ptr<const SentenceModel> model, const SegmenterOptions& options) {
  return std::make_unique<BoundarySplitter>(std::move(model), options);
}

}  // namespace dyad::text
