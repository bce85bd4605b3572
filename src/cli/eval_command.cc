// dyad eval: codes the records of a gold file with the chain of `dyad code`
// (chain.h) and scores the events against the gold (event_scorer.h), with
// the figures of ../shared/eval/score_events.py.
#include <CLI/CLI.hpp>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <thread>

#include "cli/chain.h"
#include "cli/cli.h"
#include "cli/event_scorer.h"
#include "events/events.h"
#include "ingest/ingest.h"

namespace dyad::cli {
namespace {

struct EvalFlags {
  std::string gold;
  ChainFlags chain;
  std::string match = "exact";
  int show_errors = 0;
  bool by_category = false;
  bool all_records = false;
  int threads = 1;
};

// What dyad coded for one gold record (all articles with its id).
struct Coded {
  std::vector<events::Event> events;
  std::string text;  // The article text the evidence offsets point into.
};

// At most `max` code points of `s`, with "..." when cut; line breaks as spaces.
std::string Clip(const std::string& s, size_t max) {
  std::string out;
  size_t chars = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80 && ++chars > max) {
      out += "...";
      break;
    }
    out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : static_cast<char>(c));
  }
  return out;
}

std::string Span(const std::string& text, uint32_t begin, uint32_t end) {
  if (begin == text::kNoOffset || end > text.size() || begin > end) return "";
  return text.substr(begin, end - begin);
}

std::string Triple(const std::string& source, const std::string& target, const std::string& code) {
  return (source.empty() ? "-" : source) + " " + (target.empty() ? "-" : target) + " " + code;
}

std::string Triple(const events::Event& e) {
  return Triple(e.source.code, e.has_target ? e.target.code : "", e.code);
}

int RunEval(const EvalFlags& flags) {
  const auto mode = ParseMatchMode(flags.match);
  if (!mode) {
    std::fprintf(stderr, "dyad eval: --match must be exact, country-root or plover\n");
    return kExitUsage;
  }
  if (flags.show_errors < 0 || flags.threads < 1) {
    std::fprintf(stderr, "dyad eval: --show-errors must be at least 0 and --threads at least 1\n");
    return kExitUsage;
  }
  std::ifstream in(flags.gold, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "dyad eval: cannot read the gold file %s\n", flags.gold.c_str());
    return kExitUsage;
  }
  StderrDiagnostics diag;
  // The records scored, in file order; a later record with the same id
  // replaces an earlier one in its place (as score_events.py does).
  std::vector<GoldRecord> records;
  std::map<std::string, size_t> index;
  std::string line;
  for (int64_t n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r\n\f\v") == std::string::npos) continue;
    auto r = ParseGoldRecord(line);
    if (!r.ok()) {
      diag.Error(flags.gold, n, r.status().message());
      continue;
    }
    if (r->settings_test && !flags.all_records) continue;
    auto [it, fresh] = index.emplace(r->id, records.size());
    if (fresh) {
      records.push_back(std::move(*r));
    } else {
      records[it->second] = std::move(*r);
    }
  }
  PloverTable plover;
  if (*mode == MatchMode::kPlover) {
    auto t = LoadPloverTable(FindHome() + "/data/plover/cameo_plover.tsv");
    if (!t.ok()) {
      std::fprintf(stderr, "dyad eval: %s\n", t.status().message().c_str());
      return kExitUsage;
    }
    plover = std::move(*t);
  }
  auto chain = Chain::Load(flags.chain, "eval", &diag);
  if (chain == nullptr) return kExitUsage;

  // Every gold record read as `dyad code --input jsonl` reads it; those scored are coded.
  InputFlags input;
  input.inputs = {flags.gold};
  input.format = "jsonl";
  auto options = IngestOptionsFromFlags(input, "eval");
  if (!options) return kExitUsage;
  std::vector<ingest::Article> articles;
  ForEachArticle(input.inputs, *options, &diag, [&](const ingest::Article& a) {
    if (index.count(a.id)) articles.push_back(a);
  });
  std::vector<std::vector<events::Event>> coded(articles.size());
  std::vector<CollectingDiagnostics> diags(articles.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    int64_t sentences = 0;
    for (size_t i; (i = next++) < articles.size();) chain->Code(articles[i], &diags[i], &sentences, &coded[i]);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < std::min<int>(flags.threads, static_cast<int>(articles.size())); ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  std::map<std::string, Coded> by_id;
  for (size_t i = 0; i < articles.size(); ++i) {
    for (const auto& e : diags[i].entries()) {
      if (e.severity == Severity::kError) {
        diag.Error(e.file, e.line, e.reason);
      } else {
        diag.Warning(e.file, e.line, e.reason);
      }
    }
    Coded& c = by_id[articles[i].id];
    c.text = articles[i].text;
    for (auto& e : coded[i]) c.events.push_back(std::move(e));
  }

  const EventScorer scorer(*mode, &plover);
  ScoreTotals totals;
  std::vector<std::string> missed, extra;
  const size_t show = static_cast<size_t>(flags.show_errors);
  static const Coded kNothing;
  for (const GoldRecord& r : records) {
    auto it = by_id.find(r.id);
    const Coded& c = it == by_id.end() ? kNothing : it->second;
    std::vector<PredictedEvent> predicted;
    for (const auto& e : c.events) predicted.push_back({e.source.code, e.has_target ? e.target.code : "", e.code});
    const RecordScore s = scorer.Score(r, predicted);
    totals.Add(r.category, s);
    const std::string head = r.id + ": ";
    const std::string text = "       | " + Clip(r.text, 300) + "\n";
    for (size_t g : s.missed) {
      if (missed.size() >= show) break;
      const GoldEvent& ge = r.gold[g];
      std::string m = "missed " + head + Triple(ge.source, ge.target, ge.code) + "\n" + text;
      if (c.events.empty()) {
        m += "       dyad coded nothing in this record\n";
      } else {
        m += "       dyad coded:";
        for (size_t i = 0; i < c.events.size(); ++i) m += (i ? ", " : " ") + Triple(c.events[i]);
        m += "\n";
      }
      missed.push_back(std::move(m));
    }
    for (size_t p : s.extra) {
      if (extra.size() >= show) break;
      const events::Event& e = c.events[p];
      std::string x = "extra  " + head + Triple(e) + "\n" + text;
      x += "       verb \"" + e.evidence.verb + "\", pattern \"" + e.evidence.pattern + "\"";
      if (!e.evidence.rule.empty() && e.evidence.pattern.find(e.evidence.rule) == std::string::npos) {
        x += " (" + e.evidence.rule + ")";
      }
      x += ", source \"" + Span(c.text, e.source.begin, e.source.end) + "\"";
      if (e.has_target) x += ", target \"" + Span(c.text, e.target.begin, e.target.end) + "\"";
      x += "\n";
      extra.push_back(std::move(x));
    }
  }

  if (flags.by_category) {
    for (const auto& [category, counts] : totals.by_category) std::printf("%s\n", CategoryLine(category, counts).c_str());
  }
  for (const auto& m : missed) std::fputs(m.c_str(), stdout);
  for (const auto& x : extra) std::fputs(x.c_str(), stdout);
  std::printf("%s\n", SummaryLine(totals.all, static_cast<int64_t>(records.size())).c_str());
  if (std::fflush(stdout) != 0) {
    std::fprintf(stderr, "dyad eval: error writing output\n");
    return kExitUsage;
  }
  return diag.error_count() > 0 ? kExitRejected : kExitOk;
}

}  // namespace

