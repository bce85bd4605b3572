// dyad dict: check dictionaries and count what they hold.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <memory>
#include <set>
#include <string>
#include <utility>

#include "actors/actors.h"
#include "cli/cli.h"
#include "events/events.h"

namespace dyad::cli {
namespace {

// Prints each problem once: the actors stage reads verb files for their
// syntax and the event coder reads them again, so a line already reported
// is not reported twice.
class OnceDiagnostics : public Diagnostics {
 public:
  void Report(Severity severity, std::string_view file, int64_t line,
              std::string_view reason) override {
    if (!seen_.emplace(std::string(file), line).second) return;
    (severity == Severity::kError ? printer_.Error(file, line, reason)
                                  : printer_.Warning(file, line, reason));
    if (severity == Severity::kError) ++problems_;
  }
  int64_t problems() const { return problems_; }

 private:
  StderrDiagnostics printer_;
  std::set<std::pair<std::string, int64_t>> seen_;
  int64_t problems_ = 0;
};

struct DictFlags {
  std::vector<std::string> files;
};

// FILE or KIND=FILE arguments, or the default dictionaries when there are none.
bool Sources(const std::vector<std::string>& args, const std::string& home, const char* command,
             std::vector<actors::DictionarySource>* out) {
  for (const std::string& arg : args) {
    auto source = actors::ParseDictionarySource(arg);
    if (!source.ok()) {
      std::fprintf(stderr, "dyad dict %s: %s\n", command, source.status().message().c_str());
      return false;
    }
    out->push_back(*source);
  }
  return true;
}

void PrintStats(const actors::DictionaryStats& stats) {
  std::printf("%-13s %8s %8s %12s\n", "kind", "entries", "names", "dated roles");
  int64_t entries = 0, names = 0, roles = 0;
  for (int k = 0; k < actors::DictionaryStats::kKinds; ++k) {
    std::printf("%-13s %8lld %8lld %12lld\n", actors::DictionaryStats::KindName(k),
                static_cast<long long>(stats.entries[k]), static_cast<long long>(stats.names[k]),
                static_cast<long long>(stats.dated_roles[k]));
    entries += stats.entries[k];
    names += stats.names[k];
    roles += stats.dated_roles[k];
  }
  std::printf("%-13s %8lld %8lld %12lld\n", "total", static_cast<long long>(entries),
              static_cast<long long>(names), static_cast<long long>(roles));
  std::printf("%lld files, %lld lines", static_cast<long long>(stats.files),
              static_cast<long long>(stats.lines));
  if (stats.skipped_lines > 0) {
    std::printf(" (%lld lines of verbs/options/issues read for syntax only)",
                static_cast<long long>(stats.skipped_lines));
  }
  std::printf("\n");
}

int RunDict(const DictFlags& flags, bool stats_only) {
  const char* command = stats_only ? "stats" : "check";
  std::string home = FindHome();
  std::vector<actors::DictionarySource> sources;
  if (!Sources(flags.files, home, command, &sources)) return kExitUsage;
  if (sources.empty()) {
    if (!stats_only) {
      std::fprintf(stderr, "dyad dict check: name the files to check (e.g. data/dictionaries/*.dict)\n");
      return kExitUsage;
    }
    auto defaults = actors::DefaultDictionaries(home);
    if (!defaults.ok()) {
      std::fprintf(stderr, "dyad dict stats: %s\n", defaults.status().ToString().c_str());
      return kExitUsage;
    }
    sources = *defaults;
  }
  OnceDiagnostics diag;
  auto stats = actors::CheckDictionaries(sources, home, &diag);
  if (!stats.ok()) {
    std::fprintf(stderr, "dyad dict %s: %s\n", command, stats.status().ToString().c_str());
    return kExitUsage;
  }
  // Verb files are the event coder's: it reads them (and reports their
  // problems) as `dyad code` would. "No verb dictionary" just means none was given.
  size_t verbs = 0, patterns = 0;
  {
    events::EventOptions eo;
    eo.home = home;
    eo.dictionaries = sources;
    eo.load_defaults = stats_only && flags.files.empty();
    auto coder = events::EventCoder::Load(eo, &diag);
    if (coder.ok()) {
      verbs = (*coder)->verb_count();
      patterns = (*coder)->pattern_count();
    } else if (coder.status().code() != Status::kInvalidArgument) {
      std::fprintf(stderr, "dyad dict %s: %s\n", command, coder.status().ToString().c_str());
      return kExitUsage;
    }
  }
  if (stats_only) {
    PrintStats(*stats);
    if (verbs > 0) std::printf("verbs: %zu verbs, %zu patterns\n", verbs, patterns);
  } else {
    int64_t entries = 0;
    for (int64_t e : stats->entries) entries += e;
    std::fprintf(diag.problems() > 0 ? stderr : stdout,
                 "%lld file(s), %lld entries, %zu verbs, %zu patterns: %lld problem(s)\n",
                 static_cast<long long>(stats->files), static_cast<long long>(entries), verbs,
                 patterns, static_cast<long long>(diag.problems()));
  }
  return diag.problems() > 0 ? kExitRejected : kExitOk;
}

}  // namespace

void AddDictCommand(CLI::App* app, int* exit_code) {
  CLI::App* dict = app->add_subcommand("dict", "Check dictionaries (actors and verbs) and count their entries");
  dict->require_subcommand(1);
  dict->footer(
      "Dictionaries: docs/dictionaries.md. FILE may be KIND=FILE to state a TABARI/PETRARCH\n"
      "kind (actors, agents, verbs, discards, options, issues) instead of detecting it.\n\n"
      "Examples:\n"
      "  dyad dict check data/dictionaries/*.dict     every problem as FILE:LINE: reason\n"
      "  dyad dict check data/dictionaries/verbs/*.verbs  verb files, read as dyad code reads them\n"
      "  dyad dict check agents=Phoenix.agents.txt    an old PETRARCH file\n"
      "  dyad dict stats                              sizes of the default dictionaries");

  auto check = std::make_shared<DictFlags>();
  CLI::App* c = dict->add_subcommand(
      "check", "Validate dictionaries: syntax, unknown codes, date ranges, duplicate names");
  c->add_option("files", check->files, "Dictionary files (FILE or KIND=FILE)")->required();
  c->footer(
      "Reports each problem as FILE:LINE: reason on stderr. Duplicate names are looked for\n"
      "within and across the files given. Exit 0 when there is none, 1 otherwise.");
  c->callback([check, exit_code]() { *exit_code = RunDict(*check, false); });

  auto stats = std::make_shared<DictFlags>();
  CLI::App* s = dict->add_subcommand(
      "stats", "Count entries, names and dated roles per kind (default: dyad's own dictionaries)");
  s->add_option("files", stats->files, "Dictionary files (FILE or KIND=FILE)");
  s->callback([stats, exit_code]() { *exit_code = RunDict(*stats, true); });
}

}  // namespace dyad::cli
