// Internal to nlp/: the arc-hybrid transition system of the parser, its
// dynamic oracle, and the tree checker.
//
//   ParseState s;  s.Reset(n);
//   while (!s.Terminal()) {
//     Move m = ...;                 // one of s.Legal(m) moves
//     s.Apply(m, label);
//   }
//   // s.head[1..n], s.label[1..n] (index 0 is ROOT).
//
// Arc-hybrid (Kuhlmann, Gómez-Rodríguez and Satta 2011): a stack σ|s1|s0
// that starts as [ROOT], a buffer b0|β of the words 1..n in order.
//   SHIFT  pushes b0.
//   LEFT   makes b0 the head of s0 and pops s0.      (needs s0 != ROOT)
//   RIGHT  makes s1 the head of s0 and pops s0.
// RIGHT onto ROOT is legal only as the last move (buffer empty, stack
// [ROOT, x]), so exactly one word hangs from the root; every sentence of n
// words takes exactly 2n moves, each word gets one head, and the arcs form
// a projective tree whatever the classifier prefers.
//
// The dynamic oracle (Goldberg and Nivre 2013) gives each move's cost: how
// many gold arcs become unreachable by taking it. Zero-cost moves keep the
// best reachable tree reachable, from any state, including the states a
// mistaken parser wanders into (training with exploration). For a
// non-projective gold tree the costs are those of its reachable arcs (the
// oracle then simply prefers the moves that lose fewest).
//
// Thread-safety: a ParseState belongs to one thread; functions are pure.
#ifndef DYAD_NLP_TRANSITION_SYSTEM_H_
#define DYAD_NLP_TRANSITION_SYSTEM_H_

#include <cstdint>
#include <vector>

namespace dyad::nlp {

// On-disk class numbers of the transition model; do not renumber.
enum Move : int { kShift = 0, kLeft = 1, kRight = 2 };
inline constexpr int kMoves = 3;

// A parser configuration. Index 0 is ROOT; words are 1..n. Children are
// tracked (two outermost on each side, counts, label sets) for features.
struct ParseState {
  int n = 0;
  std::vector<int> stack;  // stack.back() is s0.
  int b = 1;               // Buffer is b..n (always a suffix); empty when b > n.
  std::vector<int> head;   // -1 until attached.
  std::vector<int> label;  // -1 until attached.
  std::vector<int> left1, left2, right1, right2;  // Outermost children; 0 = none.
  std::vector<uint8_t> left_count, right_count;   // Saturating.
  std::vector<uint64_t> left_labels, right_labels;  // Bit (label % 64).
  std::vector<uint8_t> in_stack;

  // Empties the state for a sentence of n words; keeps the capacity.
  void Reset(int words);
  bool Terminal() const { return b > n && stack.size() == 1; }
  bool Legal(Move m) const;
  // REQUIRES: Legal(m). `label` is recorded for the arc (ignored by SHIFT).
  void Apply(Move m, int label);

  // Stack item i from the top (0 = s0), or -1; buffer item i, or -1.
  int S(int i) const {
    return i < static_cast<int>(stack.size()) ? stack[stack.size() - 1 - i] : -1;
  }
  int B(int i) const { return b + i <= n ? b + i : -1; }
};

// The gold tree the oracle measures against. gold_heads[i] is the head of
// word i+1 (0 = root), as Parser::Parse writes heads.
class GoldTree {
 public:
  explicit GoldTree(const std::vector<int>& gold_heads);
  int head(int word) const { return head_[word]; }
  // Gold arcs lost by taking m in s (its dynamic-oracle cost, unlabelled).
  // REQUIRES: s.Legal(m).
  int Cost(const ParseState& s, Move m) const;

 private:
  // Gold children of `word` that are still in the buffer (index >= b).
  int ChildrenFrom(int word, int b) const;
  // Gold children of `word` on the stack.
  int ChildrenOnStack(const ParseState& s, int word) const;
  std::vector<int> head_;
  std::vector<std::vector<int>> children_;
};

// True if `heads` (heads[i]: head of word i+1, 0 = root, as Parser::Parse
// writes them) is a tree: every head in 0..n and not the word itself,
// exactly one word with head 0, and no cycles. True for no words.
bool CheckTree(const std::vector<int>& heads);
// Whether the tree `heads` (as for CheckTree) has no crossing arcs.
bool IsProjective(const std::vector<int>& heads);

}  // namespace dyad::nlp

#endif  // DYAD_NLP_TRANSITION_SYSTEM_H_
