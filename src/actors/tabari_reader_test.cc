#include "actors/tabari_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actors/tabari_scan.h"
#include "base/diagnostics_testing.h"

namespace dyad::actors {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

DictionaryFile Read(std::string_view text, DictionaryFormat format, CollectingDiagnostics* diag,
                    std::string_view path = "test.dict") {
  Result<DictionaryFile> file = ReadTabariDictionary(text, path, format, diag);
  EXPECT_TRUE(file.ok()) << file.status().ToString();
  if (!file.ok()) return DictionaryFile();
  for (const auto& e : diag->entries()) EXPECT_EQ(e.file, path);
  return std::move(file).value();
}

const DictionaryEntry* Find(const DictionaryFile& file, std::string_view name) {
  for (const auto& e : file.entries) {
    for (const auto& n : e.names) {
      if (n == name) return &e;
    }
  }
  return nullptr;
}

// "USA", "HOBGOV 19950601..19990814", for compact comparisons.
std::vector<std::string> Codes(const DictionaryEntry& e) {
  std::vector<std::string> out;
  for (const RoleCode& c : e.codes) {
    out.push_back(c.ranged ? c.code + " " + std::to_string(c.from) + ".." + std::to_string(c.to)
                           : c.code);
  }
  return out;
}

// ---- Dates and code blocks ----

TEST(TabariCodeBlock, ReadsEveryDateForm) {
  struct Case {
    const char* inside;
    const char* expected;  // "CODE" / "CODE from..to" / "error"
  };
  const Case cases[] = {
      {"USA", "USA"},
      {" ~GOV", "~GOV"},
      {"---", "---"},
      {"###", "###"},
      {"NGOCHRPRO214", "NGOCHRPRO214"},
      {"HOB < 950601", "HOB 0..19950531"},  // before the date
      {"HOB <950601", "HOB 0..19950531"},
      {"HOBREB > 990816", "HOBREB 19990816..99999999"},  // from the date
      {"AFGGOV >011222", "AFGGOV 20011222..99999999"},
      {"HOBGOV 950601 - 990815", "HOBGOV 19950601..19990814"},  // half-open
      {"AFGELI 320101-331108", "AFGELI 19320101..19331107"},
      {"AFGELI 19270101-730717", "AFGELI 19270101..19730716"},  // 8 and 6 digits
      {"AFGGOV 20041207-20091119", "AFGGOV 20041207..20091118"},
      {"X 290101-291231", "X 20290101..20291230"},  // 29 → 2029
      {"X 300101-301231", "X 19300101..19301230"},  // 30 → 1930
      {"X 000229-000301", "X 20000229..20000229"},  // 2000 is a leap year
      {"X 010301-020101", "X 20010301..20011231"},
      {"X 040517-040517", "X 20040517..20040517"},  // one day (repaired)
      {"X 20121204", "X 20121204..99999999"},       // bare date (repaired)
      {"", "error"},
      {"X 290101-300101", "error"},   // 2029 → 1930: inverted
      {"X 9008223-911221", "error"},  // seven digits
      {"X >201005011", "error"},      // nine digits
      {"X 950230-950301", "error"},   // 30 February
      {"X 951301-960101", "error"},   // month 13
      {" 991201-010114", "error"},    // no code
      {"AAA950601-990815", "error"},  // date glued to the code
      {"X 950601 990815", "error"},   // no '-'
      {"X <", "error"},
      {"X 950601-", "error"},
      {"X 950601-990815 extra", "error"},
      {"U$A", "error"},
  };
  for (const Case& c : cases) {
    tabari::CodeBlock block;
    std::string reason;
    std::string got = "error";
    if (tabari::ParseCodeBlock(c.inside, &block, &reason)) {
      got = block.ranged
                ? block.code + " " + std::to_string(block.from) + ".." + std::to_string(block.to)
                : block.code;
    } else {
      EXPECT_FALSE(reason.empty()) << c.inside;
    }
    EXPECT_EQ(got, c.expected) << "[" << c.inside << "]";
  }
}

TEST(TabariCodeBlock, NotesRepairsAndLowerCase) {
  tabari::CodeBlock block;
  std::string reason;
  ASSERT_TRUE(tabari::ParseCodeBlock("pse", &block, &reason));
  EXPECT_EQ(block.code, "PSE");
  EXPECT_TRUE(block.lowercase);
  EXPECT_TRUE(block.change.empty());
  ASSERT_TRUE(tabari::ParseCodeBlock("X 20121204", &block, &reason));
  EXPECT_FALSE(block.change.empty());
  ASSERT_TRUE(tabari::ParseCodeBlock("X 20121204-20121205", &block, &reason));
  EXPECT_TRUE(block.change.empty());
}

TEST(TabariDate, PreviousDayCrossesMonthsAndYears) {
  EXPECT_EQ(tabari::PreviousDay(19950301), 19950228);
  EXPECT_EQ(tabari::PreviousDay(19960301), 19960229);
  EXPECT_EQ(tabari::PreviousDay(20000101), 19991231);
  EXPECT_EQ(tabari::PreviousDay(20000115), 20000114);
}

TEST(TabariPhrase, UnderscoresBecomeSpaces) {
  bool whole = false;
  EXPECT_EQ(tabari::PhraseToText("RUSSIAN_FOREIGN_MINISTER_SERGEY_LAVROV_", &whole),
            "RUSSIAN FOREIGN MINISTER SERGEY LAVROV");
  EXPECT_TRUE(whole);
  EXPECT_EQ(tabari::PhraseToText("ARGENTIN", &whole), "ARGENTIN");
  EXPECT_FALSE(whole);
  EXPECT_EQ(tabari::PhraseToText("  AL  GORE ", &whole), "AL GORE");
  EXPECT_EQ(tabari::PhraseToText("SUPREME_PEOPLE _COURT", nullptr), "SUPREME PEOPLE COURT");
  EXPECT_EQ(tabari::PhraseToText("PRESIDENT_GEORGE_W._BUSH", nullptr), "PRESIDENT GEORGE W. BUSH");
  EXPECT_EQ(tabari::PhraseToText("BARAD-DUR", nullptr), "BARAD-DUR");
  EXPECT_EQ(tabari::PhraseToText("_", nullptr), "");
}

// ---- Detection ----

TEST(TabariDetect, TellsEachFormat) {
  struct Case {
    const char* text;
    const char* path;
    DictionaryFormat expected;
  };
  const Case cases[] = {
      {"# people\n@kind person\nSergei Lavrov = RUSGOV\n", "x.txt", DictionaryFormat::kNative},
      {"  @kind agent\nofficial = GOV\n", "phoenix.actors.txt", DictionaryFormat::kNative},
      {"ISRAEL [ISR]\n+ISRAELI\nGOLLUM\n\t[HOB <950601]\n", "x.txt",
       DictionaryFormat::kTabariActors},
      {"AMBASSADOR_  [ ~GOV] ;LRP 02 Jun 2004\nPOLICE {} [~COP]\nTRUCE_MONITOR [IGO~]\n", "x.txt",
       DictionaryFormat::kTabariAgents},
      {"!PERSON! = MAN, MEN\nBUSINESS!PERSON! [~BUS]\nFIRM [~BUS]\n", "x.txt",
       DictionaryFormat::kTabariAgents},
      {"# Story-level discards\n+TYPHOON   # ELH\nBASEBALL\n1914\n", "x.txt",
       DictionaryFormat::kTabariDiscards},
      {"&CURRENCY\n+DOLLAR\n---  ADD   [---]  ---\nADD\n- * SANCTIONS [163]\n", "x.txt",
       DictionaryFormat::kTabariVerbs},
      {"<SYNSETS>\n&TIETYPES\n+MILITARY\n</SYNSETS>\nABANDON  [345]\n- * EFFORT  [987]\n", "x.txt",
       DictionaryFormat::kTabariVerbs},
      {"// OPTIONS FILE\nCOMPLEX: VERBS[5] CONJ[4]\nSET: SKIP RECORDS = FALSE\nLABEL: 02=COMMENT\n",
       "x.txt", DictionaryFormat::kTabariOptions},
      {"Validation file\n<actorsfile> \tA.actors\n<verbsfile> \tA.verbs\n", "x.txt",
       DictionaryFormat::kTabariOptions},
      {"<ISSUE CATEGORY=\"TOURISM\" TYPE=\"ALL\">\ntourism [TOURISM]\n</ISSUE>\n", "x.txt",
       DictionaryFormat::kTabariIssues},
      {"n:teacher [TEACHERS]\nn:pupil [STUDENTS]\n", "x.txt", DictionaryFormat::kTabariIssues},
      // The name is a weak hint: only when the content cannot tell.
      {"# nothing but comments\n", "Phoenix.agents.txt", DictionaryFormat::kTabariAgents},
      {"", "CAMEO.2.0.txt", DictionaryFormat::kTabariVerbs},
      {"\n# x\n", "x.txt", DictionaryFormat::kAuto},
      {"ISRAEL [ISR]\n", "Phoenix.agents.txt", DictionaryFormat::kTabariActors},
      // A discards file with one stray bracket is still discards by name.
      {"A\nB\nC [X]\nD\nE\nF\nG\nH\nI\nJ\nK\nL\nM\nN\nO\nP\nQ\nR\nS\nT\nU\nV\nW\nX\nY\nZ\nA1\nA2\n"
       "A3\nA4\nA5\nA6\nA7\nA8\nA9\nB1\nB2\nB3\nB4\nB5\nB6\nB7\nB8\nB9\nC1\nC2\nC3\nC4\nC5\nC6\nC7"
       "\n"
       "C8\n",
       "my.discards.txt", DictionaryFormat::kTabariDiscards},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(DictionaryFormatName(DetectFormat(c.text, c.path)),
              std::string(DictionaryFormatName(c.expected)))
        << c.text;
  }
}

TEST(TabariReader, NativeFilesAreForTheNativeReader) {
  CollectingDiagnostics diag;
  const char* native = "@kind country\nRussia = RUS\n";
  Result<DictionaryFile> r = ReadTabariDictionary(native, "a.dict", DictionaryFormat::kAuto, &diag);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::kInvalidArgument);
  r = ReadTabariDictionary("ISRAEL [ISR]\n", "a.dict", DictionaryFormat::kNative, &diag);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::kInvalidArgument);
  EXPECT_THAT(diag.entries(), IsEmpty());
}

