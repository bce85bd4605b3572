// Visible text of an HTML page: a gumbo parse and one iterative walk (no
// recursion, so deeply nested pages cannot overflow the stack).
#include "ingest/html_text.h"

#include <gumbo.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "ingest/ingest.h"

namespace dyad::ingest {
namespace {

bool IsHidden(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD: case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BR: case GUMBO_TAG_HR:
    case GUMBO_TAG_TR: case GUMBO_TAG_TABLE: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LEGEND: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER:
      return true;
    default:
      return false;
  }
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Appends text with white space collapsed and paragraph breaks as "\n\n".
class TextBuilder {
 public:
  void Append(std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      // No-break spaces (&nbsp;, U+00A0) lay out pages; they collapse too.
      if (IsSpace(c) || (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0')) {
        if (c == '\xC2') ++i;
        pending_space_ = true;
        continue;
      }
      if (!out_.empty()) {
        if (pending_break_) {
          out_ += "\n\n";
        } else if (pending_space_) {
          out_ += ' ';
        }
      }
      pending_break_ = pending_space_ = false;
      out_ += c;
    }
  }
  void Space() { pending_space_ = true; }
  void Break() {
    if (!out_.empty()) pending_break_ = true;
    pending_space_ = false;
  }
  size_t size() const { return out_.size(); }
  std::string& str() { return out_; }

 private:
  std::string out_;
  bool pending_space_ = false;
  bool pending_break_ = false;
};

std::string Collapse(std::string_view s) {
  TextBuilder b;
  b.Append(s);
  return std::move(b.str());
}

const char* Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a == nullptr ? nullptr : a->value;
}

bool EqualsIgnoreCase(const char* a, const char* b) {
  return a != nullptr && strcasecmp(a, b) == 0;
}

// Concatenated text children of a node (for <title>, <script>).
std::string ChildText(const GumboNode* node) {
  std::string out;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
        child->type == GUMBO_NODE_CDATA) {
      out += child->v.text.text;
    }
  }
  return out;
}

// "datePublished": "2024-04-24T..." in a JSON-LD block, without a JSON parse.
std::string JsonLdDatePublished(std::string_view json) {
  size_t p = json.find("\"datePublished\"");
  if (p == std::string_view::npos) return "";
  p = json.find(':', p);
  if (p == std::string_view::npos) return "";
  size_t q = json.find('"', p);
  if (q == std::string_view::npos) return "";
  size_t e = json.find('"', q + 1);
  if (e == std::string_view::npos || e - q > 64) return "";
  return std::string(json.substr(q + 1, e - q - 1));
}

// Date candidates, best first.
enum DateRank { kPublishedTime, kItemprop, kJsonLd, kMetaName, kTimeElement, kRanks };

class Walker {
 public:
  PageText Run(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      unsigned next;
    };
    std::vector<Frame> stack;
    Enter(root);
    stack.push_back({root, 0});
    while (!stack.empty()) {
      Frame& f = stack.back();
      const GumboVector* children = f.node->type == GUMBO_NODE_ELEMENT ||
                                            f.node->type == GUMBO_NODE_TEMPLATE
                                        ? &f.node->v.element.children
                                        : f.node->type == GUMBO_NODE_DOCUMENT
                                              ? &f.node->v.document.children
                                              : nullptr;
      if (children != nullptr && f.next < children->length) {
        auto* child = static_cast<const GumboNode*>(children->data[f.next++]);
        if (Enter(child)) stack.push_back({child, 0});
        continue;
      }
      Leave(f.node);
      stack.pop_back();
    }
    PageText page;
    page.title = !og_title_.empty() ? og_title_ : !title_.empty() ? title_ : h1_;
    page.url = !canonical_.empty() ? canonical_ : og_url_;
    page.site_name = site_name_;
    for (const auto& d : dates_) {
      if (d.empty()) continue;
      auto n = NormalizeDate(d);
      if (n.ok()) {
        page.date = *n;
        break;
      }
      // "2024-04-24T19:25:00.000+0200" and friends: the date part is enough.
      if (d.size() >= 10) {
        auto head = NormalizeDate(d.substr(0, 10));
        if (head.ok()) {
          page.date = *head;
          break;
        }
      }
    }
    while (!text_.str().empty() && IsSpace(text_.str().back())) text_.str().pop_back();
    page.text = std::move(text_.str());
    return page;
  }

 private:
  // Handles a node on the way down; returns true to visit its children.
  bool Enter(const GumboNode* node) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
        if (hidden_ == 0) text_.Append(node->v.text.text);
        return false;
      case GUMBO_NODE_WHITESPACE:
        if (hidden_ == 0) text_.Space();
        return false;
      case GUMBO_NODE_COMMENT:
        return false;
      case GUMBO_NODE_DOCUMENT:
        return true;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        break;
    }
    const GumboElement& e = node->v.element;
    Metadata(node);
    if (IsHidden(e.tag)) ++hidden_;
    if (hidden_ == 0) {
      if (IsBlock(e.tag)) text_.Break();
      if (e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH) text_.Space();
      if (e.tag == GUMBO_TAG_H1 && h1_.empty() && h1_start_ == std::string::npos) {
        text_.Break();
        h1_start_ = text_.size();
      }
    }
    return true;
  }

  void Leave(const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
    const GumboElement& e = node->v.element;
    if (IsHidden(e.tag)) {
      --hidden_;
      return;
    }
    if (hidden_ > 0) return;
    if (e.tag == GUMBO_TAG_H1 && h1_start_ != std::string::npos && h1_.empty()) {
      h1_ = text_.str().substr(std::min(h1_start_, text_.size()));
      if (h1_.starts_with("\n\n")) h1_.erase(0, 2);
    }
    if (IsBlock(e.tag)) text_.Break();
    if (e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH) text_.Space();
  }

  void Metadata(const GumboNode* node) {
    const GumboElement& e = node->v.element;
    if (const char* ip = Attr(e, "itemprop"); EqualsIgnoreCase(ip, "datePublished")) {
      const char* v = Attr(e, "content");
      if (v == nullptr) v = Attr(e, "datetime");
      if (v != nullptr && dates_[kItemprop].empty()) dates_[kItemprop] = v;
    }
    switch (e.tag) {
      case GUMBO_TAG_TITLE:
        if (title_.empty()) title_ = Collapse(ChildText(node));
        break;
      case GUMBO_TAG_META: {
        const char* content = Attr(e, "content");
        if (content == nullptr) break;
        const char* prop = Attr(e, "property");
        const char* name = Attr(e, "name");
        auto is = [&](const char* key) {
          return EqualsIgnoreCase(prop, key) || EqualsIgnoreCase(name, key);
        };
        if (is("og:title") && og_title_.empty()) og_title_ = Collapse(content);
        if (is("og:url") && og_url_.empty()) og_url_ = content;
        if (is("og:site_name") && site_name_.empty()) site_name_ = Collapse(content);
        if (is("article:published_time") && dates_[kPublishedTime].empty()) {
          dates_[kPublishedTime] = content;
        }
        for (const char* key : {"date", "pubdate", "publishdate", "publish-date", "dc.date",
                                "dc.date.issued", "dcterms.created", "parsely-pub-date"}) {
          if (is(key) && dates_[kMetaName].empty()) dates_[kMetaName] = content;
        }
        break;
      }
      case GUMBO_TAG_LINK:
        if (EqualsIgnoreCase(Attr(e, "rel"), "canonical") && canonical_.empty()) {
          if (const char* href = Attr(e, "href")) canonical_ = href;
        }
        break;
      case GUMBO_TAG_TIME:
        if (const char* dt = Attr(e, "datetime"); dt != nullptr && dates_[kTimeElement].empty()) {
          dates_[kTimeElement] = dt;
        }
        break;
      case GUMBO_TAG_SCRIPT:
        if (EqualsIgnoreCase(Attr(e, "type"), "application/ld+json") && dates_[kJsonLd].empty()) {
          dates_[kJsonLd] = JsonLdDatePublished(ChildText(node));
        }
        break;
      default:
        break;
    }
  }

  TextBuilder text_;
  int hidden_ = 0;
  std::string title_, og_title_, h1_, canonical_, og_url_, site_name_;
  size_t h1_start_ = std::string::npos;
  std::string dates_[kRanks];
};

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == ':';
}

