#include "text/boundary_features.h"

#include "text/sentence_model.h"

namespace dyad::text {
namespace {

// Punctuation classes packed into Chunk::lead_sig / trail_sig. Frozen: they
// are hashed into model features.
enum Punct : uint8_t {
  kNoPunct = 0,
  kPeriod = 1,
  kBang = 2,
  kQuestion = 3,
  kComma = 4,
  kSemicolon = 5,
  kColon = 6,
  kDoubleQuote = 7,
  kSingleQuote = 8,
  kOpenBracket = 9,
  kCloseBracket = 10,
  kEllipsis = 11,
  kDash = 12,
  kStar = 13,
  kBullet = 14,
  kOtherPunct = 15,
};

// Opening punctuation starting at p[i] (before `end`): its class and length,
// or kNoPunct.
Punct LeadAt(const unsigned char* p, size_t i, size_t end, size_t* len) {
  *len = 1;
  switch (p[i]) {
    case '"':
      return kDoubleQuote;
    case '\'':
    case '`':
      return kSingleQuote;
    case '(':
    case '[':
    case '{':
    case '<':
      return kOpenBracket;
    case '*':
      return kStar;
    case '-':
      return kDash;
    case '#':
      return kOtherPunct;
    default:
      break;
  }
  if (p[i] == 0xE2 && i + 2 < end && p[i + 1] == 0x80) {
    *len = 3;
    switch (p[i + 2]) {
      case 0x9C:
        return kDoubleQuote;  // “
      case 0x98:
        return kSingleQuote;  // ‘
      case 0xA2:
        return kBullet;  // •
      case 0x93:
      case 0x94:
        return kDash;  // – —
      default:
        break;
    }
  }
  if (p[i] == 0xC2 && i + 1 < end && p[i + 1] == 0xAB) {  // «
    *len = 2;
    return kDoubleQuote;
  }
  return kNoPunct;
}

// Closing punctuation ending just before p[j] (after `begin`).
Punct TrailBefore(const unsigned char* p, size_t begin, size_t j, size_t* len) {
  *len = 1;
  switch (p[j - 1]) {
    case '.':
      return kPeriod;
    case '!':
      return kBang;
    case '?':
      return kQuestion;
    case ',':
      return kComma;
    case ';':
      return kSemicolon;
    case ':':
      return kColon;
    case '"':
      return kDoubleQuote;
    case '\'':
      return kSingleQuote;
    case ')':
    case ']':
    case '}':
    case '>':
      return kCloseBracket;
    case '*':
      return kStar;
    default:
      break;
  }
  if (j >= begin + 3 && p[j - 3] == 0xE2 && p[j - 2] == 0x80) {
    *len = 3;
    switch (p[j - 1]) {
      case 0x9D:
        return kDoubleQuote;  // ”
      case 0x99:
        return kSingleQuote;  // ’
      case 0xA6:
        return kEllipsis;  // …
      default:
        break;
    }
  }
  if (j >= begin + 2 && p[j - 2] == 0xC2 && p[j - 1] == 0xBB) {  // »
    *len = 2;
    return kDoubleQuote;
  }
  return kNoPunct;
}

// Per-byte flags for ScanChunk: one table lookup answers every question it
// asks of a core byte and of the chunk's first and last bytes.
enum ByteFlag : uint8_t {
  kSpecialByte = 1,   // " ( ) [ ] or the lead byte of curly quotes.
  kLowerByte = 2,     // a-z
  kUpperByte = 4,     // A-Z
  kDigitByte = 8,     // 0-9
  kLineEndBad = 16,   // , ; : - ( & / (a line ending in one goes on).
  kNonAsciiByte = 32, // >= 0x80
  kOtherAscii = 64,   // Any other ASCII byte (punctuation, symbols, controls).
};

struct ByteTables {
  uint8_t flags[256];
  unsigned char lower[256];
  char shape[256];
};

constexpr ByteTables MakeByteTables() {
  ByteTables t{};
  for (int b = 0; b < 256; ++b) {
    uint8_t f = 0;
    if (b == '"' || b == '(' || b == ')' || b == '[' || b == ']' || b == 0xE2) f |= kSpecialByte;
    if (b >= 'a' && b <= 'z') f |= kLowerByte;
    if (b >= 'A' && b <= 'Z') f |= kUpperByte;
    if (b >= '0' && b <= '9') f |= kDigitByte;
    if (b == ',' || b == ';' || b == ':' || b == '-' || b == '(' || b == '&' || b == '/') {
      f |= kLineEndBad;
    }
    if (b >= 0x80) f |= kNonAsciiByte;
    if (!(f & (kLowerByte | kUpperByte | kDigitByte | kNonAsciiByte))) f |= kOtherAscii;
    t.flags[b] = f;
    t.lower[b] = static_cast<unsigned char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
    char s;
    if (b >= 'A' && b <= 'Z')
      s = 'X';
    else if (b >= 'a' && b <= 'z')
      s = 'x';
    else if (b >= '0' && b <= '9')
      s = 'd';
    else if (b >= 0xC0)
      s = 'u';
    else if (b >= 0x80)
      s = 0;
    else if (b == '.' || b == '-' || b == '\'' || b == '&')
      s = static_cast<char>(b);
    else
      s = '#';
    t.shape[b] = s;
  }
  return t;
}

constexpr ByteTables kTables = MakeByteTables();
constexpr const uint8_t* kByteFlags = kTables.flags;
constexpr const unsigned char* kLowerOf = kTables.lower;
constexpr const char* kShapeChar = kTables.shape;
constexpr uint8_t kAlnumByte = kLowerByte | kUpperByte | kDigitByte;

inline uint32_t Key(uint32_t t, uint32_t a, uint32_t b = 0, uint32_t c = 0) {
  uint64_t h = ((static_cast<uint64_t>(t) << 32) | a) * 0x9E3779B97F4A7C15ull;
  h ^= ((static_cast<uint64_t>(b) << 32) | c) + 0x632BE59BD9B4E019ull;
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 31;
  h *= 0x94D049BB133111EBull;
  h ^= h >> 29;
  uint32_t k = static_cast<uint32_t>(h >> 32);
  return k != 0 ? k : 1;
}

uint32_t SinceBucket(uint32_t n) {
  if (n <= 3) return n;
  if (n <= 5) return 4;
  if (n <= 8) return 5;
  if (n <= 12) return 6;
  if (n <= 20) return 7;
  if (n <= 35) return 8;
  return 9;
}

// Feature templates. Frozen numbering: changing one means bumping
// kBoundaryFeatureVersion.
enum Template : uint32_t {
  kBias = 1,
  kLeftTrail,
  kRightLead,
  kLeftWordTrail,
  kRightWord,
  kLeftWord,
  kTrailRightCase,
  kTrailRightWord,
  kLeftWordTrailRightCase,
  kAbbrevRightCase,
  kAbbrevRightWord,
  kTrailLeadRightCase,
  kShapes,
  kQuoteTrailLead,
  kBracketTrail,
  kSinceFinalRightCase,
  kPrevCaseLeftCaseTrail,
  kNextCaseRightCaseTrail,
  kCases,
  kLeftLengthCaseTrail,
  kRightWordLeftCase,
  kRightShapeLead,
  kLeftShapeTrail,
  kStarterFinalAbbrev,
  kWordPair,
};

}  // namespace

namespace {

// ScanChunk's opening and closing punctuation: sets lead_sig, trail_sig,
// core_begin, core_end and final_punct, and returns whether a quote or
// bracket is among them. *first_before_core is the closing class next to the
// core word.
// Kept out of line: inlined, it crowds ScanChunk's fast path (four chunks in
// five) with register spills.
[[gnu::noinline]] bool ScanPunct(const unsigned char* p, Chunk* c, Punct* first_before_core) {
  const uint32_t begin = c->begin, end = c->end;
  bool special = false;
  uint32_t i = begin;
  uint32_t lead = 0;
  int lead_n = 0;
  while (i < end) {
    size_t len;
    Punct cls = LeadAt(p, i, end, &len);
    if (cls == kNoPunct) break;
    if (lead_n < 4) lead = (lead << 4) | cls, ++lead_n;
    special |= cls == kDoubleQuote || cls == kOpenBracket;
    i += static_cast<uint32_t>(len);
  }
  // Closing punctuation: the last four classes, runs of one class kept to 3.
  uint32_t j = end;
  uint32_t trail = 0;
  int trail_n = 0, run = 0;
  Punct last = kNoPunct;
  *first_before_core = kNoPunct;
  uint8_t classes[4] = {0, 0, 0, 0};  // Reversed: classes[0] is the last one.
  while (j > i) {
    size_t len;
    Punct cls = TrailBefore(p, i, j, &len);
    if (cls == kNoPunct) break;
    run = cls == last ? run + 1 : 1;
    last = cls;
    if (run <= 3 && trail_n < 4) classes[trail_n++] = cls;
    special |= cls == kDoubleQuote || cls == kCloseBracket;
    *first_before_core = cls;
    j -= static_cast<uint32_t>(len);
  }
  for (int k = trail_n - 1; k >= 0; --k) trail = (trail << 4) | classes[k];
  c->lead_sig = lead;
  c->trail_sig = trail;
  c->core_begin = i;
  c->core_end = j;
  // Final punctuation: skip closing quotes and brackets from the end.
  for (int k = 0; k < trail_n; ++k) {
    uint8_t cls = classes[k];
    if (cls == kDoubleQuote || cls == kSingleQuote || cls == kCloseBracket || cls == kStar)
      continue;
    c->final_punct = cls == kPeriod || cls == kBang || cls == kQuestion || cls == kEllipsis;
    break;
  }
  return special;
}

// Straight and curly double quotes and brackets anywhere in the chunk.
[[gnu::noinline]] void CountQuotes(const unsigned char* p, Chunk* c) {
  const uint32_t begin = c->begin, end = c->end;
  int toggles = 0, opens = 0, brackets = 0;
  for (uint32_t i = begin; i < end; ++i) {
    unsigned char b = p[i];
    if (b == '"') {
      ++toggles;
    } else if (b == '(' || b == '[') {
      ++brackets;
    } else if (b == ')' || b == ']') {
      --brackets;
    } else if (b == 0xE2 && i + 2 < end && p[i + 1] == 0x80) {
      if (p[i + 2] == 0x9C) ++opens;
      if (p[i + 2] == 0x9D) --opens;
    }
  }
  c->quote_toggles = static_cast<int8_t>(toggles & 1);
  c->quote_opens = static_cast<int8_t>(opens < -8 ? -8 : opens > 8 ? 8 : opens);
  c->bracket_delta = static_cast<int8_t>(brackets < -8 ? -8 : brackets > 8 ? 8 : brackets);
}

WordCase CaseOf(uint8_t first_flags, uint32_t core_len, bool has_lower) {
  if (core_len == 0) return WordCase::kNone;
  if (first_flags & kLowerByte) return WordCase::kLower;
  if (first_flags & kDigitByte) return WordCase::kDigit;
  if (first_flags & kUpperByte) {
    return core_len == 1 ? WordCase::kLetter : has_lower ? WordCase::kTitle : WordCase::kUpper;
  }
  return WordCase::kOther;
}

}  // namespace

namespace {

// ScanChunk once the core word is known: its case, quotes and brackets, and
// the flags of the chunk's first and last bytes. Inlined into both callers,
// so that the plain-word one keeps few registers.
[[gnu::always_inline]] inline void ScanCore(std::string_view text, uint8_t first, uint8_t last,
                                            bool special, Punct first_before_core, Chunk* c) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  const uint32_t i = c->core_begin, j = c->core_end;
  // The core's bytes, for its case and whether it may hold a quote or bracket.
  // Its hashes are left to HashCore, which runs only for chunks beside a
  // candidate gap (about a quarter of them).
  const uint32_t core_len = j - i;
  const uint8_t head = core_len == 0 ? 0 : kByteFlags[p[i]];
  uint8_t tail = 0;  // Flags of the core's bytes after the first.
  for (uint32_t k = i + 1; k < j; ++k) tail |= kByteFlags[p[k]];
  const uint8_t any = head | tail;
  if (special || (any & kSpecialByte)) CountQuotes(p, c);
  c->tail_shape = tail == kLowerByte ? 'x' : tail == kUpperByte ? 'X' : tail == kDigitByte ? 'd' : 0;

