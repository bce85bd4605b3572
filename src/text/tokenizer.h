// Internal to text/: UD-English-style tokenization with byte offsets.
//
// Tokenize cuts text into the tokens of the Universal Dependencies English
// Web Treebank (EWT v2.15) as closely as rules allow:
//
//   std::vector<Token> tokens;
//   Tokenize("Turkey's U.S. envoy didn't pay $50.", 0, 35, &tokens);
//   // Turkey 's U.S. envoy did n't pay $ 50 .
//
// Rules, in the order the scanner tries them at each position:
//   - whitespace (ASCII and Unicode spaces) separates tokens and is never
//     part of one;
//   - URLs (http://, https://, ftp://, www., mailto:), e-mail addresses and
//     @handles/#hashtags are one token, trailing punctuation cut off;
//   - emoticons such as :) :-( ;) :D are one token when they stand alone;
//   - a word is a run of letters and digits (any script; invalid UTF-8 bytes
//     count as letters) joined by: "." before a letter or digit (U.S, 1.5,
//     www.x.com), "," ":" "/" between digits (1,000 7:30 4/24/2024), "-"
//     between digits (2024-04-24, phone numbers) or after a prefix such as
//     non-, anti-, co-, e- (other hyphens are split off, as EWT does:
//     search - engine), "&" between letters (AT&T), "_" and an apostrophe
//     before a letter (O'Connell);
//   - a word ending in "." keeps the period when it is an abbreviation in
//     kAbbreviations (Mr. Gen. etc.), a capital initial (J.) or letters with
//     internal periods (U.S. a.m. e.g.); "No." only before a number;
//   - clitics are split from the end of a word: 's 'm 'd 're 've 'll n't
//     (also with ’), and EWT's multi-word tokens without apostrophes: gonna
//     wanna gotta outta cannot dont cant im ...; "80's" stays whole;
//   - runs of . ! ? … are one token ("...", "?!"), as are runs of - * = _ ~
//     < > ("--", "***"); '' and ’’ are one token; every other punctuation
//     or symbol character is a token of its own ($ 50, 3.5 %).
// The form is always the exact bytes of the text; nothing is normalised.
#ifndef DYAD_TEXT_TOKENIZER_H_
#define DYAD_TEXT_TOKENIZER_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "text/text.h"

namespace dyad::text {

// Appends the tokens of text[begin, end) to *out, offsets relative to `text`.
// Tokens are in order, never overlap, never contain whitespace and together
// cover every non-whitespace byte of the range. space_after is true when
// whitespace follows the token in `text` (also past `end`).
// Stateless and thread-safe; allocates only for token forms longer than the
// std::string small-string buffer and for growing *out.
// REQUIRES: begin <= end <= text.size() < kNoOffset.
void Tokenize(std::string_view text, size_t begin, size_t end, std::vector<Token>* out);

// Length in bytes of the whitespace character at text[i] (ASCII whitespace,
// Unicode space separators, U+0085, U+200B, U+FEFF), or 0 when text[i] does
// not start one. This is the tokenizer's definition of whitespace.
// REQUIRES: i < text.size().
size_t WhitespaceLengthAt(std::string_view text, size_t i);

}  // namespace dyad::text

#endif  // DYAD_TEXT_TOKENIZER_H_
