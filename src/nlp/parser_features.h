// Internal to nlp/: the parser's features (Zhang and Nivre 2011, adapted to
// arc-hybrid), shared by Parser::Parse and TrainParser.
//
//   ParserSentence sentence;  PrepareSentence(words, &sentence);
//   std::vector<FeatureId> f;
//   TransitionFeatures(sentence, state, &f);   // which labelled move
//
// Each word's form (lowercased), lemma, UPOS and XPOS are hashed once per
// sentence; the templates combine those hashes with HashFeature's numeric
// form, so extracting a feature costs a few multiplications and nothing is
// allocated once the vectors have grown.
//
// kParserFeatureSet names the feature set; a model trained with another one
// is refused (the weights would be attached to different features).
//   1: the first set.
//
// Thread-safety: pure functions.
#ifndef DYAD_NLP_PARSER_FEATURES_H_
#define DYAD_NLP_PARSER_FEATURES_H_

#include <cstdint>
#include <vector>

#include "nlp/linear_model.h"
#include "nlp/parser.h"
#include "nlp/transition_system.h"

namespace dyad::nlp {

inline constexpr uint32_t kParserFeatureSet = 1;

struct ParserSentence {
  // Index 0 is ROOT, words are 1..n; index n+1 stands for "no word".
  std::vector<uint64_t> form, lemma, upos, xpos;
  int n = 0;
};

void PrepareSentence(const std::vector<ParserWord>& words, ParserSentence* sentence);

// Replaces *out with the features of choosing the next move in `state`.
void TransitionFeatures(const ParserSentence& sentence, const ParseState& state,
                        std::vector<FeatureId>* out);

}  // namespace dyad::nlp

#endif  // DYAD_NLP_PARSER_FEATURES_H_