std::string LowerName(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Elements that never nest (void) or close themselves implicitly.
bool NeverNests(const std::string& name) {
  static constexpr std::string_view kNames[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
      "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
      "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body", "frame",
      "keygen", "basefont", "bgsound", "image", "isindex"};
  for (std::string_view n : kNames) {
    if (name == n) return true;
  }
  return false;
}

}  // namespace

int ApproxNestingDepth(std::string_view html, int limit) {
  std::vector<std::string> open;
  int deepest = 0;
  size_t p = 0;
  while (deepest < limit) {
    p = html.find('<', p);
    if (p == std::string_view::npos || p + 1 >= html.size()) break;
    if (html.substr(p, 4) == "<!--") {
      size_t e = html.find("-->", p + 4);
      if (e == std::string_view::npos) break;
      p = e + 3;
      continue;
    }
    const bool end_tag = html[p + 1] == '/';
    size_t q = p + (end_tag ? 2 : 1);
    size_t name_end = q;
    while (name_end < html.size() && IsNameChar(html[name_end])) ++name_end;
    if (name_end == q) {
      p = q;
      continue;
    }
    std::string name = LowerName(html.substr(q, name_end - q));
    size_t gt = html.find('>', name_end);
    if (gt == std::string_view::npos) break;
    p = gt + 1;
    if (end_tag) {
      // Pop to the matching open tag if there is one (a stray end tag is
      // ignored, as browsers do). The search is bounded by `limit`.
      for (size_t i = open.size(); i-- > 0;) {
        if (open[i] == name) {
          open.resize(i);
          break;
        }
      }
      continue;
    }
    if (name == "script" || name == "style" || name == "textarea" || name == "title" ||
        name == "xmp" || name == "plaintext") {
      // Raw text up to the matching end tag.
      size_t e = p;
      while (true) {
        e = html.find("</", e);
        if (e == std::string_view::npos) return deepest;
        if (LowerName(html.substr(e + 2, name.size())) == name) break;
        e += 2;
      }
      p = e;
      continue;
    }
    if (NeverNests(name) || html[gt - 1] == '/') continue;
    open.push_back(std::move(name));
    deepest = std::max(deepest, static_cast<int>(open.size()));
  }
  return deepest;
}

PageText VisibleText(std::string_view html) {
  if (ApproxNestingDepth(html, kMaxHtmlDepth + 1) > kMaxHtmlDepth) {
    PageText page;
    page.too_deep = true;
    return page;
  }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // We never look at parse errors; don't collect them.
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  if (output == nullptr) return PageText();  // Out of memory inside gumbo.
  PageText page = Walker().Run(output->document);
  gumbo_destroy_output(&options, output);
  return page;
}

PageText ExtractPage(std::string_view html) { return VisibleText(html); }

}  // namespace dyad::ingest