TEST(TabariReader, CommentOnlyFileOfUnknownFormatIsEmpty) {
  CollectingDiagnostics diag;
  DictionaryFile f = Read("# only comments\n\n", DictionaryFormat::kAuto, &diag, "x");
  EXPECT_EQ(f.format, DictionaryFormat::kAuto);
  EXPECT_EQ(f.lines, 2);
  EXPECT_THAT(diag.entries(), IsEmpty());
}

// ---- Actors ----

constexpr const char* kActors = R"txt(<!-- A PETRARCH header comment
# spanning lines -->
ISRAEL [ISR]
+ISRAELI_
+ISRAELI_TROOPS   # a comment
ARGENTIN  [ARG] ;JW   10/17/91  TABARI comment

GOLLUM  # pas 27 Apr 03
+SMEAGOL
+STINKER
	[HOB < 950601]
	[HOBGOV 950601 - 990815]
	[HOBREB > 990816]

ALBRIGHT_  [USAGOV 991201-010114] [---] ;ems 02 Feb 2001
HAMAS [PSEREBHMS]
UNITED_NATIONS_  [IGOUNO]
XINHUA_ [CHNMED]
WHITE_HOUSE_ [USAGOV]
MUSLIM_BROTHERHOOD [---OPPMUS]
ZIMBABWE
	[RHO <790606]
	[ZBW];jw 9/30/91
