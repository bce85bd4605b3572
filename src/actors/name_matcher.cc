#include "actors/name_matcher.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "base/utf8.h"

namespace dyad::actors {

std::string TokenKey(std::string_view form) {
  std::string key;
  key.reserve(form.size());
  for (size_t i = 0; i < form.size();) {
    unsigned char c = static_cast<unsigned char>(form[i]);
    if (c < 0x80) {
      key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
      ++i;
      continue;
    }
    char32_t cp;
    size_t n = DecodeUtf8(form, i, &cp);
    if (n == 0) {  // Invalid byte: keep it as it is.
      key.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    if (cp == U'\u2019' || cp == U'\u2018') {
      key.push_back('\'');
    } else {
      AppendUtf8(static_cast<char32_t>(u_foldCase(static_cast<UChar32>(cp), U_FOLD_CASE_DEFAULT)),
                 &key);
    }
    i += n;
  }
  return key;
}

void NameTrie::Add(const std::vector<std::string>& keys, uint32_t value, uint32_t gaps) {
  uint32_t node = 0;
  for (size_t k = 0; k < keys.size(); ++k) {
    const std::string& key = keys[k];
    auto [w, inserted] = words_.emplace(key, static_cast<uint32_t>(words_.size()));
    uint64_t edge = (uint64_t{node} << 32) | w->second;
    if (k > 0 && k < 32 && (gaps >> k & 1)) gap_edges_[edge] = true;
    auto it = edges_.find(edge);
    if (it == edges_.end()) {
      uint32_t child = static_cast<uint32_t>(terminals_.size());
      terminals_.emplace_back();
      it = edges_.emplace(edge, child).first;
    }
    node = it->second;
  }
  if (node == 0) return;  // An empty name matches nothing.
  auto& values = terminals_[node];
  if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
}

uint32_t NameTrie::WordId(std::string_view key) const {
  auto it = words_.find(key);
  return it == words_.end() ? kNoWord : it->second;
}

uint32_t NameTrie::Child(uint32_t node, uint32_t word) const {
  if (word == kNoWord) return 0;
  auto it = edges_.find((uint64_t{node} << 32) | word);
  return it == edges_.end() ? 0 : it->second;
}

void NameTrie::Walk(const std::vector<uint32_t>& forms, const std::vector<uint32_t>& lemmas,
                    size_t start, size_t pos, uint32_t node, bool via_lemma,
                    std::vector<Match>* out) const {
  if (pos >= forms.size()) return;
  uint32_t by_form = Child(node, forms[pos]);
  if (by_form != 0) {
    Walk(forms, lemmas, start, pos + 1, by_form, via_lemma, out);
    for (uint32_t v : terminals_[by_form]) {
      out->push_back({static_cast<uint32_t>(pos + 1 - start), v, via_lemma});
    }
  }
  // TABARI names ("PRINCE DOL_AMROTH"): words may come between where the
  // name has a blank.
  for (size_t skip = 1; node != 0 && !gap_edges_.empty() && skip <= 4 && pos + skip < forms.size(); ++skip) {
    if (forms[pos + skip] == kNoWord) continue;
    uint64_t edge = (uint64_t{node} << 32) | forms[pos + skip];
    if (gap_edges_.count(edge) == 0) continue;
    uint32_t child = edges_.at(edge);
    Walk(forms, lemmas, start, pos + skip + 1, child, via_lemma, out);
    for (uint32_t v : terminals_[child]) {
      out->push_back({static_cast<uint32_t>(pos + skip + 1 - start), v, via_lemma});
    }
  }
  if (lemmas[pos] != forms[pos]) {
    uint32_t by_lemma = Child(node, lemmas[pos]);
    if (by_lemma != 0) {
      Walk(forms, lemmas, start, pos + 1, by_lemma, true, out);
      for (uint32_t v : terminals_[by_lemma]) {
        out->push_back({static_cast<uint32_t>(pos + 1 - start), v, true});
      }
    }
  }
}

void NameTrie::AddStem(const std::string& key, bool prefix) {
  uint32_t id = WordId(key);
  if (id == kNoWord) return;
  bool& p = stems_[id];
  p = p || prefix;
}

uint32_t NameTrie::StemId(std::string_view key) const {
  if (stems_.empty()) return kNoWord;
  for (std::string_view ending : {"'s", "es", "s", "'"}) {
    if (key.size() > ending.size() && key.ends_with(ending)) {
      uint32_t id = WordId(key.substr(0, key.size() - ending.size()));
      if (id != kNoWord && stems_.count(id) > 0) return id;
    }
  }
  for (size_t len = key.size(); len-- > 3;) {
    uint32_t id = WordId(key.substr(0, len));
    auto it = id == kNoWord ? stems_.end() : stems_.find(id);
    if (it != stems_.end() && it->second) return id;
  }
  return kNoWord;
}

void NameTrie::MatchAt(const std::vector<uint32_t>& forms, const std::vector<uint32_t>& lemmas,
                       size_t start, std::vector<Match>* out) const {
  size_t first = out->size();
  Walk(forms, lemmas, start, start, 0, false, out);
  // Deeper matches were appended before shallower ones along each path, but
  // two paths interleave: sort so that callers see the longest first.
  std::stable_sort(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(),
                   [](const Match& a, const Match& b) { return a.length > b.length; });
}

}  // namespace dyad::actors
