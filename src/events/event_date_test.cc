// Event dates: time expressions found, attached to their verb in the parse,
// and resolved against the article date with the verb's tense. Most cases
// run the shipped tagger and parser ($DYAD_HOME, set by ctest to the source
// tree); a few build the parse by hand to pin down a tree.
#include "events/event_date.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdlib>
#include <memory>
#include <string>

#include "base/diagnostics.h"
#include "events/time_expression.h"
#include "events/verb_tense.h"
#include "nlp/nlp.h"

namespace dyad::events {
namespace {

std::string Home() {
  const char* home = std::getenv("DYAD_HOME");
  return home != nullptr && *home != '\0' ? home : ".";
}

// A sentence with its analyses.
struct Parsed {
  text::Sentence sentence;
  std::vector<text::WordAnalysis> analyses;
  std::string text;  // Token offsets point here.

  // The first token whose form is `form`.
  uint32_t Find(const std::string& form) const {
    for (uint32_t i = 0; i < sentence.tokens.size(); ++i) {
      if (sentence.tokens[i].form == form) return i;
    }
    ADD_FAILURE() << "no token \"" << form << "\" in: " << text;
    return 0;
  }
};

// A hand-built tree: one line per token, "form lemma upos xpos head deprel"
// (head 1-based, 0 the root), as CoNLL-U would give it.
Parsed ByHand(const std::vector<std::array<std::string, 6>>& rows) {
  Parsed p;
  for (const auto& r : rows) {
    text::Token t;
    t.form = r[0];
    p.sentence.tokens.push_back(t);
    text::WordAnalysis w;
    w.lemma = r[1];
    w.upos = r[2];
    w.xpos = r[3];
    w.head = r[4];
    w.deprel = r[5];
    p.analyses.push_back(w);
    p.text += r[0] + " ";
  }
  return p;
}

class EventDateTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto seg = text::Segmenter::Create({});
    ASSERT_TRUE(seg.ok()) << seg.status().ToString();
    segmenter_ = seg->release();
    auto nlp = nlp::NlpModel::Load({Home() + "/models", true});
    ASSERT_TRUE(nlp.ok()) << nlp.status().ToString();
    nlp_ = nlp->release();
  }
  static void TearDownTestSuite() {
    delete segmenter_;
    delete nlp_;
    segmenter_ = nullptr;
    nlp_ = nullptr;
  }

  // One sentence, tagged and parsed with the shipped models.
  static Parsed Parse(const std::string& s) {
    Parsed p;
    p.text = s;
    std::vector<text::Sentence> sentences;
    segmenter_->Segment(p.text, 0, &sentences);
    EXPECT_EQ(sentences.size(), 1u) << s;
    if (sentences.empty()) return p;
    p.sentence = sentences[0];
    nlp_->Annotate(p.sentence, &p.analyses);
    return p;
  }

  // The date of the event whose verb is `verb` in `s`.
  static EventDate DateOf(const std::string& s, const std::string& verb, int32_t article) {
    const Parsed p = Parse(s);
    return ResolveEventDate(p.sentence, p.analyses, p.Find(verb), article);
  }

  static text::Segmenter* segmenter_;
  static nlp::NlpModel* nlp_;
};

text::Segmenter* EventDateTest::segmenter_ = nullptr;
nlp::NlpModel* EventDateTest::nlp_ = nullptr;

struct Case {
  const char* sentence;
  const char* verb;
  int32_t article;
  int32_t expected;
  DatePrecision precision;
};

void ExpectDates(const Case* begin, const Case* end,
                 EventDate (*date_of)(const std::string&, const std::string&, int32_t)) {
  for (const Case* c = begin; c != end; ++c) {
    const EventDate d = date_of(c->sentence, c->verb, c->article);
    EXPECT_EQ(d.yyyymmdd, c->expected) << c->sentence << " [" << c->verb << "] in " << c->article;
    EXPECT_EQ(d.precision, c->precision) << c->sentence;
    EXPECT_TRUE(d.from_text) << c->sentence;
  }
}

constexpr DatePrecision kDay = DatePrecision::kDay;
constexpr DatePrecision kMonth = DatePrecision::kMonth;
constexpr DatePrecision kYear = DatePrecision::kYear;
constexpr int32_t kFriday = 20240503;  // Friday 3 May 2024.

