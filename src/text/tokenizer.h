// Internal to text/: UD-English-style tokenization with byte offsets.
#ifndef DYAD_TEXT_TOKENIZER_H_
#define DYAD_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "text/text.h"

namespace dyad::text {

// Appends the tokens of text[begin, end) to *out, offsets relative to `text`.
// Stateless and thread-safe.
void Tokenize(std::string_view text, size_t begin, size_t end, std::vector<Token>* out);

}  // namespace dyad::text

#endif  // DYAD_TEXT_TOKENIZER_H_