INDIAN_OCEAN  [---]
NASGUL  [###]
ABDUL_QADIR_  # CountryInfo.txt
	[AFGELI]
)txt";

TEST(TabariActors, NamesRememberTheirBlanks) {
  CollectingDiagnostics diag;
  DictionaryFile f = Read("DURTHANG ORC  [MORORC]\nMINAS_TIRITH  [GON]\n", DictionaryFormat::kAuto, &diag, "b.actors");
  // A blank before word 1 lets words come between there; a '_' does not.
  ASSERT_EQ(Find(f, "DURTHANG ORC")->name_blanks.size(), 1u);
  EXPECT_EQ(Find(f, "DURTHANG ORC")->name_blanks[0], 0b10u);
  EXPECT_EQ(Find(f, "MINAS TIRITH")->name_blanks[0], 0u);
}

TEST(TabariActors, ReadsBlocksNamesCodesAndKinds) {
  CollectingDiagnostics diag;
  DictionaryFile f = Read(kActors, DictionaryFormat::kAuto, &diag, "a.actors");
  EXPECT_THAT(Reports(diag), IsEmpty());
  EXPECT_EQ(f.format, DictionaryFormat::kTabariActors);
  EXPECT_EQ(f.lines, 27);
  ASSERT_EQ(f.entries.size(), 13u);

  const DictionaryEntry& israel = f.entries[0];
  EXPECT_THAT(israel.names, ElementsAre("ISRAEL", "ISRAELI", "ISRAELI TROOPS"));
  EXPECT_THAT(israel.name_lines, ElementsAre(3, 4, 5));
  EXPECT_THAT(Codes(israel), ElementsAre("ISR"));
  EXPECT_EQ(israel.kind, EntryKind::kCountry);
  EXPECT_EQ(israel.line, 3);
  EXPECT_EQ(israel.codes[0].line, 3);

  const DictionaryEntry& gollum = f.entries[2];
  EXPECT_THAT(gollum.names, ElementsAre("GOLLUM", "SMEAGOL", "STINKER"));
  EXPECT_THAT(Codes(gollum), ElementsAre("HOB 0..19950531", "HOBGOV 19950601..19990814",
                                         "HOBREB 19990816..99999999"));
  EXPECT_EQ(gollum.kind, EntryKind::kPerson);
  EXPECT_EQ(gollum.codes[1].line, 12);

  const DictionaryEntry* albright = Find(f, "ALBRIGHT");
  ASSERT_NE(albright, nullptr);
  EXPECT_THAT(Codes(*albright), ElementsAre("USAGOV 19991201..20010113", "---"));
  EXPECT_EQ(albright->kind, EntryKind::kPerson);

  EXPECT_EQ(Find(f, "HAMAS")->kind, EntryKind::kOrganisation);
  EXPECT_EQ(Find(f, "UNITED NATIONS")->kind, EntryKind::kOrganisation);
  EXPECT_EQ(Find(f, "XINHUA")->kind, EntryKind::kMedia);
  EXPECT_EQ(Find(f, "WHITE HOUSE")->kind, EntryKind::kCountry);
  EXPECT_EQ(Find(f, "MUSLIM BROTHERHOOD")->kind, EntryKind::kOrganisation);
  const DictionaryEntry* zimbabwe = Find(f, "ZIMBABWE");
  EXPECT_EQ(zimbabwe->kind, EntryKind::kCountry);
  EXPECT_THAT(Codes(*zimbabwe), ElementsAre("RHO 0..19790605", "ZBW"));
  EXPECT_EQ(Find(f, "INDIAN OCEAN")->kind, EntryKind::kCountry);
  EXPECT_THAT(Codes(*Find(f, "INDIAN OCEAN")), ElementsAre("---"));
  EXPECT_EQ(Find(f, "NASGUL")->kind, EntryKind::kDiscard);
  EXPECT_THAT(Codes(*Find(f, "NASGUL")), ElementsAre("###"));
  EXPECT_EQ(Find(f, "ABDUL QADIR")->kind, EntryKind::kPerson);  // CountryInfo comment

  // Names without a final '_': ISRAEL, ISRAELI TROOPS, ARGENTIN, GOLLUM,
  // SMEAGOL, STINKER, HAMAS, MUSLIM BROTHERHOOD, ZIMBABWE, INDIAN OCEAN,
  // NASGUL.
  EXPECT_EQ(f.prefix_names, 11);
  // Each name remembers it, for TABARI projects (name_stems).
  const DictionaryEntry* argentin = Find(f, "ARGENTIN");
  ASSERT_EQ(argentin->name_stems.size(), argentin->names.size());
  EXPECT_EQ(argentin->name_stems[0], 1);
  EXPECT_EQ(f.lines_ignored, 0);
}