// One sentence per kind of expression, in an article dated Friday 3 May 2024.
TEST_F(EventDateTest, ResolvesEachKindOfExpression) {
  const Case cases[] = {
      {"The ministers met on Thursday in Geneva.", "met", kFriday, 20240502, kDay},
      {"Rebels attacked the town late on Wednesday.", "attacked", kFriday, 20240501, kDay},
      {"Police arrested three men yesterday.", "arrested", kFriday, 20240502, kDay},
      {"The president visited Paris last week.", "visited", kFriday, 20240426, kDay},
      {"Talks collapsed in November.", "collapsed", kFriday, 20231101, kMonth},
      {"The army withdrew in February 2022.", "withdrew", kFriday, 20220201, kMonth},
      {"The border was closed two years ago.", "closed", kFriday, 20220101, kYear},
      {"The minister is to visit Moscow next month.", "visit", kFriday, 20240601, kMonth},
      {"Protesters clashed with police on April 28.", "clashed", kFriday, 20240428, kDay},
      {"Elections were held on 3 May 2024.", "held", 20240510, 20240503, kDay},
      {"The government announced earlier this month that it would cut aid.", "announced", kFriday,
       20240501, kMonth},
      {"Troops are expected to arrive tomorrow.", "arrive", kFriday, 20240504, kDay},
      {"Gunmen killed five people Monday night.", "killed", kFriday, 20240429, kDay},
      {"Fighting intensified over the weekend.", "intensified", 20240506, 20240504, kDay},
      {"The company plans to sign the deal on Tuesday evening.", "sign", kFriday, 20240507, kDay},
      {"Israel is going to strike Iran this week.", "strike", kFriday, 20240503, kDay},
      {"The treaty was signed in 2019.", "signed", kFriday, 20190101, kYear},
      {"Rebels seized the town last year.", "seized", kFriday, 20230101, kYear},
      {"The minister resigned today.", "resigned", kFriday, 20240503, kDay},
      {"The court will rule on Monday.", "rule", kFriday, 20240506, kDay},
      {"The talks will resume next week.", "resume", kFriday, 20240510, kDay},
      {"Prices rose three days ago.", "rose", kFriday, 20240430, kDay},
      {"The factory closed six months ago.", "closed", kFriday, 20231101, kMonth},
      {"Soldiers were killed on Tuesday evening.", "killed", kFriday, 20240430, kDay},
      {"The envoy arrived on Thursday, May 2.", "arrived", 20240510, 20240502, kDay},
      {"Voters will go to the polls in mid-November.", "go", kFriday, 20241101, kMonth},
  };
  ExpectDates(std::begin(cases), std::end(cases), &DateOf);
}

// Past tense looks back, future ahead; "last" and "next" never mean the
// article's own day.
TEST_F(EventDateTest, TenseDecidesTheDirection) {
  const Case cases[] = {
      {"The two leaders met on Thursday.", "met", kFriday, 20240502, kDay},
      {"The two leaders will meet on Thursday.", "meet", kFriday, 20240509, kDay},
      {"The two leaders have met on Tuesday.", "met", kFriday, 20240430, kDay},
      {"The two leaders are scheduled to meet on Tuesday.", "meet", kFriday, 20240507, kDay},
      {"The rebels may attack on Sunday.", "attack", kFriday, 20240505, kDay},
      {"The parliament voted in June.", "voted", kFriday, 20230601, kMonth},
      {"The parliament will vote in June.", "vote", kFriday, 20240601, kMonth},
      {"The parliament will vote in April.", "vote", kFriday, 20250401, kMonth},
      {"The parliament voted on June 5.", "voted", kFriday, 20230605, kDay},
      {"The parliament will vote on June 5.", "vote", kFriday, 20240605, kDay},
      {"The summit took place last Friday.", "took", kFriday, 20240426, kDay},
      {"The summit will take place next Friday.", "take", kFriday, 20240510, kDay},
      {"The attack on Tuesday killed five soldiers.", "attack", kFriday, 20240430, kDay},
      {"Fighting will resume over the weekend.", "resume", kFriday, 20240504, kDay},
  };
  ExpectDates(std::begin(cases), std::end(cases), &DateOf);
}

