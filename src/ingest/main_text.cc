// Main-text extraction over the blocks of page_blocks.h: votes, the best
// container, split stories, siblings, cleaning. The
// thresholds are Readability's where they exist and were checked against
// the article-extraction benchmark otherwise (docs/extraction.md).
#include "ingest/main_text.h"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <vector>

#include "ingest/page_blocks.h"

namespace dyad::ingest {
namespace {

// A paragraph shorter than this does not vote for its container.
constexpr int kMinScoredChars = 25;

double BaseScore(const Element& e) {
  double score = 25.0 * e.class_weight;
  switch (e.tag) {
    case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_MAIN:
      return score + 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE:
      return score + 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM:
      return score - 3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH: case GUMBO_TAG_HEADER:
      return score - 5;
    default:
      return score;
  }
}

// Readability's vote: each paragraph scores its ancestors, less and less
// further up. Returns the best element, or 0 if no paragraph voted.
int ChooseContainer(Page* page) {
  for (const Block& b : page->blocks) {
    // Link text is navigation, whatever its length: it does not vote.
    if (b.excluded || b.chars < kMinScoredChars || b.link_chars * 2 > b.chars) continue;
    const double score = 1 + b.commas + std::min(b.chars / 100, 3);
    // A paragraph votes for its container: the parent of its <p>, or of a
    // div holding just this text (Readability turns those into <p>s); text
    // straight inside a div among other text votes for that div.
    const Element& own = page->elements[b.element];
    int e = own.tag == GUMBO_TAG_P || (own.tag == GUMBO_TAG_DIV && own.blocks == 1) ? own.parent
                                                                                   : b.element;
    for (int level = 0; level < 5 && e > 0; ++level, e = page->elements[e].parent) {
      Element& el = page->elements[e];
      if (!el.scored) {
        el.scored = true;
        el.score = BaseScore(el);
      }
      el.score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
    }
  }
  int best = 0;
  double best_score = 0;
  for (size_t i = 1; i < page->elements.size(); ++i) {
    Element& e = page->elements[i];
    if (!e.scored || e.excluded) continue;
    e.score *= 1 - e.LinkDensity();
    if (e.score > best_score) {
      best_score = e.score;
      best = static_cast<int>(i);
    }
  }
  return best;
}

bool IsAncestor(const Page& page, int ancestor, int e) {
  while (e > ancestor) e = page.elements[e].parent;
  return e == ancestor;
}

int CommonAncestor(const Page& page, int a, int b) {
  while (a != b) {
    if (a > b) {
      a = page.elements[a].parent;
    } else {
      b = page.elements[b].parent;
    }
  }
  return a;
}

// Stories cut into parts that sit in different branches (text, a block of
// adverts and links, more text in another wrapper; or every paragraph in a
// wrapper of its own): the parts are the elements scoring at least half as
// well as the container. Their common ancestor becomes the container if the
// parts make up most of its text and it is not a list of links; otherwise
// the part furthest from the container is dropped and the rest tried again.
int MergeParts(const Page& page, int top) {
  const double floor = page.elements[top].score * 0.5;
  std::vector<int> parts;
  for (size_t i = 1; i < page.elements.size(); ++i) {
    const Element& e = page.elements[i];
    const int j = static_cast<int>(i);
    // The container's ancestors are not parts: they hold it.
    if (e.scored && !e.excluded && e.score >= floor && (j == top || !IsAncestor(page, j, top))) {
      parts.push_back(j);
    }
  }
  // Only outermost parts: one inside another adds no text. In document
  // order a part's descendants follow it directly.
  std::vector<int> outer;
  for (int p : parts) {
    if (outer.empty() || !IsAncestor(page, outer.back(), p)) outer.push_back(p);
  }
  // Where each part's branch joins the container's: an ancestor of the
  // container, so a smaller index is further up. Dropping the furthest part
  // until the rest pass is trying these ancestors from the top down, each
  // with the parts that join at or below it (linear after the sort, so a page
  // of thousands of parts stays fast).
  std::vector<std::pair<int, int>> joins;  // (join, chars)
  for (int p : outer) {
    if (p != top) joins.emplace_back(CommonAncestor(page, top, p), page.elements[p].chars);
  }
  std::sort(joins.begin(), joins.end());
  int chars = page.elements[top].chars;
  for (const auto& [join, part_chars] : joins) chars += part_chars;
  for (size_t i = 0; i < joins.size();) {
    const int common = joins[i].first;
    const Element& c = page.elements[common];
    if (common != 0 && chars * 10 >= c.chars * 8 && c.LinkDensity() <= 0.3) return common;
    for (; i < joins.size() && joins[i].first == common; ++i) chars -= joins[i].second;
  }
  return top;
}

// A <p>, or a div that holds one paragraph of text and nothing else (a lede
// in a wrapper of its own, a one-line div), not marked as boilerplate.
bool IsParagraphLike(const Element& e) {
  if (e.tag == GUMBO_TAG_P) return true;
  return (e.tag == GUMBO_TAG_DIV || e.tag == GUMBO_TAG_BLOCKQUOTE) && e.blocks == 1 &&
         e.class_weight >= 0;
}

// The container and the siblings that belong with it, as flags per element.
std::vector<bool> SelectContent(const Page& page, int top) {
  std::vector<bool> in(page.elements.size(), false);
  const Element& best = page.elements[top];
  const double threshold = std::max(10.0, best.score * 0.2);
  const int parent = best.parent;
  for (size_t i = 1; i < page.elements.size(); ++i) {
    const Element& e = page.elements[i];
    if (e.parent != parent || e.excluded) continue;
    bool join = static_cast<int>(i) == top || (e.scored && e.score >= threshold);
    if (!join && IsParagraphLike(e)) {
      // Readability's rule for paragraphs, for any element that reads as
      // one: a lede in a wrapper of its own, a one-line div.
      const double ld = e.LinkDensity();
      join = (e.chars >= 80 && ld < 0.25) ||
             (e.chars > 0 && e.chars < 80 && ld == 0 && e.ends_sentence);
    }
    in[i] = join;
  }
  // Descendants follow their ancestors (parents come first).
  for (size_t i = 1; i < page.elements.size(); ++i) {
    if (!in[i] && in[page.elements[i].parent] && page.elements[i].parent != 0) in[i] = true;
  }
  return in;
}

// Lists, tables and divs inside the content that are navigation rather than
// story: mostly links, or marked as boilerplate by class.
bool IsClutter(const Element& e) {
  if (e.class_weight < 0) return true;
  switch (e.tag) {
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE: case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_DL:
      return e.LinkDensity() > 0.5 || (e.LinkDensity() > 0.25 && e.chars < 500);
    default:
      return false;
  }
}

// Short lines that sites put inside the story's container: labels of
// adverts, galleries and share buttons, "Read more:" teasers. Lower case.
// A block that is exactly a label (but for trailing punctuation), or that
// starts with a teaser phrase and is shorter than kMaxLabelChars, is
// dropped; "Close to 500 people..." and "Related talks..." are kept.
constexpr int kMaxLabelChars = 80;
constexpr std::string_view kLabels[] = {
    "advert", "advertisement", "back to gallery", "caption", "close", "comments",
    "don't miss", "more", "recommended", "related", "sharing is caring", "subscribe", "tags",
};
constexpr std::string_view kTeasers[] = {
    "click here", "continue reading", "follow us on", "more:", "read more", "related:",
    "see also:", "share this", "sign up for", "skip advertisement", "story continues",
    "this slideshow requires", "you may also like",
};

bool IsLabel(std::string_view text, int chars) {
  if (chars >= kMaxLabelChars) return false;
  std::string lower;
  for (char c : text) lower += c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
  for (std::string_view teaser : kTeasers) {
    if (std::string_view(lower).starts_with(teaser)) return true;
  }
  while (!lower.empty() && std::strchr(".:!?*|> ", lower.back()) != nullptr) lower.pop_back();
  return std::find(std::begin(kLabels), std::end(kLabels), lower) != std::end(kLabels);
}

}  // namespace

std::string ExtractMainText(const GumboNode* document) {
  Page page = CutIntoBlocks(document);
  std::string out;
  int top = ChooseContainer(&page);
  const bool fallback = top == 0;
  if (!fallback) {
    top = MergeParts(page, top);
  } else {
    // No paragraph long enough to vote (a short notice, a stub): the page's
    // body is the container, so that its text is kept unless it is links.
    auto body = std::find_if(page.elements.begin(), page.elements.end(),
                             [](const Element& e) { return e.tag == GUMBO_TAG_BODY; });
    if (body == page.elements.end()) return out;
    top = static_cast<int>(body - page.elements.begin());
  }
  std::vector<bool> in = SelectContent(page, top);
  // Clutter inside the content, inherited downwards like `in`.
  std::vector<bool> clutter(page.elements.size(), false);
  for (size_t i = 1; i < page.elements.size(); ++i) {
    const Element& e = page.elements[i];
    clutter[i] = in[i] && (clutter[e.parent] || (static_cast<int>(i) != top && IsClutter(e)));
  }
  for (const Block& b : page.blocks) {
    if (b.excluded || !in[b.element] || clutter[b.element]) continue;
    const GumboTag tag = page.elements[b.element].tag;
    if (tag == GUMBO_TAG_H1) continue;  // The headline.
    // Without a voted container, headings are section titles of an index
    // page ("Latest"), not a story.
    if (fallback && IsHeading(tag)) continue;
    if (b.link_chars * 2 > b.chars && b.chars < 200) continue;
    std::string_view text(page.text.data() + b.begin, b.end - b.begin);
    if (IsLabel(text, b.chars)) continue;
    if (!out.empty()) out += "\n\n";
    out += text;
  }
  return out;
}

std::string VisibleBlockText(const GumboNode* document) {
  Page page = CutIntoBlocks(document);
  std::string out;
  for (const Block& b : page.blocks) {
    if (!out.empty()) out += "\n\n";
    out.append(page.text, b.begin, b.end - b.begin);
  }
  return out;
}

}  // namespace dyad::ingest
