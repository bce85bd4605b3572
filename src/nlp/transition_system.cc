#include "nlp/transition_system.h"

#include <algorithm>

namespace dyad::nlp {

void ParseState::Reset(int words) {
  n = words;
  const size_t size = static_cast<size_t>(n) + 1;
  stack.clear();
  stack.push_back(0);
  b = 1;
  head.assign(size, -1);
  label.assign(size, -1);
  left1.assign(size, 0);
  left2.assign(size, 0);
  right1.assign(size, 0);
  right2.assign(size, 0);
  left_count.assign(size, 0);
  right_count.assign(size, 0);
  left_labels.assign(size, 0);
  right_labels.assign(size, 0);
  in_stack.assign(size, 0);
  in_stack[0] = 1;
}

bool ParseState::Legal(Move m) const {
  switch (m) {
    case kShift:
      return b <= n;
    case kLeft:
      return b <= n && stack.size() >= 2;
    case kRight:
      return stack.size() >= 3 || (stack.size() == 2 && b > n);
  }
  return false;
}

void ParseState::Apply(Move m, int arc_label) {
  if (m == kShift) {
    stack.push_back(b);
    in_stack[b] = 1;
    ++b;
    return;
  }
  const int d = stack.back();
  stack.pop_back();
  in_stack[d] = 0;
  const int h = m == kLeft ? b : stack.back();
  head[d] = h;
  label[d] = arc_label;
  const uint64_t bit = arc_label >= 0 ? uint64_t{1} << (arc_label % 64) : 0;
  if (d < h) {
    if (left1[h] == 0 || d < left1[h]) {
      left2[h] = left1[h];
      left1[h] = d;
    } else if (left2[h] == 0 || d < left2[h]) {
      left2[h] = d;
    }
    if (left_count[h] < 255) ++left_count[h];
    left_labels[h] |= bit;
  } else {
    if (right1[h] == 0 || d > right1[h]) {
      right2[h] = right1[h];
      right1[h] = d;
    } else if (right2[h] == 0 || d > right2[h]) {
      right2[h] = d;
    }
    if (right_count[h] < 255) ++right_count[h];
    right_labels[h] |= bit;
  }
}

GoldTree::GoldTree(const std::vector<int>& gold_heads)
    : head_(gold_heads.size() + 1, -1), children_(gold_heads.size() + 1) {
  for (size_t i = 0; i < gold_heads.size(); ++i) {
    const int h = gold_heads[i];
    head_[i + 1] = h;
    if (h >= 0 && h <= static_cast<int>(gold_heads.size())) {
      children_[h].push_back(static_cast<int>(i) + 1);
    }
  }
}

int GoldTree::ChildrenFrom(int word, int b) const {
  int c = 0;
  for (int d : children_[word]) c += d >= b;
  return c;
}

int GoldTree::ChildrenOnStack(const ParseState& s, int word) const {
  int c = 0;
  for (int d : children_[word]) c += s.in_stack[d];
  return c;
}

int GoldTree::Cost(const ParseState& s, Move m) const {
  const int s0 = s.S(0);
  switch (m) {
    case kShift: {
      // b0 can no longer take a head from the stack below s0, nor any
      // dependent from the stack.
      const int b0 = s.b;
      const int h = head_[b0];
      int cost = (h >= 0 && h != s0 && h < b0 && s.in_stack[h]) ? 1 : 0;
      return cost + ChildrenOnStack(s, b0);
    }
    case kLeft: {
      // s0 can no longer take a head from s1 or β, nor dependents from b0|β.
      const int b0 = s.b;
      const int h = head_[s0];
      int cost = (h != b0 && (h == s.S(1) || h > b0)) ? 1 : 0;
      return cost + ChildrenFrom(s0, b0);
    }
    case kRight: {
      // s0 can no longer take a head or dependents from b0|β.
      const int h = head_[s0];
      int cost = (h != s.S(1) && h >= s.b) ? 1 : 0;
      return cost + ChildrenFrom(s0, s.b);
    }
  }
  return 0;
}

bool CheckTree(const std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size());
  int roots = 0;
  for (int i = 0; i < n; ++i) {
    const int h = heads[i];
    if (h < 0 || h > n || h == i + 1) return false;
    roots += h == 0;
  }
  if (n == 0) return true;
  if (roots != 1) return false;
  // Follow heads from each word; a walk longer than n means a cycle.
  std::vector<uint8_t> state(static_cast<size_t>(n) + 1, 0);  // 0 new, 1 on path, 2 ok.
  state[0] = 2;
  std::vector<int> path;
  for (int w = 1; w <= n; ++w) {
    path.clear();
    int v = w;
    while (state[v] == 0) {
      state[v] = 1;
      path.push_back(v);
      v = heads[v - 1];
    }
    if (state[v] == 1) return false;
    for (int p : path) state[p] = 2;
  }
  return true;
}

bool IsProjective(const std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size());
  for (int i = 1; i <= n; ++i) {
    const int a = std::min(i, heads[i - 1]), b = std::max(i, heads[i - 1]);
    for (int j = 1; j <= n; ++j) {
      const int c = std::min(j, heads[j - 1]), d = std::max(j, heads[j - 1]);
      if ((a < c && c < b && b < d) || (c < a && a < d && d < b)) return false;
    }
  }
  return true;
}

}  // namespace dyad::nlp