  c->core_len = static_cast<uint8_t>(core_len > 255 ? 255 : core_len);
  c->word_case = CaseOf(head, core_len, any & kLowerByte);
  if (first_before_core == kPeriod && core_len > 0) {
    c->abbrev = ClassifyAbbreviation(text.substr(i, core_len + 1));
  }
  c->ends_alnum = (last & kAlnumByte) != 0;
  c->starts_lower = (first & kLowerByte) != 0;
  c->line_end_ok = !(last & kLineEndBad);
  c->starts_line_opener =
      (first & (kUpperByte | kDigitByte | kNonAsciiByte)) != 0 || c->lead_sig != 0;
}

// ScanChunk for a chunk that starts or ends with something other than a
// letter or digit: it may have opening or closing punctuation.
[[gnu::noinline]] void ScanPunctuatedChunk(std::string_view text, uint8_t first, uint8_t last,
                                           Chunk* c) {
  Punct first_before_core = kNoPunct;
  const bool special = ScanPunct(reinterpret_cast<const unsigned char*>(text.data()), c,
                                 &first_before_core);
  ScanCore(text, first, last, special, first_before_core, c);
}

}  // namespace

void ScanChunk(std::string_view text, uint32_t begin, uint32_t end, Chunk* c) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  *c = Chunk();
  c->begin = begin;
  c->end = end;
  const uint8_t first = kByteFlags[p[begin]], last = kByteFlags[p[end - 1]];
  // Most chunks start and end with a letter or digit, which no opening or
  // closing punctuation class does: then the core is the whole chunk.
  if (!((first & kAlnumByte) && (last & kAlnumByte))) {
    ScanPunctuatedChunk(text, first, last, c);
    return;
  }
  c->core_begin = begin;
  c->core_end = end;
  ScanCore(text, first, last, /*special=*/false, kNoPunct, c);
}

