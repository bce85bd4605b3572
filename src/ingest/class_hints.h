// Internal to ingest/: what an element's class and id say about its content.
//
//   ClassHint h = ClassHintOf("StoryBodyCompanionColumn", "");
//   // h.positive: "story", "body"; h.negative == false
//
// Class and id values are split into words at non-alphanumerics and at
// lower-to-upper case changes ("related-links", "relatedLinks" and
// "RELATED_LINKS" all give "related", "links"), and each word is looked up
// in two fixed lists: words that mark article text (article, body, content,
// story, ...) and words that mark boilerplate (nav, footer, comments,
// related, share, ad, newsletter, cookie, ...). Whole-word matching avoids
// the classic substring traps ("ad" in "header" or "shadow", "nav" in
// "canvas").
//
// Thread-safety: pure function.
#ifndef DYAD_INGEST_CLASS_HINTS_H_
#define DYAD_INGEST_CLASS_HINTS_H_

#include <string_view>

namespace dyad::ingest {

struct ClassHint {
  int positive = 0;  // Number of article-text words.
  int negative = 0;  // Number of boilerplate words.
  // A word that marks content that is never part of the story whatever else
  // the class says: comments, cookie banners, share bars, "related" lists,
  // hidden or screen-reader-only text.
  bool never_text = false;
  // A word that hides the element from sighted readers (screen-reader-only
  // text: "sr-only", "visually-hidden"); it is never text, even inline.
  bool hidden = false;
};

ClassHint ClassHintOf(std::string_view class_attr, std::string_view id_attr);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_CLASS_HINTS_H_
