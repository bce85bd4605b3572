// Internal to nlp/: labelled dependency parser (models/parser.model).
//
//   auto parser = Parser::Load("models/parser.model");
//   std::vector<ParserWord> words = ...;   // forms and tags from the tagger
//   std::vector<int> heads;                // heads[i]: 0 = root, else 1-based
//   std::vector<std::string> deprels;      // UD relations ("nsubj", "obl")
//   (*parser)->Parse(words, &heads, &deprels);
//
// Design: arc-hybrid transitions (transition_system.h) with a dynamic
// oracle; one averaged perceptron over hashed Zhang-Nivre style features
// (parser_features.h) chooses among SHIFT and LEFT/RIGHT with each UD
// relation (full EWT deprels, "nsubj:pass", "obl:agent"), greedily.
// Measured on EWT dev (gold tags, LAS over full relations): this joint
// choice reached LAS 87.2 after 6 epochs, where a factored design (a 3-class
// move perceptron plus a label perceptron with features of the finished
// dependent) peaked at 86.5 after 12, at a similar model size; that
// factored parser trained with the static oracle (no exploration) peaked
// at 85.9. The joint scorer has ~35 times the classes, so its small weights
// are pruned harder (ParserTrainOptions::min_weight) to stay fast.
// Projective; every word gets exactly one head, exactly one word hangs from
// the root, and there are no cycles, whatever the weights say; the root arc
// is labelled "root" and no other is.
//
// Model file (model_file.h, magic DYPR). Payload versions:
//   1: u32 feature set (parser_features.h), labels (u32 count, each
//      length-prefixed), training options (u32 epochs, u64 seed, u32
//      explore_after, f32 explore_probability, f32 min_weight, u32
//      min_feature_count, u32 best epoch), then the scorer (LinearModel,
//      classes: SHIFT, then LEFT and RIGHT with each label, see
//      parser_model.h), then a u64 checksum (HashFeature of all
//      the bytes before it: zstd frames carry none).
//
// Thread-safety: immutable after Load; Parse may be called from any thread.
#ifndef DYAD_NLP_PARSER_H_
#define DYAD_NLP_PARSER_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "nlp/nlp.h"  // ParserTrainOptions, ParserTrainReport, TrainParser.

namespace dyad::nlp {

// One word as the parser sees it. Lemma and feats may be empty or "_".
struct ParserWord {
  std::string_view form, lemma, upos, xpos, feats;
};

inline constexpr uint32_t kParserFormatVersion = 1;

class Parser {
 public:
  virtual ~Parser() = default;
  // kNotFound, or kCorruption for a damaged or too new file (or one made
  // with another feature set: "retrain it").
  static Result<std::unique_ptr<Parser>> Load(const std::string& path);
  // The same from the bytes of a model file; `name` is used in messages.
  static Result<std::unique_ptr<Parser>> FromBytes(std::string_view bytes,
                                                   const std::string& name);
  // Replaces *heads and *deprels with one entry per word. Never fails; no
  // words gives no entries. Allocation-free once warm (thread_local scratch).
  virtual void Parse(const std::vector<ParserWord>& words, std::vector<int>* heads,
                     std::vector<std::string>* deprels) const = 0;
  // The relations the model knows.
  virtual const std::vector<std::string>& labels() const = 0;
};

}  // namespace dyad::nlp

#endif  // DYAD_NLP_PARSER_H_
