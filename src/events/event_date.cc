#include "events/event_date.h"

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "base/date_math.h"
#include "events/time_expression.h"
#include "events/verb_tense.h"

namespace dyad::events {
namespace {

// Relations that open a clause of their own: an expression below one of
// them belongs to that clause's verb, not to the verb above it. xcomp is
// not one: "plans to visit next month" is one event.
bool OpensClause(const text::WordAnalysis& w) {
  const std::string_view rel = std::string_view(w.deprel).substr(0, w.deprel.find(':'));
  if (rel == "conj") return w.upos == "VERB" || w.upos == "AUX";
  return rel == "root" || rel == "ccomp" || rel == "advcl" || rel == "acl" || rel == "parataxis" ||
         rel == "csubj" || rel == "list";
}

// The token heading the clause that token i is in.
int ClauseOf(const std::vector<text::WordAnalysis>& a, int i) {
  for (size_t steps = 0; steps <= a.size(); ++steps) {
    const int head = HeadOf(a, static_cast<uint32_t>(i));
    if (head < 0 || OpensClause(a[i])) return i;
    i = head;
  }
  return i;  // A cycle (a corrupt parse): stop anywhere.
}

// How an expression relates to the verb: lower is better.
enum Attachment { kDirect, kSameClause, kElsewhere };

Attachment AttachmentOf(const TimeExpression& e, const std::vector<text::WordAnalysis>& a,
                        uint32_t verb) {
  std::optional<int> outside;  // The word above the expression in the tree.
  for (uint32_t t = e.first_token; t <= e.last_token; ++t) {
    const int head = HeadOf(a, t);
    // The parser made the expression the sentence's root ("Next month, the
    // minister plans..." read as a noun phrase): it is in no clause of its
    // own, so it goes with whichever verb is asked about.
    if (head == -1) return kSameClause;
    if (head >= static_cast<int>(e.first_token) && head <= static_cast<int>(e.last_token)) continue;
    if (head == static_cast<int>(verb)) return kDirect;
    if (!outside) outside = head;
  }
  if (!outside) return kElsewhere;
  return ClauseOf(a, *outside) == ClauseOf(a, static_cast<int>(verb)) ? kSameClause : kElsewhere;
}

bool HasParse(const text::Sentence& sentence, const std::vector<text::WordAnalysis>& a) {
  if (a.size() != sentence.tokens.size()) return false;
  for (uint32_t i = 0; i < a.size(); ++i) {
    if (HeadOf(a, i) == -2) return false;
  }
  return true;
}

uint32_t Distance(const TimeExpression& e, uint32_t verb) {
  return verb < e.first_token  ? e.first_token - verb
         : verb > e.last_token ? verb - e.last_token
                               : 0;
}

// The expression that dates the verb's event, or null.
const TimeExpression* ChooseExpression(const std::vector<TimeExpression>& found,
                                       const text::Sentence& sentence,
                                       const std::vector<text::WordAnalysis>& a, uint32_t verb) {
  const bool parsed = HasParse(sentence, a);
  const TimeExpression* best = nullptr;
  Attachment best_attachment = kElsewhere;
  for (const TimeExpression& e : found) {
    const Attachment at = parsed ? AttachmentOf(e, a, verb) : kSameClause;
    if (at == kElsewhere) continue;
    if (best == nullptr || at < best_attachment ||
        (at == best_attachment && Distance(e, verb) < Distance(*best, verb))) {
      best = &e;
      best_attachment = at;
    }
  }
  return best;
}

}  // namespace

std::string IsoDate(int32_t d) {
  if (d == 0) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
  return buf;
}

const char* DatePrecisionName(DatePrecision precision) {
  switch (precision) {
    case DatePrecision::kDay:
      return "day";
    case DatePrecision::kMonth:
      return "month";
    case DatePrecision::kYear:
      return "year";
  }
  return "day";
}

EventDate ResolveEventDate(const text::Sentence& sentence,
                           const std::vector<text::WordAnalysis>& analyses, uint32_t verb,
                           int32_t article_date) {
  EventDate date;
  if (IsValidDate(article_date)) date.yyyymmdd = article_date;
  const std::vector<TimeExpression> found = FindTimeExpressions(sentence);
  const TimeExpression* e = ChooseExpression(found, sentence, analyses, verb);
  if (e == nullptr) return date;
  const std::optional<ResolvedDate> resolved =
      ResolveTimeExpression(*e, date.yyyymmdd, VerbTense(analyses, verb));
  if (!resolved) return date;
  date.yyyymmdd = resolved->yyyymmdd;
  date.precision = resolved->precision;
  date.from_text = true;
  date.first_token = e->first_token;
  date.last_token = e->last_token;
  return date;
}

}  // namespace dyad::events