TEST(TabariActors, SeveralUndatedCodesKeepTheFirst) {
  CollectingDiagnostics diag;
  DictionaryFile f = Read(
      "MICHELE_MONTAS_\t[HTIOPPMED <061231] [IGOUNOMED]\t[---]\n"
      "GROUP_OF_EIGHT_\t[IGOBUSGOE]\n\t[IGOGOE]\n",
      DictionaryFormat::kTabariActors, &diag);
  ASSERT_EQ(f.entries.size(), 2u);
  EXPECT_THAT(Codes(f.entries[0]), ElementsAre("HTIOPPMED 0..20061230", "IGOUNOMED"));
  EXPECT_THAT(Codes(f.entries[1]), ElementsAre("IGOBUSGOE"));
  EXPECT_THAT(Reports(diag),
              ElementsAre("W1: second undated code --- dropped: dyad keeps one (IGOUNOMED, line 1)",
                          "W3: second undated code IGOGOE dropped: dyad keeps one (IGOBUSGOE, "
                          "line 2)"));
}

TEST(TabariActors, RootsWithoutPlusBeforeTheCodesAreSynonyms) {
  CollectingDiagnostics diag;
  DictionaryFile f = Read(
      "LEONID_BREZHNEV_  # CountryInfo.txt\n"  // 1
      "LEONID_ILYICH_BREZHNEV\n"               // 2: read as a synonym
      "+SECRETARY_BREZHNEV\n"                  // 3
      "\t[RUSGOV 641014-821110]\n"             // 4
      "U.N._\n"                                // 5: no code
      "\n"                                     // 6
      "UN_SECRETARY_GENERAL\n"                 // 7: not merged (blank line above)
      "\t[IGOUNO]\n"                           // 8
      "SOURCE: LIST\n"                         // 9: no code
      "A._SCHULMAN_\t[MNCUSA]\n",              // 10: own code: not merged
      DictionaryFormat::kTabariActors, &diag);
  ASSERT_EQ(f.entries.size(), 3u);
  EXPECT_THAT(f.entries[0].names,
              ElementsAre("LEONID BREZHNEV", "LEONID ILYICH BREZHNEV", "SECRETARY BREZHNEV"));
  EXPECT_THAT(f.entries[1].names, ElementsAre("UN SECRETARY GENERAL"));
  EXPECT_THAT(f.entries[2].names, ElementsAre("A. SCHULMAN"));
  EXPECT_EQ(f.entries[2].kind, EntryKind::kOrganisation);
  EXPECT_THAT(ReportLines(diag), ElementsAre("W2", "E5", "E9"));
  EXPECT_EQ(diag.entries()[1].reason, "'U.N.' has no code; entry skipped");
}

