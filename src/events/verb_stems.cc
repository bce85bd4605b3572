#include "events/verb_stems.h"

namespace dyad::events {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// "stem" as is, "stem" + "e" ("argu" -> "argue"), and without a doubled
// final consonant ("boycott" is tried before "boycot").
void AddStem(const std::string& stem, std::vector<std::string>* out) {
  if (stem.size() < 2) return;
  out->push_back(stem);
  out->push_back(stem + "e");
  size_t n = stem.size();
  if (n >= 3 && stem[n - 1] == stem[n - 2] && !IsVowel(stem[n - 1])) out->push_back(stem.substr(0, n - 1));
}

}  // namespace

std::vector<std::string> StemGuesses(const std::string& form) {
  std::vector<std::string> out;
  auto ends = [&](const char* suffix) {
    std::string s(suffix);
    return form.size() > s.size() + 1 && form.compare(form.size() - s.size(), s.size(), s) == 0;
  };
  if (ends("ied")) {
    out.push_back(form.substr(0, form.size() - 3) + "y");
  } else if (ends("ed")) {
    AddStem(form.substr(0, form.size() - 2), &out);
  } else if (ends("ing")) {
    AddStem(form.substr(0, form.size() - 3), &out);
  } else if (ends("ies")) {
    out.push_back(form.substr(0, form.size() - 3) + "y");
  } else if (ends("es")) {
    // "-es" after a sibilant or "o" ("fixes", "watches", "goes"), else "-s"
    // ("argues").
    std::string stem = form.substr(0, form.size() - 2);
    if (stem.ends_with("s") || stem.ends_with("x") || stem.ends_with("z") || stem.ends_with("ch") ||
        stem.ends_with("sh") || stem.ends_with("o")) {
      out.push_back(stem);
    }
    out.push_back(form.substr(0, form.size() - 1));
  } else if (ends("s") && !ends("ss")) {
    out.push_back(form.substr(0, form.size() - 1));
  }
  return out;
}

}  // namespace dyad::events
