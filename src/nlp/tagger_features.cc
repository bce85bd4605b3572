#include "nlp/tagger_features.h"

namespace dyad::nlp {
namespace {

// Template numbers: frozen (they are part of every feature id).
enum Template : uint32_t {
  kString = 1,  // Hash of a string, then combined below.
  kBias = 10,
  kForm,
  kLower,
  kPrefix,
  kSuffix,
  kShape,
  kFlags,
  kLength,
  kWordM2,
  kWordM1,
  kWordP1,
  kWordP2,
  kSuffixM1,
  kSuffixP1,
  kBigramM1,
  kBigramP1,
  kTagM1,
  kTagM2,
  kTagM2M1,
  kTagM1Word,
  kShapeM1,
  kShapeP1,
  kTagM1WordP1,
  kWordSuffixP1,
};

uint64_t Str(uint32_t kind, std::string_view s) { return HashFeature(kString + kind, s); }

bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

}  // namespace

void AsciiLower(std::string_view s, std::string* out) {
  out->assign(s);
  for (char& c : *out) {
    if (IsUpper(static_cast<unsigned char>(c))) c = static_cast<char>(c - 'A' + 'a');
  }
}

void WordShape(std::string_view s, std::string* out) {
  out->clear();
  char last = 0;
  int run = 0;
  for (unsigned char c : s) {
    char k = IsUpper(c) ? 'X' : IsLower(c) ? 'x' : IsDigit(c) ? 'd' : c >= 0x80 ? 'u' : char(c);
    if (k == last) {
      if (++run > 3) continue;
    } else {
      last = k;
      run = 1;
    }
    if (out->size() >= 12) break;
    out->push_back(k);
  }
}

void TaggerFeatures::SetSentence(const std::vector<std::string_view>& forms) {
  words_.resize(forms.size());
  for (size_t i = 0; i < forms.size(); ++i) {
    std::string_view f = forms[i];
    Word& w = words_[i];
    AsciiLower(f, &lower_);
    WordShape(f, &shape_);
    w.form = Str(0, f);
    w.lower = Str(1, lower_);
    w.shape = Str(2, shape_);
    bool digit = false, hyphen = false, upper = false, all_upper = !f.empty();
    for (unsigned char c : f) {
      digit |= IsDigit(c);
      hyphen |= c == '-';
      upper |= IsUpper(c);
      if (IsLower(c)) all_upper = false;
    }
    w.flags = (digit ? 1 : 0) | (hyphen ? 2 : 0) | (upper ? 4 : 0) | (all_upper && upper ? 8 : 0) |
              (i == 0 ? 16 : 0) | (!f.empty() && IsUpper(f[0]) ? 32 : 0);
    w.length = f.size() < 8 ? f.size() : 8;
    const std::string_view l = lower_;
    for (size_t k = 0; k < 4; ++k) {
      const bool fits = l.size() > k;  // An affix of k+1 bytes.
      w.prefix[k] = fits ? Str(3, l.substr(0, k + 1)) : 0;
      w.suffix[k] = fits ? Str(4, l.substr(l.size() - k - 1)) : 0;
    }
  }
  for (int k = 0; k < 2; ++k) {
    start_[k] = Word{Str(5, "<s>") + k, Str(5, "<s>") + k, 0, 0, 0, {}, {}};
    start_[k].suffix[2] = start_[k].lower;
    end_[k] = Word{Str(5, "</s>") + k, Str(5, "</s>") + k, 0, 0, 0, {}, {}};
    end_[k].suffix[2] = end_[k].lower;
  }
}

const TaggerFeatures::Word& TaggerFeatures::At(ptrdiff_t i) const {
  if (i < 0) return start_[-i - 1 > 1 ? 1 : -i - 1];
  if (i >= static_cast<ptrdiff_t>(words_.size())) {
    const ptrdiff_t k = i - static_cast<ptrdiff_t>(words_.size());
    return end_[k > 1 ? 1 : k];
  }
  return words_[i];
}

void TaggerFeatures::Static(size_t i, std::vector<FeatureId>* out) const {
  const auto j = static_cast<ptrdiff_t>(i);
  const Word& w = words_[i];
  out->push_back(HashFeature(kBias, 0));
  out->push_back(HashFeature(kForm, w.form));
  out->push_back(HashFeature(kLower, w.lower));
  for (int k = 0; k < 4; ++k) {
    if (w.prefix[k] == 0) break;
    out->push_back(HashFeature(kPrefix, w.prefix[k], k));
    out->push_back(HashFeature(kSuffix, w.suffix[k], k));
  }
  out->push_back(HashFeature(kShape, w.shape));
  out->push_back(HashFeature(kFlags, w.flags));
  out->push_back(HashFeature(kLength, w.length));
  const Word& m2 = At(j - 2);
  const Word& m1 = At(j - 1);
  const Word& p1 = At(j + 1);
  const Word& p2 = At(j + 2);
  out->push_back(HashFeature(kWordM2, m2.lower));
  out->push_back(HashFeature(kWordM1, m1.lower));
  out->push_back(HashFeature(kWordP1, p1.lower));
  out->push_back(HashFeature(kWordP2, p2.lower));
  out->push_back(HashFeature(kSuffixM1, m1.suffix[2] != 0 ? m1.suffix[2] : m1.lower));
  out->push_back(HashFeature(kSuffixP1, p1.suffix[2] != 0 ? p1.suffix[2] : p1.lower));
  out->push_back(HashFeature(kBigramM1, m1.lower, w.lower));
  out->push_back(HashFeature(kBigramP1, w.lower, p1.lower));
  out->push_back(HashFeature(kShapeM1, m1.shape));
  out->push_back(HashFeature(kShapeP1, p1.shape));
  out->push_back(HashFeature(kWordSuffixP1, w.lower, p1.suffix[1] != 0 ? p1.suffix[1] : p1.lower));
}

void TaggerFeatures::Dynamic(size_t i, int prev_tag, int prev2_tag,
                             std::vector<FeatureId>* out) const {
  const auto t1 = static_cast<uint64_t>(prev_tag + 2);
  const auto t2 = static_cast<uint64_t>(prev2_tag + 2);
  out->push_back(HashFeature(kTagM1, t1));
  out->push_back(HashFeature(kTagM2, t2));
  out->push_back(HashFeature(kTagM2M1, t2, t1));
  out->push_back(HashFeature(kTagM1Word, t1, words_[i].lower));
  out->push_back(HashFeature(kTagM1WordP1, t1, At(static_cast<ptrdiff_t>(i) + 1).lower));
}

void TaggerFeatures::Extract(size_t i, int prev_tag, int prev2_tag,
                             std::vector<FeatureId>* out) const {
  out->clear();
  Static(i, out);
  Dynamic(i, prev_tag, prev2_tag, out);
}

}  // namespace dyad::nlp