TEST(TabariActors, BadLinesAreReportedAndTheRestIsRead) {
  CollectingDiagnostics diag;
  DictionaryFile f = Read(
      "+ORPHAN\n"                                // 1: synonym before any entry
      "\t[USA]\n"                                // 2: code before any entry
      "GOOD_ONE_ [AAA]\n"                        // 3
      "BAD_DATE_ [BBB 9008223-911221]\n"         // 4: bad date, no usable code
      "DAVID_CAMERON_\n"                         // 5
      "+PM_CAMERON_\n"                           // 6
      "\t[GBRGOV >201005011]\n"                  // 7: nine digits
      "\t[GBRELI]\n"                             // 8: still read
      "UNCLOSED_ [CCC\n"                         // 9: '[' not closed
      "+FAEROYENE]_\n"                           // 10: stray ']'
      "MOUSE= [MUS]\n"                           // 11: '=' in a name
      "THE_SHIRE  [FRO/BIL/SAM]\n"               // 12: compound code (no problem)
      "PALESTINIAN [pse]\n"                      // 13: lower case
      "MNC_CORP_\t[MNCMED]\tNewspapers\t$137\n"  // 14: text after the code
      "EMPTY_ []\n"                              // 15: empty code
      "LAST_ [DDD]\n",                           // 16
      DictionaryFormat::kTabariActors, &diag);
  EXPECT_THAT(ReportLines(diag), ElementsAre("E1", "E2", "E4", "E4", "E7", "E9", "E10", "E9", "E11",
                                             "W13", "W14", "E15", "E15"));
  std::vector<std::string> names;
  for (const auto& e : f.entries) names.push_back(e.names[0]);
  EXPECT_THAT(names, ElementsAre("GOOD ONE", "DAVID CAMERON", "THE SHIRE", "PALESTINIAN",
                                 "MNC CORP", "LAST"));
  EXPECT_THAT(Codes(*Find(f, "DAVID CAMERON")), ElementsAre("GBRELI"));
  EXPECT_THAT(Codes(*Find(f, "THE SHIRE")), ElementsAre("FRO"));
  EXPECT_THAT(Find(f, "THE SHIRE")->codes[0].compound, ElementsAre("BIL", "SAM"));  // One mention each.
  EXPECT_THAT(Codes(*Find(f, "PALESTINIAN")), ElementsAre("PSE"));
  EXPECT_EQ(f.lines, 16);
}

TEST(TabariActors, SkipsTabariWordListsAndStopsAtFinish) {
  CollectingDiagnostics diag;
  DictionaryFile f = Read(
      "<NOUN>\nBEES   ;pas 26 Feb 2002\nFORCES_\n</NOUN>\n"
      "<ADJECTIVE>\nAWFUL\n</ADJECTIVE>\n"
      "AARDVARK [SAF]\n"
      "~~FINISH 16:47 CDT Thu 05 May 2005\n"
      "NOT_READ [XXX]\n",
      DictionaryFormat::kAuto, &diag, "TABARI.Demo.actors");
  EXPECT_EQ(f.format, DictionaryFormat::kTabariActors);
  ASSERT_EQ(f.entries.size(), 1u);
  EXPECT_EQ(f.entries[0].names[0], "AARDVARK");
  EXPECT_EQ(f.lines, 10);
  EXPECT_EQ(f.lines_ignored, 4);
  EXPECT_THAT(ReportLines(diag), ElementsAre("W1", "W5", "W10"));
}

