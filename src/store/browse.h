// store/browse: what a server shows beside series and event lists — one
// article with its sentences and events, the actors a store holds with
// their event counts and names, the store's size, and a stamp that changes
// whenever the store does (for caches).
//
//   auto article = dyad::store::QueryArticle(*store, "wire-0002");
//   if (!article.ok()) return article.status();   // kNotFound: no such id
//   for (const auto& s : article->sentences) Show(s.text, s.events);
//
// Thread-safety: as query.h: the functions read through the store's
// connection, so one store serves one thread at a time.
#ifndef DYAD_STORE_BROWSE_H_
#define DYAD_STORE_BROWSE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "store/store.h"

namespace dyad::store {

// A span of a sentence to highlight, in code points of the sentence text.
struct Highlight {
  std::string role;  // "source", "target" or "verb"
  int64_t start = 0, end = 0;
  std::string text;
};

// One event as coded from one sentence of an article.
struct ArticleEvent {
  int64_t ordinal = 0;  // its order among the article's events
  std::string date, code, root_code, plover_type;
  int quad_class = 0;
  double goldstein = 0;
  std::string source_code, source_text, target_code, target_text;
  std::string verb;
  int64_t evidence_start = 0, evidence_end = 0;  // code points in the article
  std::vector<Highlight> highlights;              // found in the sentence text
  events::EventLocation location;
};

struct ArticleSentence {
  int64_t sentence = 0;  // 1-based, as stored
  std::string text;
  std::vector<ArticleEvent> events;
};

struct ArticleRecord {
  std::string id, url, title, date, source, dateline;
  // The sentences the store has: those events were coded from (the store
  // keeps no article text), in order.
  std::vector<ArticleSentence> sentences;
};

// The article stored under id, with its evidence sentences and their
// events. Highlights are where the source's, the target's and the verb's
// words first appear in the sentence (none when a text is not found).
// kNotFound for an unknown id; kIOError when the store fails.
Result<ArticleRecord> QueryArticle(EventStore& store, std::string_view id);

// An actor code the store's canonical events name, as source or target.
struct ActorCount {
  std::string code, country;
  int64_t events = 0;  // canonical events naming it on either side
  // The dictionary entry its mentions matched most often ("Narendra
  // Modi"); empty when the store has none.
  std::string name;
};

// Every actor code of the store's canonical events with its count, most
// events first. Reads the whole table (about a second per million events):
// cache the answer. kIOError when the store fails.
Result<std::vector<ActorCount>> QueryActorCounts(EventStore& store);

// Whether any canonical event has the actor on either side: a three-letter
// code as a country, a longer one as a code prefix (as Query reads them).
// A few index probes, however large the store (QueryActorCounts reads it
// all); a longer code found only among targets costs a scan of its
// country's events. kIOError when the store fails.
Result<bool> ActorInStore(EventStore& store, std::string_view code);

// A number that changes whenever anything is committed to the store, by
// this or any other connection or process (SQLite: PRAGMA data_version;
// PostgreSQL: the next transaction id, which any committed write in the
// server's cluster moves, so it also changes with other databases' writes).
// Compare values from one EventStore object only.
Result<int64_t> ChangeStamp(EventStore& store);

// Bytes the store takes: SQLite's pages (without the WAL); PostgreSQL's
// tables and indexes in the store's schema.
Result<int64_t> StoreSizeBytes(EventStore& store);

// The HTML-free JSON of an article: {"id", "url", "title", "date",
// "source", "dateline", "sentences": [{"sentence", "text", "events":
// [{..., "evidence": {"verb", "start", "end"}, "highlights": [...]}]}]}.
std::string ArticleJson(const ArticleRecord& article);

}  // namespace dyad::store

#endif  // DYAD_STORE_BROWSE_H_