// Wire style: a weekday in an article of the same weekday is that day.
TEST_F(EventDateTest, ArticleOnTheSameWeekday) {
  constexpr int32_t kThursday = 20240502;
  const Case cases[] = {
      {"The ministers met on Thursday.", "met", kThursday, 20240502, kDay},
      {"The ministers will meet on Thursday.", "meet", kThursday, 20240502, kDay},
      {"The ministers met last Thursday.", "met", kThursday, 20240425, kDay},
      {"The ministers will meet next Thursday.", "meet", kThursday, 20240509, kDay},
      {"The ministers met in May.", "met", kThursday, 20240501, kMonth},
      {"The ministers met last May.", "met", kThursday, 20230501, kMonth},
  };
  ExpectDates(std::begin(cases), std::end(cases), &DateOf);
}

TEST_F(EventDateTest, CrossesMonthAndYearBoundaries) {
  constexpr int32_t kMidJanuary = 20240115;  // A Monday.
  const Case cases[] = {
      {"The army withdrew in December.", "withdrew", kMidJanuary, 20231201, kMonth},
      {"The army will withdraw in December.", "withdraw", kMidJanuary, 20241201, kMonth},
      {"The army withdrew last December.", "withdrew", kMidJanuary, 20231201, kMonth},
      {"The army withdrew last month.", "withdrew", kMidJanuary, 20231201, kMonth},
      {"The army withdrew in January.", "withdrew", kMidJanuary, 20240101, kMonth},
      {"The army will withdraw next January.", "withdraw", kMidJanuary, 20250101, kMonth},
      {"The army withdrew on December 28.", "withdrew", kMidJanuary, 20231228, kDay},
      {"The army withdrew last week.", "withdrew", 20240103, 20231227, kDay},
      {"The army withdrew yesterday.", "withdrew", 20240101, 20231231, kDay},
      {"The army will withdraw tomorrow.", "withdraw", 20241231, 20250101, kDay},
      {"The army will withdraw next month.", "withdraw", 20241231, 20250101, kMonth},
      {"The army will withdraw next year.", "withdraw", 20241231, 20250101, kYear},
      {"The army withdrew on Saturday.", "withdrew", 20240101, 20231230, kDay},
  };
  ExpectDates(std::begin(cases), std::end(cases), &DateOf);
}

TEST_F(EventDateTest, LeapYears) {
  const Case cases[] = {
      {"The army withdrew yesterday.", "withdrew", 20240301, 20240229, kDay},
      {"The army withdrew yesterday.", "withdrew", 20230301, 20230228, kDay},
      {"The army withdrew on February 29.", "withdrew", 20250315, 20240229, kDay},
      {"The army will withdraw on February 29.", "withdraw", 20250315, 20280229, kDay},
      {"The army withdrew on 29 February 2024.", "withdrew", 20250315, 20240229, kDay},
      {"The army withdrew last week.", "withdrew", 20240305, 20240227, kDay},
  };
  ExpectDates(std::begin(cases), std::end(cases), &DateOf);
  // No such day: the article date stands.
  const EventDate d = DateOf("The army withdrew on 29 February 2023.", "withdrew", 20250315);
  EXPECT_FALSE(d.from_text);
  EXPECT_EQ(d.yyyymmdd, 20250315);
}

// Each verb keeps its own expression; one in another clause is not borrowed.
TEST_F(EventDateTest, UsesTheVerbsOwnExpression) {
  const std::string s = "Officials said on Friday that the ministers met on Thursday.";
  EXPECT_EQ(DateOf(s, "said", 20240504).yyyymmdd, 20240503);
  EXPECT_EQ(DateOf(s, "met", 20240504).yyyymmdd, 20240502);

  const EventDate said =
      DateOf("Officials said that the ministers met on Thursday.", "said", kFriday);
  EXPECT_FALSE(said.from_text);
  EXPECT_EQ(said.yyyymmdd, kFriday);

  // "next week" belongs to the relative clause's "planned".
  EXPECT_FALSE(
      DateOf("The attack planned for next week was stopped.", "stopped", kFriday).from_text);
}

