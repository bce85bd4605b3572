// Main-text extraction: blocks, scores, the best container, cleaning. The
// thresholds are Readability's where they exist and were checked against
// the article-extraction benchmark otherwise (docs/extraction.md).
#include "ingest/main_text.h"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <vector>

#include "ingest/class_hints.h"

namespace dyad::ingest {
namespace {

// A paragraph shorter than this does not vote for its container.
constexpr int kMinScoredChars = 25;

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BR: case GUMBO_TAG_HR:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_BODY:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_HTML:
      return true;
    default:
      return false;
  }
}

// Never rendered as text.
bool IsInvisibleTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TITLE: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_OPTION:
      return true;
    default:
      return false;
  }
}

// Rendered, but never the story's text.
bool IsBoilerplateTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_MENU: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_LABEL:
      return true;
    default:
      return false;
  }
}

bool IsHeading(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 ||
         tag == GUMBO_TAG_H4 || tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

std::string_view Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a == nullptr ? std::string_view() : std::string_view(a->value);
}

bool ContainsNoCase(std::string_view haystack, std::string_view needle) {
  return std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                     [](char a, char b) {
                       return (a >= 'A' && a <= 'Z' ? a - 'A' + 'a' : a) == b;
                     }) != haystack.end();
}

// hidden, aria-hidden="true", style="display: none" / "visibility:hidden".
bool IsHidden(const GumboElement& e) {
  if (gumbo_get_attribute(&e.attributes, "hidden") != nullptr) return true;
  if (Attr(e, "aria-hidden") == "true") return true;
  std::string_view style = Attr(e, "style");
  if (style.empty()) return false;
  std::string compact;
  for (char c : style) {
    if (c != ' ' && c != '\t' && c != '\n') compact += c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
  }
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

struct Element {
  int parent = -1;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  int class_weight = 0;   // (positive - negative) class words.
  bool excluded = false;  // Never story text (itself or an ancestor).
  bool boilerplate = false;  // Its tag or class says it is never story text.
  // Holds the headline, an <article>, <main> or itemprop=articleBody: a
  // container of the story, whatever its class says.
  bool holds_story = false;
  bool boilerplate_tag = false;  // nav, footer, aside, figure...
  int chars = 0;          // Text characters below, excluded parts not counted.
  int link_chars = 0;     // Of which inside links.
  bool scored = false;
  double score = 0;
  // Its last text ends a sentence (". ", "?", a closing quote).
  bool ends_sentence = false;
  int blocks = 0;  // Blocks of text below, excluded ones not counted.

  double LinkDensity() const { return chars == 0 ? 0 : static_cast<double>(link_chars) / chars; }
};

struct Block {
  int element = 0;            // Innermost block-level element.
  size_t begin = 0, end = 0;  // In Page::text.
  int chars = 0, link_chars = 0, commas = 0;
  bool excluded = false;
};

// The page cut into block-level elements and blocks of text. Elements are in
// document order, so a parent's index is below its children's.
struct Page {
  std::vector<Element> elements;
  std::vector<Block> blocks;
  std::string text;  // The blocks' text, white space collapsed, back to back.
};

class PageBuilder {
 public:
  Page Build(const GumboNode* document) {
    page_.elements.emplace_back().tag = GUMBO_TAG_HTML;  // 0: the document.
    StartBlock();
    stack_.push_back({document});
    while (!stack_.empty()) {
      Frame& f = stack_.back();
      const GumboVector* children = Children(f.node);
      if (children != nullptr && f.next < children->length) {
        auto* child = static_cast<const GumboNode*>(children->data[f.next++]);
        Frame frame{child};
        if (Enter(&frame)) stack_.push_back(frame);
        continue;
      }
      Leave(f);
      stack_.pop_back();
    }
    EndBlock();
    return std::move(page_);
  }

 private:
  struct Frame {
    const GumboNode* node;
    unsigned next = 0;
    bool block = false;     // Opened a block-level element.
    bool link = false;
  };

  static const GumboVector* Children(const GumboNode* node) {
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
      return &node->v.element.children;
    }
    if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
    return nullptr;
  }

  // Handles a node on the way down; returns true to visit its children.
  bool Enter(Frame* f) {
    const GumboNode* node = f->node;
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
        AppendText(node->v.text.text);
        return false;
      case GUMBO_NODE_WHITESPACE:
        pending_space_ = true;
        return false;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        break;
      default:
        return false;
    }
    const GumboElement& e = node->v.element;
    if (IsInvisibleTag(e.tag) || IsHidden(e)) return false;
    const ClassHint hint = ClassHintOf(Attr(e, "class"), Attr(e, "id"));
    if (hint.hidden) return false;
    if (e.tag == GUMBO_TAG_A) {
      f->link = true;
      ++link_depth_;
    }
    if (!IsBlockTag(e.tag)) return true;
    if (e.tag == GUMBO_TAG_BR || e.tag == GUMBO_TAG_HR) {
      Boundary();
      return false;
    }
    const int parent = open_.empty() ? 0 : open_.back();
    Element& el = page_.elements.emplace_back();
    el.parent = parent;
    el.tag = e.tag;
    // At most +/-2 (50 points), as Readability's one match per attribute:
    // "entry-content post-content article-body" is no better for its words.
    el.class_weight = std::clamp(hint.positive - hint.negative, -2, 2);
    if (Attr(e, "itemprop") == "articleBody") el.class_weight += 1;
    el.boilerplate = IsBoilerplateTag(e.tag) || (hint.never_text && hint.positive == 0);
    el.holds_story = e.tag == GUMBO_TAG_H1 || e.tag == GUMBO_TAG_MAIN ||
                     e.tag == GUMBO_TAG_ARTICLE || Attr(e, "itemprop") == "articleBody";
    el.boilerplate_tag = IsBoilerplateTag(e.tag);
    f->block = true;
    open_.push_back(static_cast<int>(page_.elements.size() - 1));
    Boundary();
    return true;
  }

  void Leave(const Frame& f) {
    if (f.link) --link_depth_;
    if (!f.block) return;
    open_.pop_back();
    Boundary();
  }

  void AppendText(std::string_view s) {
    Block& b = page_.blocks.back();
    for (size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      // No-break spaces (U+00A0) lay pages out; they collapse like spaces.
      if (IsSpace(c) || (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0')) {
        if (c == '\xC2') ++i;
        pending_space_ = true;
        continue;
      }
      if (pending_space_ && page_.text.size() > b.begin) page_.text += ' ';
      pending_space_ = false;
      page_.text += c;
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {  // Characters, not bytes.
        ++b.chars;
        if (link_depth_ > 0) ++b.link_chars;
      }
      if (c == ',') ++b.commas;
    }
  }

  void StartBlock() {
    Block& b = page_.blocks.emplace_back();
    b.element = open_.empty() ? 0 : open_.back();
    b.begin = b.end = page_.text.size();
    pending_space_ = false;
  }

  // Closes the current block, dropping it if it has no text.
  void EndBlock() {
    Block& b = page_.blocks.back();
    b.end = page_.text.size();
    if (b.chars == 0) {
      page_.text.resize(b.begin);
      page_.blocks.pop_back();
    }
  }

  void Boundary() {
    EndBlock();
    StartBlock();
  }

  Page page_;
  std::vector<Frame> stack_;
  std::vector<int> open_;  // Open block-level elements, innermost last.
  int link_depth_ = 0;
  bool pending_space_ = false;
};

