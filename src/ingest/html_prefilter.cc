// A tokenizer just good enough to find tags, comments and raw-text elements
// the way an HTML5 parser would, with memchr doing the scanning.
#include "ingest/html_prefilter.h"

#include <algorithm>
#include <cstring>

namespace dyad::ingest {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsTagSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Elements that never nest (void) or close themselves implicitly, so they
// never deepen the stack of open elements.
bool NeverNests(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
      "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
      "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body", "frame",
      "keygen", "basefont", "bgsound", "image", "isindex"};
  return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

enum class Content { kNormal, kRawText, kDropRawText, kDropForeign };

Content ContentOf(std::string_view name) {
  if (name == "script" || name == "style") return Content::kDropRawText;
  if (name == "svg" || name == "math") return Content::kDropForeign;
  if (name == "textarea" || name == "title" || name == "xmp" || name == "noembed" ||
      name == "iframe" || name == "noframes") {
    return Content::kRawText;
  }
  return Content::kNormal;
}

struct Tag {
  bool end = false;
  bool self_closing = false;
  std::string name;  // Lower case.
  size_t begin = 0;  // '<'
  size_t end_pos = 0;  // One past '>', or the input's size if unterminated.
};

class Prefilter {
 public:
  Prefilter(std::string_view html, int limit) : html_(html), limit_(limit) {
    out_.markup.reserve(html.size() / 2);
  }

  PrefilteredHtml Run() {
    size_t copied = 0;  // html_[copied, p) is still to be copied.
    size_t p = 0;
    while (p < html_.size()) {
      const void* lt = std::memchr(html_.data() + p, '<', html_.size() - p);
      if (lt == nullptr) break;
      p = static_cast<const char*>(lt) - html_.data();
      if (p + 1 >= html_.size()) break;
      const char next = html_[p + 1];
      if (next == '!' || next == '?') {
        size_t after = SkipMarkupDeclaration(p);
        if (html_.compare(p, 4, "<!--") == 0) {  // Comments are dropped.
          Copy(copied, p);
          copied = after;
        }
        p = after;
        continue;
      }
      if (!IsAsciiAlpha(next) && !(next == '/' && p + 2 < html_.size() && IsAsciiAlpha(html_[p + 2]))) {
        ++p;  // A "<" in text.
        continue;
      }
      Tag tag = ReadTag(p);
      p = tag.end_pos;
      if (tag.end) {
        Pop(tag.name);
        continue;
      }
      switch (ContentOf(tag.name)) {
        case Content::kDropRawText: {
          size_t close = FindEndTag(tag.end_pos, tag.name);
          if (tag.name == "script" && IsJsonLd(tag)) {
            out_.json_ld.emplace_back(html_.substr(tag.end_pos, close - tag.end_pos));
          }
          Copy(copied, tag.begin);
          p = copied = AfterEndTag(close);
          break;
        }
        case Content::kDropForeign:
          Copy(copied, tag.begin);
          p = copied = tag.self_closing ? tag.end_pos : SkipForeign(tag.end_pos, tag.name);
          break;
        case Content::kRawText:
          p = AfterEndTag(FindEndTag(tag.end_pos, tag.name));
          break;
        case Content::kNormal:
          if (tag.name == "plaintext") p = html_.size();
          if (!tag.self_closing && !NeverNests(tag.name)) Push(std::move(tag.name));
          break;
      }
      if (out_.depth >= limit_) break;
    }
    Copy(copied, html_.size());
    return std::move(out_);
  }

 private:
  void Copy(size_t from, size_t to) {
    if (to > from) out_.markup.append(html_.data() + from, to - from);
  }

  void Push(std::string name) {
    open_.push_back(std::move(name));
    out_.depth = std::max(out_.depth, static_cast<int>(open_.size()));
  }

  // Pops to the matching open element if there is one among the innermost
  // kMaxPopSearch (a stray end tag is ignored, as browsers do). The bound
  // keeps a flood of stray end tags under deep nesting linear.
  void Pop(const std::string& name) {
    static constexpr size_t kMaxPopSearch = 64;
    const size_t stop = open_.size() > kMaxPopSearch ? open_.size() - kMaxPopSearch : 0;
    for (size_t i = open_.size(); i-- > stop;) {
      if (open_[i] == name) {
        open_.resize(i);
        return;
      }
    }
  }

