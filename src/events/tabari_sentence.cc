#include "events/tabari_sentence.h"

#include <algorithm>
#include <cctype>

#include "base/ascii.h"

namespace dyad::events {
namespace {

bool IsPunct(const std::string& form) {
  static const std::string kPunct = ",.;:!?\"()[]{}`";
  return form.size() == 1 && kPunct.find(form[0]) != std::string::npos;
}

bool IsPronoun(const std::string& w) {
  for (const char* x : {"he", "she", "it", "they", "him", "her", "them"}) {
    if (w == x) return true;
  }
  return false;
}

}  // namespace

TabariSentence ReadTabariSentence(const text::Sentence& sentence,
                                  const std::vector<actors::ActorMention>& mentions,
                                  actors::ActorMention* carry) {
  TabariSentence s;
  const auto& tokens = sentence.tokens;
  std::vector<int> word_of(tokens.size(), -1);
  size_t upper = 0, letters = 0;
  for (size_t t = 0; t < tokens.size(); ++t) {
    const std::string& form = tokens[t].form;
    for (char c : form) {
      if (std::isalpha(static_cast<unsigned char>(c))) {
        ++letters;
        upper += std::isupper(static_cast<unsigned char>(c)) ? 1 : 0;
      }
    }
    bool punct = IsPunct(form);
    if (punct && form != "," && form != ";") continue;
    bool joins = !punct && !s.words.empty() && t > 0 && !tokens[t - 1].space_after &&
                 !IsPunct(tokens[t - 1].form) && s.words.back() != "," && s.words.back() != ";";
    if (joins) {
      s.words.back() += AsciiLower(form);
      s.last_token.back() = static_cast<uint32_t>(t);
    } else {
      s.words.push_back(AsciiLower(form));
      s.capitalized.push_back(!form.empty() && std::isupper(static_cast<unsigned char>(form[0])));
      s.first_token.push_back(static_cast<uint32_t>(t));
      s.last_token.push_back(static_cast<uint32_t>(t));
    }
    word_of[t] = static_cast<int>(s.words.size()) - 1;
  }
  s.all_caps = letters > 0 && upper * 10 >= letters * 8;
  // Actors: the mentions, as word ranges, in order.
  std::vector<int> taken(s.words.size(), 0);
  for (const actors::ActorMention& m : mentions) {
    if (m.first_token >= tokens.size() || m.last_token >= tokens.size()) continue;
    if (m.code == "###") s.discard = true;
    if (m.code == "+++") s.complex = true;
    if (m.code.empty() || m.code[0] == '#' || m.code[0] == '+' || m.code.starts_with("---")) continue;
    // TABARI finds its own antecedents (below); an agent without a country
    // ("a senior official") is no actor.
    if (m.resolved_by.starts_with("coref")) continue;
    int a = -1, b = -1;
    uint32_t first = m.first_token;
    // A name found by the dictionary is its words, not the phrase the
    // recogniser grew around it ("a million peso Bree", "assail Arnor"):
    // the capitalised words that end it.
    if (m.resolved_by == "dictionary" && !s.all_caps) {
      uint32_t t = m.last_token + 1;
      while (t > m.first_token && !tokens[t - 1].form.empty() &&
             (std::isupper(static_cast<unsigned char>(tokens[t - 1].form[0])) ||
              std::isdigit(static_cast<unsigned char>(tokens[t - 1].form[0])) ||
              (t - 1 > m.first_token && !tokens[t - 2].space_after))) {
        --t;
      }
      if (t <= m.last_token) first = t;
    }
    for (uint32_t t = first; t <= m.last_token; ++t) {
      if (word_of[t] < 0) continue;
      if (a < 0) a = word_of[t];
      b = word_of[t];
    }
    if (a < 0) continue;
    // A name matched across a comma ("Radagast, the Brown") is not one:
    // TABARI reads the comma first.
    bool overlap = false;
    for (uint32_t t = m.first_token; t <= m.last_token; ++t) overlap = overlap || tokens[t].form == ",";
    for (int w = a; w <= b; ++w) overlap = overlap || taken[w];
    if (overlap) continue;
    for (int w = a; w <= b; ++w) taken[w] = 1;
    s.actors.push_back({static_cast<size_t>(a), static_cast<size_t>(b), m, false});
  }
  std::sort(s.actors.begin(), s.actors.end(),
            [](const TabariActor& x, const TabariActor& y) { return x.first_word < y.first_word; });
  // Pronouns stand for the sentence's first actor before them, else for
  // the one carried from the sentences before.
  std::vector<TabariActor> pronouns;
  for (size_t w = 0; w < s.words.size(); ++w) {
    if (taken[w] || !IsPronoun(s.words[w])) continue;
    const actors::ActorMention* antecedent = nullptr;
    if (!s.actors.empty() && s.actors[0].first_word < w) {
      antecedent = &s.actors[0].mention;
    } else if (carry != nullptr && !carry->code.empty()) {
      antecedent = carry;
    }
    if (antecedent == nullptr) continue;
    pronouns.push_back({w, w, *antecedent, true});
  }
  if (carry != nullptr && !s.actors.empty()) *carry = s.actors[0].mention;
  s.actors.insert(s.actors.end(), pronouns.begin(), pronouns.end());
  std::sort(s.actors.begin(), s.actors.end(),
            [](const TabariActor& x, const TabariActor& y) { return x.first_word < y.first_word; });
  return s;
}

}  // namespace dyad::events