// An expression on another word of the verb's clause counts ("the talks on
// Tuesday" dates "held"); one on a governing verb of an infinitive too.
TEST_F(EventDateTest, UsesAnExpressionElsewhereInTheClause) {
  const Parsed p = ByHand({{
      {"They", "they", "PRON", "PRP", "2", "nsubj"},
      {"held", "hold", "VERB", "VBD", "0", "root"},
      {"talks", "talk", "NOUN", "NNS", "2", "obj"},
      {"on", "on", "ADP", "IN", "5", "case"},
      {"Tuesday", "Tuesday", "PROPN", "NNP", "3", "nmod"},
      {".", ".", "PUNCT", ".", "2", "punct"},
  }});
  const EventDate d = ResolveEventDate(p.sentence, p.analyses, 1, kFriday);
  EXPECT_TRUE(d.from_text);
  EXPECT_EQ(d.yyyymmdd, 20240430);
  EXPECT_EQ(d.first_token, 3u);
  EXPECT_EQ(d.last_token, 4u);

  // "He plans next week to visit Moscow": the expression sits on "plans".
  const Parsed plan = ByHand({{
      {"He", "he", "PRON", "PRP", "2", "nsubj"},
      {"plans", "plan", "VERB", "VBZ", "0", "root"},
      {"next", "next", "ADJ", "JJ", "4", "amod"},
      {"week", "week", "NOUN", "NN", "2", "obl:unmarked"},
      {"to", "to", "PART", "TO", "6", "mark"},
      {"visit", "visit", "VERB", "VB", "2", "xcomp"},
      {"Moscow", "Moscow", "PROPN", "NNP", "6", "obj"},
  }});
  EXPECT_EQ(VerbTense(plan.analyses, 5), Tense::kFuture);
  EXPECT_EQ(ResolveEventDate(plan.sentence, plan.analyses, 5, kFriday).yyyymmdd, 20240510);

  // The parser reads this as a noun phrase rooted in "month"; the fronted
  // expression still dates the verb.
  EXPECT_EQ(DateOf("Next month, the minister plans to visit Moscow.", "visit", kFriday).yyyymmdd,
            20240601);
}

// A hand-built tree pins the rules down without the parser's choices.
TEST_F(EventDateTest, HandBuiltFutureTree) {
  const Parsed p = ByHand({{
      {"Leaders", "leader", "NOUN", "NNS", "3", "nsubj"},
      {"will", "will", "AUX", "MD", "3", "aux"},
      {"meet", "meet", "VERB", "VB", "0", "root"},
      {"on", "on", "ADP", "IN", "5", "case"},
      {"Thursday", "Thursday", "PROPN", "NNP", "3", "obl"},
      {".", ".", "PUNCT", ".", "3", "punct"},
  }});
  EXPECT_EQ(VerbTense(p.analyses, 2), Tense::kFuture);
  const EventDate d = ResolveEventDate(p.sentence, p.analyses, 2, kFriday);
  EXPECT_EQ(d.yyyymmdd, 20240509);
  EXPECT_EQ(d.first_token, 3u);
  EXPECT_EQ(d.last_token, 4u);
}

TEST_F(EventDateTest, SpanCoversLeadWords) {
  const Parsed p = Parse("Rebels attacked the town late on Wednesday.");
  const EventDate d = ResolveEventDate(p.sentence, p.analyses, p.Find("attacked"), kFriday);
  EXPECT_EQ(d.first_token, p.Find("late"));
  EXPECT_EQ(d.last_token, p.Find("Wednesday"));
}

TEST_F(EventDateTest, WithoutAnArticleDate) {
  EventDate d = DateOf("The ministers met on Thursday.", "met", 0);
  EXPECT_EQ(d.yyyymmdd, 0);
  EXPECT_FALSE(d.from_text);
  d = DateOf("The ministers met.", "met", 0);
  EXPECT_EQ(d.yyyymmdd, 0);
  EXPECT_FALSE(d.from_text);
  d = DateOf("The treaty was signed in 2019.", "signed", 0);
  EXPECT_EQ(d.yyyymmdd, 20190101);
  EXPECT_EQ(d.precision, kYear);
  EXPECT_TRUE(d.from_text);
  d = DateOf("Elections were held on 3 May 2024.", "held", 0);
  EXPECT_EQ(d.yyyymmdd, 20240503);
  EXPECT_TRUE(d.from_text);
  // An invalid article date counts as none.
  d = DateOf("The ministers met yesterday.", "met", 20241340);
  EXPECT_EQ(d.yyyymmdd, 0);
}