namespace {

constexpr uint32_t kFnvBasis = 2166136261u;
constexpr uint32_t kFnvPrime = 16777619u;

uint32_t Fnv(uint32_t h, unsigned char b) { return (h ^ b) * kFnvPrime; }

// The shape hash of HashCore, one byte at a time.
uint32_t ShapeHash(const unsigned char* p, uint32_t begin, uint32_t end) {
  uint32_t sh = kFnvBasis;
  char prev_shape = 0;
  int shape_run = 0, shape_n = 0;
  for (uint32_t k = begin; k < end; ++k) {
    const char s = kShapeChar[p[k]];
    if (s == 0) continue;  // UTF-8 continuation byte.
    shape_run = s == prev_shape ? shape_run + 1 : 1;
    prev_shape = s;
    // Branch-free: whether a letter extends the shape varies word by word.
    const bool keep = (shape_run <= 2) & (shape_n < 10);
    const uint32_t next_sh = Fnv(sh, static_cast<unsigned char>(s));
    sh = keep ? next_sh : sh;
    shape_n += keep;
  }
  return sh;
}

}  // namespace

void HashCoreOnce(std::string_view text, Chunk* c) {
  c->hashed = true;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  // Lowercase FNV-1a of the core word, and of its shape with runs of one
  // shape character kept to two (Xxxxx -> Xx, 2004 -> dd), at most ten.
  uint32_t h = kFnvBasis;
  for (uint32_t k = c->core_begin; k < c->core_end; ++k) h = Fnv(h, kLowerOf[p[k]]);
  c->word_hash = h;
  // Most words are one shape character and a run of another (or the same):
  // "Smith" -> Xxx, "said" -> xx, "2004" -> dd. Their shape needs no loop.
  const uint32_t len = c->core_end - c->core_begin;
  const char head = len == 0 ? 0 : kShapeChar[p[c->core_begin]];
  if (head != 0 && (len == 1 || c->tail_shape != 0)) {
    uint32_t sh = Fnv(kFnvBasis, static_cast<unsigned char>(head));
    if (len >= 2) sh = Fnv(sh, static_cast<unsigned char>(c->tail_shape));
    if (len >= 3 && c->tail_shape != head) sh = Fnv(sh, static_cast<unsigned char>(c->tail_shape));
    c->shape_hash = sh;
  } else {
    c->shape_hash = ShapeHash(p, c->core_begin, c->core_end);
  }
}

