#include "events/verb_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/diagnostics_testing.h"
#include "events/verb_syntax.h"

namespace dyad::events {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

VerbDictionary Read(std::string_view text, CollectingDiagnostics* diag) {
  Result<VerbDictionary> dict = ReadVerbDictionary(text, "test.verbs", diag);
  EXPECT_TRUE(dict.ok()) << dict.status().ToString();
  if (!dict.ok()) return VerbDictionary();
  for (const auto& e : diag->entries()) EXPECT_EQ(e.file, "test.verbs");
  return std::move(dict).value();
}

// A pattern's elements in one string: "W=IN _* (", '!' after an exact word,
// '_' before a joined element.
std::string Elements(const VerbPattern& p) {
  static const char* kKinds[] = {"W", "&", "*",  "$",  "+",  "^", "%",
                                 "(", ")", "{N", "N}", "{C", "|", "C}"};
  std::string out;
  for (const PatternElement& e : p.elements) {
    if (!out.empty()) out += ' ';
    if (e.joined) out += '_';
    out += kKinds[e.kind];
    if (!e.text.empty()) out += "=" + e.text;
    if (e.kind == PatternElement::kWord && e.exact) out += '!';
  }
  return out;
}

// "014", "062:062", ":173", "---", "###", "+++", "@-7".
std::string Code(const VerbCode& c) {
  if (c.null_code) return "---";
  if (c.discard) return "###";
  if (c.complex) return "+++";
  if (c.time_shift != 0) return "@" + std::to_string(c.time_shift);
  return c.paired_code.empty() ? c.code : c.code + ":" + c.paired_code;
}

constexpr char kPetrarch[] =
    "# CAMEO-style verbs\n"                            // 1
    "&CEASEFIRE\n"                                     // 2
    "+TRUCE\n"                                         // 3
    "+CEASE_FIRE   # a comment\n"                      // 4
    "+AUSTRIAN   FLORIN\n"                             // 5
    "\n"                                               // 6
    "---  CALL   [010]  ---\n"                         // 7
    "CALL\n"                                           // 8
    "SPEED {SPEEDING SPED }  # irregular\n"            // 9
    "+ASK_FOR {+ASKED_FOR +ASKING_FOR} [020]\n"        // 10
    "+ANGERED_BY {}\n"                                 // 11
    "- * (FOR &CEASEFIRE)  [014]   # CALL\n"           // 12
    "- + * (IN) $  [075]\n"                            // 13
    "- RELATIONSHIP *  [110]\n"                        // 14
    "- * {NEW &CEASEFIRE TALKS} (WITH ^) [062:062]\n"  // 15
    "- % *  [---]\n"                                   // 16
    "- * (BEFORE COURT)  [:173]\n"                     // 17
    "- * DIPLXMATIC  [###]\n"                          // 18
    "~ a (b . ATTACK) SAY = a b 112\n";                // 19

TEST(VerbReader, ReadsPetrarchBlocks) {
  CollectingDiagnostics diag;
  VerbDictionary dict = Read(kPetrarch, &diag);
  EXPECT_THAT(Reports(diag), IsEmpty());
  EXPECT_EQ(dict.format, VerbFormat::kPetrarch);
  EXPECT_EQ(dict.path, "test.verbs");
  EXPECT_EQ(dict.lines, 19);
  ASSERT_EQ(dict.synsets.size(), 1u);
  EXPECT_EQ(dict.synsets[0].name, "CEASEFIRE");
  EXPECT_EQ(dict.synsets[0].line, 2);
  EXPECT_THAT(dict.synsets[0].members, ElementsAre("TRUCE", "CEASE_FIRE", "AUSTRIAN FLORIN"));

  ASSERT_EQ(dict.verbs.size(), 1u);
  const VerbEntry& call = dict.verbs[0];
  EXPECT_EQ(call.head, "CALL");
  EXPECT_EQ(call.line, 7);
  EXPECT_EQ(Code(call.code), "010");
  EXPECT_THAT(call.forms, ElementsAre("CALL", "SPEED", "SPEEDING", "SPED", "+ASK_FOR", "+ASKED_FOR",
                                      "+ASKING_FOR", "+ANGERED_BY"));
  ASSERT_EQ(call.form_codes.size(), 3u);  // +ASK_FOR and its two forms.
  EXPECT_EQ(call.form_codes[0].form, "+ASK_FOR");
  EXPECT_EQ(call.form_codes[2].form, "+ASKING_FOR");
  EXPECT_EQ(Code(call.form_codes[1].code), "020");
  EXPECT_EQ(call.form_codes[0].line, 10);
  EXPECT_THAT(call.no_regular_forms, ElementsAre("+ANGERED_BY"));

  ASSERT_EQ(call.patterns.size(), 7u);
  const auto& p = call.patterns;
  EXPECT_EQ(Elements(p[0]), "* ( W=FOR &=CEASEFIRE )");
  EXPECT_EQ(Code(p[0].code), "014");
  EXPECT_EQ(p[0].line, 12);
  EXPECT_EQ(p[0].text, "- * (FOR &CEASEFIRE)");
  EXPECT_EQ(Elements(p[1]), "+ * ( W=IN ) $");
  EXPECT_EQ(Elements(p[2]), "W=RELATIONSHIP *");
  EXPECT_EQ(Elements(p[3]), "* {N W=NEW &=CEASEFIRE W=TALKS N} ( W=WITH ^ )");
  EXPECT_EQ(Code(p[3].code), "062:062");
  EXPECT_EQ(Elements(p[4]), "% *");
  EXPECT_EQ(Code(p[4].code), "---");
  EXPECT_EQ(Code(p[5].code), ":173");
  EXPECT_EQ(Code(p[6].code), "###");

  ASSERT_EQ(dict.transformations.size(), 1u);
  const Transformation& t = dict.transformations[0];
  EXPECT_THAT(t.pattern, ElementsAre("a", "(", "b", ".", "ATTACK", ")", "SAY"));
  EXPECT_THAT(t.result, ElementsAre("a", "b", "112"));
  EXPECT_EQ(t.line, 19);
}

TEST(VerbReader, PatternsAfterASynsetStayWithTheirBlock) {
  CollectingDiagnostics diag;
  VerbDictionary dict = Read(
      "--- ABANDON [345] ---\n"
      "ABANDON\n"
      "&REVOLT\n"
      "+REVOLUTION\n"
      "- * &REVOLT [802]\n"
      "BAN {BANS BANNED}\n",
      &diag);
  EXPECT_THAT(Reports(diag), IsEmpty());
  ASSERT_EQ(dict.verbs.size(), 1u);
  EXPECT_THAT(dict.verbs[0].forms, ElementsAre("ABANDON", "BAN", "BANS", "BANNED"));
  ASSERT_EQ(dict.verbs[0].patterns.size(), 1u);
  EXPECT_EQ(Elements(dict.verbs[0].patterns[0]), "* &=REVOLT");
  EXPECT_THAT(dict.synsets[0].members, ElementsAre("REVOLUTION"));
}

TEST(VerbReader, SynsetMembersKeepEmbeddedSetsAndPhrases) {
  CollectingDiagnostics diag;
  VerbDictionary dict = Read(
      "&TIETYPES\n+MILITARY\n"
      "&ACCORDSYN  # embedded sets\n+&TIETYPES\n+(TO THE END)\n+cash_\n"
      "--- X [010] ---\nX\n",
      &diag);
  EXPECT_THAT(Reports(diag), IsEmpty());
  ASSERT_EQ(dict.synsets.size(), 2u);
  EXPECT_THAT(dict.synsets[1].members, ElementsAre("&TIETYPES", "(TO THE END)", "CASH_"));
}

TEST(VerbReader, ReadsUnderscoreJoinsAndSynsetNames) {
  CollectingDiagnostics diag;
  VerbDictionary dict = Read(
      "&TIETYPES\n+MILITARY\n"
      "&AUXVERB1_\n+WAS\n"
      "--- ACCORD [010] ---\n"
      "ACCORD\n"
      "- IN_*  [075]\n"                       // 7
      "- IN_ *  [076]\n"                      // 8
      "- *_UPON  [097]\n"                     // 9
      "- * NEW_&TIETYPES_RELATIONS [903]\n"   // 10
      "- &AUXVERB1_ * {AIR_STRIKE} [013]\n",  // 11
      &diag);
  EXPECT_THAT(Reports(diag), IsEmpty());
  const auto& p = dict.verbs[0].patterns;
  ASSERT_EQ(p.size(), 5u);
  EXPECT_EQ(Elements(p[0]), "W=IN _*");
  EXPECT_EQ(Elements(p[1]), "W=IN! *");
  EXPECT_EQ(Elements(p[2]), "* _W=UPON");
  EXPECT_EQ(Elements(p[3]), "* W=NEW _&=TIETYPES _W=RELATIONS");
  EXPECT_EQ(Elements(p[4]), "&=AUXVERB1_ * {N W=AIR_STRIKE N}");
}

TEST(VerbReader, SynsetsMayBeDefinedAfterUse) {
  CollectingDiagnostics diag;
  VerbDictionary dict = Read("--- A [010] ---\nA\n- * &LATER [011]\n&LATER\n+WORD\n", &diag);
  EXPECT_THAT(Reports(diag), IsEmpty());
  EXPECT_EQ(Elements(dict.verbs[0].patterns[0]), "* &=LATER");
}

TEST(VerbReader, ReportsSynsetProblems) {
  CollectingDiagnostics diag;
  VerbDictionary dict = Read(
      "&PREP_\n+IN\n"         // 1-2
      "&EMPTY\n"              // 3: no members
      "--- A [010] ---\nA\n"  // 4-5
      "- * &PREP X [011]\n"   // 6: near miss
      "- * &NOWHERE [012]\n"  // 7: unknown, kept
      "&PREP_\n+ON\n",        // 8-9: redefined
      &diag);
  EXPECT_THAT(Reports(diag),
              ElementsAre("W3: synonym set &EMPTY has no members", "W6: &PREP read as &PREP_",
                          "W7: unknown synonym set &NOWHERE (kept as a reference)",
                          "W8: synonym set &PREP_ defined again (first on line 1): this "
                          "definition replaces it"));
  ASSERT_EQ(dict.synsets.size(), 2u);
  EXPECT_THAT(dict.synsets[0].members, ElementsAre("ON"));
  EXPECT_EQ(dict.synsets[0].line, 8);
  EXPECT_EQ(Elements(dict.verbs[0].patterns[0]), "* &=PREP_ W=X");
  EXPECT_EQ(Elements(dict.verbs[0].patterns[1]), "* &=NOWHERE");
}

TEST(VerbReader, ReadsCodes) {
  struct Case {
    const char* code;
    const char* want;     // Code() of the result, or "" for an error.
    const char* warning;  // Expected warning, or "".
  };
  const Case kCases[] = {
      {"014", "014", ""},
      {"1722", "1722", ""},
      {"062:062", "062:062", ""},
      {":173", ":173", ""},
      {"---", "---", ""},
      {"###", "###", ""},
      {"+++", "+++", ""},
      {"- - -", "---", "blanks inside the code [- - -] dropped"},
      {"075A", "075A", "code '075A' is not a number (kept as written)"},
      {"080!", "080", "'!' after the code 080 dropped"},
      {"025?", "025", ""},  // A weak verb (VerbCode::weak), not a problem.
      {"", "", ""},
      {"  ", "", ""},
      {"01.4", "", ""},
      {"1:2:3", "", ""},
      {":", "", ""},
      {"-7", "", ""},  // Time shifts only in <TIME>.
  };
  for (const Case& c : kCases) {
    VerbCode code;
    std::vector<std::string> warnings;
    std::string error;
    bool ok = verbs::ParseVerbCode(c.code, false, &code, &warnings, &error);
    EXPECT_EQ(ok, *c.want != '\0') << c.code << ": " << error;
    if (ok) {
      EXPECT_EQ(Code(code), c.want) << c.code;
    }
    if (*c.warning != '\0') {
      EXPECT_THAT(warnings, ElementsAre(c.warning)) << c.code;
    } else {
      EXPECT_THAT(warnings, IsEmpty()) << c.code;
    }
  }
  VerbCode time;
  std::vector<std::string> warnings;
  std::string error;
  ASSERT_TRUE(verbs::ParseVerbCode("-7", true, &time, &warnings, &error));
  EXPECT_EQ(time.time_shift, -7);
  ASSERT_TRUE(verbs::ParseVerbCode("+30", true, &time, &warnings, &error));
  EXPECT_EQ(time.time_shift, 30);
}

TEST(VerbReader, RejectsBadPatterns) {
  struct Case {
    const char* pattern;
    const char* error;
  };
  const Case kCases[] = {
      {"* (FOR CEASEFIRE", "'(' not closed"},
      {"* FOR)", "')' without an opening bracket"},
      {"* {A (B} C)", "'}' closes the wrong bracket"},
      {"FOR CEASEFIRE", "no '*' (the verb) in the pattern"},
      {"* A *", "more than one '*' in the pattern"},
      {"* A | B", "'|' outside { ... }"},
      {"* & A", "'&' without a synonym set name"},
      {"* A=B", "unexpected character '='"},
  };
  verbs::SynsetNames names;
  for (const Case& c : kCases) {
    std::vector<PatternElement> elements;
    std::vector<std::string> warnings;
    std::string error;
    EXPECT_FALSE(verbs::ParsePattern(c.pattern, false, names, &elements, &warnings, &error))
        << c.pattern;
    EXPECT_EQ(error, c.error) << c.pattern;
  }
}

TEST(VerbReader, ReportsMalformedPetrarchLinesAndReadsTheRest) {
  CollectingDiagnostics diag;
  VerbDictionary dict = Read(
      "- * ORPHAN [010]\n"                    // 1: before any block
      "ORPHAN\n"                              // 2: verb outside a block
      "--- GOOD [010] ---\n"                  // 3
      "GOOD\n"                                // 4
      "- * (WITH VISIT)   VISIT)[042:043]\n"  // 5: unbalanced
      "- * FINE [011]\n"                      // 6
      "- * NOCODE\n"                          // 7
      "- * BAD [01.4]\n"                      // 8
      "- * TEXT [011] AFTER\n"                // 9
      "* (TO QUESTION) [110]\n"               // 10: read, warned
      "HURRY {HURRIES , HURRIED}\n"           // 11: read, warned
      "BAN= [191]\n"                          // 12
      "SPEED {SPED\n"                         // 13
      "--- TWO [120]  [031:031]  ---\n"       // 14: the first code read
      "TWO\n"                                 // 15
      "- * X [010]\n"                         // 16
      "--- NOVERBS [010] ---\n"               // 17: no verbs
      "--- LAST [012]\n"                      // 18: no closing dashes
      "LAST\n"                                // 19
      "~ a (b ATTACK SAY = a b 112\n"         // 20
      "~ a b SAY a b 112\n"                   // 21
      "- * LAST_ONE [013]\n",                 // 22
      &diag);
  EXPECT_THAT(
      Reports(diag),
      ElementsAre("E1: pattern outside a '--- VERB [code] ---' block",
                  "E2: verb 'ORPHAN' outside a '--- VERB [code] ---' block",
                  "E5: pattern: ')' without an opening bracket", "E7: pattern without a [code]",
                  "E8: bad character '.' in the code", "E9: pattern: text after the code: 'AFTER'",
                  "W10: pattern without its leading '-'",
                  "W11: ',' between the forms {HURRIES , HURRIED} dropped",
                  "E12: unexpected character '=' in the verb 'BAN='", "E13: '{' not closed by '}'",
                  "W14: verb block header: more than one [code]; the first is read, [031:031] "
                  "dropped",
                  "W17: verb block NOVERBS has no verbs",
                  "W18: verb block header without its closing '---'",
                  "E20: unbalanced parentheses in the transformation",
                  "E21: transformation without exactly one '='"));
  ASSERT_EQ(dict.verbs.size(), 4u);
  EXPECT_THAT(dict.verbs[0].forms, ElementsAre("GOOD", "HURRY", "HURRIES", "HURRIED"));
  ASSERT_EQ(dict.verbs[0].patterns.size(), 2u);
  EXPECT_EQ(dict.verbs[0].patterns[0].line, 6);
  EXPECT_EQ(Elements(dict.verbs[0].patterns[1]), "* ( W=TO W=QUESTION )");
  EXPECT_EQ(dict.verbs[1].head, "TWO");  // The header's first code.
  EXPECT_EQ(dict.verbs[1].code.code, "120");
  EXPECT_EQ(dict.verbs[3].head, "LAST");
  ASSERT_EQ(dict.verbs[3].patterns.size(), 1u);
  EXPECT_EQ(dict.verbs[3].patterns[0].line, 22);
}

TEST(VerbReader, SkipsCommentBlocks) {
  CollectingDiagnostics diag;
  VerbDictionary dict = Read(
      "<!-- PETRARCH VALIDATION SUITE -->\n"
      "<!-- a comment that\n"
      "   spans - * lines [010] -->\n"
      "--- A [010] ---  # header comment\n"
      "A ; also a comment\n"
      "- * B [###]  # the code is not a comment\n",
      &diag);
  EXPECT_THAT(Reports(diag), IsEmpty());
  ASSERT_EQ(dict.verbs.size(), 1u);
  EXPECT_THAT(dict.verbs[0].forms, ElementsAre("A"));
  EXPECT_EQ(Code(dict.verbs[0].patterns[0].code), "###");
}

constexpr char kTabari[] =
    "<SYNSETS>\n"                                                             // 1
    "&CURRENCY \n"                                                            // 2
    "+DOLLAR\n"                                                               // 3
    "+JAVANESE_YEN\n"                                                         // 4
    "</SYNSETS>\n"                                                            // 5
    "<TIME>\n"                                                                // 6
    "LAST_WEEK [-7]\n"                                                        // 7
    "TOMORROW [+1]\n"                                                         // 8
    "- * AND A WEEK [+8]\n"                                                   // 9
    "ONCE_UPON_A_TIME [###]\n"                                                // 10
    "</TIME>\n"                                                               // 11
    "ABANDON  [345] ;pas 15 Jul 2003\n"                                       // 12
    "- * EFFORT  [987] ;pas\n"                                                // 13
    "ACCORD  [---]\n"                                                         // 14
    "- SUGGESTED_+ * DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS [111]\n"  // 15
    "- INCHING { &CURRENCY_EXCHANGE | CLOSER } * [083]\n"                     // 16
    "BREAK_ [1717]\n"                                                         // 17
    "{ BROKE_ BROKEN_ }\n"                                                    // 18
    "- + KNOWN_ * IN_ $  [076]\n"                                             // 19
    "BURN DOWN  [222]\n"                                                      // 20
    "WHEN_PEACE_COMES [+++]\n"                                                // 21
    "~~FINISH 15:23 CST Tue 30 Dec 2008\n"                                    // 22
    "IGNORED [010]\n";                                                        // 23

TEST(VerbReader, ReadsTabari) {
  CollectingDiagnostics diag;
  VerbDictionary dict = Read(kTabari, &diag);
  EXPECT_THAT(Reports(diag), ElementsAre("W23: 1 lines after the end marker '~~' were not read"));
  EXPECT_EQ(dict.format, VerbFormat::kTabari);
  EXPECT_EQ(dict.lines, 23);
  ASSERT_EQ(dict.synsets.size(), 1u);
  EXPECT_EQ(dict.synsets[0].name, "CURRENCY");
  EXPECT_THAT(dict.synsets[0].members, ElementsAre("DOLLAR", "JAVANESE_YEN"));

  ASSERT_EQ(dict.time_phrases.size(), 3u);
  EXPECT_EQ(dict.time_phrases[0].head, "LAST_WEEK");
  EXPECT_EQ(dict.time_phrases[0].code.time_shift, -7);
  ASSERT_EQ(dict.time_phrases[1].patterns.size(), 1u);
  EXPECT_EQ(dict.time_phrases[1].patterns[0].code.time_shift, 8);
  EXPECT_EQ(Elements(dict.time_phrases[1].patterns[0]), "* W=AND W=A W=WEEK");
  EXPECT_TRUE(dict.time_phrases[2].code.discard);

  ASSERT_EQ(dict.verbs.size(), 5u);
  EXPECT_EQ(dict.verbs[0].head, "ABANDON");
  EXPECT_EQ(Code(dict.verbs[0].code), "345");
  EXPECT_EQ(Elements(dict.verbs[0].patterns[0]), "* W=EFFORT");
  EXPECT_EQ(Code(dict.verbs[1].code), "---");
  EXPECT_EQ(Elements(dict.verbs[1].patterns[0]),
            "W=SUGGESTED _+ * W=DEMAND _{C W=GENEVA! | W=INTERNATIONAL C} _W=CONVENTIONS");
  EXPECT_EQ(Elements(dict.verbs[1].patterns[1]),
            "W=INCHING {C &=CURRENCY _W=EXCHANGE | W=CLOSER C} *");
  EXPECT_THAT(dict.verbs[2].forms, ElementsAre("BREAK_", "BROKE_", "BROKEN_"));
  EXPECT_EQ(Elements(dict.verbs[2].patterns[0]), "+ W=KNOWN! * W=IN! $");
  EXPECT_EQ(dict.verbs[3].head, "BURN DOWN");
  EXPECT_EQ(Code(dict.verbs[4].code), "+++");
}

TEST(VerbReader, ReportsMalformedTabariLinesAndReadsTheRest) {
  CollectingDiagnostics diag;
  VerbDictionary dict = Read(
      "- * EARLY [010]\n"         // 1: before any verb
      "{ ORPHAN_FORMS }\n"        // 2
      "<STRANGE>\n"               // 3
      "+MEMBER\n"                 // 4: no set open
      "ATTACK [223]\n"            // 5
      "NOCODE\n"                  // 6
      "- * (NOT | HERE) [010]\n"  // 7: '|' outside { }
      "- * AGAIN [+8]\n"          // 8: time shift outside <TIME>
      "- * FINE [224]\n",         // 9
      &diag);
  EXPECT_THAT(ReportLines(diag), ElementsAre("E1", "E2", "E3", "E4", "E6", "E7", "E8"));
  ASSERT_EQ(dict.verbs.size(), 1u);
  ASSERT_EQ(dict.verbs[0].patterns.size(), 1u);
  EXPECT_EQ(dict.verbs[0].patterns[0].line, 9);
}

TEST(VerbReader, DetectsTheFormat) {
  EXPECT_EQ(DetectVerbFormat("# c\n--- A [010] ---\nA\n"), VerbFormat::kPetrarch);
  EXPECT_EQ(DetectVerbFormat("A [010]\n- * B [011]\n"), VerbFormat::kTabari);
  EXPECT_EQ(DetectVerbFormat("#dyad-verbs 1\n--- A [010] ---\nA\n"), VerbFormat::kDyad);
  EXPECT_EQ(DetectVerbFormat("<!-- --- not a header -->\nA [010]\n"), VerbFormat::kTabari);
}

TEST(VerbReader, HandlesLineEndingsAndEmptyFiles) {
  CollectingDiagnostics diag;
  VerbDictionary dict = Read("\xEF\xBB\xBF--- A [010] ---\r\nA\r\n- * B [011]\r- * C [012]", &diag);
  EXPECT_THAT(Reports(diag), IsEmpty());
  EXPECT_EQ(dict.lines, 4);
  ASSERT_EQ(dict.verbs[0].patterns.size(), 2u);
  EXPECT_EQ(dict.verbs[0].patterns[1].line, 4);

  CollectingDiagnostics empty_diag;
  VerbDictionary empty = Read("# only a comment\n\n", &empty_diag);
  EXPECT_TRUE(empty.verbs.empty());
  EXPECT_EQ(empty.lines, 2);
}

TEST(VerbReader, FailsWhenNothingCanBeRead) {
  CollectingDiagnostics diag;
  Result<VerbDictionary> dict = ReadVerbDictionary("<html>\n<body>\n", "page.html", &diag);
  ASSERT_FALSE(dict.ok());
  EXPECT_EQ(dict.status().code(), Status::kDataError);
  EXPECT_EQ(diag.error_count(), 2);
}

}  // namespace
}  // namespace dyad::events