TEST_F(EventDateTest, DefaultsToTheArticleDate) {
  const EventDate d = DateOf("The ministers met in Geneva.", "met", kFriday);
  EXPECT_EQ(d.yyyymmdd, kFriday);
  EXPECT_EQ(d.precision, kDay);
  EXPECT_FALSE(d.from_text);
}

// Without a parse: past tense, the nearest expression.
TEST_F(EventDateTest, WithoutAnalyses) {
  const Parsed p = Parse("Officials said on Friday that the ministers met on Thursday.");
  EXPECT_EQ(ResolveEventDate(p.sentence, {}, p.Find("met"), 20240504).yyyymmdd, 20240502);
  EXPECT_EQ(ResolveEventDate(p.sentence, {}, p.Find("said"), 20240504).yyyymmdd, 20240503);
}

TEST(DatePrecision, Names) {
  EXPECT_STREQ(DatePrecisionName(DatePrecision::kDay), "day");
  EXPECT_STREQ(DatePrecisionName(DatePrecision::kMonth), "month");
  EXPECT_STREQ(DatePrecisionName(DatePrecision::kYear), "year");
}

// --- Recognition alone ---

text::Sentence Tokens(const std::string& spaced) {
  text::Sentence s;
  size_t start = 0;
  while (start < spaced.size()) {
    size_t end = spaced.find(' ', start);
    if (end == std::string::npos) end = spaced.size();
    text::Token t;
    t.form = spaced.substr(start, end - start);
    s.tokens.push_back(t);
    start = end + 1;
  }
  return s;
}

TEST(TimeExpression, FindsSpans) {
  struct SpanCase {
    const char* tokens;
    int count;
    uint32_t first, last;  // Of the first expression.
  };
  const SpanCase cases[] = {
      {"He may resign", 0, 0, 0},
      {"Troops march on the capital", 0, 0, 0},
      {"August visitors came", 0, 0, 0},
      {"It happened in May", 1, 2, 3},
      {"It happened in early November", 1, 2, 4},
      {"It happened in mid-November", 1, 2, 3},
      {"It happened on Sept. 11 , 2001", 1, 2, 6},
      {"It happened 10 days ago", 1, 2, 4},
      {"It happened at the weekend", 1, 2, 4},
      {"It happened late last year", 1, 2, 4},
      {"It happened on 2024-05-03", 1, 2, 3},
      {"It happened this morning", 1, 2, 3},
      {"It happened on February 30", 0, 0, 0},  // No such day, and a bare month needs a cue.
      {"In 2019 , and on Monday , it happened", 2, 0, 1},
      {"It has 2019 members", 0, 0, 0},
  };
  for (const SpanCase& c : cases) {
    const auto found = FindTimeExpressions(Tokens(c.tokens));
    EXPECT_EQ(static_cast<int>(found.size()), c.count) << c.tokens;
    if (c.count > 0 && !found.empty()) {
      EXPECT_EQ(found[0].first_token, c.first) << c.tokens;
      EXPECT_EQ(found[0].last_token, c.last) << c.tokens;
    }
  }
}

TEST(TimeExpression, ResolvesWithoutAVerb) {
  const auto found = FindTimeExpressions(Tokens("on Sept. 11 , 2001"));
  ASSERT_EQ(found.size(), 1u);
  const auto d = ResolveTimeExpression(found[0], 0, Tense::kPast);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->yyyymmdd, 20010911);
  // A weekday needs the article.
  const auto weekday = FindTimeExpressions(Tokens("on Monday"));
  ASSERT_EQ(weekday.size(), 1u);
  EXPECT_FALSE(ResolveTimeExpression(weekday[0], 0, Tense::kPast).has_value());
  // Present tense: the nearest Monday (Friday article: three days on).
  EXPECT_EQ(ResolveTimeExpression(weekday[0], kFriday, Tense::kPresent)->yyyymmdd, 20240506);
}

}  // namespace
}  // namespace dyad::events
