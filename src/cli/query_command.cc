// dyad query: time series and event lists from a store (store/query.h).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <memory>
#include <string>

#include "cli/cli.h"
#include "store/query.h"
#include "store/store.h"

namespace dyad::cli {
namespace {

struct QueryFlags {
  std::string db = "dyad.db";
  std::string dyad, actor, code, from, to, period;
  std::string country_of_event, near;
  std::string by = "month";
  std::string weight = "events";
  std::string format = "table";
  bool events = false;
  int limit = 20;
  int mentions = 3;
};

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void PrintSeriesTable(const std::vector<store::SeriesPoint>& series) {
  std::printf("%-10s %7s %7s %7s %7s %7s %10s %10s %7s\n", "period", "events", "v.coop", "m.coop",
              "v.confl", "m.confl", "goldstein", "sum", "index");
  for (const auto& p : series) {
    std::printf("%-10s %7lld %7lld %7lld %7lld %7lld %10.2f %10.1f %7.2f\n", p.period.c_str(),
                static_cast<long long>(p.total), static_cast<long long>(p.counts[0]),
                static_cast<long long>(p.counts[1]), static_cast<long long>(p.counts[2]),
                static_cast<long long>(p.counts[3]), p.goldstein_mean, p.goldstein_sum, p.index);
  }
  if (series.empty()) std::printf("(no events match)\n");
}

void PrintSeriesCsv(const std::vector<store::SeriesPoint>& series) {
  std::printf("period,events,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,"
              "goldstein_mean,goldstein_sum,index\n");
  for (const auto& p : series) {
    std::printf("%s,%lld,%lld,%lld,%lld,%lld,%.4f,%.4f,%.4f\n", p.period.c_str(), static_cast<long long>(p.total),
                static_cast<long long>(p.counts[0]), static_cast<long long>(p.counts[1]),
                static_cast<long long>(p.counts[2]), static_cast<long long>(p.counts[3]), p.goldstein_mean,
                p.goldstein_sum, p.index);
  }
}

void PrintEventsTable(const std::vector<store::EventRecord>& events) {
  for (const auto& e : events) {
    std::printf("%s  %s -> %s  %s  (Goldstein %.1f)  %lld mentions, %lld articles, %lld sources\n",
                e.date_start.c_str(), e.source_code.c_str(), e.target_code.empty() ? "-" : e.target_code.c_str(),
                e.code.c_str(), e.goldstein, static_cast<long long>(e.num_mentions),
                static_cast<long long>(e.num_articles), static_cast<long long>(e.num_sources));
    if (e.location.known()) {
      std::printf("    at %s%s%s (%s, %.4f, %.4f)\n", e.location.name.c_str(), e.location.adm1.empty() ? "" : ", ",
                  e.location.adm1.c_str(), e.location.country_iso3.c_str(), e.location.lat, e.location.lon);
    }
    for (const auto& m : e.mentions) {
      std::printf("    \"%s\"\n      %s\n", m.sentence_text.c_str(),
                  m.url.empty() ? m.article_id.c_str() : m.url.c_str());
    }
  }
  if (events.empty()) std::printf("(no events match)\n");
}

void PrintEventsCsv(const std::vector<store::EventRecord>& events) {
  std::printf("canonical_id,date,date_end,source,target,code,quad_class,goldstein,num_mentions,num_articles,"
              "num_sources,url,sentence,location_name,location_type,location_country_iso3,location_lat,"
              "location_lon\n");
  for (const auto& e : events) {
    const store::EventMention* m = e.mentions.empty() ? nullptr : &e.mentions.front();
    std::printf("%lld,%s,%s,%s,%s,%s,%d,%.1f,%lld,%lld,%lld,%s,%s,", static_cast<long long>(e.canonical_id),
                e.date_start.c_str(), e.date_end.c_str(), e.source_code.c_str(), e.target_code.c_str(),
                e.code.c_str(), e.quad_class, e.goldstein, static_cast<long long>(e.num_mentions),
                static_cast<long long>(e.num_articles), static_cast<long long>(e.num_sources),
                CsvField(m ? m->url : "").c_str(), CsvField(m ? m->sentence_text : "").c_str());
    if (e.location.known()) {
      std::printf("%s,%s,%s,%.4f,%.4f\n", CsvField(e.location.name).c_str(), e.location.type.c_str(),
                  e.location.country_iso3.c_str(), e.location.lat, e.location.lon);
    } else {
      std::printf(",,,,\n");
    }
  }
}

// The query the flags ask for; prints the problem and returns false.
bool BuildQuery(const QueryFlags& flags, store::Query* q) {
  auto fail = [](const Status& s) {
    std::fprintf(stderr, "dyad query: %s\n", s.message().c_str());
    return false;
  };
  if (!flags.dyad.empty()) {
    auto d = store::ParseDyad(flags.dyad);
    if (!d.ok()) return fail(d.status());
    q->dyad = *d;
  }
  auto by = store::ParsePeriod(flags.by);
  if (!by.ok()) return fail(by.status());
  q->by = *by;
  q->actor = flags.actor;
  q->code = flags.code;
  q->from = flags.from;
  q->to = flags.to;
  q->country_of_event = flags.country_of_event;
  if (!flags.near.empty()) {
    auto near = store::ParseNear(flags.near);
    if (!near.ok()) return fail(near.status());
    q->near = *near;
  }
  q->weight = flags.weight == "mentions" ? store::Weight::kMentions : store::Weight::kEvents;
  if (!flags.period.empty()) {
    auto bounds = store::PeriodBounds(flags.period, q->by);
    if (!bounds.ok()) return fail(bounds.status());
    q->from = bounds->first;
    q->to = bounds->second;
  }
  return true;
}

int RunQuery(const QueryFlags& flags) {
  store::Query q;
  if (!BuildQuery(flags, &q)) return kExitUsage;
  store::StoreOptions options;
  options.target = flags.db;
  options.must_exist = true;
  auto opened = store::EventStore::Open(options);
  if (!opened.ok()) {
    std::fprintf(stderr, "dyad query: %s%s\n", opened.status().message().c_str(),
                 opened.status().code() == Status::kNotFound ? " (make one with `dyad ingest FILE --db ...`)" : "");
    return kExitUsage;
  }
  store::EventStore& db = **opened;
  if (flags.events || !flags.period.empty()) {
    auto events = store::QueryEvents(db, q, flags.limit, flags.mentions);
    if (!events.ok()) {
      std::fprintf(stderr, "dyad query: %s\n", events.status().message().c_str());
      return kExitUsage;
    }
    if (flags.format == "json") {
      std::printf("%s\n", store::EventsJson(q, *events).c_str());
    } else if (flags.format == "csv") {
      PrintEventsCsv(*events);
    } else {
      PrintEventsTable(*events);
    }
    return kExitOk;
  }
  auto series = store::QuerySeries(db, q);
  if (!series.ok()) {
    std::fprintf(stderr, "dyad query: %s\n", series.status().message().c_str());
    return kExitUsage;
  }
  if (flags.format == "json") {
    std::printf("%s\n", store::SeriesJson(q, *series).c_str());
  } else if (flags.format == "csv") {
    PrintSeriesCsv(*series);
  } else {
    PrintSeriesTable(*series);
  }
  return kExitOk;
}

}  // namespace

void AddQueryCommand(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<QueryFlags>();
  CLI::App* sub = app->add_subcommand("query", "Time series and events of a dyad, an actor or a code, from a store");
  sub->footer(
      "Counts canonical events (each event once, however many reports; see `dyad ingest`)\n"
      "per period: the four QuadClasses (verbal and material cooperation, verbal and\n"
      "material conflict), mean and summed Goldstein, and the net cooperation-conflict\n"
      "index (cooperation - conflict) / events, from -1 to 1. A three-letter actor is a\n"
      "country and matches all its actors (USAGOV counts as USA); a longer code matches\n"
      "the codes it begins. --events (or --period) lists the events instead, newest\n"
      "first, each with its evidence sentences and article URLs.\n"
      "Where events happened (their location, from `dyad ingest`'s geolocation):\n"
      "--country-of-event ISO3 keeps events located in that country; --near\n"
      "LAT,LON[,KM] those located within KM (default 50) of a point, by great-circle\n"
      "distance. Events of unknown place match neither.\n\n"
      "Examples:\n"
      "  dyad query --dyad USA~CHN --by month                 both directions\n"
      "  dyad query --dyad IND-PAK --code 19 --from 2024 --format csv > ind-pak.csv\n"
      "  dyad query --dyad USA-CHN --by month --period 2024-04   the events behind a point\n"
      "  dyad query --actor RUSMIL --events --limit 5\n"
      "  dyad query --country-of-event UKR --code 19 --by week   conflict located in Ukraine\n"
      "  dyad query --near 50.45,30.52,25 --events               events within 25 km of Kyiv");
  sub->add_option("--db", flags->db, "The store (as for dyad ingest)")->default_val("dyad.db");
  sub->add_option("--dyad", flags->dyad, "SOURCE-TARGET (directed) or A~B (both directions), e.g. USA-CHN");
  sub->add_option("--actor", flags->actor, "An actor on either side, e.g. RUS or RUSMIL");
  sub->add_option("--code", flags->code, "A CAMEO code prefix: 19 is root 19, 112 one code");
  sub->add_option("--from", flags->from, "First date (YYYY-MM-DD, YYYY-MM or YYYY), inclusive");
  sub->add_option("--to", flags->to, "Last date, inclusive");
  sub->add_option("--country-of-event", flags->country_of_event,
                  "Events located in this country (ISO 3166-1 alpha-3, e.g. UKR)");
  sub->add_option("--near", flags->near, "Events located within KM (default 50) of a point: LAT,LON[,KM]");
  sub->add_option("--by", flags->by, "Period of the series")
      ->check(CLI::IsMember({"day", "week", "month", "year"}))
      ->default_val("month");
  sub->add_option("--weight", flags->weight, "Count each event once, or by its number of mentions")
      ->check(CLI::IsMember({"events", "mentions"}))
      ->default_val("events");
  sub->add_option("--format", flags->format, "table, json (one document) or csv")
      ->check(CLI::IsMember({"table", "json", "csv"}))
      ->default_val("table");
  sub->add_flag("--events", flags->events, "List the events instead of the series");
  sub->add_option("--period", flags->period,
                  "List the events of one point of the series, as its label (2024-04 with --by month)");
  sub->add_option("--limit", flags->limit, "Events listed at most")->default_val(20)->check(CLI::Range(1, 100000));
  sub->add_option("--mentions", flags->mentions, "Reports shown per listed event")
      ->default_val(3)
      ->check(CLI::Range(0, 1000));
  sub->callback([flags, exit_code]() { *exit_code = RunQuery(*flags); });
}

}  // namespace dyad::cli
