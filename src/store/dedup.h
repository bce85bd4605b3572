// Internal to store/: canonical events. Mentions of one event (the same
// source, target and CAMEO code, dated within the store's window) from
// different sentences, articles and outlets are grouped into one row of
// canonical_events that carries how often and where it was reported, as
// GDELT's NumMentions, NumSources and NumArticles. docs/store.md describes
// the rule; this is its one implementation, over any back end.
//
// The grouping is anchored: a key's events are taken in date order, the
// first opens a group, and every later one dated within window_days of the
// group's first date joins it; the next one opens a new group. A window of 0
// keeps one event per key and day (the "one-a-day" filter of Phoenix and
// PETRARCH). Events without a date form one group per key.
//
// Groups are kept up to date incrementally: when events of a key are added
// or removed from some date on, the key's groups from the last one that
// starts on or before that date are rebuilt (news arrives mostly in date
// order, so that is usually the key's last group), inside the caller's
// transaction, so that canonical events never disagree with the events.
#ifndef DYAD_STORE_DEDUP_H_
#define DYAD_STORE_DEDUP_H_

#include <map>
#include <string>
#include <tuple>

#include "store/sql.h"
#include "store/store.h"

namespace dyad::store {

// The keys whose events changed, each with the earliest date touched ("" for
// an undated event: then the whole key is rebuilt).
class TouchedKeys {
 public:
  // target "" for an event without target, date "" for an undated one.
  void Add(const std::string& source, const std::string& target, const std::string& code,
           const std::string& date);
  bool empty() const { return keys_.empty(); }
  size_t size() const { return keys_.size(); }
  void clear() { keys_.clear(); }

 private:
  friend Status UpdateCanonical(SqlConnection&, const TouchedKeys&, const DedupOptions&);
  std::map<std::tuple<std::string, std::string, std::string>, std::string> keys_;
};

// Rebuilds the groups of the touched keys from their earliest touched date.
Status UpdateCanonical(SqlConnection& db, const TouchedKeys& touched, const DedupOptions& dedup);

// Rebuilds every group (after the window changed, or a store was upgraded).
Status RebuildCanonical(SqlConnection& db, const DedupOptions& dedup);

// The canonical id of a group: 53 bits of a hash of its key and first date,
// so that it survives rebuilds that leave the group's start in place.
int64_t CanonicalId(const std::string& source, const std::string& target, const std::string& code,
                    const std::string& date_start);

// The columns of canonical_events, in the order UpdateCanonical writes them.
extern const std::vector<const char*> kCanonicalColumns;

}  // namespace dyad::store

#endif  // DYAD_STORE_DEDUP_H_
