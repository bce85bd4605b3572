#include "text/tokenizer.h"

namespace dyad::text {
namespace {

bool IsSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool IsPunct(unsigned char c) {
  return c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':' || c == '"' ||
         c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}';
}

void Push(std::string_view text, size_t b, size_t e, std::vector<Token>* out) {
  Token t;
  t.begin = static_cast<uint32_t>(b);
  t.end = static_cast<uint32_t>(e);
  t.form.assign(text.substr(b, e - b));
  t.space_after = e < text.size() && IsSpace(static_cast<unsigned char>(text[e]));
  out->push_back(std::move(t));
}

}  // namespace

// Placeholder: whitespace and ASCII punctuation only. Replaced by the full
// UD-style tokenizer.
void Tokenize(std::string_view text, size_t begin, size_t end, std::vector<Token>* out) {
  size_t i = begin;
  while (i < end) {
    while (i < end && IsSpace(static_cast<unsigned char>(text[i]))) ++i;
    if (i >= end) break;
    size_t j = i;
    while (j < end && !IsSpace(static_cast<unsigned char>(text[j]))) ++j;
    size_t wb = i, we = j;
    while (wb < we && IsPunct(static_cast<unsigned char>(text[wb]))) {
      Push(text, wb, wb + 1, out);
      ++wb;
    }
    size_t tail = we;
    while (tail > wb && IsPunct(static_cast<unsigned char>(text[tail - 1]))) --tail;
    if (tail > wb) Push(text, wb, tail, out);
    for (size_t k = tail; k < we; ++k) Push(text, k, k + 1, out);
    i = j;
  }
}

}  // namespace dyad::text
