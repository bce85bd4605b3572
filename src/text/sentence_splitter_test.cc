#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

namespace dyad::text {
namespace {

TEST(SentenceSplitter, Placeholder) {}

}  // namespace
}  // namespace dyad::text
