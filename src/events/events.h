// events: who did what to whom, and when. CAMEO events coded from parsed
// sentences and their actors (actors/actors.h), with verb dictionaries
// (TABARI and PETRARCH verb files today; dyad's own in issue 7).
//
//   dyad::events::EventOptions options;
//   options.home = home;                       // data/cameo, data/plover
//   options.dictionaries = {{"verbs.txt", ""}};
//   auto coder = dyad::events::EventCoder::Load(options, &diagnostics);
//   std::vector<dyad::events::Event> events;
//   (*coder)->Code(article, sentences, analyses, mentions, &events);
//
// An event is emitted only when a verb pattern matched (no fallback codes);
// negation, modality and dates are decided per event (docs/coding.md).
//
// Thread-safety: an EventCoder is immutable after Load; Code may be called
// from any number of threads at once.
//
// Status: under construction (issue 6). This header fixes the record; the
// coder lands in steps.
#ifndef DYAD_EVENTS_EVENTS_H_
#define DYAD_EVENTS_EVENTS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "actors/actors.h"
#include "base/diagnostics.h"
#include "base/status.h"
#include "ingest/ingest.h"
#include "text/text.h"

namespace dyad::events {

// A place an event happened at or an actor stands for: filled by the geo
// stage (geo/geo.h), after coding; empty (type "") when unknown. The
// record lives here so that an Event carries it through the stages after
// geo (store, export) without them reaching back.
struct EventLocation {
  std::string name;          // "Sydney", "Georgia", "Iraq" (the gazetteer's name).
  std::string type;          // "country", "adm1" or "city"; "" when unknown.
  std::string country_iso3;  // "AUS".
  std::string country_fips;  // FIPS 10-4, as GDELT writes it: "AS".
  std::string adm1;          // Region name, "New South Wales"; "" for a country.
  std::string adm1_code;     // GeoNames admin-1 code, "02"; "" for a country.
  double lat = 0, lon = 0;   // WGS84 degrees; a country's or region's middle.
  int64_t geonameid = 0;     // GeoNames id; 0 when the gazetteer has none.
  int64_t begin = -1, end = -1;  // Bytes of the name in the article text; -1 when not in it.
  std::string from;          // "sentence", "dateline", "target" or "actor".
  bool known() const { return !type.empty(); }
};

// One side of an event: an actor mention's code and where it stands.
struct EventActor {
  std::string code, country, sector;
  std::string text;
  uint32_t begin = 0, end = 0;  // Bytes in the article text.
  // The actor's place: the event's place when it lies in the actor's
  // country, else the country's (as GDELT's Actor1Geo). geo stage.
  EventLocation location;
};

// The words and the rule that made an event.
struct Evidence {
  size_t sentence = 0;       // 0-based.
  std::string verb;          // The verb or event noun as written.
  uint32_t begin = 0, end = 0;  // Bytes of the verb in the article text.
  std::string pattern;       // "CALL - * (FOR CEASEFIRE) [014]" (file:line in `rule`).
  std::string rule;          // "verbs.txt:496".
};

enum class Modality : uint8_t {
  kAsserted,      // Happened or is happening.
  kHypothetical,  // "would", "could", "may", conditionals ("if ...").
  kQuestion,      // A question.
};
const char* ModalityName(Modality m);  // "asserted", "hypothetical", "question".

enum class DatePrecision : uint8_t { kDay, kMonth, kYear };
const char* DatePrecisionName(DatePrecision precision);  // "day", "month", "year".

// yyyymmdd as "YYYY-MM-DD"; "" for 0 (no date).
std::string IsoDate(int32_t yyyymmdd);

struct Event {
  std::string article_id;
  int32_t date = 0;  // yyyymmdd; month/year precision: the first day.
  DatePrecision date_precision = DatePrecision::kDay;
  EventActor source;
  EventActor target;
  bool has_target = false;
  std::string code;       // CAMEO, "036".
  std::string root_code;  // "03".
  int quad_class = 0;     // GDELT 1-4.
  double goldstein = 0;
  std::string plover_type, plover_mode, plover_context;
  bool negated = false;
  Modality modality = Modality::kAsserted;
  Evidence evidence;
  EventLocation location;  // Where it happened (geo stage); unknown until then.
};

struct EventOptions {
  // dyad's home: data/cameo/events.tsv and data/plover/cameo_plover.tsv.
  std::string home;
  // Verb dictionaries (dyad's, TABARI or PETRARCH verbs files; other kinds
  // given here are left to the actors stage). Sources are the ones `--dict`
  // names.
  std::vector<actors::DictionarySource> dictionaries;
  // Load dyad's own verb files, home/data/dictionaries/verbs/*.verbs (in
  // name order), unless `dictionaries` has a verbs file: a user's verbs
  // replace dyad's (two dictionaries' conventions do not mix well).
  bool load_defaults = true;
  // Both source and target must be known actors (the older coders' default).
  bool require_dyad = true;
  // Keep hypothetical, questioned and negated events (flagged) too.
  bool all_modalities = false;
  // How "will meet" is coded. CAMEO codes a stated future act as the intent
  // to act (036, "express intent to meet"); the TABARI and PETRARCH
  // dictionaries code it as the act itself (their validation suites expect
  // 040), so kByDictionary follows the dictionary's own convention: the act
  // for those imported formats, the intent otherwise. Intent and refusal
  // verbs ("plans to visit", "refused to meet") are recoded in every case
  // (docs/coding.md, "Intent and refusal").
  enum class Future : uint8_t { kByDictionary, kIntent, kAct };
  Future future = Future::kByDictionary;
};

class EventCoder {
 public:
  // Loads the tables and the verb dictionaries. Problems inside a file go
  // to diagnostics as file:line: reason; kNotFound for a missing file or
  // table; kInvalidArgument when no verb dictionary is given.
  static Result<std::unique_ptr<EventCoder>> Load(const EventOptions& options,
                                                  Diagnostics* diagnostics);
  virtual ~EventCoder() = default;

