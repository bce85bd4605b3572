// actors: who is acting. Dictionaries of countries, organisations, people,
// media and agent nouns (docs/dictionaries.md), recognised in parsed
// sentences and resolved to CAMEO actor codes on the article's date
// (docs/actors.md).
//
//   dyad::actors::ActorOptions options;
//   options.home = home;                          // finds data/dictionaries/
//   auto dict = dyad::actors::ActorDictionary::Load(options, &diagnostics);
//   if (!dict.ok()) ...report dict.status()...
//   std::vector<dyad::actors::ActorMention> mentions;
//   (*dict)->Recognize(article, sentences, analyses, &mentions);
//   // "Russian Foreign Minister Sergei Lavrov" -> RUSGOV, "Ankara" -> TUR,
//   // "an Indian defence ministry official" -> INDGOV, "rebels" -> ---REB.
//
// Dictionaries come in dyad's native format or as TABARI/PETRARCH files
// (actors, agents, discards; verbs, options and issues files are read for
// their syntax and left to the event coder).
//
// Thread-safety: an ActorDictionary is immutable after Load; Recognize and
// FindDiscards may be called from any number of threads at once.
#ifndef DYAD_ACTORS_ACTORS_H_
#define DYAD_ACTORS_ACTORS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "base/status.h"
#include "ingest/ingest.h"
#include "text/text.h"

namespace dyad::actors {

// One dictionary file to load. `kind` is "" (detect from content), "dyad"
// (native), or a TABARI/PETRARCH kind: actors, agents, verbs, discards,
// options, issues (the `--dict KIND=FILE` of the CLI).
struct DictionarySource {
  std::string path;
  std::string kind;
};

// Parses "FILE" or "KIND=FILE" as the CLI takes it; kInvalidArgument for an
// unknown KIND.
Result<DictionarySource> ParseDictionarySource(const std::string& flag);

struct ActorOptions {
  // dyad's home: the default dictionaries are home/data/dictionaries/*.dict
  // and the known code parts home/data/cameo/codes.tsv.
  std::string home;
  // Load the default dictionaries (`--no-default-dict` turns this off).
  bool load_defaults = true;
  // More dictionaries, loaded after the defaults. Where a name is in two,
  // the entry loaded first wins (so defaults win over imports of the same
  // name; use --no-default-dict to let an import decide everything).
  std::vector<DictionarySource> dictionaries;
};

// What was loaded, per kind of entry (index: the kinds in the order of
// docs/dictionaries.md: country, organisation, person, media, agent, place,
// discard).
struct DictionaryStats {
  static constexpr int kKinds = 7;
  static const char* KindName(int kind);
  int64_t files = 0;
  int64_t lines = 0;
  int64_t entries[kKinds] = {};
  int64_t names[kKinds] = {};
  int64_t dated_roles[kKinds] = {};  // Codes with a date range.
  int64_t skipped_lines = 0;         // Verbs/options/issues lines: read, not used here.
};

// One actor found in an article.
struct ActorMention {
  size_t sentence = 0;       // 0-based index into the article's sentences.
  uint32_t begin = 0;        // Byte range in article.text (whole phrase:
  uint32_t end = 0;          //   "an Indian defence ministry official").
  uint32_t first_token = 0;  // Token range [first_token, last_token] in the sentence.
  uint32_t last_token = 0;
  std::string code;     // Full CAMEO code: "INDGOV", "---REB", "IGOUNOMIL".
  std::string country;  // First three letters ("IND", "---", "IGO").
  std::string sector;   // The rest ("GOV", "", "UNOMIL").
  // How the code was decided: "dictionary", "agent+adjective",
  // "agent+possessive", "agent+compound", "agent+place", "agent+dateline",
  // "agent+sentence-place", "agent+apposition", "agent" (country unknown),
  // "place", "context" (a `when` reading),
  // "coref:name", "coref:pronoun", "coref:definite", "coref:counterpart",
  // "coref:group". Coreference adds " -> " and the antecedent's text.
  std::string resolved_by;
  std::string entry;  // The dictionary name that matched ("Sergei Lavrov").
  // The kind of entry that decided the code: "country", "organisation",
  // "person", "media", "agent", "place".
  std::string kind;
};

// A discard phrase found in an article (ActorDictionary::FindDiscards):
// the sentence is not about politics ("scored a goal", "shares of"), or,
// for a story discard, the whole article is not ("Premier League").
struct DiscardHit {
  size_t sentence = 0;  // 0-based index into the article's sentences.
  bool story = false;   // A story discard: every sentence of the article.
  std::string phrase;   // The dictionary name that matched ("World Cup").
};

// A proper name no dictionary knows (`dyad actors --unknown`).
struct UnknownName {
  size_t sentence = 0;
  uint32_t begin = 0, end = 0;  // Byte range in article.text.
  std::string text;
};

class ActorDictionary {
 public:
  // Loads the dictionaries. Problems in a file are reported to diagnostics
  // as file:line: reason and the rest of the file is used. kNotFound when a
  // named file (or the default folder, with load_defaults) is missing;
  // kCorruption when data/cameo/codes.tsv is damaged.
  static Result<std::unique_ptr<ActorDictionary>> Load(const ActorOptions& options,
                                                       Diagnostics* diagnostics);
  virtual ~ActorDictionary() = default;

