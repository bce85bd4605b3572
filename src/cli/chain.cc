// The per-article chain of `dyad code` and `dyad eval` (chain.h).
#include "cli/chain.h"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iterator>

#include "cli/cli.h"

namespace dyad::cli {

void AddChainFlags(CLI::App* sub, ChainFlags* flags) {
  sub->add_option("--dict", flags->dicts,
                  "A dictionary to load (repeatable): FILE or KIND=FILE (actors, agents, verbs, "
                  "discards, options, issues, dyad)")
      ->allow_extra_args(false);
  sub->add_flag("--no-default-dict", flags->no_default_dict,
                "Do not load dyad's own dictionaries (actors and verbs): only those given with --dict. "
                "A verbs file given with --dict replaces dyad's verbs in any case");
  sub->add_flag("--all-modalities", flags->all_modalities,
                "Also write hypothetical, questioned and negated events (flagged)");
  sub->add_flag("--no-require-dyad", flags->no_require_dyad, "Also write events without a target");
  sub->add_option("--future", flags->future,
                  "\"will meet\" as CAMEO's intent (036) or as the act (040); 'dictionary': the act "
                  "for TABARI and PETRARCH dictionaries, whose convention it is")
      ->check(CLI::IsMember({"dictionary", "intent", "act"}))
      ->default_val("dictionary");
  sub->add_flag("--no-geo", flags->no_geo,
                "Do not locate events (no gazetteer is loaded; every location is null)");
}

std::unique_ptr<Chain> Chain::Load(const ChainFlags& flags, const char* command, Diagnostics* diag) {
  std::vector<actors::DictionarySource> sources;
  for (const std::string& d : flags.dicts) {
    auto s = actors::ParseDictionarySource(d);
    if (!s.ok()) {
      std::fprintf(stderr, "dyad %s: --dict %s: %s\n", command, d.c_str(), s.status().message().c_str());
      return nullptr;
    }
    sources.push_back(*s);
  }
  std::unique_ptr<Chain> chain(new Chain);
  chain->require_dyad_ = !flags.no_require_dyad;
  actors::ActorOptions actor_options;
  actor_options.home = FindHome();
  actor_options.load_defaults = !flags.no_default_dict;
  for (const auto& s : sources) {
    if (s.kind != "verbs") actor_options.dictionaries.push_back(s);
  }
  WarningDiagnostics dict_diag(diag);
  auto dict = actors::ActorDictionary::Load(actor_options, &dict_diag);
  if (!dict.ok()) {
    std::fprintf(stderr, "dyad %s: cannot load the actor dictionaries: %s\n", command,
                 dict.status().ToString().c_str());
    return nullptr;
  }
  chain->actors_ = std::move(*dict);
  events::EventOptions event_options;
  event_options.home = FindHome();
  event_options.dictionaries = sources;
  event_options.load_defaults = !flags.no_default_dict;
  event_options.all_modalities = flags.all_modalities;
  event_options.require_dyad = !flags.no_require_dyad;
  event_options.future = flags.future == "intent" ? events::EventOptions::Future::kIntent
                         : flags.future == "act"  ? events::EventOptions::Future::kAct
                                                  : events::EventOptions::Future::kByDictionary;
  auto coder = events::EventCoder::Load(event_options, &dict_diag);
  if (!coder.ok()) {
    std::fprintf(stderr, "dyad %s: %s\n", command, coder.status().ToString().c_str());
    return nullptr;
  }
  chain->coder_ = std::move(*coder);
  if (!flags.no_geo) {
    geo::GeoOptions geo_options;
    geo_options.home = FindHome();
    auto gazetteer = geo::Gazetteer::Load(geo_options);
    if (!gazetteer.ok()) {
      std::fprintf(stderr, "dyad %s: %s (or run with --no-geo)\n", command, gazetteer.status().ToString().c_str());
      return nullptr;
    }
    chain->gazetteer_ = std::move(*gazetteer);
    chain->locator_ = std::make_unique<geo::EventLocator>(chain->gazetteer_.get());
  }
  chain->segmenter_ = LoadSegmenter(command, false);
  if (chain->segmenter_ == nullptr) return nullptr;
  bool failed = false;
  chain->nlp_ = LoadNlp(command, true, &failed);
  if (failed || chain->nlp_ == nullptr) {
    if (!failed) {
      std::fprintf(stderr, "dyad %s: events are coded from parsed sentences; the models are needed\n", command);
    }
    return nullptr;
  }
  return chain;
}

void Chain::Code(const ingest::Article& article, Diagnostics* diag, int64_t* sentence_count,
                 std::vector<events::Event>* events, std::vector<actors::ActorMention>* mentions_out,
                 std::vector<std::string>* sentence_texts) const {
  std::vector<text::Sentence> sentences;
  if (article.format == ingest::InputFormat::kConllu) {
    sentences = text::ReadConllu(article.text, article.file, article.line, diag);
  } else {
    segmenter_->Segment(article.text, article.body_begin, &sentences);
  }
  *sentence_count += static_cast<int64_t>(sentences.size());
  // The dictionaries decide before the tagger which sentences can hold an
  // event: those with enough names for a source and a target
  // (EventCoder::names_needed). The tagger reads every sentence up to the
  // last of them (coreference looks back); the parser those with two names
  // (one without --no-require-dyad) and a verb of the dictionaries; the
  // rest costs a dictionary scan.
  const int names = coder_->names_needed();
  static const std::vector<text::WordAnalysis> kUntagged;
  std::vector<char> named(sentences.size(), 0);
  size_t last = 0;
  for (size_t i = 0; i < sentences.size(); ++i) {
    named[i] = actors_->MayMention(sentences[i], kUntagged, names);
    if (named[i]) last = i + 1;
  }
  std::vector<std::vector<text::WordAnalysis>> analyses(sentences.size());
  for (size_t i = 0; i < last; ++i) {
    nlp_->Tag(sentences[i], &analyses[i]);
    if (named[i] && coder_->MayHoldEvent(sentences[i], analyses[i]) &&
        actors_->MayMention(sentences[i], analyses[i], require_dyad_ ? 2 : 1)) {
      nlp_->Parse(sentences[i], &analyses[i]);
    }
  }
  std::vector<actors::ActorMention> mentions;
  actors_->Recognize(article, sentences, analyses, &mentions, nullptr, last);
  // Coded apart, so that the discards see only this article's events.
  std::vector<events::Event> evs;
  coder_->Code(article, sentences, analyses, mentions, &evs);
  std::vector<actors::DiscardHit> discards;  // Sports, markets, weather...: docs/coding.md.
  actors_->FindDiscards(sentences, analyses, &discards);
  events::DropDiscarded(discards, &evs);
  if (locator_ != nullptr) locator_->Locate(article, sentences, analyses, mentions, &evs);
  events->insert(events->end(), std::make_move_iterator(evs.begin()), std::make_move_iterator(evs.end()));
  if (sentence_texts != nullptr) {
    for (const auto& s : sentences) sentence_texts->emplace_back(s.Text(article.text));
  }
  if (mentions_out != nullptr) {
    mentions_out->insert(mentions_out->end(), std::make_move_iterator(mentions.begin()),
                         std::make_move_iterator(mentions.end()));
  }
}

}  // namespace dyad::cli
