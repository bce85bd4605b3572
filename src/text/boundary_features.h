// Internal to text/: what the sentence splitter sees at each gap between two
// whitespace-delimited chunks of raw text, and the walk over those gaps that
// the rules, the boundary model and its trainer share.
//
// Features come from the raw text only (never from tokens), so the splitter
// does not depend on how the tokenizer cuts a chunk:
//
//   WalkGaps(text, begin, end, [&](const GapContext& g) { return Decide(g); },
//            [&](uint32_t gap_begin, uint32_t gap_end) { ends.push_back(gap_begin); });
//
// Thread-safety: pure functions; all state lives on the caller's stack.
#ifndef DYAD_TEXT_BOUNDARY_FEATURES_H_
#define DYAD_TEXT_BOUNDARY_FEATURES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text/abbreviations.h"

namespace dyad::text {

class SentenceModel;

// Bumped whenever a feature template changes; models record the version they
// were trained with and refuse to load under another.
// Versions: 1 = first feature set (2026-11).
inline constexpr uint32_t kBoundaryFeatureVersion = 1;

// Case of a chunk's core word. Frozen values (hashed into features).
enum class WordCase : uint8_t {
  kNone = 0,    // No core word (the chunk is all punctuation).
  kLower = 1,   // "said"
  kTitle = 2,   // "Smith"
  kUpper = 3,   // "NATO"
  kLetter = 4,  // "J" (one capital letter)
  kDigit = 5,   // "2004", "3rd"
  kOther = 6,   // Non-ASCII or symbol first.
};

// One whitespace-delimited chunk: opening punctuation, core word, closing
// punctuation ("(U.S." = "(" + "U.S" + ".").
struct alignas(64) Chunk {
  uint32_t begin = 0, end = 0;            // The chunk's bytes.
  uint32_t core_begin = 0, core_end = 0;  // Without opening/closing punctuation.
  uint32_t lead_sig = 0;                  // Opening punctuation, each class one char, packed.
  uint32_t trail_sig = 0;                 // Closing punctuation, last 4 classes, packed.
  uint32_t word_hash = 0;                 // Lowercased core word; valid once `hashed`.
  uint32_t shape_hash = 0;                // XxdX-style shape of the core word; ditto.
  WordCase word_case = WordCase::kNone;
  AbbreviationKind abbrev = AbbreviationKind::kNone;  // When closing punct starts with '.'.
  uint8_t core_len = 0;                               // Bytes in the core word, capped at 255.
  char tail_shape = 0;  // 'x', 'X' or 'd' when every core byte after the first is a lowercase
                        // letter, a capital or a digit; else 0. Lets HashCore skip its shape loop.
  bool final_punct = false;         // Closing punctuation ends in . ! ? or an ellipsis
                                    // (closing quotes and brackets after it allowed).
  bool hashed = false;              // word_hash and shape_hash are set (HashCore).
  bool ends_alnum = false;          // Last byte is an ASCII letter or digit.
  bool starts_lower = false;        // First byte is an ASCII lowercase letter.
  bool is_starter = false;          // Core is a common sentence opener ("The", "He");
                                    // set by WalkGaps for the right chunk of candidate gaps only.
  bool line_end_ok = false;         // Last byte may end a headline or list item (not , ; : - ( &).
  bool starts_line_opener = false;  // First byte is upper, digit, quote or bullet.
  int8_t quote_toggles = 0;         // Straight double quotes in the chunk.
  int8_t quote_opens = 0;           // Curly opening minus closing double quotes.
  int8_t bracket_delta = 0;         // Opening minus closing brackets.
};

// Everything known at one gap between chunks `left` and `right`.
struct GapContext {
  std::string_view text;
  const Chunk* prev = nullptr;  // The chunk before `left`, or null.
  const Chunk* left = nullptr;
  const Chunk* right = nullptr;
  const Chunk* next = nullptr;         // The chunk after `right`, or null.
  uint32_t newlines = 0;               // '\n' in the gap (a blank line never reaches Decide).
  bool in_quote = false;               // An opened double quote is still open at the gap.
  bool in_brackets = false;            // An opened bracket is still open at the gap.
  uint32_t chunks_since_boundary = 0;  // Chunks since the previous boundary (>= 1).
  // Cheap pre-filter: false when the right chunk starts lowercase and the left
  // one has no final punctuation, which almost never ends a sentence (about
  // 1 in 500 such gaps in UD English EWT). Such gaps are not scored at all.
  bool candidate = false;
};

inline constexpr size_t kMaxGapFeatures = 32;

// Writes the hashed feature keys of `g` into keys[0..n) and returns n
// (<= kMaxGapFeatures). Keys are never 0.
size_t ExtractGapFeatures(const GapContext& g, uint32_t* keys);

// model.Score(keys, n) over the keys ExtractGapFeatures gives, bit for bit,
// without storing them.
float ScoreGap(const GapContext& g, const SentenceModel& model);

// Fills *c from text[begin, end) (one chunk, no whitespace inside).
void ScanChunk(std::string_view text, uint32_t begin, uint32_t end, Chunk* c);

// Hand-written rules used without a model: final punctuation followed by a
// non-lowercase chunk, unless an abbreviation says otherwise.
bool RuleDecision(const GapContext& g);

// True when the left chunk is an abbreviation that often ends a sentence
// ("U.S.", "Inc.", "etc.") and the right one is a common sentence opener
// ("The", "But"): "They returned to the U.S. The war was over." Applied on top
// of the model, which sees too few such cases in its training data.
inline bool AbbreviationThenStarter(const GapContext& g) {
  const AbbreviationKind k = g.left->abbrev;
  return g.left->final_punct && g.right->is_starter && g.right->lead_sig == 0 &&
         (k == AbbreviationKind::kDotted || k == AbbreviationKind::kCompany);
}

// True when the left chunk is a title ("Gen.", "Mr.") or an initial ("J.")
// not followed by a common sentence opener: "J. R. Smith", "Sen. Warren".
// Applied on top of the model, which cannot be trusted with rare initials.
inline bool AbbreviationNeverEnds(const GapContext& g) {
  const AbbreviationKind k = g.left->abbrev;
  return k == AbbreviationKind::kTitle || (k == AbbreviationKind::kInitial && !g.right->is_starter);
}

// The line-break rule (SegmenterOptions::split_at_unpunctuated_line_breaks):
// a single line break after a line without final punctuation, before a line
// that opens with a capital, digit, quote or bullet.
bool LineBreakRule(const GapContext& g);

// Sets c->word_hash and c->shape_hash unless already set. Feature extraction
// needs them only beside candidate gaps, so ScanChunk leaves them out.
// (Inline: most calls find them set, the chunk having been the right one of
// the previous gap.)
void HashCoreOnce(std::string_view text, Chunk* c);  // REQUIRES: !c->hashed.
inline void HashCore(std::string_view text, Chunk* c) {
  if (!c->hashed) HashCoreOnce(text, c);
}

// Sets c->is_starter (IsCommonSentenceStarter of the core word).
void SetStarter(std::string_view text, Chunk* c);

// ' ' \t \n \v \f \r, without a chain of branches.
inline bool IsAsciiSpace(unsigned char c) { return c <= ' ' && ((0x100003E00ull >> c) & 1) != 0; }

// The first j in [from, end) with IsAsciiSpace(p[j]), or end. Looks at 16
// bytes at a time where SSE2 is available (every x86-64).
inline size_t FindAsciiSpace(const unsigned char* p, size_t from, size_t end) {
  size_t j = from;
#if defined(__SSE2__)
  const __m128i limit = _mm_set1_epi8(0x20);
  while (j + 16 <= end) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + j));
    // Bytes <= 0x20 (unsigned): the only ones that can be ASCII whitespace.
    unsigned mask =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(v, limit), v)));
    while (mask != 0) {
      size_t k = j + static_cast<size_t>(__builtin_ctz(mask));
      if (IsAsciiSpace(p[k])) return k;
      mask &= mask - 1;
    }
    j += 16;
  }