TEST(TabariActors, HandlesCrLfAndByteOrderMark) {
  CollectingDiagnostics diag;
  DictionaryFile f = Read("\xEF\xBB\xBFISRAEL [ISR]\r\n+ISRAELI\r\n\r\nEGYPT [EGY]\r\n",
                          DictionaryFormat::kTabariActors, &diag);
  EXPECT_THAT(Reports(diag), IsEmpty());
  ASSERT_EQ(f.entries.size(), 2u);
  EXPECT_THAT(f.entries[0].names, ElementsAre("ISRAEL", "ISRAELI"));
  EXPECT_EQ(f.entries[1].line, 4);
  EXPECT_EQ(f.lines, 4);
}

TEST(TabariActors, NamesWithControlCharactersOrBadUtf8AreReported) {
  CollectingDiagnostics diag;
  DictionaryFile f = Read(
      "LIAMINE_Z\x1AROUAL_\n+ZEROUAL_\n\t[DZAGOV 940131-990427]\n"
      "C\xF4TE_D'IVOIRE [CIV]\n"
      "C\xC3\xB4TE_D'IVOIRE [CIV]\n",
      DictionaryFormat::kTabariActors, &diag);
  EXPECT_THAT(ReportLines(diag), ElementsAre("E1", "E4"));
  ASSERT_EQ(f.entries.size(), 2u);
  EXPECT_THAT(f.entries[0].names, ElementsAre("ZEROUAL"));
  EXPECT_THAT(f.entries[1].names, ElementsAre("C\xC3\xB4TE D'IVOIRE"));
}

TEST(TabariActors, AgentCodeInAnActorsFile) {
  CollectingDiagnostics diag;
  DictionaryFile f = Read("OFFICIAL_ [~GOV]\n", DictionaryFormat::kTabariActors, &diag);
  ASSERT_EQ(f.entries.size(), 1u);
  EXPECT_EQ(f.entries[0].kind, EntryKind::kAgent);
  EXPECT_THAT(Codes(f.entries[0]), ElementsAre("GOV"));
}

// ---- Agents ----

constexpr const char* kAgents = R"txt(# ======== SUBSTITUTION SETS ========
!PERSON! = MAN, MEN, WOMAN
!MINIST! = MINISTER, MINISTRY

AMBASSADOR_  [ ~GOV] ;LRP 02 Jun 2004
CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]
POLICE {} [~COP]
THIEF {THIEVES CROOKS_}[~CRM]
BUSINESS!PERSON! [~BUS]
!MINIST! OF_!PERSON! [~GOV]
HUMAN_RIGHTS_BODY_   [  NGO~] ;BNL 07 Dec 2001
TRUCE_MONITOR [IGO~]
)txt";

TEST(TabariAgents, ReadsSectorsPluralsAndSets) {
  CollectingDiagnostics diag;
  DictionaryFile f = Read(kAgents, DictionaryFormat::kAuto, &diag, "x.agents");
  EXPECT_THAT(Reports(diag), IsEmpty());
  EXPECT_EQ(f.format, DictionaryFormat::kTabariAgents);
  ASSERT_EQ(f.entries.size(), 8u);
  for (const auto& e : f.entries) EXPECT_EQ(e.kind, EntryKind::kAgent);
  EXPECT_THAT(f.entries[0].names, ElementsAre("AMBASSADOR"));
  EXPECT_THAT(Codes(f.entries[0]), ElementsAre("GOV"));
  EXPECT_EQ(f.entries[0].line, 5);
  EXPECT_THAT(f.entries[1].names, ElementsAre("CHAMBER OF COMMERCE", "CHAMBERS OF COMMERCE"));
  EXPECT_THAT(f.entries[2].names, ElementsAre("POLICE"));
  EXPECT_THAT(Codes(f.entries[2]), ElementsAre("COP"));
  EXPECT_THAT(f.entries[3].names, ElementsAre("THIEF", "THIEVES", "CROOKS"));
  EXPECT_THAT(f.entries[4].names, ElementsAre("BUSINESSMAN", "BUSINESSMEN", "BUSINESSWOMAN"));
  EXPECT_THAT(f.entries[5].names,
              ElementsAre("MINISTER OF MAN", "MINISTER OF MEN", "MINISTER OF WOMAN",
                          "MINISTRY OF MAN", "MINISTRY OF MEN", "MINISTRY OF WOMAN"));
  EXPECT_THAT(Codes(f.entries[6]), ElementsAre("NGO"));  // "NGO~": code first
  EXPECT_THAT(Codes(f.entries[7]), ElementsAre("IGO"));
  EXPECT_EQ(f.entries[7].names[0], "TRUCE MONITOR");
}

