// Metadata: one walk over the elements collects every candidate; the best
// source for each field wins at the end.
#include "ingest/page_metadata.h"

#include <strings.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "ingest/ingest.h"

namespace dyad::ingest {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// White space runs (and U+00A0) to one space, trimmed.
std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (IsSpace(s[i]) || (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0')) {
      if (s[i] == '\xC2') ++i;
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += s[i];
  }
  return out;
}

const char* Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a == nullptr ? nullptr : a->value;
}

bool EqualsIgnoreCase(const char* a, const char* b) {
  return a != nullptr && strcasecmp(a, b) == 0;
}

// `list` is a white-space separated list holding `token` (any case).
bool HasToken(std::string_view list, std::string_view token) {
  size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && IsSpace(list[i])) ++i;
    size_t b = i;
    while (i < list.size() && !IsSpace(list[i])) ++i;
    if (i - b == token.size() && strncasecmp(list.data() + b, token.data(), token.size()) == 0) {
      return true;
    }
  }
  return false;
}

bool ContainsNoCase(const char* haystack, const char* needle) {
  return haystack != nullptr && strcasestr(haystack, needle) != nullptr;
}

// All text below a node (iteratively; `limit` bytes at most).
std::string NodeText(const GumboNode* node, size_t limit) {
  std::string out;
  std::vector<std::pair<const GumboNode*, unsigned>> stack{{node, 0}};
  while (!stack.empty() && out.size() < limit) {
    auto& [n, next] = stack.back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
      out += n->v.text.text;
      stack.pop_back();
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT || next >= n->v.element.children.length) {
      if (n->type == GUMBO_NODE_ELEMENT) out += ' ';
      stack.pop_back();
      continue;
    }
    auto* child = static_cast<const GumboNode*>(n->v.element.children.data[next++]);
    stack.push_back({child, 0});
  }
  return Collapse(out);
}

constexpr size_t kMaxHeadlineBytes = 300;

// Date sources, best first.
enum DateRank { kJsonLd, kPublishedTime, kItemprop, kMetaName, kTimeElement, kRanks };

std::string NormalizeLoose(std::string_view d) {
  if (d.empty()) return "";
  auto n = NormalizeDate(d);
  if (n.ok()) return *n;
  // "2024-04-24T19:25:00.000+0200" and friends: the date part is enough.
  if (d.size() >= 10) {
    auto head = NormalizeDate(d.substr(0, 10));
    if (head.ok()) return *head;
  }
  return "";
}

// "By Jane Doe and John Roe | 12 May 2024" -> "Jane Doe and John Roe".
std::string StripBy(std::string s) {
  for (const char* prefix : {"By ", "by ", "BY "}) {
    if (s.starts_with(prefix)) {
      s.erase(0, std::strlen(prefix));
      break;
    }
  }
  // Bylines run on into dates and roles after a separator.
  for (const char* separator : {" | ", " \u2022 ", " \u00B7 ", " \u2014 ", " - "}) {
    if (size_t at = s.find(separator); at != std::string::npos) s.resize(at);
  }
  return s;
}

class MetadataWalker {
 public:
  void Walk(const GumboNode* document) {
    std::vector<std::pair<const GumboNode*, unsigned>> stack{{document, 0}};
    while (!stack.empty()) {
      auto& [node, next] = stack.back();
      const GumboVector* children = node->type == GUMBO_NODE_DOCUMENT ? &node->v.document.children
                                    : node->type == GUMBO_NODE_ELEMENT ? &node->v.element.children
                                                                       : nullptr;
      if (children == nullptr || next >= children->length) {
        stack.pop_back();
        continue;
      }
      auto* child = static_cast<const GumboNode*>(children->data[next++]);
      if (child->type == GUMBO_NODE_ELEMENT) {
        Element(child);
        stack.push_back({child, 0});
      }
    }
  }

  PageMetadata Result(const JsonLdArticle& ld) {
    PageMetadata m;
    m.title = Collapse(ld.headline);
    // An <h1> longer than a headline is broken markup (an unclosed <h1>
    // swallowing the story).
    if (h1_.size() > kMaxHeadlineBytes) h1_.clear();
    for (const std::string* t : {&og_title_, &h1_, &title_}) {
      if (m.title.empty()) m.title = *t;
    }
    dates_[kJsonLd] = ld.date_published;
    for (const auto& d : dates_) {
      m.date = NormalizeLoose(d);
      if (!m.date.empty()) break;
    }
    for (size_t i = 0; i < byline_texts_.size() && m.date.empty(); ++i) {
      m.date = FindDateInText(byline_texts_[i]);
    }
    m.url = !canonical_.empty() ? canonical_ : !og_url_.empty() ? og_url_ : ld.url;
    if (m.date.empty()) m.date = FindDateInUrl(m.url);
    m.site_name = !site_name_.empty() ? site_name_ : Collapse(ld.publisher);
    m.author = Collapse(ld.author);
    if (m.author.empty()) m.author = meta_author_;
    if (m.author.empty()) m.author = byline_author_;
    return m;
  }

