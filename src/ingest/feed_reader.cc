// RSS 2.0, RSS 1.0 (RDF) and Atom feeds with libxml2: each <item> or <entry>
// is an article. The parser never touches the network (XML_PARSE_NONET),
// never loads external entities or DTDs, and we never expand entity
// references (text is gathered from text nodes only), so hostile feeds cost
// at most their size.
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <cstdint>
#include <mutex>
#include <set>
#include <vector>

#include "base/utf8.h"
#include "ingest/html_text.h"
#include "ingest/readers.h"

namespace dyad::ingest {
namespace {

std::string_view Name(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

bool NameIs(const xmlNode* n, std::string_view name) {
  return n->type == XML_ELEMENT_NODE && Name(n) == name;
}

// The text and CDATA below `n`, in document order (entity references are not
// expanded). Iterative: no recursion on deep trees.
std::string TextOf(const xmlNode* n) {
  std::string out;
  std::vector<const xmlNode*> stack;
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) stack.push_back(c);
  std::reverse(stack.begin(), stack.end());
  while (!stack.empty()) {
    const xmlNode* c = stack.back();
    stack.pop_back();
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content != nullptr) out += reinterpret_cast<const char*>(c->content);
    } else if (c->type == XML_ELEMENT_NODE) {
      size_t mark = stack.size();
      for (const xmlNode* k = c->children; k != nullptr; k = k->next) stack.push_back(k);
      std::reverse(stack.begin() + static_cast<ptrdiff_t>(mark), stack.end());
    }
  }
  return out;
}

std::string Attr(const xmlNode* n, const char* name) {
  for (const xmlAttr* a = n->properties; a != nullptr; a = a->next) {
    if (std::string_view(reinterpret_cast<const char*>(a->name)) == name)
      return TextOf(reinterpret_cast<const xmlNode*>(a));
  }
  return "";
}

// <media:title>, <media:description>, <media:content> (Media RSS) describe
// attached pictures and videos, not the story.
bool IsMediaRss(const xmlNode* n) {
  if (n->ns == nullptr || n->ns->href == nullptr) return false;
  std::string_view href = reinterpret_cast<const char*>(n->ns->href);
  return href.find("search.yahoo.com/mrss") != std::string_view::npos;
}

bool HasElementChild(const xmlNode* n) {
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) return true;
  }
  return false;
}

// Atom <content type="xhtml"><div>...</div></content>: the markup itself.
std::string InnerXml(xmlDoc* doc, xmlNode* n) {
  std::string out;
  xmlBuffer* buf = xmlBufferCreate();
  if (buf == nullptr) return out;
  for (xmlNode* c = n->children; c != nullptr; c = c->next) {
    xmlBufferEmpty(buf);
    if (xmlNodeDump(buf, doc, c, 0, 0) >= 0) {
      out.append(reinterpret_cast<const char*>(xmlBufferContent(buf)), xmlBufferLength(buf));
    }
  }
  xmlBufferFree(buf);
  return out;
}

std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// Feed text fields are usually escaped HTML ("&lt;p&gt;..."); plain text
// passes through FragmentText unchanged apart from white space.
// Sets *too_deep if the markup nests too deeply to parse (text is then empty).
std::string FieldText(xmlDoc* doc, xmlNode* n, bool* too_deep) {
  return FragmentText(HasElementChild(n) ? InnerXml(doc, n) : TextOf(n), too_deep);
}

class FeedReader : public DocumentReader {
 public:
  FeedReader(std::string path, std::unique_ptr<SequentialFile> file, const IngestOptions& options,
             Diagnostics* diag)
      : DocumentReader(std::move(path), std::move(file), options, diag, "feed") {}

 private:
  Status ParseDocument(std::string xml) override {
    if (xml.size() > static_cast<size_t>(INT32_MAX)) return Status::Ok();
    static std::once_flag init;
    std::call_once(init, [] { xmlInitParser(); });
    xmlParserCtxt* ctxt = xmlNewParserCtxt();
    if (ctxt == nullptr) return Status::Internal(path_ + ": cannot create an XML parser");
    xmlDoc* doc = xmlCtxtReadMemory(
        ctxt, xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES);
    if (doc == nullptr) {
      const xmlError* err = xmlCtxtGetLastError(ctxt);
      std::string why =
          err != nullptr && err->message != nullptr ? Trim(err->message) : "parse error";
      diag_->Error(path_, err != nullptr ? err->line : 0, "not an RSS or Atom feed: " + why);
      xmlFreeParserCtxt(ctxt);
      return Status::Ok();
    }
    xmlNode* root = xmlDocGetRootElement(doc);
    if (root == nullptr || !(NameIs(root, "rss") || NameIs(root, "feed") || NameIs(root, "RDF"))) {
      diag_->Error(path_, root != nullptr ? xmlGetLineNo(root) : 0,
                   "not an RSS or Atom feed: root element is <" +
                       std::string(root != nullptr ? Name(root) : "") + ">");
    } else {
      Items(doc, root);
      if (articles_.empty()) diag_->Warning(path_, xmlGetLineNo(root), "feed has no items");
    }
    xmlFreeDoc(doc);
    xmlFreeParserCtxt(ctxt);
    return Status::Ok();
  }

