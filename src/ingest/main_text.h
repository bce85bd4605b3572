// Internal to ingest/: the article's own text on a news page, without the
// menus, share bars, adverts, captions, related links and comments around it.
//
//   GumboOutput* out = gumbo_parse(markup);
//   std::string text = ExtractMainText(out->document);
//   // "First paragraph.\n\nSecond paragraph."
//
// How (the Readability family of algorithms, with whole-word class hints;
// docs/extraction.md has the thresholds and the reasons):
//  1. page_blocks.h cuts the page into blocks and marks the ones that are
//     never story text (nav, footer, comments, share bars, adverts, ...).
//  2. Every block of 25 characters or more that is not mostly link text
//     scores 1 + its commas + one per 100 characters (at most 3); the score
//     goes to the paragraph's container in full, the next ancestor in half,
//     and a third, a sixth, ... further up. An element starts from a base by
//     tag (div +5; lists and forms -3; headings -5) and +/-25 for each of its
//     class and id marking text or boilerplate, and its total is scaled by
//     (1 - link density). The best element is the story's container.
//  3. A story split into parts in other branches (elements scoring at least
//     half as well) moves the container up to their common ancestor, when
//     the parts are most of its text.
//  4. Siblings join when they score at least a fifth of the container, or
//     read as a paragraph with few links.
//  5. Inside, lists, tables and divs that are mostly links or marked as
//     boilerplate are dropped, and so are short link blocks, the <h1> and
//     labels such as "Advertisement" or "Read more: ..."; the remaining
//     blocks are the text, paragraphs separated by "\n\n".
//  6. With no container (no paragraph voted) the body is the container and
//     headings are dropped too: a short notice keeps its text, an index of
//     links gives "".
//
// Thread-safety: pure function.
#ifndef DYAD_INGEST_MAIN_TEXT_H_
#define DYAD_INGEST_MAIN_TEXT_H_

#include <gumbo.h>

#include <string>

namespace dyad::ingest {

// The story's paragraphs separated by "\n\n"; "" if the page has no article.
// REQUIRES: `document` is a gumbo document node (text in UTF-8).
std::string ExtractMainText(const GumboNode* document);

// All visible text, without extraction: every block but those inside
// invisible elements (script, template, hidden, ...).
std::string VisibleBlockText(const GumboNode* document);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_MAIN_TEXT_H_