 private:
  void Element(const GumboNode* node) {
    const GumboElement& e = node->v.element;
    if (const char* ip = Attr(e, "itemprop")) {
      // itemprop holds a list of names: "datePublished dateCreated".
      if (HasToken(ip, "datePublished") && dates_[kItemprop].empty()) {
        const char* v = Attr(e, "content");
        if (v == nullptr) v = Attr(e, "datetime");
        if (v != nullptr) dates_[kItemprop] = v;
      }
      if (HasToken(ip, "author") && byline_author_.empty() && e.tag != GUMBO_TAG_META) {
        byline_author_ = StripBy(NodeText(node, 200));
      }
    }
    const char* cls = Attr(e, "class");
    if (cls != nullptr && e.tag != GUMBO_TAG_BODY && e.tag != GUMBO_TAG_HTML &&
        byline_texts_.size() < 8 &&
        (ContainsNoCase(cls, "date") || ContainsNoCase(cls, "time") ||
         ContainsNoCase(cls, "byline") || ContainsNoCase(cls, "published"))) {
      byline_texts_.push_back(NodeText(node, 300));
      if (byline_author_.empty() && ContainsNoCase(cls, "byline")) {
        std::string text = byline_texts_.back();
        if (text.size() < 120 && text.starts_with("By ")) byline_author_ = StripBy(text);
      }
    }
    switch (e.tag) {
      case GUMBO_TAG_TITLE:
        if (title_.empty()) title_ = NodeText(node, 1000);
        break;
      case GUMBO_TAG_H1:
        if (h1_.empty()) h1_ = NodeText(node, 1000);
        break;
      case GUMBO_TAG_META:
        Meta(e);
        break;
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
      default:
        break;
    }
  }

  void Meta(const GumboElement& e) {
    const char* content = Attr(e, "content");
    if (content == nullptr) return;
    const char* prop = Attr(e, "property");
    const char* name = Attr(e, "name");
    auto is = [&](const char* key) {
      return EqualsIgnoreCase(prop, key) || EqualsIgnoreCase(name, key);
    };
    if (is("og:title") && og_title_.empty()) og_title_ = Collapse(content);
    if (is("og:url") && og_url_.empty()) og_url_ = content;
    if (is("og:site_name") && site_name_.empty()) site_name_ = Collapse(content);
    if ((is("author") || is("article:author") || is("byl") || is("sailthru.author")) &&
        meta_author_.empty() && std::strncmp(content, "http", 4) != 0) {
      meta_author_ = StripBy(Collapse(content));
    }
    if ((is("article:published_time") || is("article:published")) &&
        dates_[kPublishedTime].empty()) {
      dates_[kPublishedTime] = content;
    }
    for (const char* key : {"date", "pubdate", "publishdate", "publish-date", "dc.date",
                            "dc.date.issued", "dcterms.created", "parsely-pub-date",
                            "sailthru.date", "og:published_time", "datePublished", "pdate",
                            "article.published", "publication_date", "cxenseparse:recs:publishtime"}) {
      if (is(key) && dates_[kMetaName].empty()) dates_[kMetaName] = content;
    }
  }

  std::string title_, og_title_, h1_, canonical_, og_url_, site_name_;
  std::string meta_author_, byline_author_;
  std::string dates_[kRanks];
  std::vector<std::string> byline_texts_;
};

}  // namespace

std::string FindDateInText(std::string_view text) {
  // Words as offsets; every run of one to seven words is tried as a date.
  std::vector<std::pair<size_t, size_t>> words;
  for (size_t i = 0; i < text.size();) {
    while (i < text.size() && IsSpace(text[i])) ++i;
    size_t b = i;
    while (i < text.size() && !IsSpace(text[i])) ++i;
    if (i > b) words.emplace_back(b, i);
  }
  for (size_t w = 0; w < words.size(); ++w) {
    for (size_t n = std::min<size_t>(7, words.size() - w); n >= 1; --n) {
      size_t b = words[w].first, e = words[w + n - 1].second;
      std::string_view candidate = text.substr(b, e - b);
      while (!candidate.empty() && (candidate.back() == ',' || candidate.back() == '|' ||
                                    candidate.back() == '.' || candidate.back() == ';')) {
        candidate.remove_suffix(1);
      }
      auto d = NormalizeDate(candidate);
      if (d.ok()) return *d;
    }
  }
  return "";
}

std::string FindDateInUrl(std::string_view url) {
  // Path segments, with "/" and "-" as separators: /2019/11/19/, /2019/nov/18/,
  // /2019-11-19/, /20191119/.
  std::vector<std::string_view> parts;
  size_t path = url.find("://");
  path = url.find('/', path == std::string_view::npos ? 0 : path + 3);
  if (path == std::string_view::npos) return "";
  size_t end = url.find_first_of("?#", path);
  std::string_view p = url.substr(path, end == std::string_view::npos ? end : end - path);
  for (size_t i = 0; i < p.size();) {
    while (i < p.size() && (p[i] == '/' || p[i] == '-' || p[i] == '_' || p[i] == '.')) ++i;
    size_t b = i;
    while (i < p.size() && !(p[i] == '/' || p[i] == '-' || p[i] == '_' || p[i] == '.')) ++i;
    if (i > b) parts.push_back(p.substr(b, i - b));
  }
  auto all_digits = [](std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  for (size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].size() == 8 && all_digits(parts[i])) {
      auto d = NormalizeDate(parts[i]);
      if (d.ok()) return *d;
    }
    if (i + 2 < parts.size() && parts[i].size() == 4 && all_digits(parts[i]) &&
        parts[i + 2].size() <= 2 && all_digits(parts[i + 2])) {
      std::string day(parts[i + 2]);
      if (day.size() == 1) day = "0" + day;
      // "2019/11/19" or "19 nov 2019".
      auto d = all_digits(parts[i + 1])
                   ? NormalizeDate(std::string(parts[i]) + "/" + std::string(parts[i + 1]) + "/" + day)
                   : NormalizeDate(day + " " + std::string(parts[i + 1]) + " " + std::string(parts[i]));
      if (d.ok()) return *d;
    }
  }
  return "";
}

PageMetadata ReadPageMetadata(const GumboNode* document, const JsonLdArticle& json_ld) {
  MetadataWalker walker;
  walker.Walk(document);
  return walker.Result(json_ld);
}

}  // namespace dyad::ingest
