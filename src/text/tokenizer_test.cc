#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace dyad::text {
namespace {

// The token forms of `text`, joined by single spaces.
std::string Forms(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, 0, text.size(), &tokens);
  std::string r;
  for (const Token& t : tokens) {
    if (!r.empty()) r.push_back(' ');
    r += t.form;
  }
  return r;
}

struct Case {
  const char* input;
  const char* expected;  // Token forms separated by one space.
};

void CheckTable(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(Forms(c.input), c.expected) << "input: " << c.input;
}

TEST(Tokenizer, SplitsClitics) {
  CheckTable({
      {"Turkey's army", "Turkey 's army"},
      {"don't", "do n't"},
      {"can't", "ca n't"},
      {"won't", "wo n't"},
      {"ain't", "ai n't"},
      {"DON'T", "DO N'T"},
      {"I'm we're they've he'll she'd", "I 'm we 're they 've he 'll she 'd"},
      {"Turkey\u2019s", "Turkey \u2019s"},
      {"don\u2019t", "do n\u2019t"},
      {"I\u2019m", "I \u2019m"},
      {"students' union", "students ' union"},
      {"gonna wanna gotta cannot", "gon na wan na got ta can not"},
      {"Gonna", "Gon na"},
      {"I'd've", "I 'd 've"},
      {"the 1980's", "the 1980's"},
      {"O'Connell and Shi'ite", "O'Connell and Shi'ite"},
      {"'em", "'em"},
      {"the '90s", "the '90s"},
  });
}

TEST(Tokenizer, SplitsPunctuation) {
  CheckTable({
      {"Hello, world!", "Hello , world !"},
      {"(a) [b] {c}", "( a ) [ b ] { c }"},
      {"a; b: c?", "a ; b : c ?"},
      {"\"Quoted.\"", "\" Quoted . \""},
      {"\u201cQuoted,\u201d he said.", "\u201c Quoted , \u201d he said ."},
      {"\u2018single\u2019 quotes", "\u2018 single \u2019 quotes"},
      {"\u00abguillemets\u00bb", "\u00ab guillemets \u00bb"},
      {"Wait...", "Wait ..."},
      {"Wait\u2026 what?!", "Wait \u2026 what ?!"},
      {"''quoted''", "'' quoted ''"},
      {"war\u2014and peace", "war \u2014 and peace"},
      {"1990\u20132000", "1990 \u2013 2000"},
      {"yes--no", "yes -- no"},
      {"end.", "end ."},
  });
}

TEST(Tokenizer, KeepsAbbreviationsAndInitials) {
  CheckTable({
      {"the U.S. army", "the U.S. army"},
      {"Mr. Smith and Gen. Jones", "Mr. Smith and Gen. Jones"},
      {"at 7 a.m. today", "at 7 a.m. today"},
      {"fruit, e.g. apples", "fruit , e.g. apples"},
      {"John J. Smith", "John J. Smith"},
      {"Acme Inc. said", "Acme Inc. said"},
      {"No. 7", "No. 7"},
      {"said no. Then", "said no . Then"},
      // A period that ends the text is split off, as EWT does.
      {"in the U.S.", "in the U.S ."},
      {"Acme, Inc..", "Acme , Inc. ."},
      {"pens, etc. The", "pens , etc . The"},
  });
}

TEST(Tokenizer, SplitsHyphensAsEwt) {
  CheckTable({
      {"search-engine", "search - engine"},
      {"well-known U.S.-led", "well - known U.S. - led"},
      {"e-mail non-profit co-workers", "e-mail non-profit co-workers"},
      {"anti-war-protest", "anti-war - protest"},
      {"F-16", "F - 16"},
      {"1957-1975", "1957 - 1975"},
  });
}

TEST(Tokenizer, KeepsNumbersDatesAndTimes) {
  CheckTable({
      {"1,000.50", "1,000.50"},
      {"3.5%", "3.5 %"},
      {"$50", "$ 50"},
      {"US$4.5", "US$ 4.5"},
      {"2024-04-24", "2024-04-24"},
      {"4/24/2024", "4/24/2024"},
      {"713-853-3989 and 345-9945", "713-853-3989 and 345-9945"},
      {"at 7:25", "at 7:25"},
      {"the 20th and 1970s", "the 20th and 1970s"},
      {"5pm 70k", "5 pm 70 k"},
      {"+1 and .5", "+1 and .5"},
      {"$$$", "$$$"},
  });
}

TEST(Tokenizer, KeepsUrlsEmailsHandlesAndEmoticons) {
  CheckTable({
      {"see https://example.com/a?b=c&d=e.", "see https://example.com/a?b=c&d=e ."},
      {"(www.example.com)", "( www.example.com )"},
      {"mail jane.doe@example.org, now", "mail jane.doe@example.org , now"},
      {"@nytimes and #Election2024", "@nytimes and #Election2024"},
      {"#1 fan", "# 1 fan"},
      {"great :) and :-(", "great :) and :-("},
      {"AT&T b/c w/o", "AT&T b/c w/o"},
      {"w/it", "w/ it"},
      {"and/or", "and / or"},
  });
}

