// Cutting a gumbo tree into blocks: one iterative walk (no recursion, so
// deeply nested pages cannot overflow the stack), then sums up the tree.
#include "ingest/page_blocks.h"

#include <algorithm>
#include <string_view>

#include "ingest/class_hints.h"

namespace dyad::ingest {
namespace {

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
std::string_view Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a == nullptr ? std::string_view() : std::string_view(a->value);
}

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

}  // namespace

Page CutIntoBlocks(const GumboNode* document) {
  Page page = PageBuilder().Build(document);
  MarkExcluded(&page);
  SumText(&page);
  return page;
}

bool IsHeading(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 ||
         tag == GUMBO_TAG_H4 || tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

}  // namespace dyad::ingest
