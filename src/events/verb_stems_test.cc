#include "events/verb_stems.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace dyad::events {
namespace {

using ::testing::Contains;
using ::testing::IsEmpty;
using ::testing::Not;

TEST(StemGuesses, UndoesRegularInflections) {
  EXPECT_THAT(StemGuesses("boycotted"), Contains("boycott"));
  EXPECT_THAT(StemGuesses("boycotting"), Contains("boycott"));
  EXPECT_THAT(StemGuesses("argued"), Contains("argue"));
  EXPECT_THAT(StemGuesses("shelled"), Contains("shell"));
  EXPECT_THAT(StemGuesses("planned"), Contains("plan"));
  EXPECT_THAT(StemGuesses("denied"), Contains("deny"));
  EXPECT_THAT(StemGuesses("accuses"), Contains("accuse"));
  EXPECT_THAT(StemGuesses("meets"), Contains("meet"));
  EXPECT_THAT(StemGuesses("fixes"), Contains("fix"));
  EXPECT_THAT(StemGuesses("argues"), Contains("argue"));
}

TEST(StemGuesses, LeavesOtherFormsAlone) {
  EXPECT_THAT(StemGuesses("meet"), IsEmpty());
  EXPECT_THAT(StemGuesses("press"), IsEmpty());
  EXPECT_THAT(StemGuesses("ed"), IsEmpty());
  // A misspelling is not mended: "departes" is no form of "depart".
  EXPECT_THAT(StemGuesses("departes"), Not(Contains("depart")));
}

}  // namespace
}  // namespace dyad::events
