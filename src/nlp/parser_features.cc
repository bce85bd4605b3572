#include "nlp/parser_features.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>

namespace dyad::nlp {
namespace {

// Hash kinds of the per-word atoms.
enum : uint32_t { kFormAtom = 1, kLemmaAtom, kUposAtom, kXposAtom, kSpecialAtom };

uint64_t HashLower(std::string_view s) {
  thread_local std::string lower;
  lower.assign(s);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return HashFeature(kFormAtom, lower);
}

// Appends features; template numbers are given in order, so the list of
// calls below *is* the feature set (change it: bump kParserFeatureSet).
class Emitter {
 public:
  explicit Emitter(std::vector<FeatureId>* out) : out_(out) { out_->clear(); }
  // HashFeature(template, a, b, c), with the template's own mixing step
  // taken from a table: the same value for one multiply chain in four.
  void operator()(uint64_t a, uint64_t b = 0, uint64_t c = 0) {
    const uint32_t t = next_++;
    const uint64_t kind = t - kFirst < kTable ? MixedKinds()[t - kFirst] : internal::Mix(t);
    const uint64_t h = internal::Mix(internal::Mix(internal::Mix(kind ^ a) ^ b) ^ c);
    out_->push_back(h == 0 ? 1 : h);
  }
  void Skip() { ++next_; }

 private:
  static constexpr uint32_t kFirst = 1000, kTable = 256;
  static const uint64_t* MixedKinds() {
    static const auto table = [] {
      std::array<uint64_t, kTable> t{};
      for (uint32_t i = 0; i < kTable; ++i) t[i] = internal::Mix(kFirst + i);
      return t;
    }();
    return table.data();
  }