  virtual const DictionaryStats& stats() const = 0;

  // Whether at least `count` dictionary names occur in the sentence, apart
  // (forms, and lemmas when `analyses` has them): a cheap test, with no
  // parse needed, for callers that skip sentences without actors. Without
  // analyses each word's regular and "-men" plural is undone in their stead
  // ("ministries": "ministry", "spokesmen": "spokesman"), so that the test
  // before tagging passes every sentence the test after tagging passes.
  virtual bool MayMention(const text::Sentence& sentence,
                          const std::vector<text::WordAnalysis>& analyses,
                          int count = 1) const = 0;

  // Finds and resolves the actors of one article. `analyses[i]` holds the
  // tagger/parser output for sentences[i] (nlp::NlpModel::Annotate); the
  // article supplies the date (roles), the dateline (country of agents) and
  // the text the offsets point into. Appends to *mentions in text order;
  // `unknown` (may be null) receives proper names no dictionary matched.
  // Only the first `resolve` sentences are resolved; the others are still
  // read for the article's cues (a name's `when` readings). Coreference
  // looks back only, so those first sentences get the same mentions as
  // with every sentence resolved: a caller that needs no more pays no more.
  virtual void Recognize(const ingest::Article& article,
                         const std::vector<text::Sentence>& sentences,
                         const std::vector<std::vector<text::WordAnalysis>>& analyses,
                         std::vector<ActorMention>* mentions,
                         std::vector<UnknownName>* unknown = nullptr,
                         size_t resolve = SIZE_MAX) const = 0;

  // Finds the discard phrases of the dictionaries (`@kind discard`,
  // PETRARCH discards files, TABARI actors coded [###] or [+++]) in every
  // sentence of an article, and appends one hit per phrase found to *hits,
  // in text order. Names match as actor names do: forms, and lemmas where
  // `analyses[i]` has them; without analyses (dyad code tags only some
  // sentences) forms and their regular plural undone, as MayMention reads
  // them; case ignored unless the entry says `cased` or a word is an
  // acronym; TABARI stems in a TABARI project. `analyses` may be shorter
  // than `sentences`, or empty. docs/coding.md ("Discards") says how the
  // event coder uses the hits (events::DropDiscarded).
  virtual void FindDiscards(const std::vector<text::Sentence>& sentences,
                            const std::vector<std::vector<text::WordAnalysis>>& analyses,
                            std::vector<DiscardHit>* hits) const = 0;
};

// The kind of a dictionary file from its content (the path only breaks
// ties): "dyad", "actors", "agents", "verbs", "discards", "options",
// "issues", or "auto" when it cannot be told. Later stages use it to pick
// the files meant for them among the --dict ones.
std::string DetectDictionaryKind(std::string_view text, std::string_view path);

// The default dictionaries, home/data/dictionaries/*.dict, sorted by name.
// kNotFound when there are none.
Result<std::vector<DictionarySource>> DefaultDictionaries(const std::string& home);

// `dyad dict check`: reads each file (any format), reports every problem as
// file:line: reason (native files: syntax, unknown code parts, inverted or
// overlapping ranges, several unranged codes, duplicate names within and
// across the files given), and returns what was read. kNotFound/kIOError
// for a file that cannot be read (the others are still checked).
Result<DictionaryStats> CheckDictionaries(const std::vector<DictionarySource>& files,
                                          const std::string& home, Diagnostics* diagnostics);

}  // namespace dyad::actors

#endif  // DYAD_ACTORS_ACTORS_H_
