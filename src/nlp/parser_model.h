// Internal to nlp/: the parts of a parser model, shared by Parser (parser.cc)
// and its trainer (parser_trainer.cc).
//
//   ParserModelParts parts = ...;              // labels and the scorer
//   std::string payload = SerializeParser(parts);
//   std::unique_ptr<Parser> p = MakeParser(std::move(parts));
//
// Thread-safety: plain data and pure functions.
#ifndef DYAD_NLP_PARSER_MODEL_H_
#define DYAD_NLP_PARSER_MODEL_H_

#include <memory>
#include <string>
#include <vector>

#include "nlp/linear_model.h"
#include "nlp/parser.h"
#include "nlp/transition_system.h"

namespace dyad::nlp {

// The scorer's classes: SHIFT, then LEFT and RIGHT with each label.
inline int MoveClass(Move m, int label) { return m == kShift ? 0 : 2 * label + m; }
inline Move ClassMove(int c) { return c == 0 ? kShift : (c % 2 == 1 ? kLeft : kRight); }
inline int ClassLabel(int c) { return c == 0 ? -1 : (c - 1) / 2; }
inline int ClassCount(int labels) { return 1 + 2 * labels; }

// Whether class c may be taken in s: its move is legal, and it uses the
// "root" label exactly when it attaches a word to ROOT.
inline bool LegalClass(const ParseState& s, int c, int root_label) {
  const Move m = ClassMove(c);
  if (!s.Legal(m)) return false;
  if (m == kShift) return true;
  const bool to_root = m == kRight && s.S(1) == 0;
  return to_root == (ClassLabel(c) == root_label);
}

struct ParserModelParts {
  std::vector<std::string> labels;  // Label numbers of the classes.
  int root_label = 0;               // Index of "root" in labels.
  LinearModel moves;                // ClassCount(labels.size()) classes.
  ParserTrainOptions options;       // As trained (informative).
  int best_epoch = 0;
};

// The payload of a model file (format kParserFormatVersion).
std::string SerializeParser(const ParserModelParts& parts);
std::unique_ptr<Parser> MakeParser(ParserModelParts parts);

}  // namespace dyad::nlp

#endif  // DYAD_NLP_PARSER_MODEL_H_
