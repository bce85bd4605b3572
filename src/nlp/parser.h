// Internal to nlp/: labelled dependency parser (models/parser.model).
//
//   auto parser = Parser::Load("models/parser.model");
//   std::vector<ParserWord> words = ...;   // forms and tags from the tagger
//   std::vector<int> heads;                // heads[i]: 0 = root, else 1-based
//   std::vector<std::string> deprels;      // UD relations ("nsubj", "obl")
//   (*parser)->Parse(words, &heads, &deprels);
//
// CONTRACT (issue 4; the implementation fills in the design notes here):
// transition-based (arc-eager or arc-hybrid) with a dynamic oracle and
// averaged-perceptron scoring, labelled with the UD relations; projective;
// every word gets exactly one head, exactly one word hangs from the root,
// and there are no cycles, whatever the weights say.
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

namespace dyad::nlp {

struct ParserWord {
  std::string_view form, lemma, upos, xpos, feats;
};

class Parser {
 public:
  virtual ~Parser() = default;
  // kNotFound, or kCorruption for a damaged or too new file.
  static Result<std::unique_ptr<Parser>> Load(const std::string& path);
  virtual void Parse(const std::vector<ParserWord>& words, std::vector<int>* heads,
                     std::vector<std::string>* deprels) const = 0;
};

struct ParserTrainOptions {
  int epochs = 15;    // Passes; the best epoch on dev (LAS) is kept.
  uint64_t seed = 1;  // Shuffling; training is deterministic for a seed.
  int threads = 2;    // Work split so that results do not depend on it.
};

struct ParserTrainReport {
  int best_epoch = 0;
  double dev_uas = 0, dev_las = 0;  // Percent.
  double seconds = 0;
};

// Trains on UD CoNLL-U `train_path` (its gold tags, or the tags a tagger
// predicts when `tagger_path` is given: parsing then sees at training time
// the kind of tags it sees in use), chooses the epoch on `dev_path`, writes
// the model to `out_path`. `log` receives one line per epoch.
Result<ParserTrainReport> TrainParser(const std::string& train_path, const std::string& dev_path,
                                      const std::string& tagger_path, const std::string& out_path,
                                      const ParserTrainOptions& options,
                                      const std::function<void(const std::string&)>& log);

}  // namespace dyad::nlp

#endif  // DYAD_NLP_PARSER_H_
