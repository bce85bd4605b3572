// dyad actors: articles in, actor mentions out (JSON Lines), or with
// --unknown the proper names no dictionary knows, most frequent first.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "actors/actors.h"
#include "cli/cli.h"
#include "ingest/ingest.h"
#include "nlp/nlp.h"
#include "text/text.h"

namespace dyad::cli {
namespace {

struct ActorsFlags {
  InputFlags input;
  std::string output = "-";
  std::vector<std::string> dicts;
  bool no_default_dict = false;
  bool unknown = false;
  int64_t limit = 0;
};

// Byte offsets to code-point offsets, so that a reader in any language gets
// text[start:end] == "text" (Python slices by code point).
class CodePointIndex {
 public:
  explicit CodePointIndex(const std::string& text) : text_(text) {}
  int64_t operator()(uint32_t byte) {
    if (byte < byte_) byte_ = cp_ = 0;
    for (; byte_ < byte && byte_ < text_.size(); ++byte_) {
      if ((static_cast<unsigned char>(text_[byte_]) & 0xC0) != 0x80) ++cp_;
    }
    return cp_;
  }

 private:
  const std::string& text_;
  uint32_t byte_ = 0;
  int64_t cp_ = 0;
};

std::string Dump(const nlohmann::ordered_json& j) {
  std::string line = j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  line.push_back('\n');
  return line;
}

std::string MentionText(const ingest::Article& article, const text::Sentence& s,
                        const actors::ActorMention& m) {
  if (m.begin != text::kNoOffset && m.end <= article.text.size()) {
    return article.text.substr(m.begin, m.end - m.begin);
  }
  std::string out;  // CoNLL-U input: no offsets; the words joined.
  for (uint32_t t = m.first_token; t <= m.last_token && t < s.tokens.size(); ++t) {
    out += s.tokens[t].form;
    if (t < m.last_token && s.tokens[t].space_after) out += ' ';
  }
  return out;
}

struct UnknownCount {
  int64_t count = 0;
  std::string article_id;
  std::string example;
};

int RunActors(const ActorsFlags& flags) {
  auto options = IngestOptionsFromFlags(flags.input, "actors");
  if (!options) return kExitUsage;
  actors::ActorOptions actor_options;
  actor_options.home = FindHome();
  actor_options.load_defaults = !flags.no_default_dict;
  for (const std::string& d : flags.dicts) {
    auto source = actors::ParseDictionarySource(d);
    if (!source.ok()) {
      std::fprintf(stderr, "dyad actors: --dict %s: %s\n", d.c_str(),
                   source.status().message().c_str());
      return kExitUsage;
    }
    actor_options.dictionaries.push_back(*source);
  }
  StderrDiagnostics diag;
  WarningDiagnostics dict_diag(&diag);
  auto dict = actors::ActorDictionary::Load(actor_options, &dict_diag);
  if (!dict.ok()) {
    std::fprintf(stderr,
                 "dyad actors: cannot load the dictionaries: %s\n"
                 "Check the --dict paths, or set DYAD_HOME to the folder that holds dyad's data/.\n",
                 dict.status().ToString().c_str());
    return kExitUsage;
  }
  auto segmenter = LoadSegmenter("actors", false);
  if (segmenter == nullptr) return kExitUsage;
  bool failed = false;
  auto nlp = LoadNlp("actors", true, &failed);
  if (failed) return kExitUsage;
  if (nlp == nullptr) {
    std::fprintf(stderr, "dyad actors: actors are found in parsed sentences; the models are needed\n");
    return kExitUsage;
  }
  auto out = Output::Open(flags.output, "actors");
  if (out == nullptr) return kExitUsage;

  Progress progress("articles", "mentions");
  int64_t articles = 0, mention_count = 0;
  std::map<std::string, UnknownCount> unknown;
  std::vector<text::Sentence> sentences;
  std::vector<std::vector<text::WordAnalysis>> analyses;
  std::vector<actors::ActorMention> mentions;
  std::vector<actors::UnknownName> names;
  ForEachArticle(flags.input.inputs, *options, &diag, [&](const ingest::Article& article) {
    if (article.date.empty()) {
      diag.Warning(article.file, article.line,
                   "article \"" + article.id +
                       "\" has no date; roles are taken as of today's office holders; use --date");
    }
    sentences.clear();
    if (article.format == ingest::InputFormat::kConllu) {
      sentences = text::ReadConllu(article.text, article.file, article.line, &diag);
    } else {
      segmenter->Segment(article.text, article.body_begin, &sentences);
    }
    analyses.resize(sentences.size());
    for (size_t i = 0; i < sentences.size(); ++i) nlp->Annotate(sentences[i], &analyses[i]);
    mentions.clear();
    names.clear();
    (*dict)->Recognize(article, sentences, analyses, &mentions, flags.unknown ? &names : nullptr);
    if (flags.unknown) {
      for (const auto& n : names) {
        UnknownCount& u = unknown[n.text];
        if (u.count++ == 0) {
          u.article_id = article.id;
          u.example = std::string(sentences[n.sentence].Text(article.text));
        }
      }
    } else {
      CodePointIndex cp(article.text);
      for (const auto& m : mentions) {
        nlohmann::ordered_json j;
        j["article_id"] = article.id;
        j["sentence"] = m.sentence + 1;
        if (m.begin != text::kNoOffset) {
          j["start"] = cp(m.begin);
          j["end"] = cp(m.end);
        } else {
          j["start"] = nullptr;
          j["end"] = nullptr;
        }
        j["text"] = MentionText(article, sentences[m.sentence], m);
        j["code"] = m.code;
        j["country"] = m.country;
        j["sector"] = m.sector;
        j["resolved_by"] = m.resolved_by;
        j["kind"] = m.kind;
        j["entry"] = m.entry;
        out->Write(Dump(j));
      }
    }
    mention_count += static_cast<int64_t>(mentions.size());
    progress.Tick(++articles, mention_count);
  });
  progress.Finish(articles, mention_count);
  if (flags.unknown) {
    std::vector<std::pair<std::string, UnknownCount>> sorted(unknown.begin(), unknown.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second.count > b.second.count; });
    int64_t written = 0;
    for (const auto& [name, u] : sorted) {
      if (flags.limit > 0 && written++ >= flags.limit) break;
      nlohmann::ordered_json j;
      j["name"] = name;
      j["count"] = u.count;
      j["article_id"] = u.article_id;
      j["example"] = u.example;
      out->Write(Dump(j));
    }
  }
  if (!out->Close()) {
    std::fprintf(stderr, "dyad actors: error writing output\n");
    return kExitUsage;
  }
  return diag.error_count() > 0 ? kExitRejected : kExitOk;
}

}  // namespace

