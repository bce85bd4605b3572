#include "nlp/lemmatizer.h"

#include <algorithm>

#include "base/coding.h"
#include "nlp/tagger_features.h"

namespace dyad::nlp {
namespace {

constexpr size_t kMaxSuffix = 8;
constexpr char kSep = '\1';

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The common prefix, backed up to a UTF-8 character boundary of `a` so that
// rules never cut a character in two.
size_t CommonPrefix(std::string_view a, std::string_view b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  while (n > 0 && n < a.size() && IsContinuation(a[n])) --n;
  return n;
}

bool HasUpper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// The WordNet part of speech whose exceptions apply to a tag, or 0.
char WordNetPos(std::string_view tag) {
  const size_t bar = tag.find('|');
  const std::string_view xpos = bar == std::string_view::npos ? tag : tag.substr(bar + 1);
  if (xpos == "NNS") return 'n';
  if (xpos == "VBD" || xpos == "VBN" || xpos == "VBZ" || xpos == "VBG" || xpos == "VBP") return 'v';
  if (xpos == "JJR" || xpos == "JJS") return 'a';
  if (xpos == "RBR" || xpos == "RBS") return 'r';
  return 0;
}

template <typename K, typename T>
const K& Best(const std::map<K, T>& counts) {
  auto best = counts.begin();
  for (auto it = counts.begin(); it != counts.end(); ++it) {
    if (it->second > best->second) best = it;  // Ties: the smallest rule.
  }
  return best->first;
}

// Looks `key` up in a heterogeneous map through a per-thread buffer.
thread_local std::string tl_key;
thread_local std::string tl_lower;

}  // namespace

LemmaRule MakeLemmaRule(std::string_view form, std::string_view lemma) {
  std::string lower;
  AsciiLower(form, &lower);
  const size_t keep_cp = CommonPrefix(form, lemma);
  const size_t low_cp = CommonPrefix(lower, lemma);
  const size_t keep_cost = (form.size() - keep_cp) + (lemma.size() - keep_cp);
  const size_t low_cost = (form.size() - low_cp) + (lemma.size() - low_cp);
  const bool use_lower = HasUpper(lemma) ? low_cost < keep_cost : low_cost <= keep_cost;
  const size_t cp = use_lower ? low_cp : keep_cp;
  LemmaRule r;
  if (form.size() - cp > 255) return r;  // Identity for absurdly long words.
  r.lower = use_lower;
  r.strip = static_cast<uint8_t>(form.size() - cp);
  r.append = std::string(lemma.substr(cp));
  return r;
}

bool ApplyLemmaRule(const LemmaRule& rule, std::string_view form, std::string* out) {
  if (rule.strip > form.size() || (rule.strip == form.size() && rule.append.empty())) return false;
  if (rule.strip > 0 && IsContinuation(form[form.size() - rule.strip])) return false;
  if (rule.lower) {
    AsciiLower(form.substr(0, form.size() - rule.strip), out);
  } else {
    out->assign(form.substr(0, form.size() - rule.strip));
  }
  out->append(rule.append);
  return true;
}

void Lemmatizer::Lemmatize(std::string_view form, std::string_view tag, std::string* out) const {
  AsciiLower(form, &tl_lower);
  const std::string_view lower = tl_lower;
  tl_key.assign(lower).push_back(kSep);
  tl_key.append(tag);
  if (auto it = lexicon_.find(std::string_view(tl_key)); it != lexicon_.end()) {
    out->assign(lemmas_[it->second]);
    return;
  }
  if (const char pos = WordNetPos(tag); pos != 0 && !exceptions_.empty()) {
    tl_key.assign(1, pos).push_back(kSep);
    tl_key.append(lower);
    if (auto it = exceptions_.find(std::string_view(tl_key)); it != exceptions_.end()) {
      out->assign(it->second);
      return;
    }
  }
  tl_key.assign(tag).push_back(kSep);
  const size_t base = tl_key.size();
  for (size_t s = std::min(lower.size(), kMaxSuffix) + 1; s-- > 0;) {
    tl_key.resize(base);
    tl_key.append(lower.substr(lower.size() - s));
    if (auto it = suffixes_.find(std::string_view(tl_key)); it != suffixes_.end()) {
      if (ApplyLemmaRule(rules_[it->second], form, out)) return;
    }
  }
  out->assign(form);
}

namespace {


template <typename Map>
std::vector<std::string_view> SortedKeys(const Map& m) {
  std::vector<std::string_view> keys;
  keys.reserve(m.size());
  for (const auto& [k, v] : m) keys.push_back(k);
  std::sort(keys.begin(), keys.end());
  return keys;
}

}  // namespace

void Lemmatizer::AppendTo(std::string* out) const {
  PutFixed32(out, static_cast<uint32_t>(rules_.size()));
  for (const LemmaRule& r : rules_) {
    out->push_back(r.lower ? 1 : 0);
    out->push_back(static_cast<char>(r.strip));
    PutLengthPrefixed(out, r.append);
  }
  PutFixed32(out, static_cast<uint32_t>(lemmas_.size()));
  for (const std::string& l : lemmas_) PutLengthPrefixed(out, l);
  for (const Map* m : {&lexicon_, &suffixes_}) {
    PutFixed32(out, static_cast<uint32_t>(m->size()));
    for (std::string_view k : SortedKeys(*m)) {
      PutLengthPrefixed(out, k);
      PutFixed32(out, m->find(k)->second);
    }
  }
  PutFixed32(out, static_cast<uint32_t>(exceptions_.size()));
  for (std::string_view k : SortedKeys(exceptions_)) {
    PutLengthPrefixed(out, k);
    PutLengthPrefixed(out, exceptions_.find(k)->second);
  }
}

Result<Lemmatizer> Lemmatizer::ReadFrom(std::string_view* in) {
  Decoder d(*in);
  Lemmatizer lem;
  uint32_t n = 0;
  if (!d.GetFixed32(&n) || n > d.remaining()) return Status::Corruption("lemmatizer: bad rules");
  lem.rules_.resize(n);
  for (LemmaRule& r : lem.rules_) {
    std::string_view flags, append;
    if (!d.GetBytes(2, &flags) || !d.GetLengthPrefixed(&append) || uint8_t(flags[0]) > 1) {
      return Status::Corruption("lemmatizer: truncated rules");
    }
    r.lower = flags[0] == 1;
    r.strip = static_cast<uint8_t>(flags[1]);
    r.append = std::string(append);
  }
  if (!d.GetFixed32(&n) || n > d.remaining()) return Status::Corruption("lemmatizer: bad lemmas");
  lem.lemmas_.resize(n);
  for (std::string& l : lem.lemmas_) {
    std::string_view v;
    if (!d.GetLengthPrefixed(&v)) return Status::Corruption("lemmatizer: truncated lemmas");
    l = std::string(v);
  }
  for (Map* m : {&lem.lexicon_, &lem.suffixes_}) {
    if (!d.GetFixed32(&n) || n > d.remaining()) return Status::Corruption("lemmatizer: bad table");
    m->reserve(n);
    const size_t limit = m == &lem.lexicon_ ? lem.lemmas_.size() : lem.rules_.size();
    for (uint32_t i = 0; i < n; ++i) {
      std::string_view k;
      uint32_t rule = 0;
      if (!d.GetLengthPrefixed(&k) || !d.GetFixed32(&rule) || rule >= limit) {
        return Status::Corruption("lemmatizer: truncated table");
      }
      m->emplace(std::string(k), rule);
    }
  }
  if (!d.GetFixed32(&n) || n > d.remaining()) return Status::Corruption("lemmatizer: bad exceptions");
  lem.exceptions_.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    std::string_view k, v;
    if (!d.GetLengthPrefixed(&k) || !d.GetLengthPrefixed(&v)) {
      return Status::Corruption("lemmatizer: truncated exceptions");
    }
    lem.exceptions_.emplace(std::string(k), std::string(v));
  }
  *in = d.rest();
  return lem;
}