void SetStarter(std::string_view text, Chunk* c) {
  if (c->word_case != WordCase::kTitle && c->word_case != WordCase::kLetter) return;
  HashCore(text, c);
  // Screen by the word hash first; confirm the rare hits exactly.
  if (!MaybeCommonSentenceStarter(c->word_hash)) return;
  c->is_starter = IsCommonSentenceStarter(text.substr(c->core_begin, c->core_end - c->core_begin));
}

namespace {

// Calls emit(key) for each feature key of g, always in the same order (the
// model's score is a float sum in this order).
template <typename Emit>
void ForEachGapFeature(const GapContext& g, Emit&& emit) {
  const Chunk& l = *g.left;
  const Chunk& r = *g.right;
  const uint32_t lc = static_cast<uint32_t>(l.word_case);
  const uint32_t rc = static_cast<uint32_t>(r.word_case);
  const uint32_t lt = l.trail_sig;
  const uint32_t rl = r.lead_sig;
  const uint32_t ab = static_cast<uint32_t>(l.abbrev);
  const uint32_t fin = l.final_punct ? 1 : 0;
  const uint32_t pc = g.prev ? static_cast<uint32_t>(g.prev->word_case) + 1 : 0;
  const uint32_t nc = g.next ? static_cast<uint32_t>(g.next->word_case) + 1 : 0;
  const uint32_t len = l.core_len < 6 ? l.core_len : 6;
  emit(Key(kBias, 0));
  emit(Key(kLeftTrail, lt));
  emit(Key(kRightLead, rl));
  emit(Key(kLeftWordTrail, l.word_hash, lt));
  emit(Key(kRightWord, r.word_hash));
  emit(Key(kLeftWord, l.word_hash));
  emit(Key(kTrailRightCase, lt, rc));
  emit(Key(kTrailRightWord, lt, r.word_hash));
  emit(Key(kLeftWordTrailRightCase, l.word_hash, lt, rc));
  emit(Key(kAbbrevRightCase, ab, rc, rl));
  emit(Key(kAbbrevRightWord, ab, r.word_hash));
  emit(Key(kTrailLeadRightCase, lt, rl, rc));
  emit(Key(kShapes, l.shape_hash, lt, r.shape_hash));
  emit(Key(kQuoteTrailLead, g.in_quote ? 1 : 0, lt, rl));
  emit(Key(kBracketTrail, g.in_brackets ? 1 : 0, lt));
  emit(Key(kSinceFinalRightCase, SinceBucket(g.chunks_since_boundary), fin, rc));
  emit(Key(kPrevCaseLeftCaseTrail, pc, lc, lt));
  emit(Key(kNextCaseRightCaseTrail, nc, rc, lt));
  emit(Key(kCases, lc, rc, fin));
  emit(Key(kLeftLengthCaseTrail, len, lc, lt));
  emit(Key(kRightWordLeftCase, r.word_hash, lc, fin));
  emit(Key(kRightShapeLead, r.shape_hash, rl));
  emit(Key(kLeftShapeTrail, l.shape_hash, lt));
  emit(Key(kStarterFinalAbbrev, r.is_starter ? 1 : 0, fin, ab));
  emit(Key(kWordPair, l.word_hash, r.word_hash));
}

}  // namespace