void AddActorsCommand(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<ActorsFlags>();
  CLI::App* sub = app->add_subcommand(
      "actors", "Read articles, write the actors they mention with CAMEO codes (JSON Lines)");
  sub->footer(
      "Output: one JSON object per line and mention:\n"
      "  {\"article_id\",\"sentence\",\"start\",\"end\",\"text\",\"code\",\"country\",\"sector\",\n"
      "   \"resolved_by\",\"kind\",\"entry\"}\n"
      "sentence is 1-based (as in 'dyad parse' sent_ids); start and end are character\n"
      "(code point) offsets into the article's text, and text is exactly text[start:end]:\n"
      "the whole phrase (\"an Indian defence ministry official\"). code is the CAMEO actor\n"
      "code on the article's date (\"INDGOV\"; \"---REB\" when the country cannot be told);\n"
      "resolved_by says how (dictionary, agent+adjective, agent+possessive, agent+place,\n"
      "agent+dateline, agent+sentence-place, coref:pronoun -> ..., ...; docs/actors.md).\n"
      "With --unknown: {\"name\",\"count\",\"article_id\",\"example\"} for each proper name no\n"
      "dictionary knows, most frequent first: what to add to a dictionary next.\n\n"
      "Dictionaries: dyad's own (data/dictionaries/) unless --no-default-dict; --dict adds\n"
      "more, in dyad's format or TABARI/PETRARCH's (docs/dictionaries.md).\n\n"
      "Examples:\n"
      "  dyad actors examples/wire.jsonl\n"
      "  dyad actors --unknown --limit 50 news/          names to add to the dictionaries\n"
      "  dyad actors --dict my-actors.dict story.txt     one more dictionary\n"
      "  dyad actors --no-default-dict --dict actors=Phoenix.Countries.actors.txt \\\n"
      "              --dict agents=Phoenix.agents.txt wire.jsonl");
  AddInputFlags(sub, &flags->input);
  sub->add_option("-o,--output", flags->output, "Write here instead of stdout");
  sub->add_option("--dict", flags->dicts,
                  "A dictionary to load (repeatable): FILE, or KIND=FILE with KIND one of actors, "
                  "agents, verbs, discards, options, issues, dyad")
      ->allow_extra_args(false);  // One file per --dict, so "--dict a.dict story.txt" works.
  sub->add_flag("--no-default-dict", flags->no_default_dict,
                "Do not load dyad's own dictionaries; only --dict ones");
  sub->add_flag("--unknown", flags->unknown,
                "List proper names no dictionary knows, most frequent first, instead of mentions");
  sub->add_option("--limit", flags->limit, "With --unknown: at most N names (0: all)")->default_val(0);
  sub->callback([flags, exit_code]() { *exit_code = RunActors(*flags); });
}

}  // namespace dyad::cli
