// dyad: news articles in, political event data out.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>

#include "cli/cli.h"

#ifndef DYAD_VERSION
#define DYAD_VERSION "0.0.0"
#endif

int main(int argc, char** argv) {
  using namespace dyad::cli;
  CLI::App app(
      "dyad turns news articles into political event data: who did what to whom, where and "
      "when.\n\n"
      "Exit codes: 0 all input processed; 1 some records rejected (each reported on stderr\n"
      "as FILE:LINE: reason; all other records still processed); 2 usage or set-up error;\n"
      "130 ingest stopped by Ctrl-C after committing its work.\n"
      "Data and models are found beside the binary or in $DYAD_HOME.",
      "dyad");
  app.set_version_flag("--version", std::string("dyad ") + DYAD_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  dyad parse examples/wire.jsonl              JSON Lines articles -> CoNLL-U\n"
      "  dyad parse news/ > news.conllu              every file below news/, any format\n"
      "  dyad parse --date 2024-04-24 story.txt.gz   supply a date, read gzip\n"
      "  dyad extract page.html                      a web page -> its article as JSON\n"
      "  dyad extract --input jsonl pages.jsonl > articles.jsonl\n"
      "                                              lines {\"id\",\"html\"} -> articles\n"
      "  dyad actors examples/wire.jsonl             who is named, as CAMEO actor codes\n"
      "  dyad dict check data/dictionaries/*.dict    validate dictionaries\n"
      "  dyad eval gold.jsonl --show-errors 20       code a gold file and score it\n"
      "  dyad ingest --db news.db news/              code and store articles, events, actors\n"
      "  dyad query --db news.db --dyad USA~CHN      how relations moved, month by month\n"
      "  dyad export --db news.db --format gdelt     its deduplicated events as GDELT rows\n"
      "  dyad serve --db news.db                     the HTTP API and dashboard on 127.0.0.1:8080\n\n"
      "Run 'dyad COMMAND --help' for a command's flags.");
  int exit_code = kExitOk;
  AddParseCommand(&app, &exit_code);
  AddExtractCommand(&app, &exit_code);
  AddTrainCommand(&app, &exit_code);
  AddActorsCommand(&app, &exit_code);
  AddCodeCommand(&app, &exit_code);
  AddEvalCommand(&app, &exit_code);
  AddIngestCommand(&app, &exit_code);
  AddQueryCommand(&app, &exit_code);
  AddExportCommand(&app, &exit_code);
  AddServeCommand(&app, &exit_code);
  AddDictCommand(&app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dyad: internal error: %s\n", e.what());
    return kExitUsage;
  }
  return exit_code;
}
