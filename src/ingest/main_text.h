// Internal to ingest/: the article's own text on a news page, without the
// menus, share bars, adverts, captions, related links and comments around it.
//
//   GumboOutput* out = gumbo_parse(markup);
//   MainText main = ExtractMainText(out->document);
//   // main.text: "First paragraph.\n\nSecond paragraph."
//
// How (the Readability family of algorithms, with whole-word class hints):
//  1. One walk cuts the page into blocks: runs of text between block-level
//     boundaries (p, div, li, h2, br, ...), each with its length, how much of
//     it is link text, and its commas. Blocks inside elements that are never
//     story text are marked excluded: hidden elements (hidden, aria-hidden,
//     display:none), nav, footer, aside, form, button, figure captions, and
//     elements whose class or id says comments, share, related, ad, cookie,
//     newsletter... (class_hints.h).
//  2. Every block of 25 characters or more scores 1 + its commas + one per
//     100 characters (at most 3); the score goes to the block's parent
//     element in full, its grandparent in half, and a third, a sixth, ...
//     further up. An element starts from a base by tag (div +5; lists and
//     forms -3; headings -5) and +/-25 per class word that marks text or
//     boilerplate, and its total is scaled by (1 - link density).
//  3. The best element is the story's container; its siblings join when
//     they score at least a fifth of it, or are long paragraphs with few
//     links (stories split into several columns or sections).
//  4. Inside the container, lists, tables and divs that are mostly links or
//     marked as boilerplate are dropped, and so are short link-only blocks;
//     the remaining blocks are the text, paragraphs separated by "\n\n".
//
// Thread-safety: pure function.
#ifndef DYAD_INGEST_MAIN_TEXT_H_
#define DYAD_INGEST_MAIN_TEXT_H_

#include <gumbo.h>

#include <string>

namespace dyad::ingest {

struct MainText {
  std::string text;  // Paragraphs separated by "\n\n"; empty if no article.
  int paragraphs = 0;
};

// REQUIRES: `document` is a gumbo document node (text in UTF-8).
MainText ExtractMainText(const GumboNode* document);

// All visible text, without extraction: every block but those inside
// invisible elements (script, template, hidden, ...).
std::string VisibleBlockText(const GumboNode* document);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_MAIN_TEXT_H_
