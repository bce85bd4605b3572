// A web page as an article: prefilter, gumbo, metadata, main text.
#include "ingest/html_text.h"

#include <gumbo.h>

#include "ingest/html_prefilter.h"
#include "ingest/json_ld.h"
#include "ingest/main_text.h"
#include "ingest/page_metadata.h"

namespace dyad::ingest {
namespace {

// Owns a gumbo parse.
class GumboTree {
 public:
  explicit GumboTree(const std::string& markup) {
    options_.max_errors = 0;  // We never look at parse errors; don't collect them.
    output_ = gumbo_parse_with_options(&options_, markup.data(), markup.size());
  }
  ~GumboTree() {
    if (output_ != nullptr) gumbo_destroy_output(&options_, output_);
  }
  GumboTree(const GumboTree&) = delete;  // Owns the parse.
  GumboTree& operator=(const GumboTree&) = delete;

  // Null if gumbo ran out of memory.
  const GumboNode* document() const { return output_ == nullptr ? nullptr : output_->document; }

 private:
  GumboOptions options_ = kGumboDefaultOptions;
  GumboOutput* output_ = nullptr;
};

size_t CountWords(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool word_char = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                           (c >= 'A' && c <= 'Z') || (c & 0x80) != 0;
    if (word_char && !in_word) ++words;
    in_word = word_char;
  }
  return words;
}

// The page's JSON-LD articleBody replaces the extraction only when the
// extraction found less than half as many words: then it missed the story's
// container. Otherwise the extraction wins, because on the benchmark the
// articleBody was often a teaser (80 words of a 700-word story) and only
// once better than the extraction; the extraction alone scored F1 0.960,
// the articleBody wherever present 0.942.
std::string ChooseText(std::string extracted, std::string article_body) {
  if (CountWords(extracted) * 2 < CountWords(article_body)) return article_body;
  return extracted;
}

}  // namespace

PageText ExtractPage(std::string_view html) {
  PageText page;
  PrefilteredHtml filtered = PrefilterHtml(html, kMaxHtmlDepth + 1);
  if (filtered.depth > kMaxHtmlDepth) {
    page.too_deep = true;
    return page;
  }
  GumboTree tree(filtered.markup);
  if (tree.document() == nullptr) return page;
  JsonLdArticle ld = ParseJsonLdArticle(filtered.json_ld);
  PageMetadata meta = ReadPageMetadata(tree.document(), ld);
  page.title = std::move(meta.title);
  page.date = std::move(meta.date);
  page.url = std::move(meta.url);
  page.site_name = std::move(meta.site_name);
  page.author = std::move(meta.author);
  page.text = ChooseText(ExtractMainText(tree.document()), std::move(ld.article_body));
  return page;
}

std::string FragmentText(std::string_view html, bool* too_deep) {
  PrefilteredHtml filtered = PrefilterHtml(html, kMaxHtmlDepth + 1);
  if (filtered.depth > kMaxHtmlDepth) {
    *too_deep = true;
    return "";
  }
  GumboTree tree(filtered.markup);
  return tree.document() == nullptr ? "" : VisibleBlockText(tree.document());
}

}  // namespace dyad::ingest