void LemmatizerBuilder::Add(std::string_view form, std::string_view tag, std::string_view lemma) {
  std::string key;
  AsciiLower(form, &key);
  key.push_back(kSep);
  key.append(tag);
  ++lexicon_[key][MakeLemmaRule(form, lemma)];
  ++lemmas_[key][std::string(lemma)];
}

size_t LemmatizerBuilder::AddExceptions(std::string_view bytes, char pos) {
  size_t kept = 0;
  while (!bytes.empty()) {
    const size_t nl = bytes.find('\n');
    std::string_view line = bytes.substr(0, nl);
    bytes = nl == std::string_view::npos ? std::string_view() : bytes.substr(nl + 1);
    const size_t sp = line.find(' ');
    if (sp == std::string_view::npos || sp == 0) continue;
    const std::string_view form = line.substr(0, sp);
    std::string_view lemma = line.substr(sp + 1);
    lemma = lemma.substr(0, lemma.find(' '));
    while (!lemma.empty() && (lemma.back() == '\r' || lemma.back() == ' ')) lemma.remove_suffix(1);
    if (lemma.empty() || form.find('_') != std::string_view::npos ||
        lemma.find('_') != std::string_view::npos) {
      continue;
    }
    std::string key(1, pos);
    key.push_back(kSep);
    key.append(form);
    if (exceptions_.emplace(std::move(key), std::string(lemma)).second) ++kept;
  }
  return kept;
}

