// Internal to ingest/: a web page cut into blocks of text, the material of
// main-text extraction (main_text.h).
//
//   Page page = CutIntoBlocks(gumbo_output->document);
//   for (const Block& b : page.blocks) { if (!b.excluded) ...page.text... }
//
// A block is a run of text between block-level boundaries (p, div, li, h2,
// br, ...), white space collapsed, with its length in characters, how much
// of it is link text, and its commas. Elements are the block-level ones, in
// document order (a parent's index is below its children's), each with the
// text below it summed and what its tag and class say (class_hints.h).
// Never rendered, so never in a block: script, style, template, iframe,
// button, hidden elements (hidden, aria-hidden, display:none,
// visibility:hidden) and screen-reader-only classes. Marked excluded, with
// everything below: nav, footer, aside, figure, figcaption, and elements
// whose class or id says comments, share, related, ad, cookie, newsletter...
// unless the element holds the story (the headline, <article>, <main>,
// itemprop=articleBody), for sites that put such classes on the wrapper of
// the whole page.
//
// Thread-safety: pure function.
#ifndef DYAD_INGEST_PAGE_BLOCKS_H_
#define DYAD_INGEST_PAGE_BLOCKS_H_

#include <gumbo.h>

#include <string>
#include <vector>

namespace dyad::ingest {

struct Element {
  int parent = -1;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  int class_weight = 0;   // (positive - negative) class words.
  bool excluded = false;  // Never story text (itself or an ancestor).
  bool boilerplate = false;  // Its tag or class says it is never story text.
  // Holds the headline, an <article>, <main> or itemprop=articleBody: a
  // container of the story, whatever its class says.
  bool holds_story = false;
  bool boilerplate_tag = false;  // nav, footer, aside, figure...
  int chars = 0;          // Text characters below, excluded parts not counted.
  int link_chars = 0;     // Of which inside links.
  // The vote of main_text.cc, which fills these.
  bool scored = false;
  double score = 0;
  // Its last text ends a sentence (". ", "?", a closing quote).
  bool ends_sentence = false;
  int blocks = 0;  // Blocks of text below, excluded ones not counted.

  double LinkDensity() const { return chars == 0 ? 0 : static_cast<double>(link_chars) / chars; }
};

struct Block {
  int element = 0;            // Innermost block-level element.
  size_t begin = 0, end = 0;  // In Page::text.
  int chars = 0, link_chars = 0, commas = 0;
  bool excluded = false;
};

// The page cut into block-level elements and blocks of text. Elements are in
// document order, so a parent's index is below its children's.
struct Page {
  std::vector<Element> elements;
  std::vector<Block> blocks;
  std::string text;  // The blocks' text, white space collapsed, back to back.
};

// REQUIRES: `document` is a gumbo document node (text in UTF-8).
Page CutIntoBlocks(const GumboNode* document);

bool IsHeading(GumboTag tag);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_PAGE_BLOCKS_H_