  // "<!-- ... -->", "<!DOCTYPE ...>", "<![CDATA[...]]>", "<?xml ...?>":
  // returns the position after it.
  size_t SkipMarkupDeclaration(size_t p) const {
    if (html_.compare(p, 4, "<!--") == 0) {
      size_t e = html_.find("-->", p + 4);
      return e == std::string_view::npos ? html_.size() : e + 3;
    }
    size_t e = html_.find('>', p);
    return e == std::string_view::npos ? html_.size() : e + 1;
  }

  // Reads a start or end tag at `p`, skipping quoted attribute values, which
  // may hold '>' and '<'.
  Tag ReadTag(size_t p) const {
    Tag tag;
    tag.begin = p;
    size_t i = p + 1;
    if (html_[i] == '/') {
      tag.end = true;
      ++i;
    }
    while (i < html_.size() && !IsTagSpace(html_[i]) && html_[i] != '/' && html_[i] != '>') {
      tag.name += Lower(html_[i++]);
    }
    while (i < html_.size() && html_[i] != '>') {
      if (html_[i] == '=') {
        ++i;
        while (i < html_.size() && IsTagSpace(html_[i])) ++i;
        if (i < html_.size() && (html_[i] == '"' || html_[i] == '\'')) {
          size_t close = html_.find(html_[i], i + 1);
          i = close == std::string_view::npos ? html_.size() : close + 1;
        }
        continue;
      }
      ++i;
    }
    tag.self_closing = i > p + 1 && i < html_.size() && html_[i - 1] == '/';
    tag.end_pos = i < html_.size() ? i + 1 : html_.size();
    return tag;
  }

  bool IsJsonLd(const Tag& tag) const {
    std::string_view text = html_.substr(tag.begin, tag.end_pos - tag.begin);
    static constexpr std::string_view kType = "ld+json";
    return std::search(text.begin(), text.end(), kType.begin(), kType.end(), [](char a, char b) {
             return Lower(a) == b;
           }) != text.end();
  }

  // The position of "</name" (followed by space, '/' or '>') at or after
  // `p`, or the input's size.
  size_t FindEndTag(size_t p, std::string_view name) const {
    while (true) {
      p = html_.find("</", p);
      if (p == std::string_view::npos) return html_.size();
      size_t i = p + 2, k = 0;
      while (k < name.size() && i + k < html_.size() && Lower(html_[i + k]) == name[k]) ++k;
      if (k == name.size()) {
        if (i + k >= html_.size()) return p;
        const char c = html_[i + k];
        if (IsTagSpace(c) || c == '/' || c == '>') return p;
      }
      p += 2;
    }
  }

  size_t AfterEndTag(size_t close) const {
    if (close >= html_.size()) return html_.size();
    size_t gt = html_.find('>', close);
    return gt == std::string_view::npos ? html_.size() : gt + 1;
  }

  // Skips an <svg> or <math> element's content, counting nested ones; returns
  // the position after its end tag.
  size_t SkipForeign(size_t p, const std::string& name) const {
    int open = 1;
    while (p < html_.size()) {
      const void* lt = std::memchr(html_.data() + p, '<', html_.size() - p);
      if (lt == nullptr) return html_.size();
      p = static_cast<const char*>(lt) - html_.data();
      if (html_.compare(p, 4, "<!--") == 0) {
        p = SkipMarkupDeclaration(p);
        continue;
      }
      if (p + 1 < html_.size() && (IsAsciiAlpha(html_[p + 1]) || html_[p + 1] == '/')) {
        Tag tag = ReadTag(p);
        p = tag.end_pos;
        if (tag.name != name) continue;
        if (tag.end) {
          if (--open == 0) return p;
        } else if (!tag.self_closing) {
          ++open;
        }
        continue;
      }
      ++p;
    }
    return html_.size();
  }

  std::string_view html_;
  const int limit_;
  std::vector<std::string> open_;
  PrefilteredHtml out_;
};

}  // namespace

PrefilteredHtml PrefilterHtml(std::string_view html, int depth_limit) {
  return Prefilter(html, depth_limit).Run();
}

}  // namespace dyad::ingest
