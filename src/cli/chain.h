// Internal to cli/: the chain that codes one article into events (read ->
// segment -> tag -> parse -> actors -> events -> discards -> locations), shared by `dyad code`,
// `dyad eval` and `dyad ingest` so that they can never code differently.
//
//   ChainFlags flags;                    // filled by AddChainFlags
//   auto chain = Chain::Load(flags, "eval", &diag);
//   if (chain == nullptr) return kExitUsage;  // it printed why
//   std::vector<events::Event> events;
//   int64_t sentences = 0;
//   chain->Code(article, &diag, &sentences, &events);
//
// Thread-safety: a Chain is immutable after Load; Code may be called from
// any number of threads at once.
#ifndef DYAD_CLI_CHAIN_H_
#define DYAD_CLI_CHAIN_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "actors/actors.h"
#include "base/diagnostics.h"
#include "events/events.h"
#include "geo/geo.h"
#include "ingest/ingest.h"
#include "nlp/nlp.h"
#include "text/text.h"

namespace CLI {
class App;
}

namespace dyad::cli {

// The flags that choose dictionaries and coding rules, with the same names
// and meanings in every command that codes events.
struct ChainFlags {
  std::vector<std::string> dicts;  // --dict FILE or KIND=FILE, repeatable.
  bool no_default_dict = false;    // --no-default-dict
  bool all_modalities = false;     // --all-modalities
  bool no_require_dyad = false;    // --no-require-dyad
  std::string future = "dictionary";  // --future dictionary|intent|act
  bool no_geo = false;             // --no-geo
};

// Registers --dict, --no-default-dict, --all-modalities, --no-require-dyad,
// --future and --no-geo on `sub`, stored in *flags (which must outlive `sub`).
void AddChainFlags(CLI::App* sub, ChainFlags* flags);

class Chain {
 public:
  // Loads the segmenter, the tagger and parser, the actor dictionaries and
  // the event coder the flags ask for. Dictionary problems go to *diag as
  // warnings. Null after printing "dyad COMMAND: reason" to stderr on a
  // usage or set-up error (bad --dict, missing model or dictionary).
  static std::unique_ptr<Chain> Load(const ChainFlags& flags, const char* command, Diagnostics* diag);

  // The gazetteer the locator reads; null with --no-geo.
  const geo::Gazetteer* gazetteer() const { return gazetteer_.get(); }

  // Not copyable: it owns the models (and nothing needs a copy).
  Chain(const Chain&) = delete;
  Chain& operator=(const Chain&) = delete;

  // Appends the events of one article to *events, in the order the coder
  // finds them, less those its discard phrases rule out (DropDiscarded); adds its sentence count to *sentence_count. Bad records
  // inside a CoNLL-U article go to *diag.
  void Code(const ingest::Article& article, Diagnostics* diag, int64_t* sentence_count,
            std::vector<events::Event>* events) const {
    Code(article, diag, sentence_count, events, nullptr, nullptr);
  }

  // As above, and also appends the article's actor mentions to *mentions
  // and the text of each of its sentences to *sentence_texts (indexed as
  // Evidence::sentence), when they are not null: what `dyad ingest` stores.
  void Code(const ingest::Article& article, Diagnostics* diag, int64_t* sentence_count,
            std::vector<events::Event>* events, std::vector<actors::ActorMention>* mentions,
            std::vector<std::string>* sentence_texts) const;

 private:
  Chain() = default;

  std::unique_ptr<text::Segmenter> segmenter_;
  std::unique_ptr<nlp::NlpModel> nlp_;
  std::unique_ptr<actors::ActorDictionary> actors_;
  std::unique_ptr<events::EventCoder> coder_;
  std::unique_ptr<geo::Gazetteer> gazetteer_;       // Null with --no-geo.
  std::unique_ptr<geo::EventLocator> locator_;
  bool require_dyad_ = true;
};

}  // namespace dyad::cli

#endif  // DYAD_CLI_CHAIN_H_
