// Internal to ingest/: a news web page as an article, with gumbo.
//
//   PageText page = ExtractPage(html);
//   // page.title, page.date ("2024-04-24"), page.url, page.site_name,
//   // page.author, page.text: the story's paragraphs separated by "\n\n"
//
// The page goes through three steps:
//  1. html_prefilter.h cuts out scripts, styles, SVG and comments (keeping
//     JSON-LD blocks aside) and measures nesting depth;
//  2. gumbo builds the HTML5 tree, repairing broken markup as browsers do;
//  3. page metadata is read from the tree and the JSON-LD, and the main
//     text is extracted (main_text.h). When the page's JSON-LD carries an
//     articleBody that agrees with the extraction, or the extraction found
//     much less, the articleBody is the text: sites write it for search
//     engines and it holds the story and nothing else. A page with no
//     article gives empty text.
// Entities are decoded and white space (and U+00A0) collapses to one space
// within a paragraph.
//
// Thread-safety: pure functions.
#ifndef DYAD_INGEST_HTML_TEXT_H_
#define DYAD_INGEST_HTML_TEXT_H_

#include <string>
#include <string_view>

namespace dyad::ingest {

struct PageText {
  // JSON-LD headline, else og:title, else the first <h1>, else <title>.
  std::string title;
  std::string text;  // The story's paragraphs, separated by "\n\n".
  // YYYY-MM-DD from JSON-LD datePublished, article:published_time,
  // itemprop=datePublished, <meta name=date> and kin, the first
  // <time datetime>, or a date written in a byline or date element; empty
  // if none.
  std::string date;
  std::string url;        // <link rel=canonical>, og:url, JSON-LD url.
  std::string site_name;  // og:site_name, else JSON-LD publisher.
  // JSON-LD author names, <meta name=author>, else a byline element's text
  // without its "By ".
  std::string author;
  // True if the markup nests deeper than kMaxHtmlDepth elements; the page is
  // then not parsed and every other field is empty. (gumbo's tree building
  // is quadratic in nesting depth: 1 MB of "<div>" would take minutes.)
  bool too_deep = false;
};

inline constexpr int kMaxHtmlDepth = 1000;

// REQUIRES: `html` is UTF-8 (convert legacy charsets first; see charset.h).
PageText ExtractPage(std::string_view html);

// All visible text of an HTML fragment (a feed item's body), blocks
// separated by "\n\n"; no extraction, nothing dropped but invisible
// elements. If the fragment nests deeper than kMaxHtmlDepth, sets
// *too_deep and returns "".
std::string FragmentText(std::string_view html, bool* too_deep);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_HTML_TEXT_H_