#endif
  while (j < end && !IsAsciiSpace(p[j])) ++j;
  return j;
}

// Skips ASCII whitespace from p[i] (before `end`) and returns where it stops;
// adds the '\n' bytes skipped to *newlines.
inline size_t SkipAsciiSpace(const unsigned char* p, size_t i, size_t end, uint32_t* newlines) {
  // Most gaps are one space before a printable byte.
  if (i + 1 < end && p[i] == ' ' && p[i + 1] > ' ') return i + 1;
  while (i < end && IsAsciiSpace(p[i])) *newlines += p[i++] == '\n';
  return i;
}

// Calls decide(const GapContext&) -> bool at every gap between chunks of
// text[begin, end) and on_boundary(gap_begin, gap_end) at every sentence end:
// blank lines, and gaps where decide says so. Non-candidate gaps are never
// boundaries unless a blank line or `force` (the line-break rule) says so.
// Quote and bracket state carries across sentences and resets at blank lines.
// With kCandidatesOnly, decide is called only where it may matter: at
// candidate gaps and at line breaks (for the splitter, whose decide is false
// elsewhere); the trainer, which labels every gap, leaves it false.
template <bool kCandidatesOnly = false, typename Decide, typename OnBoundary>
void WalkGaps(std::string_view text, size_t begin, size_t end, bool line_break_rule,
              Decide&& decide, OnBoundary&& on_boundary) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  // Chunk is 64-byte aligned, so that ring[k & 3] is a shift, not a multiply.
  Chunk ring[4];
  // newlines_before[k & 3]: '\n' bytes in the gap before chunk k, counted
  // while the whitespace is skipped rather than in a second pass over the gap.
  uint32_t newlines_before[4] = {0, 0, 0, 0};
  uint32_t skipped = 0;
  size_t i = SkipAsciiSpace(p, begin, end, &skipped);
  if (i >= end) return;
  auto next_chunk = [&](size_t from, Chunk* c) {
    size_t j = FindAsciiSpace(p, from, end);
    ScanChunk(text, static_cast<uint32_t>(from), static_cast<uint32_t>(j), c);
    return j;
  };
  // ring[k & 3]: chunk k. Chunks k-1 (prev), k (left), k+1 (right), k+2 (next).
  size_t k = 0;
  size_t count = 1;
  i = next_chunk(i, &ring[0]);
  // Reads the next chunk into the ring; false at the end of the range.
  auto fill = [&]() __attribute__((always_inline)) {
    uint32_t newlines = 0;
    i = SkipAsciiSpace(p, i, end, &newlines);
    if (i >= end) return false;
    newlines_before[count & 3] = newlines;
    i = next_chunk(i, &ring[count & 3]);
    ++count;
    return true;
  };
  bool more = fill();
  if (more) more = fill();
  int quote = 0, curly = 0, brackets = 0;
  uint32_t since = 1;
  GapContext g;
  g.text = text;
  while (k + 1 < count) {
    const Chunk& left = ring[k & 3];
    const Chunk& right = ring[(k + 1) & 3];
    quote ^= left.quote_toggles & 1;
    curly += left.quote_opens;
    if (curly < 0) curly = 0;
    brackets += left.bracket_delta;
    if (brackets < 0) brackets = 0;
    const uint32_t newlines = newlines_before[(k + 1) & 3];
    const bool candidate = !(right.starts_lower && !left.final_punct);
    bool boundary;
    if (newlines >= 2) {  // A blank line.
      boundary = true;
      quote = curly = brackets = 0;
    } else if (kCandidatesOnly && !candidate && newlines == 0) {
      boundary = false;
    } else {
      g.prev = k > 0 ? &ring[(k - 1) & 3] : nullptr;
      g.left = &left;
      g.right = &right;
      g.next = k + 2 < count ? &ring[(k + 2) & 3] : nullptr;
      g.newlines = newlines;
      g.in_quote = quote != 0 || curly > 0;
      g.in_brackets = brackets > 0;
      g.chunks_since_boundary = since;
      g.candidate = candidate;
      if (g.candidate) {
        HashCore(text, &ring[k & 3]);
        HashCore(text, &ring[(k + 1) & 3]);
        SetStarter(text, &ring[(k + 1) & 3]);
      }
      boundary = (line_break_rule && newlines > 0 && LineBreakRule(g)) || decide(g);
    }
    if (boundary) {
      on_boundary(left.end, right.begin);
      since = 1;
    } else {
      ++since;
    }
    ++k;
    if (more) more = fill();
  }
}

}  // namespace dyad::text

#endif  // DYAD_TEXT_BOUNDARY_FEATURES_H_