TEST(TabariAgents, BadLinesAreReportedAndTheRestIsRead) {
  CollectingDiagnostics diag;
  DictionaryFile f = Read(
      "!PERSON! = MAN, MEN\n"              // 1
      "DEPARMENT_OF_ENVIRONMENT [~ENV}\n"  // 2: bad bracket
      "ISLAMIC_EXTREMIST\n"                // 3: no code
      "CATTLE!PEOPLE! [~AGR]\n"            // 4: unknown set
      "GOV~ERNOR [GO~V]\n"                 // 5: '~' inside
      "OFFICIAL [GOV]\n"                   // 6: no '~' (used)
      "JUDGE [~JUD 950101-960101]\n"       // 7: date ignored
      "SOLDIER [~MIL] [~GOV]\n"            // 8: second code
      "+SOLDIERS\n"                        // 9: '+' line
      "!EMPTY! =\n"                        // 10: no members
      "SAILOR [~mil]\n"                    // 11: lower case
      "WORKER [~LAB]\n",                   // 12
      DictionaryFormat::kTabariAgents, &diag);
  EXPECT_THAT(ReportLines(diag),
              ElementsAre("E2", "E3", "E4", "E5", "W6", "W7", "W8", "E9", "E10", "W11"));
  std::vector<std::string> names;
  for (const auto& e : f.entries) names.push_back(e.names[0] + "=" + e.codes[0].code);
  EXPECT_THAT(names,
              ElementsAre("OFFICIAL=GOV", "JUDGE=JUD", "SOLDIER=MIL", "SAILOR=MIL", "WORKER=LAB"));
  EXPECT_FALSE(f.entries[1].codes[0].ranged);
}

// ---- Discards ----

TEST(TabariDiscards, StoryAndSentenceLevel) {
  CollectingDiagnostics diag;
  DictionaryFile f = Read(
      "# Story-level discards are indicated with a '+'.\n"
      "1914\n"
      "#2000 \n"
      "+World Golf Championships   # pas 26-Feb-2014\n"
      "+ TYPHOON\n"
      "AFRICAN NATIONS CUP   # ab 13 Jun 2005 ;AB 13 JUN 2005\n"
      "DENGUE FEVER\t\n"
      "BAD [###\n"
      "+\n",
      DictionaryFormat::kAuto, &diag, "x.discards.txt");
  EXPECT_EQ(f.format, DictionaryFormat::kTabariDiscards);
  EXPECT_THAT(ReportLines(diag), ElementsAre("E8", "E9"));
  ASSERT_EQ(f.entries.size(), 5u);
  EXPECT_THAT(f.entries[0].names, ElementsAre("1914"));
  EXPECT_FALSE(f.entries[0].story_discard);
  EXPECT_THAT(f.entries[1].names, ElementsAre("World Golf Championships"));
  EXPECT_TRUE(f.entries[1].story_discard);
  EXPECT_THAT(f.entries[2].names, ElementsAre("TYPHOON"));
  EXPECT_TRUE(f.entries[2].story_discard);
  EXPECT_THAT(f.entries[3].names, ElementsAre("AFRICAN NATIONS CUP"));
  EXPECT_EQ(f.entries[4].line, 7);
  for (const auto& e : f.entries) EXPECT_EQ(e.kind, EntryKind::kDiscard);
  EXPECT_EQ(f.prefix_names, 0);
}

// ---- Verbs, options, issues: syntax only ----

constexpr const char* kVerbs = R"txt(<!-- SYNSETS -->
&CURRENCY
+DOLLAR
+AUSTRIAN FLORIN
<TIME>
LAST_WEEK [-7]
- * AND A WEEK [+8]
</TIME>
---  ACCELERATE   [---]  ---
ACCELERATE
HURRY {HURRIES HURRYING HURRIED }
+ANGERED_BY {}
- * (TO)                                              [042:043]     # RUSH
- INCHING { &TIETYPES | CLOSER } *  [083] ;tony  4/29/91
{ ACTING_ ACTXD_ ACTUALITY  }
---  DISGRACE   [110]---  ---
SCRAP {SCRAPPING SCRAPS SCRAPPED };shan   8/30/93
~ a (b . ATTACK) SAY = a b 112
- * VENTURE (WITH VISIT)   VISIT)[042:043]  # MAKE
- * AID
ACCUSE [040
---  ---
- * DOWN FROM  [013] trailing
&
<BROKEN
~~FINISH 15:23 CST Tue 30 Dec 2008
AFTER [000]
)txt";

