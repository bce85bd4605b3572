// dyad export: a store's canonical events out, as GDELT 2.0 tables, JSON
// lines, CSV or TSV (store/export.h), on stdout; their mentions to a file.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/cli.h"
#include "geo/geo.h"
#include "store/export.h"
#include "store/store.h"

namespace dyad::cli {
namespace {

struct ExportFlags {
  std::string db = "dyad.db";
  std::string format = "jsonl";
  std::string mentions;
  std::string from, to;
};

int RunExport(const ExportFlags& flags) {
  auto format = store::ParseExportFormat(flags.format);
  if (!format) {
    std::fprintf(stderr, "dyad export: --format must be gdelt, jsonl, csv or tsv\n");
    return kExitUsage;
  }
  if (flags.mentions == "-") {
    std::fprintf(stderr, "dyad export: --mentions needs a file (events go to stdout)\n");
    return kExitUsage;
  }
  store::StoreOptions store_options;
  store_options.target = flags.db;
  store_options.must_exist = true;
  auto opened = store::EventStore::Open(store_options);
  if (!opened.ok()) {
    if (opened.status().code() == Status::kNotFound) {
      std::fprintf(stderr, "dyad export: no store at %s; run `dyad ingest --db %s ARTICLES...` first\n",
                   flags.db.c_str(), flags.db.c_str());
    } else {
      std::fprintf(stderr, "dyad export: %s\n", opened.status().message().c_str());
    }
    return kExitUsage;
  }
  std::ofstream mentions_file;
  if (!flags.mentions.empty()) {
    mentions_file.open(flags.mentions, std::ios::binary);
    if (!mentions_file) {
      std::fprintf(stderr, "dyad export: cannot write %s\n", flags.mentions.c_str());
      return kExitUsage;
    }
  }
  store::ExportOptions options;
  options.format = *format;
  options.home = FindHome();
  // GDELT's geography columns name countries and place each actor.
  std::unique_ptr<geo::Gazetteer> gazetteer;
  if (*format == store::ExportFormat::kGdelt) {
    geo::GeoOptions geo_options;
    geo_options.home = options.home;
    auto loaded = geo::Gazetteer::Load(geo_options);
    if (!loaded.ok()) {
      std::fprintf(stderr, "dyad export: %s\n", loaded.status().message().c_str());
      return kExitUsage;
    }
    gazetteer = std::move(*loaded);
    options.gazetteer = gazetteer.get();
  }
  options.from = flags.from;
  options.to = flags.to;
  auto counts = store::ExportEvents(**opened, options, &std::cout,
                                    flags.mentions.empty() ? nullptr : &mentions_file);
  std::cout.flush();
  if (mentions_file.is_open()) mentions_file.close();
  if (!counts.ok()) {
    std::fprintf(stderr, "dyad export: %s\n", counts.status().message().c_str());
    return kExitUsage;
  }
  if (!std::cout || (!flags.mentions.empty() && mentions_file.fail())) {
    std::fprintf(stderr, "dyad export: error writing output\n");
    return kExitUsage;
  }
  std::fprintf(stderr, "dyad export: %lld events, %lld mentions written from %s\n",
               static_cast<long long>(counts->events), static_cast<long long>(counts->mentions),
               flags.db.c_str());
  return kExitOk;
}

}  // namespace

void AddExportCommand(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<ExportFlags>();
  CLI::App* sub = app->add_subcommand("export", "Write a store's deduplicated events as GDELT, JSON lines, CSV or TSV");
  sub->footer(
      "Writes one row per canonical event (the mentions of one event grouped as\n"
      "docs/store.md says) to stdout, ordered by date (undated first), then id.\n"
      "  gdelt  GDELT 2.0 event table: 61 tab-separated columns, no header; with\n"
      "         --mentions, the 16-column mentions table. ActionGeo_* is where the\n"
      "         event happened, Actor1Geo_*/Actor2Geo_* the actors' places (the\n"
      "         event's in their own country, else their country's); all empty when\n"
      "         the place is unknown. Tone and confidence columns are empty;\n"
      "         DATEADDED is the event's date at 00:00.\n"
      "  jsonl  `dyad code`'s record of the first mention, plus canonical_id,\n"
      "         date_end, num_mentions, num_sentences, num_articles, num_sources, url;\n"
      "         \"location\" is the event's place (null when unknown).\n"
      "  csv    a header, then flat RFC 4180 rows; tsv: the same, tab-separated.\n"
      "         Both end with the place: location_name, location_type,\n"
      "         location_country_iso3, location_adm1, location_lat, location_lon,\n"
      "         location_geonameid (empty when unknown).\n"
      "--mentions FILE writes every mention of each event (each event row of the\n"
      "store that belongs to it) in the same format (with a header for csv and tsv).\n"
      "--from and --to keep events whose first date is within them (inclusive).\n"
      "A summary (events and mentions written) goes to stderr. Column mapping:\n"
      "docs/store.md, \"Export\".\n\n"
      "Examples:\n"
      "  dyad export --format gdelt --mentions mentions.tsv > events.tsv\n"
      "  dyad export --db news.db --from 2024-05-01 --to 2024-05-31 > may.jsonl\n"
      "  dyad export --db news.db --format csv > events.csv");
  sub->add_option("--db", flags->db, "The store (a SQLite file made by `dyad ingest`)")->default_val("dyad.db");
  sub->add_option("--format", flags->format, "gdelt, jsonl, csv or tsv")->default_val("jsonl");
  sub->add_option("--mentions", flags->mentions, "Also write each event's mentions to this file");
  sub->add_option("--from", flags->from, "First date (YYYY-MM-DD) of events to write");
  sub->add_option("--to", flags->to, "Last date (YYYY-MM-DD) of events to write");
  sub->callback([flags, exit_code]() { *exit_code = RunExport(*flags); });
}

}  // namespace dyad::cli