  // Appends the events of one article. `mentions` are its actors
  // (ActorDictionary::Recognize over the same sentences and analyses).
  // With require_dyad, a sentence without a parse (its heads "_") gives no
  // event: without a tree a verb has no object or oblique, so no target.
  // TABARI dictionaries are read from the words alone and need none.
  virtual void Code(const ingest::Article& article, const std::vector<text::Sentence>& sentences,
                    const std::vector<std::vector<text::WordAnalysis>>& analyses,
                    const std::vector<actors::ActorMention>& mentions,
                    std::vector<Event>* events) const = 0;

  // Whether the sentence has a verb the dictionaries know (by form or by
  // lemma, from tags alone): sentences without one need no parse.
  virtual bool MayHoldEvent(const text::Sentence& sentence,
                            const std::vector<text::WordAnalysis>& analyses) const = 0;

  // The fewest dictionary names (ActorDictionary::MayMention) a sentence
  // needs to hold an event: its source and its target with require_dyad,
  // one of them without; one for TABARI dictionaries, whose "he" or "they"
  // stands for the previous sentence's first actor. Callers skip the
  // tagger and the parser for sentences with fewer.
  virtual int names_needed() const = 0;

  // Verbs and patterns loaded.
  virtual size_t verb_count() const = 0;
  virtual size_t pattern_count() const = 0;
};

// The stable id of an event, as `dyad code` writes it (event_id) and the
// store keeps it: the same article, sentence, verb position, actors and code
// give the same id on every run (FNV-1a over them). 53 bits, so that JSON
// readers keep it exact.
uint64_t EventId(const Event& event);

// Removes the events that discard phrases rule out (docs/coding.md,
// "Discards"): a story discard (`hits` from ActorDictionary::FindDiscards
// over the same article) removes every event of *events; a sentence discard
// the events whose evidence stands in its sentence. The others keep their
// order. REQUIRES: *events holds the events of one article.
void DropDiscarded(const std::vector<actors::DiscardHit>& hits, std::vector<Event>* events);

}  // namespace dyad::events

#endif  // DYAD_EVENTS_EVENTS_H_
