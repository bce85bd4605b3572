// Internal to ingest/: the visible text of an HTML page, with gumbo.
//
//   PageText page = VisibleText("<title>T</title><p>One.</p><p>Two</p>");
//   // page.title == "T", page.text == "One.\n\nTwo"
//
// Rules: script, style, noscript, template, svg and everything in <head> are
// dropped; each block element (p, div, h1-h6, li, br, tr, article, section,
// blockquote, ...) ends a paragraph, and paragraphs are separated by a blank
// line so the sentence splitter treats them as boundaries; inline elements
// join; white space (and U+00A0) collapses to one space within a paragraph;
// entities are decoded. Broken markup (unclosed tags) is repaired the way
// browsers do.
// This is the plain visible text, not main-text extraction: menus and
// footers are kept.
//
// Thread-safety: pure function.
#ifndef DYAD_INGEST_HTML_TEXT_H_
#define DYAD_INGEST_HTML_TEXT_H_

#include <string>
#include <string_view>

namespace dyad::ingest {

struct PageText {
  std::string title;      // og:title, else <title>, else the first <h1>.
  std::string text;       // Visible text, paragraphs separated by "\n\n".
  std::string date;       // YYYY-MM-DD from article:published_time, itemprop or
                          // JSON-LD datePublished, <meta name=date>, or the
                          // first <time datetime>; empty if none.
  std::string url;        // <link rel=canonical>, else og:url; may be empty.
  std::string site_name;  // og:site_name; may be empty.
  std::string author;     // Byline; may be empty.
  // True if the markup nests deeper than kMaxHtmlDepth elements; the page is
  // then not parsed and every other field is empty. (gumbo's tree building
  // is quadratic in nesting depth: 1 MB of "<div>" would take minutes.)
  bool too_deep = false;
};

inline constexpr int kMaxHtmlDepth = 1000;

// An upper-bound estimate of how deep `html` nests, as a tokenizer with a
// stack of open tags sees it (void elements, elements whose end tag may be
// omitted, comments and script/style bodies are skipped); stops counting at
// `limit`. Linear in the size of `html` for a fixed limit.
int ApproxNestingDepth(std::string_view html, int limit);

// REQUIRES: `html` is UTF-8 (convert legacy charsets first; see charset.h).
PageText VisibleText(std::string_view html);

// The page as an article: its main text (see main_text.h) and metadata.
// REQUIRES: `html` is UTF-8.
PageText ExtractPage(std::string_view html);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_HTML_TEXT_H_