TEST(TabariVerbs, RecognisesEveryLineKindAndReportsTheRest) {
  CollectingDiagnostics diag;
  DictionaryFile f = Read(kVerbs, DictionaryFormat::kAuto, &diag, "x.verbs");
  EXPECT_EQ(f.format, DictionaryFormat::kTabariVerbs);
  EXPECT_THAT(f.entries, IsEmpty());
  EXPECT_EQ(f.lines, 27);
  EXPECT_EQ(f.lines_ignored, 1);
  EXPECT_THAT(ReportLines(diag),
              ElementsAre("E19", "E20", "E21", "E22", "E23", "E24", "E25", "W27"));
}

TEST(TabariOptions, ReadsOptionsAndProjectFiles) {
  CollectingDiagnostics diag;
  DictionaryFile f = Read(
      "// OPTIONS FILE FOR TABARI VALIDATION SUITE\n"
      "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN\n"
      "SET: SKIP RECORDS = FALSE\n"
      "//SET: DUP WARNING = FALSE\n"
      "LABEL: 023=NEUTRAL COMMENT\n"
      "this is not an option\n"
      "~~~~~\n",
      DictionaryFormat::kAuto, &diag, "Validate.options");
  EXPECT_EQ(f.format, DictionaryFormat::kTabariOptions);
  EXPECT_EQ(f.lines, 7);
  EXPECT_THAT(f.entries, IsEmpty());
  EXPECT_THAT(ReportLines(diag), ElementsAre("E6"));

  CollectingDiagnostics diag2;
  f = Read(
      "Validation file for TABARI, 31 March 2000\n"
      "<actorsfile> \tTABARI.Demo.actors\n"
      "<coder> VALDT\n"
      "<session 1> <coder ***> <date Fri 31 Mar 2000> <start 21:33> <records 8>\n"
      "<session 2> <coder ***\n",
      DictionaryFormat::kAuto, &diag2, "Validate.project");
  EXPECT_EQ(f.format, DictionaryFormat::kTabariOptions);
  EXPECT_THAT(ReportLines(diag2), ElementsAre("E5"));
}

TEST(TabariIssues, RecognisesPhrasesAndReportsTheRest) {
  CollectingDiagnostics diag;
  DictionaryFile f = Read(
      "# Phoenix Open Event Data Issues\n"                   // 1
      "<ISSUE CATEGORY=\"EDUCATION\" TYPE=\"ALL\">\n"        // 2
      "n:preschool [EARLY_CHILDHOOD_EDUCATION]\n"            // 3
      "pre+n:school [EARLY_CHILDHOOD_EDUCATION]\n"           // 4
      "~a head start\n"                                      // 5
      "touristry[TOURISM]\n"                                 // 6
      "v:kidnap\n"                                           // 7
      "south-to-south [SOUTH-TO-SOUTH]\n"                    // 8
      "aqim [NAMED_TERROR_GROUP] [NAMED_TERROR_GROUP]\n"     // 9
      "tigers of tamil eelam [NAMED_TERROR_GROUP]*******\n"  // 10
      "press [MEDIA]intimidation of the media [MEDIA]\n"     // 11
      "</ISSUE>\n"                                           // 12
      "</ISSUE>\n"                                           // 13
      "<ISSUE CATEGORY=\"ENERGY\" TYPE=\"ALL\">\n"           // 14
      "oil [OIL\n",                                          // 15
      DictionaryFormat::kAuto, &diag, "Phoenix.IssueCoding.txt");
  EXPECT_EQ(f.format, DictionaryFormat::kTabariIssues);
  EXPECT_EQ(f.lines, 15);
  EXPECT_THAT(f.entries, IsEmpty());
  EXPECT_THAT(ReportLines(diag), ElementsAre("E9", "E10", "E11", "W13", "E15", "W14"));
}

TEST(TabariReader, GivenFormatOverridesDetection) {
  CollectingDiagnostics diag;
  // Read as actors, the agents line is an agent-coded actor.
  DictionaryFile f = Read("POLICE [~COP]\n", DictionaryFormat::kTabariActors, &diag);
  EXPECT_EQ(f.format, DictionaryFormat::kTabariActors);
  ASSERT_EQ(f.entries.size(), 1u);
  // Read as discards, it is a phrase with an ignored code.
  CollectingDiagnostics diag2;
  f = Read("POLICE [~COP]\n", DictionaryFormat::kTabariDiscards, &diag2);
  ASSERT_EQ(f.entries.size(), 1u);
  EXPECT_EQ(f.entries[0].kind, EntryKind::kDiscard);
  EXPECT_THAT(ReportLines(diag2), ElementsAre("W1"));
}

}  // namespace
}  // namespace dyad::actors