  std::vector<FeatureId>* out_;
  uint32_t next_ = kFirst;
};

}  // namespace

void PrepareSentence(const std::vector<ParserWord>& words, ParserSentence* s) {
  const int n = static_cast<int>(words.size());
  s->n = n;
  const size_t size = static_cast<size_t>(n) + 2;
  s->form.resize(size);
  s->lemma.resize(size);
  s->upos.resize(size);
  s->xpos.resize(size);
  s->form[0] = s->lemma[0] = s->upos[0] = s->xpos[0] = HashFeature(kSpecialAtom, 1);  // ROOT
  const uint64_t none = HashFeature(kSpecialAtom, 2);
  s->form[n + 1] = s->lemma[n + 1] = s->upos[n + 1] = s->xpos[n + 1] = none;
  for (int i = 0; i < n; ++i) {
    const ParserWord& w = words[i];
    s->form[i + 1] = HashLower(w.form);
    s->lemma[i + 1] = w.lemma.empty() || w.lemma == "_" ? HashFeature(kSpecialAtom, 3)
                                                        : HashFeature(kLemmaAtom, w.lemma);
    s->upos[i + 1] = HashFeature(kUposAtom, w.upos);
    s->xpos[i + 1] = HashFeature(kXposAtom, w.xpos);
  }
}

void TransitionFeatures(const ParserSentence& s, const ParseState& st,
                        std::vector<FeatureId>* out) {
  const int none = s.n + 1;
  auto at = [&](int i) { return i < 0 ? none : i; };
  auto kid = [&](int i, const std::vector<int>& v) { return i < 0 || v[i] == 0 ? none : v[i]; };
  auto lab = [&](int i) -> uint64_t { return i == none ? 999 : st.label[i] + 1; };
  const int s0 = at(st.S(0)), s1 = at(st.S(1)), s2 = at(st.S(2));
  const int b0 = at(st.B(0)), b1 = at(st.B(1)), b2 = at(st.B(2));
  const int S0 = st.S(0), S1 = st.S(1), B0 = st.B(0);
  const int s0l1 = kid(S0, st.left1), s0l2 = kid(S0, st.left2);
  const int s0r1 = kid(S0, st.right1), s0r2 = kid(S0, st.right2);
  const int s1l1 = kid(S1, st.left1), s1r1 = kid(S1, st.right1), s1r2 = kid(S1, st.right2);
  const int b0l1 = kid(B0, st.left1), b0l2 = kid(B0, st.left2);
  const auto& w = s.form;
  const auto& p = s.upos;
  const auto& x = s.xpos;
  const auto& l = s.lemma;
  Emitter f(out);
  f(0);  // Bias.
  // Single words.
  for (int i : {s0, b0, s1}) {
    f(w[i]);
    f(p[i]);
    f(x[i]);
    f(w[i], x[i]);
    f(l[i]);
  }
  for (int i : {b1, b2, s2}) {
    f(w[i]);
    f(x[i]);
    f(w[i], x[i]);
  }
  f(p[b1]);
  // Pairs s0/b0 and s1/s0.
  f(w[s0], x[s0], w[b0] ^ (x[b0] << 1));
  f(w[s0], x[s0], w[b0]);
  f(w[s0], w[b0], x[b0]);
  f(w[s0], x[s0], x[b0]);
  f(x[s0], w[b0], x[b0]);
  f(w[s0], w[b0]);
  f(x[s0], x[b0]);
  f(p[s0], p[b0]);
  f(l[s0], l[b0]);
  f(x[b0], x[b1]);
  f(w[s1], x[s1], w[s0] ^ (x[s0] << 1));
  f(w[s1], w[s0]);
  f(x[s1], x[s0]);
  f(w[s1], x[s1], x[s0]);
  f(x[s1], w[s0], x[s0]);
  f(l[s1], l[s0]);
  f(w[s1], w[b0]);
  f(x[s1], x[b0]);
  // Triples of tags.
  f(x[b0], x[b1], x[b2]);
  f(x[s0], x[b0], x[b1]);
  f(x[s1], x[s0], x[b0]);
  f(x[s2], x[s1], x[s0]);
  f(x[s0], x[s0l1], x[b0]);
  f(x[s0], x[s0r1], x[b0]);
  f(x[s0], x[b0], x[b0l1]);
  f(x[s1], x[s0], x[s0l1]);
  f(x[s1], x[s0], x[s0r1]);
  f(x[s1], x[s1r1], x[s0]);
  f(x[s1], x[s1l1], x[s0]);
  f(p[s1], p[s0], p[b0]);
  f(p[s0], p[b0], p[b1]);
  // Distances (capped) between s0 and b0, s1 and s0.
  const uint64_t d0 = S0 > 0 && B0 > 0 ? std::min(B0 - S0, 10) : 0;
  const uint64_t d1 = S1 > 0 && S0 > 0 ? std::min(S0 - S1, 10) : 0;
  f(w[s0], d0);
  f(x[s0], d0);
  f(w[b0], d0);
  f(x[b0], d0);
  f(w[s0], w[b0], d0);
  f(x[s0], x[b0], d0);
  f(x[s1], x[s0], d1);
  f(w[s1], w[s0], d1);
  // Valency.
  auto lv = [&](int i) -> uint64_t { return i < 0 ? 99 : st.left_count[i]; };
  auto rv = [&](int i) -> uint64_t { return i < 0 ? 99 : st.right_count[i]; };
  f(w[s0], rv(S0));
  f(x[s0], rv(S0));
  f(w[s0], lv(S0));
  f(x[s0], lv(S0));
  f(w[b0], lv(B0));
  f(x[b0], lv(B0));
  f(x[s1], lv(S1), rv(S1));
  f(w[s1], rv(S1));
  // Children: words, tags, labels.
  for (int c : {s0l1, s0r1, b0l1, s1r1}) {
    f(w[c]);
    f(x[c]);
    f(lab(c));
  }
  for (int c : {s0l2, s0r2, b0l2, s1l1, s1r2}) {
    f(x[c]);
    f(lab(c));
  }
  f(x[s0], lab(s0l1), lab(s0l2));
  f(x[s0], lab(s0r1), lab(s0r2));
  f(x[b0], lab(b0l1), lab(b0l2));
  f(x[s1], lab(s1r1), lab(s1r2));
  f(x[s0], x[s0l1], x[s0l2]);
  f(x[s0], x[s0r1], x[s0r2]);
  f(x[b0], x[b0l1], x[b0l2]);
  f(x[s1], x[s1r1], x[s1r2]);
  f(w[s0], lab(s0r1), x[b0]);
  f(w[s1], lab(s1r1), x[s0]);
  // Label sets.
  auto ls = [&](int i) -> uint64_t { return i < 0 ? 1 : st.left_labels[i] * 2 + 2; };
  auto rs = [&](int i) -> uint64_t { return i < 0 ? 1 : st.right_labels[i] * 2 + 2; };
  f(w[s0], rs(S0));
  f(x[s0], rs(S0));
  f(w[s0], ls(S0));
  f(x[s0], ls(S0));
  f(w[b0], ls(B0));
  f(x[b0], ls(B0));
  f(x[s1], rs(S1), x[s0]);
  f(x[s0], ls(S0), x[b0]);
  // Stack depth beyond s1, buffer empty: the end game.
  f(std::min<uint64_t>(st.stack.size(), 4), B0 < 0);
}

}  // namespace dyad::nlp
