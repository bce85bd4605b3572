// Parsing: greedy arc-hybrid decoding with one linear scorer over labelled moves.
#include "nlp/parser.h"

#include <algorithm>
#include <limits>

#include "base/coding.h"
#include "nlp/model_file.h"
#include "nlp/parser_features.h"
#include "nlp/parser_model.h"
#include "nlp/transition_system.h"

namespace dyad::nlp {
namespace {

// Over the payload before it: zstd frames carry no checksum, and a damaged
// byte can decompress to a payload of the right size with wrong weights.
uint64_t Checksum(std::string_view bytes) { return HashFeature(0xC4EC, bytes); }

class ParserImpl : public Parser {
 public:
  explicit ParserImpl(ParserModelParts parts) : m_(std::move(parts)) {}

  void Parse(const std::vector<ParserWord>& words, std::vector<int>* heads,
             std::vector<std::string>* deprels) const override;
  const std::vector<std::string>& labels() const override { return m_.labels; }

 private:
  ParserModelParts m_;
};

struct Scratch {
  ParserSentence sentence;
  ParseState state;
  std::vector<FeatureId> features;
  std::vector<float> scores;
};

void ParserImpl::Parse(const std::vector<ParserWord>& words, std::vector<int>* heads,
                       std::vector<std::string>* deprels) const {
  thread_local Scratch scratch;
  Scratch& sc = scratch;
  const int n = static_cast<int>(words.size());
  PrepareSentence(words, &sc.sentence);
  ParseState& st = sc.state;
  st.Reset(n);
  const int classes = m_.moves.classes();
  sc.scores.resize(classes);
  while (!st.Terminal()) {
    TransitionFeatures(sc.sentence, st, &sc.features);
    std::fill(sc.scores.begin(), sc.scores.end(), 0.0f);
    m_.moves.Score(sc.features, sc.scores.data());
    int best = -1;
    for (int c = 0; c < classes; ++c) {
      if ((best < 0 || sc.scores[c] > sc.scores[best]) && LegalClass(st, c, m_.root_label)) {
        best = c;
      }
    }
    // Some class is always legal (transition_system.h): SHIFT, a LEFT or
    // RIGHT with a non-root label, or the final RIGHT with "root".
    st.Apply(ClassMove(best), ClassLabel(best));
  }
  heads->resize(n);
  deprels->resize(n);
  for (int i = 0; i < n; ++i) {
    (*heads)[i] = st.head[i + 1];
    (*deprels)[i] = m_.labels[st.label[i + 1]];
  }
}

}  // namespace

std::string SerializeParser(const ParserModelParts& p) {
  std::string out;
  PutFixed32(&out, kParserFeatureSet);
  PutFixed32(&out, static_cast<uint32_t>(p.labels.size()));
  for (const std::string& l : p.labels) PutLengthPrefixed(&out, l);
  PutFixed32(&out, static_cast<uint32_t>(p.options.epochs));
  PutFixed64(&out, p.options.seed);
  PutFixed32(&out, static_cast<uint32_t>(p.options.explore_after));
  PutFloat(&out, static_cast<float>(p.options.explore_probability));
  PutFloat(&out, p.options.min_weight);
  PutFixed32(&out, static_cast<uint32_t>(p.options.min_feature_count));
  PutFixed32(&out, static_cast<uint32_t>(p.best_epoch));
  p.moves.AppendTo(&out);
  PutFixed64(&out, Checksum(out));
  return out;
}

std::unique_ptr<Parser> MakeParser(ParserModelParts parts) {
  return std::make_unique<ParserImpl>(std::move(parts));
}

namespace {

Result<std::unique_ptr<Parser>> FromModelFile(const Result<ModelFile>& file,
                                              const std::string& name) {
  if (!file.ok()) return file.status();
  std::string_view payload = file->payload;
  if (payload.size() < 8) return Status::Corruption(name + ": damaged parser model (too short)");
  Decoder sum(payload.substr(payload.size() - 8));
  uint64_t stored = 0;
  payload.remove_suffix(8);
  if (!sum.GetFixed64(&stored) || stored != Checksum(payload)) {
    return Status::Corruption(name + ": damaged parser model (checksum mismatch)");
  }
  Decoder d(payload);
  auto bad = [&](const std::string& what) {
    return Status::Corruption(name + ": damaged parser model (" + what + ")");
  };
  uint32_t feature_set = 0, count = 0;
  if (!d.GetFixed32(&feature_set)) return bad("header");
  if (feature_set != kParserFeatureSet) {
    return Status::Corruption(name + ": parser model made with feature set " +
                              std::to_string(feature_set) + ", this dyad uses " +
                              std::to_string(kParserFeatureSet) + "; retrain it");
  }
  if (!d.GetFixed32(&count) || count == 0 || count > 1000) return bad("labels");
  ParserModelParts p;
  p.root_label = -1;
  for (uint32_t i = 0; i < count; ++i) {
    std::string_view l;
    if (!d.GetLengthPrefixed(&l)) return bad("labels");
    if (l == "root") p.root_label = static_cast<int>(i);
    p.labels.emplace_back(l);
  }
  if (p.root_label < 0) return bad("no root label");
  uint32_t epochs = 0, explore_after = 0, best = 0, min_count = 0;
  float explore = 0;
  if (!d.GetFixed32(&epochs) || !d.GetFixed64(&p.options.seed) || !d.GetFixed32(&explore_after) ||
      !d.GetFloat(&explore) || !d.GetFloat(&p.options.min_weight) || !d.GetFixed32(&min_count) ||
      !d.GetFixed32(&best)) {
    return bad("options");
  }
  p.options.epochs = static_cast<int>(epochs);
  p.options.explore_after = static_cast<int>(explore_after);
  p.options.min_feature_count = static_cast<int>(min_count);
  p.options.explore_probability = explore;
  p.best_epoch = static_cast<int>(best);
  std::string_view rest = d.rest();
  auto moves = LinearModel::ReadFrom(&rest);
  if (!moves.ok()) return bad(moves.status().message());
  if (moves->classes() != ClassCount(static_cast<int>(count)) || !rest.empty()) {
    return bad("inconsistent sizes");
  }
  p.moves = std::move(*moves);
  return MakeParser(std::move(p));
}

}  // namespace

Result<std::unique_ptr<Parser>> Parser::FromBytes(std::string_view bytes,
                                                  const std::string& name) {
  return FromModelFile(ParseModelFile(bytes, kParserMagic, kParserFormatVersion, name), name);
}

Result<std::unique_ptr<Parser>> Parser::Load(const std::string& path) {
  return FromModelFile(ReadModelFile(path, kParserMagic, kParserFormatVersion), path);
}

}  // namespace dyad::nlp
