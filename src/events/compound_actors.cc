#include "events/compound_actors.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "events/verb_frame.h"

namespace dyad::events {
namespace {

// The token of a mention whose head lies outside it (its phrase's head).
uint32_t HeadToken(const nlp::ParsedSentence& s, const actors::ActorMention& m) {
  for (uint32_t t = m.last_token + 1; t-- > m.first_token;) {
    if (t >= s.words.size()) continue;
    int h = s.words[t].head;
    if (h < static_cast<int>(m.first_token) || h > static_cast<int>(m.last_token)) return t;
  }
  return std::min<uint32_t>(m.last_token, s.words.empty() ? 0 : s.words.size() - 1);
}

int MentionHolding(const std::vector<actors::ActorMention>& mentions, uint32_t token) {
  for (size_t m = 0; m < mentions.size(); ++m) {
    if (mentions[m].first_token <= token && token <= mentions[m].last_token) return static_cast<int>(m);
  }
  return -1;
}

// The first member of the list a token is a conjunct of (itself if none).
uint32_t FirstConjunct(const nlp::ParsedSentence& s, uint32_t token) {
  for (int depth = 0; depth < 16 && s.words[token].deprel == "conj" && s.words[token].head >= 0; ++depth) {
    token = static_cast<uint32_t>(s.words[token].head);
  }
  return token;
}

// As FirstConjunct, through appositions too.
uint32_t ListHead(const nlp::ParsedSentence& s, uint32_t token) {
  for (int depth = 0; depth < 16 && s.words[token].head >= 0; ++depth) {
    std::string_view rel = s.words[token].deprel;
    if (rel != "conj" && rel != "appos") break;
    token = static_cast<uint32_t>(s.words[token].head);
  }
  return token;
}

bool IsConjunction(const std::string& lower) {
  return lower == "and" || lower == "or" || lower == "nor";
}

bool IsCoreArgument(std::string_view rel) {
  return rel.starts_with("nsubj") || rel == "obj" || rel == "iobj" || rel.starts_with("csubj");
}

enum class Link { kNone, kComma, kConjunction };

// How the words between mentions a and b (a before b) join them.
Link LinkBetween(const nlp::ParsedSentence& s, const actors::ActorMention& a,
                 const actors::ActorMention& b) {
  if (b.first_token <= a.last_token + 1 || b.last_token >= s.words.size()) return Link::kNone;
  uint32_t t = a.last_token + 1;
  bool comma = false, conjunction = false;
  for (; t < b.first_token; ++t) {
    std::string form(s.words[t].form);
    for (char& c : form) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (form == ",") {
      comma = true;
    } else if (IsConjunction(form)) {
      conjunction = true;
    } else {
      break;
    }
  }
  if (!comma && !conjunction) return Link::kNone;
  // The next member's own modifiers: "and the evil awful Gondor".
  for (; t < b.first_token; ++t) {
    std::string_view upos = s.words[t].upos;
    if (upos != "DET" && upos != "ADJ" && upos != "NOUN" && upos != "NUM") return Link::kNone;
  }
  // "Russia attacked Ukraine and Poland condemned it": two clauses, not a
  // list. Members that are core arguments of different words are not joined.
  // A conjunct stands where the first member of its list stands, and so
  // does a member the parser took for an apposition ("The US, Russia, and
  // Switzerland met": Russia hung on US as appos, Switzerland a second nsubj).
  uint32_t ha = ListHead(s, HeadToken(s, a)), hb = HeadToken(s, b);
  const nlp::ParsedWord& wa = s.words[ha];
  const nlp::ParsedWord& wb = s.words[hb];
  // An apposition naming the same country is the same actor ("Sergei
  // Lavrov, Russia's foreign minister, and ..."), not another member.
  if (wb.deprel == "appos" && a.country == b.country) return Link::kNone;
  bool conj_of_a = (wb.deprel == "conj" || wb.deprel == "appos") && ListHead(s, hb) == ha;
  if (!conj_of_a && wa.head != wb.head && (IsCoreArgument(wa.deprel) || IsCoreArgument(wb.deprel))) {
    return Link::kNone;
  }
  return conjunction ? Link::kConjunction : Link::kComma;
}

// Members found by the words: the list around `mention`, if any.
void SurfaceMembers(const nlp::ParsedSentence& s, const std::vector<actors::ActorMention>& mentions,
                    int mention, std::vector<int>* out) {
  std::vector<int> order(mentions.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
    return mentions[x].first_token < mentions[y].first_token;
  });
  // Runs of mentions joined by links; a run is a list up to its last
  // conjunction (trailing comma links are appositions).
  size_t start = 0;
  while (start < order.size()) {
    size_t end = start;  // Inclusive.
    size_t last_conj = start;
    while (end + 1 < order.size()) {
      Link l = LinkBetween(s, mentions[order[end]], mentions[order[end + 1]]);
      if (l == Link::kNone) break;
      ++end;
      if (l == Link::kConjunction) last_conj = end;
    }
    if (last_conj > start) {
      bool here = false;
      for (size_t i = start; i <= last_conj; ++i) here = here || order[i] == mention;
      if (here) {
        for (size_t i = start; i <= last_conj; ++i) out->push_back(order[i]);
        return;
      }
    }
    start = end + 1;
  }
}

// Members found by the parse: conjuncts of the mention's head.
void ParseMembers(const nlp::ParsedSentence& s, const std::vector<actors::ActorMention>& mentions,
                  int mention, std::vector<int>* out) {
  uint32_t h = HeadToken(s, mentions[mention]);
  if (h >= s.words.size()) return;
  uint32_t first = h;
  if (s.words[h].deprel == "conj" && s.words[h].head >= 0) first = static_cast<uint32_t>(s.words[h].head);
  std::vector<uint32_t> heads = {first};
  // The conjuncts of the name's head, or of another word of it ("Barack
  // Obama and Vladimir Putin" with "Vladimir" hung on "Obama").
  uint32_t from = first, to = first;
  if (int fm = MentionHolding(mentions, first); fm >= 0) {
    from = mentions[fm].first_token;
    to = mentions[fm].last_token;
  }
  for (uint32_t t = from; t <= to && t < s.words.size(); ++t) {
    for (uint32_t c : s.children[t]) {
      if (s.words[c].deprel == "conj") heads.push_back(c);
    }
  }
  for (uint32_t t : heads) {
    int m = MentionHolding(mentions, t);
    if (m >= 0) out->push_back(m);
  }
}

}  // namespace

std::vector<int> CompoundMembers(const nlp::ParsedSentence& s,
                                 const std::vector<actors::ActorMention>& mentions, int mention) {
  std::vector<int> found = {mention};
  if (mention < 0 || static_cast<size_t>(mention) >= mentions.size()) return {};
  ParseMembers(s, mentions, mention, &found);
  SurfaceMembers(s, mentions, mention, &found);
  std::sort(found.begin(), found.end(), [&](int x, int y) {
    return mentions[x].first_token != mentions[y].first_token
               ? mentions[x].first_token < mentions[y].first_token
               : x < y;
  });
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

std::vector<int> ExpandCompounds(const nlp::ParsedSentence& s,
                                 const std::vector<actors::ActorMention>& mentions,
                                 const std::vector<int>& group) {
  std::vector<int> out;
  for (int m : group) {
    for (int x : CompoundMembers(s, mentions, m)) {
      if (std::find(out.begin(), out.end(), x) == out.end()) out.push_back(x);
    }
  }
  return out;
}

}  // namespace dyad::events
