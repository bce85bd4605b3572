#include "ingest/class_hints.h"

#include <gtest/gtest.h>

namespace dyad::ingest {
namespace {

TEST(ClassHintOf, WholeWordsInAnySpelling) {
  for (const char* cls : {"related-links", "relatedLinks", "RELATED_LINKS", "box related"}) {
    ClassHint h = ClassHintOf(cls, "");
    EXPECT_EQ(h.negative, 1) << cls;
    EXPECT_TRUE(h.never_text) << cls;
  }
  ClassHint h = ClassHintOf("StoryBodyCompanionColumn", "");
  EXPECT_EQ(h.positive, 2);  // story, body
  EXPECT_EQ(h.negative, 0);
}

TEST(ClassHintOf, NoSubstringTraps) {
  // "ad" in "header"/"shadow"/"read", "nav" in "canvas", "share" in "shareholders".
  for (const char* cls : {"shadow", "canvas", "read-time", "shareholders", "loaded"}) {
    ClassHint h = ClassHintOf(cls, "");
    EXPECT_EQ(h.negative, 0) << cls;
    EXPECT_FALSE(h.never_text) << cls;
  }
  EXPECT_TRUE(ClassHintOf("ad300x250", "").never_text);  // Digits split words.
}

TEST(ClassHintOf, ClassAndIdBothCount) {
  ClassHint h = ClassHintOf("article-content", "comments");
  EXPECT_EQ(h.positive, 2);
  EXPECT_EQ(h.negative, 1);
  EXPECT_TRUE(h.never_text);
  EXPECT_FALSE(ClassHintOf("sidebar", "").never_text);  // Negative, not never.
  EXPECT_EQ(ClassHintOf("sidebar", "").negative, 1);
  EXPECT_EQ(ClassHintOf("", "").positive, 0);
}

TEST(ClassHintOf, ScreenReaderOnlyIsHidden) {
  for (const char* cls : {"sr-only", "visually-hidden", "visuallyHidden", "u-visuallyhidden"}) {
    EXPECT_TRUE(ClassHintOf(cls, "").hidden) << cls;
  }
  EXPECT_FALSE(ClassHintOf("comments", "").hidden);
}

}  // namespace
}  // namespace dyad::ingest
