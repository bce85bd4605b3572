#include "ingest/page_blocks.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad::ingest {
namespace {

struct Cut {
  std::vector<std::string> texts;  // Of the blocks not excluded.
  std::vector<std::string> excluded;
  Page page;
};

Cut CutHtml(const std::string& html) {
  GumboOutput* out = gumbo_parse(html.c_str());
  Cut cut{{}, {}, CutIntoBlocks(out->document)};
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  for (const Block& b : cut.page.blocks) {
    std::string text = cut.page.text.substr(b.begin, b.end - b.begin);
    (b.excluded ? cut.excluded : cut.texts).push_back(text);
  }
  return cut;
}

TEST(CutIntoBlocks, BlocksAndLinkText) {
  Cut cut = CutHtml("<div>One <a href=x>link</a>,<br>two</div><p>  three  \n four </p>");
  ASSERT_EQ(cut.texts, (std::vector<std::string>{"One link,", "two", "three four"}));
  const Block& first = cut.page.blocks[0];
  EXPECT_EQ(first.chars, 8);  // Characters without spaces.
  EXPECT_EQ(first.link_chars, 4);
  EXPECT_EQ(first.commas, 1);
}

TEST(CutIntoBlocks, ExclusionsAndTheStoryOverrule) {
  Cut cut = CutHtml(
      "<nav><p>menu</p></nav><div class=comments><p>a comment</p></div>"
      "<div class='layout nav-open'><h1>Head</h1><p>story</p></div>"
      "<footer><h1>not a story holder</h1></footer><span class=sr-only>skip</span>");
  EXPECT_EQ(cut.texts, (std::vector<std::string>{"Head", "story"}));
  EXPECT_EQ(cut.excluded, (std::vector<std::string>{"menu", "a comment", "not a story holder"}));
}

TEST(CutIntoBlocks, TextIsSummedUpTheTree) {
  Cut cut = CutHtml("<article><div><p>abc</p><p><a href=x>de</a></p></div></article>");
  for (const Element& e : cut.page.elements) {
    if (e.tag == GUMBO_TAG_ARTICLE) {
      EXPECT_EQ(e.chars, 5);
      EXPECT_EQ(e.link_chars, 2);
      EXPECT_EQ(e.blocks, 2);
      EXPECT_DOUBLE_EQ(e.LinkDensity(), 0.4);
    }
  }
}

}  // namespace
}  // namespace dyad::ingest