size_t ExtractGapFeatures(const GapContext& g, uint32_t* keys) {
  size_t n = 0;
  ForEachGapFeature(g, [&](uint32_t key) { keys[n++] = key; });
  return n;
}

float ScoreGap(const GapContext& g, const SentenceModel& model) {
  // Same sum as model.Score over ExtractGapFeatures, without the key array.
  float s = 0;
  ForEachGapFeature(g, [&](uint32_t key) { s += model.Weight(key); });
  return s;
}


bool RuleDecision(const GapContext& g) {
  if (!g.candidate) return false;
  const Chunk& l = *g.left;
  const Chunk& r = *g.right;
  if (!l.final_punct || r.starts_lower) return false;
  switch (l.abbrev) {
    case AbbreviationKind::kTitle:
    case AbbreviationKind::kInitial:
    case AbbreviationKind::kMidSentence:
      return false;
    case AbbreviationKind::kMonth:
      return r.is_starter;
    case AbbreviationKind::kDotted:
    case AbbreviationKind::kCompany:
      return AbbreviationThenStarter(g);
    case AbbreviationKind::kNone:
      break;
  }
  return true;
}

bool LineBreakRule(const GapContext& g) {
  const Chunk& l = *g.left;
  const Chunk& r = *g.right;
  if (g.newlines != 1 || l.final_punct || !l.line_end_ok || !r.starts_line_opener) return false;
  return l.abbrev != AbbreviationKind::kTitle && l.abbrev != AbbreviationKind::kInitial;
}

}  // namespace dyad::text