Lemmatizer LemmatizerBuilder::Build() const {
  Lemmatizer lem;
  std::map<LemmaRule, uint32_t> rule_ids;
  auto id_of = [&](const LemmaRule& r) {
    auto [it, added] = rule_ids.emplace(r, static_cast<uint32_t>(lem.rules_.size()));
    if (added) lem.rules_.push_back(r);
    return it->second;
  };
  // Suffix statistics over word types: (tag, suffix) -> rule -> types.
  std::map<std::string, std::map<LemmaRule, uint32_t>> suffix_counts;
  std::map<std::string, uint32_t> lemma_ids;
  for (const auto& [key, counts] : lemmas_) {
    const std::string& best = Best(counts);
    auto [it, added] = lemma_ids.emplace(best, static_cast<uint32_t>(lem.lemmas_.size()));
    if (added) lem.lemmas_.push_back(best);
    lem.lexicon_.emplace(key, it->second);
  }
  for (const auto& [key, counts] : lexicon_) {
    const LemmaRule& best = Best(counts);
    const size_t sep = key.find(kSep);
    const std::string_view lower = std::string_view(key).substr(0, sep);
    const std::string_view tag = std::string_view(key).substr(sep + 1);
    std::string skey(tag);
    skey.push_back(kSep);
    for (size_t s = 0; s <= std::min(lower.size(), kMaxSuffix); ++s) {
      ++suffix_counts[skey + std::string(lower.substr(lower.size() - s))][best];
    }
  }
  // Keep a suffix only where its rule differs from its parent's (one byte
  // shorter): the longest-match lookup then finds the same rule.
  for (const auto& [key, counts] : suffix_counts) {
    const LemmaRule& best = Best(counts);
    const size_t sep = key.find(kSep);
    if (key.size() > sep + 1) {
      std::string parent = key.substr(0, sep + 1) + key.substr(sep + 2);
      auto it = suffix_counts.find(parent);
      if (it != suffix_counts.end() && Best(it->second) == best) continue;
    }
    lem.suffixes_.emplace(key, id_of(best));
  }
  for (const auto& [k, v] : exceptions_) lem.exceptions_.emplace(k, v);
  return lem;
}

}  // namespace dyad::nlp