  // Every <item>/<entry> under root, in order; the feed's own <title> names
  // the source.
  void Items(xmlDoc* doc, xmlNode* root) {
    std::string feed_title;
    std::vector<xmlNode*> stack = {root};
    while (!stack.empty()) {
      xmlNode* n = stack.back();
      stack.pop_back();
      if (n->type != XML_ELEMENT_NODE) continue;
      if (NameIs(n, "item") || NameIs(n, "entry")) {
        Item(doc, n, feed_title);
        continue;
      }
      if (NameIs(n, "title") && feed_title.empty()) feed_title = Trim(TextOf(n));
      size_t mark = stack.size();
      for (xmlNode* c = n->children; c != nullptr; c = c->next) stack.push_back(c);
      std::reverse(stack.begin() + static_cast<ptrdiff_t>(mark), stack.end());
    }
  }

  void Item(xmlDoc* doc, xmlNode* item, const std::string& feed_title) {
    Article a;
    a.file = path_;
    a.line = xmlGetLineNo(item);
    a.format = InputFormat::kRss;
    std::string guid, link, alternate, date, updated;
    xmlNode* content = nullptr;
    xmlNode* summary = nullptr;
    bool too_deep = false;
    for (xmlNode* c = item->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE || IsMediaRss(c)) continue;
      std::string_view name = Name(c);
      if (name == "title") {
        if (!a.title.empty()) continue;
        a.title = Trim(FieldText(doc, c, &too_deep));
      } else if (name == "link") {
        std::string href = Attr(c, "href");
        std::string rel = Attr(c, "rel");
        if (href.empty()) href = Trim(TextOf(c));
        if (rel.empty() || rel == "alternate") {
          if (alternate.empty()) alternate = href;
        } else if (link.empty()) {
          link = href;
        }
      } else if (name == "guid" || name == "id") {
        if (guid.empty()) guid = Trim(TextOf(c));
      } else if (name == "pubDate" || name == "published" || name == "date" || name == "issued" ||
                 name == "created") {
        if (date.empty()) date = Trim(TextOf(c));
      } else if (name == "updated" || name == "modified") {
        if (updated.empty()) updated = Trim(TextOf(c));
      } else if (name == "encoded" || name == "content") {
        if (content == nullptr) content = c;
      } else if (name == "description" || name == "summary") {
        if (summary == nullptr) summary = c;
      }
    }
    a.url = !alternate.empty() ? alternate : link;
    if (content != nullptr) a.text = FieldText(doc, content, &too_deep);
    if (a.text.empty() && summary != nullptr) a.text = FieldText(doc, summary, &too_deep);
    if (too_deep) {
      diag_->Error(path_, a.line,
                   "item markup nested deeper than " + std::to_string(kMaxHtmlDepth) +
                       " elements; its text is left out");
    }
    a.source = feed_title;
    if (date.empty()) date = updated;
    if (!date.empty()) {
      auto d = NormalizeDate(date);
      if (d.ok()) {
        a.date = *d;
      } else {
        diag_->Warning(path_, a.line, "unrecognised date \"" + date.substr(0, 80) + "\"");
      }
    }
    a.id = ItemId(guid, a);
    if (a.text.empty() && !too_deep) {
      diag_->Warning(path_, a.line, "feed item has no text; title only");
    }
    FinishArticle(options_, &a);
    articles_.push_back(std::move(a));
  }

  // guid if it is a usable token, else a hash of the link, else of the
  // title and text; "-2", "-3" keep repeats within one feed distinct.
  std::string ItemId(const std::string& guid, const Article& a) {
    std::string id;
    if (!guid.empty() && guid.size() <= 200 && guid.find_first_of(" \t\r\n") == std::string::npos &&
        FindInvalidUtf8(guid) == std::string::npos) {
      id = guid;
    } else if (!guid.empty()) {
      id = HashId(guid);
    } else if (!a.url.empty()) {
      id = HashId(a.url);
    } else {
      id = HashId(a.title + "\n" + a.text);
    }
    std::string unique = id;
    for (int n = 2; !seen_.insert(unique).second; ++n) unique = id + "-" + std::to_string(n);
    return unique;
  }

  std::set<std::string> seen_;
};

}  // namespace

std::unique_ptr<ArticleReader> NewFeedReader(std::string path, std::unique_ptr<SequentialFile> file,
                                             const IngestOptions& options, Diagnostics* diag) {
  return std::make_unique<FeedReader>(std::move(path), std::move(file), options, diag);
}

}  // namespace dyad::ingest