TEST(Tokenizer, TreatsNonAsciiLettersAsLetters) {
  CheckTable({
      {"Erdo\u011fan's caf\u00e9.", "Erdo\u011fan 's caf\u00e9 ."},
      {"\u041c\u043e\u0441\u043a\u0432\u0430, \u4e2d\u56fd",
       "\u041c\u043e\u0441\u043a\u0432\u0430 , \u4e2d\u56fd"},
      {"cafe\u0301s", "cafe\u0301s"},  // Combining accent stays in the word.
      {"a\u00a0b", "a b"},             // No-break space separates.
      {"a\xff"
       "b c",
       "a\xff"
       "b c"},  // Invalid bytes count as letters.
      {"\xc3", "\xc3"},
  });
}

TEST(Tokenizer, SetsSpaceAfterAndOffsets) {
  std::string text = "  Hi, you.\nBye";
  std::vector<Token> tokens;
  Tokenize(text, 0, text.size(), &tokens);
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[0].form, "Hi");
  EXPECT_EQ(tokens[0].begin, 2u);
  EXPECT_EQ(tokens[0].end, 4u);
  EXPECT_FALSE(tokens[0].space_after);
  EXPECT_TRUE(tokens[1].space_after);   // ","
  EXPECT_FALSE(tokens[2].space_after);  // "you"
  EXPECT_TRUE(tokens[3].space_after);   // "." before the newline
  EXPECT_FALSE(tokens[4].space_after);  // "Bye" at the end
}

TEST(Tokenizer, AppendsAndHonoursRange) {
  std::string text = "skip this. Take that";
  std::vector<Token> tokens(1);
  Tokenize(text, 11, 15, &tokens);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[1].form, "Take");
  EXPECT_TRUE(tokens[1].space_after);  // Whitespace past `end` counts.
}

// Checks the invariants for text[begin, end).
void CheckInvariants(const std::string& text, size_t begin, size_t end) {
  std::vector<Token> tokens;
  Tokenize(text, begin, end, &tokens);
  std::string_view range(text.data(), end);
  size_t pos = begin;
  for (const Token& t : tokens) {
    ASSERT_LT(t.begin, t.end) << text;
    ASSERT_GE(t.begin, pos) << "tokens overlap or are out of order: " << text;
    ASSERT_LE(t.end, end) << text;
    ASSERT_EQ(t.form, text.substr(t.begin, t.end - t.begin)) << text;
    // Everything skipped before the token is whitespace.
    while (pos < t.begin) {
      size_t w = WhitespaceLengthAt(range, pos);
      ASSERT_GT(w, 0u) << "byte " << pos << " not covered in: " << text;
      pos += w;
    }
    ASSERT_EQ(pos, t.begin) << text;
    for (size_t i = t.begin; i < t.end; ++i) {
      ASSERT_EQ(WhitespaceLengthAt(range, i), 0u) << "token contains whitespace: " << text;
    }
    pos = t.end;
  }
  while (pos < end) {
    size_t w = WhitespaceLengthAt(range, pos);
    ASSERT_GT(w, 0u) << "byte " << pos << " not covered in: " << text;
    pos += w;
  }
}

TEST(Tokenizer, OffsetsPropertyOnGeneratedText) {
  const std::vector<std::string> pieces = {
      "a",        "Z",      "word",     "7",
      "1,000",    "3.5",    " ",        " ",
      "\n",       "\t",     ".",        ",",
      "'",        "\"",     "-",        "--",
      "(",        ")",      "$",        "%",
      "@",        "#",      ":",        ")",
      "/",        "&",      "_",        "!",
      "?",        "...",    "n't",      "'s",
      "U.S.",     "Mr.",    "http://",  "www.",
      "\u2019",   "\u201c", "\u2014",   "\u2026",
      "\u00e9",   "\u00df", "\u4e2d",   "\U0001F600",
      "\u0301",   "\u00a0", "\u200b",   "\u3000",
      "\xff",     "\xc3",   "\xe2\x80", "\xed\xa0\x80",
      "\xf0\x9f", "\x80",   "e-mail",   ":)",
      "'em",
  };
  std::mt19937 rng(20240424);
  for (int iter = 0; iter < 20000; ++iter) {
    std::string text;
    int n = std::uniform_int_distribution<int>(0, 24)(rng);
    for (int k = 0; k < n; ++k) {
      text += pieces[std::uniform_int_distribution<size_t>(0, pieces.size() - 1)(rng)];
    }
    CheckInvariants(text, 0, text.size());
    if (!text.empty()) {
      size_t b = std::uniform_int_distribution<size_t>(0, text.size())(rng);
      size_t e = std::uniform_int_distribution<size_t>(b, text.size())(rng);
      CheckInvariants(text, b, e);  // May cut a multi-byte character.
    }
    if (HasFailure()) return;
  }
}

TEST(Tokenizer, OffsetsPropertyOnRandomBytes) {
  std::mt19937 rng(7);
  for (int iter = 0; iter < 5000; ++iter) {
    std::string text(std::uniform_int_distribution<int>(0, 64)(rng), '\0');
    for (char& c : text) c = static_cast<char>(std::uniform_int_distribution<int>(0, 255)(rng));
    CheckInvariants(text, 0, text.size());
    if (HasFailure()) return;
  }
}

}  // namespace
}  // namespace dyad::text
