// Word lists for class and id values. They come from reading the markup of
// news sites (and from what Readability-style extractors have long used);
// each word was kept only if it rarely names the story's own container.
#include "ingest/class_hints.h"

#include <algorithm>
#include <array>
#include <string>

namespace dyad::ingest {
namespace {

enum Kind : uint8_t { kPositive, kNegative, kNeverText, kHidden };

struct Word {
  std::string_view word;
  Kind kind;
};

// Sorted by word for binary search.
constexpr Word kWords[] = {
    {"ad", kNeverText},         {"ads", kNeverText},          {"adsbygoogle", kNeverText},
    {"adslot", kNeverText},     {"adunit", kNeverText},      {"advert", kNeverText},
    {"advertisement", kNeverText}, {"advertising", kNeverText}, {"agegate", kNeverText},
    {"article", kPositive},     {"articlebody", kPositive},   {"aside", kNegative},
    {"author", kNegative},      {"banner", kNegative},        {"bio", kNegative},
    {"blog", kPositive},        {"body", kPositive},          {"breadcrumb", kNeverText},
    {"breadcrumbs", kNeverText}, {"byline", kNegative},       {"caption", kNegative},
    {"comment", kNeverText},    {"comments", kNeverText},     {"community", kNegative},
    {"consent", kNeverText},    {"content", kPositive},       {"contributor", kNegative},
    {"cookie", kNeverText},     {"cookies", kNeverText},      {"copy", kPositive},
    {"credit", kNegative},      {"credits", kNegative},       {"dfp", kNeverText},
    {"disqus", kNeverText},     {"entry", kPositive},         {"extra", kNegative},
    {"foot", kNegative},        {"footer", kNeverText},       {"gdpr", kNeverText},
    {"header", kNegative},      {"hentry", kPositive},        {"keywords", kNegative},
    {"login", kNeverText},      {"main", kPositive},          {"masthead", kNegative},
    {"menu", kNeverText},       {"meta", kNegative},          {"modal", kNeverText},
    {"nav", kNeverText},        {"navbar", kNeverText},       {"navigation", kNeverText},
    {"newsletter", kNeverText}, {"outbrain", kNeverText},     {"pager", kNegative},
    {"pagination", kNegative},  {"paragraph", kPositive},     {"popular", kNegative},
    {"popup", kNeverText},      {"post", kPositive},          {"promo", kNeverText},
    {"promotion", kNeverText},  {"prose", kPositive},         {"rail", kNegative},
    {"recirc", kNeverText},     {"recommendations", kNeverText}, {"recommended", kNeverText},
    {"related", kNeverText},    {"remark", kNegative},        {"replies", kNeverText},
    {"richtext", kPositive},    {"share", kNeverText},        {"sharing", kNeverText},
    {"shoutbox", kNeverText},   {"sidebar", kNegative},       {"signup", kNeverText},
    {"skyscraper", kNeverText}, {"social", kNeverText},       {"sponsor", kNeverText},
    {"sponsored", kNeverText},  {"sr", kHidden},           {"story", kPositive},
    {"subscribe", kNeverText},  {"subscription", kNegative},  {"supplemental", kNegative},
    {"taboola", kNeverText},    {"tag", kNegative},           {"tags", kNegative},
    {"teaser", kNegative},      {"text", kPositive},          {"toolbar", kNeverText},
    {"tools", kNegative},       {"trending", kNeverText},     {"visually", kHidden},
    {"visuallyhidden", kHidden},
    {"widget", kNegative},
};

static_assert(std::is_sorted(std::begin(kWords), std::end(kWords),
                             [](const Word& a, const Word& b) { return a.word < b.word; }),
              "kWords must stay sorted for binary search");

const Word* Find(std::string_view word) {
  auto it = std::lower_bound(std::begin(kWords), std::end(kWords), word,
                             [](const Word& w, std::string_view v) { return w.word < v; });
  return it != std::end(kWords) && it->word == word ? it : nullptr;
}

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

void AddWords(std::string_view value, ClassHint* hint) {
  std::array<char, 32> word;
  size_t n = 0;
  auto flush = [&] {
    if (n > 0 && n <= word.size()) {
      if (const Word* w = Find(std::string_view(word.data(), n))) {
        if (w->kind == kPositive) {
          ++hint->positive;
        } else {
          ++hint->negative;
          if (w->kind == kNeverText || w->kind == kHidden) hint->never_text = true;
          if (w->kind == kHidden) hint->hidden = true;
        }
      }
    }
    n = 0;
  };
  char prev = 0;
  for (char c : value) {
    const bool alnum = IsLower(c) || IsUpper(c) || IsDigit(c);
    if (!alnum) {
      flush();
    } else {
      // Word breaks inside a run: "relatedLinks", "ad300".
      if ((IsUpper(c) && IsLower(prev)) || (IsDigit(c) != IsDigit(prev) && n > 0)) flush();
      if (n < word.size()) word[n] = IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
      ++n;
    }
    prev = alnum ? c : 0;
  }
  flush();
}

}  // namespace

ClassHint ClassHintOf(std::string_view class_attr, std::string_view id_attr) {
  ClassHint hint;
  AddWords(class_attr, &hint);
  AddWords(id_attr, &hint);
  return hint;
}

}  // namespace dyad::ingest