void AddEvalCommand(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<EvalFlags>();
  CLI::App* sub = app->add_subcommand("eval", "Code a gold file's records and score the events against its gold");
  sub->footer(
      "GOLD is JSON Lines, one record per sentence or article: {\"id\", \"date\" (YYYYMMDD),\n"
      "\"text\", \"gold\": [{\"source\", \"target\", \"code\", \"optional\"?}], \"category\"?}.\n"
      "Each record is coded as `dyad code --input jsonl` codes it (same flags, same chain),\n"
      "and the events are scored as ../shared/eval/score_events.py scores them:\n"
      "  exact         full source, target and CAMEO codes\n"
      "  country-root  first three letters of source and target, two-digit CAMEO root\n"
      "  plover        first three letters of source and target, PLOVER type\n"
      "A gold \"---\" actor matches any country outside exact mode; optional gold events\n"
      "are neither owed nor wrong. Records with \"options\", \"expect\", \"config_changed\",\n"
      "\"after_final\" or \"evaluate\": false are skipped unless --all-records.\n\n"
      "Output: per-category counts with --by-category, up to N missed and N extra events\n"
      "with --show-errors N (the sentence, what dyad coded instead, and the verb, pattern,\n"
      "file:line and actor text behind an extra event), then one summary line:\n"
      "  F1=0.812 P=0.850 R=0.777 tp=... fp=... fn=... records=...\n"
      "Exit codes: 0 it ran (whatever the figures); 1 some gold lines could not be read\n"
      "(each reported as FILE:LINE: reason, the rest scored); 2 usage or set-up error.\n\n"
      "Examples:\n"
      "  dyad eval ../shared/data/suites/petr2-gsr/gold.jsonl --show-errors 20\n"
      "  dyad eval gold.jsonl --match plover --by-category\n"
      "  dyad eval --no-default-dict --dict verbs=CAMEO.2.0.txt --dict actors.txt gold.jsonl");
  sub->add_option("gold", flags->gold, "The gold file (JSON Lines)")->required();
  AddChainFlags(sub, &flags->chain);
  sub->add_option("--match", flags->match, "exact, country-root or plover")
      ->check(CLI::IsMember({"exact", "country-root", "plover"}))
      ->default_val("exact");
  sub->add_option("--show-errors", flags->show_errors, "List up to N missed and N extra events")->default_val(0);
  sub->add_flag("--by-category", flags->by_category, "Counts per record category before the summary");
  sub->add_flag("--all-records", flags->all_records, "Also score records that test the original coders' settings");
  sub->add_option("--threads", flags->threads, "Records coded in parallel (the same figures)")->default_val(1);
  sub->callback([flags, exit_code]() { *exit_code = RunEval(*flags); });
}

}  // namespace dyad::cli