// Marks what is never story text: boilerplate elements and everything in
// them. A class is overruled when the element holds the story (wrappers
// such as <div class="page has-sidebar"> around the whole page); a tag
// (nav, footer, aside) is not.
void MarkExcluded(Page* page) {
  std::vector<Element>& elements = page->elements;
  for (size_t i = elements.size(); i-- > 1;) {
    if (elements[i].holds_story) elements[elements[i].parent].holds_story = true;
  }
  for (size_t i = 1; i < elements.size(); ++i) {
    Element& e = elements[i];
    e.excluded = elements[e.parent].excluded ||
                 (e.boilerplate && (!e.holds_story || e.boilerplate_tag));
  }
  for (Block& b : page->blocks) b.excluded = elements[b.element].excluded;
}

bool EndsSentence(const std::string& text, const Block& b) {
  std::string_view s(text.data() + b.begin, b.end - b.begin);
  for (std::string_view end : {".", "!", "?", "\"", "\u201D", ".)"}) {
    if (s.ends_with(end)) return true;
  }
  return false;
}

// Sums block lengths into their elements and up the tree.
void SumText(Page* page) {
  for (const Block& b : page->blocks) {
    if (b.excluded) continue;
    page->elements[b.element].ends_sentence = EndsSentence(page->text, b);
    ++page->elements[b.element].blocks;
    page->elements[b.element].chars += b.chars;
    page->elements[b.element].link_chars += b.link_chars;
  }
  for (size_t i = page->elements.size(); i-- > 1;) {
    Element& e = page->elements[i];
    if (e.excluded) continue;
    page->elements[e.parent].chars += e.chars;
    page->elements[e.parent].link_chars += e.link_chars;
    page->elements[e.parent].blocks += e.blocks;
    if (e.ends_sentence && e.blocks == page->elements[e.parent].blocks) {
      page->elements[e.parent].ends_sentence = true;  // Its only text.
    }
  }
}

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
    "don't miss", "more", "recommended", "related", "sharing is caring", "subscribe",
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

MainText ExtractMainText(const GumboNode* document) {
  Page page = PageBuilder().Build(document);
  MarkExcluded(&page);
  SumText(&page);
  MainText out;
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
    if (!out.text.empty()) out.text += "\n\n";
    out.text += text;
    ++out.paragraphs;
  }
  return out;
}

std::string VisibleBlockText(const GumboNode* document) {
  Page page = PageBuilder().Build(document);
  std::string out;
  for (const Block& b : page.blocks) {
    if (!out.empty()) out += "\n\n";
    out.append(page.text, b.begin, b.end - b.begin);
  }
  return out;
}

}  // namespace dyad::ingest
