// dyad code: articles in, events out: read -> segment -> parse -> actors ->
// events, in input order, streaming.
#include <CLI/CLI.hpp>
#include <atomic>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <thread>

#include "actors/actors.h"
#include "cli/chain.h"
#include "cli/cli.h"
#include "events/events.h"
#include "geo/location_json.h"
#include "ingest/ingest.h"
#include "nlp/nlp.h"
#include "store/export.h"
#include "text/text.h"

namespace dyad::cli {
namespace {

struct CodeFlags {
  InputFlags input;
  std::string output = "-";
  std::string format = "json";
  ChainFlags chain;
  int threads = 1;
};

// Byte offset -> code point offset in `text`.
int64_t CodePoints(const std::string& text, uint32_t byte) {
  if (byte == text::kNoOffset) return -1;
  int64_t n = 0;
  for (size_t i = 0; i < byte && i < text.size(); ++i) n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return n;
}

// The location with its offsets in code points, as every offset here.
nlohmann::ordered_json LocationJsonAt(const events::EventLocation& l, const std::string& text) {
  nlohmann::ordered_json j = geo::LocationJson(l);
  if (l.known() && l.begin >= 0) {
    j["start"] = CodePoints(text, static_cast<uint32_t>(l.begin));
    j["end"] = CodePoints(text, static_cast<uint32_t>(l.end));
  }
  return j;
}

nlohmann::ordered_json ActorJson(const events::EventActor& a, const std::string& text) {
  nlohmann::ordered_json j;
  j["code"] = a.code;
  j["country"] = a.country;
  j["sector"] = a.sector;
  j["text"] = a.begin != text::kNoOffset && a.end <= text.size() ? text.substr(a.begin, a.end - a.begin) : "";
  j["start"] = CodePoints(text, a.begin);
  j["end"] = CodePoints(text, a.end);
  j["location"] = LocationJsonAt(a.location, text);
  return j;
}

std::string JsonLine(const events::Event& e, const ingest::Article& a) {
  nlohmann::ordered_json j;
  j["event_id"] = events::EventId(e);
  j["article_id"] = e.article_id;
  j["sentence"] = e.evidence.sentence + 1;
  j["date"] = events::IsoDate(e.date);
  j["date_precision"] = events::DatePrecisionName(e.date_precision);
  j["source"] = ActorJson(e.source, a.text);
  j["target"] = e.has_target ? ActorJson(e.target, a.text) : nlohmann::ordered_json(nullptr);
  j["code"] = e.code;
  j["root_code"] = e.root_code;
  j["quad_class"] = e.quad_class;
  j["goldstein"] = e.goldstein;
  j["plover"] = {{"type", e.plover_type}, {"mode", e.plover_mode}, {"context", e.plover_context}};
  j["negated"] = e.negated;
  j["modality"] = events::ModalityName(e.modality);
  j["evidence"] = {{"sentence", e.evidence.sentence + 1},
                   {"verb", e.evidence.verb},
                   {"start", CodePoints(a.text, e.evidence.begin)},
                   {"end", CodePoints(a.text, e.evidence.end)},
                   {"pattern", e.evidence.pattern}};
  j["location"] = LocationJsonAt(e.location, a.text);
  std::string line = j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  line.push_back('\n');
  return line;
}

// date, source, target, code: as TABARI and PETRARCH write events.
std::string TsvLine(const events::Event& e) {
  std::string d = events::IsoDate(e.date);
  std::string compact;
  for (char c : d) {
    if (c != '-') compact.push_back(c);
  }
  return compact + "\t" + e.source.code + "\t" + (e.has_target ? e.target.code : "") + "\t" + e.code +
         "\t" + e.article_id + "\n";
}

// The 61 GDELT 2.0 event columns, in GDELT's order; unknown fields empty.
std::string GdeltLine(const events::Event& e, const ingest::Article& a, const geo::Gazetteer* gazetteer) {
  std::vector<std::string> c(61);
  int32_t d = e.date;
  c[0] = std::to_string(events::EventId(e));
  c[1] = d ? std::to_string(d) : "";
  c[2] = d ? std::to_string(d / 100) : "";
  c[3] = d ? std::to_string(d / 10000) : "";
  if (d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.4f", d / 10000 + ((d / 100 % 100 - 1) * 30 + d % 100) / 365.0);
    c[4] = buf;
  }
  auto actor = [&](size_t base, const events::EventActor& x, bool present) {
    if (!present) return;
    c[base] = x.code;
    c[base + 1] = x.begin != text::kNoOffset && x.end <= a.text.size() ? a.text.substr(x.begin, x.end - x.begin) : "";
    if (x.country != "---" && x.country != "IGO" && x.country != "NGO" && x.country != "IMG" && x.country != "MNC") {
      c[base + 2] = x.country;
    }
    for (size_t k = 0; k < 3 && k * 3 + 3 <= x.sector.size(); ++k) c[base + 7 + k] = x.sector.substr(k * 3, 3);
  };
  actor(5, e.source, true);
  actor(15, e.target, e.has_target);
  c[25] = e.evidence.sentence == 0 ? "1" : "0";
  c[26] = e.code;
  c[27] = e.code.substr(0, 3);
  c[28] = e.root_code;
  c[29] = std::to_string(e.quad_class);
  char g[16];
  std::snprintf(g, sizeof g, "%.1f", e.goldstein);
  c[30] = g;
  c[31] = c[32] = c[33] = "1";
  if (gazetteer != nullptr) {  // Actor1Geo, Actor2Geo, ActionGeo: 8 columns each from 35.
    store::GdeltGeoBlock(e.source.location, *gazetteer, &c[35]);
    if (e.has_target) store::GdeltGeoBlock(e.target.location, *gazetteer, &c[43]);
    store::GdeltGeoBlock(e.location, *gazetteer, &c[51]);
  }
  c[59] = d ? std::to_string(d) + "000000" : "";
  c[60] = a.url;
  std::string line;
  for (size_t i = 0; i < c.size(); ++i) {
    if (i) line.push_back('\t');
    for (char ch : c[i]) line.push_back(ch == '\t' || ch == '\n' ? ' ' : ch);
  }
  line.push_back('\n');
  return line;
}

std::string FormatEvents(const std::string& format, const std::vector<events::Event>& evs,
                         const ingest::Article& a, const geo::Gazetteer* gazetteer) {
  std::string out;
  for (const auto& e : evs) {
    out += format == "tsv" ? TsvLine(e) : format == "gdelt" ? GdeltLine(e, a, gazetteer) : JsonLine(e, a);
  }
  return out;
}

int RunCode(const CodeFlags& flags) {
  auto options = IngestOptionsFromFlags(flags.input, "code");
  if (!options) return kExitUsage;
  if (flags.format != "json" && flags.format != "tsv" && flags.format != "gdelt") {
    std::fprintf(stderr, "dyad code: --format must be json, tsv or gdelt\n");
    return kExitUsage;
  }
  if (flags.threads < 1) {
    std::fprintf(stderr, "dyad code: --threads must be at least 1\n");
    return kExitUsage;
  }
  StderrDiagnostics diag;
  auto chain = Chain::Load(flags.chain, "code", &diag);
  if (chain == nullptr) return kExitUsage;
  auto out = Output::Open(flags.output, "code");
  if (out == nullptr) return kExitUsage;

  Progress progress("articles", "sentences");
  int64_t articles = 0, sentences = 0;
  // Batches of articles coded by `threads` workers, written in input order.
  std::vector<ingest::Article> batch;
  auto drain = [&] {
    std::vector<std::string> results(batch.size());
    std::vector<CollectingDiagnostics> diags(batch.size());
    std::vector<int64_t> counts(batch.size(), 0);
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next++) < batch.size();) {
        std::vector<events::Event> evs;
        chain->Code(batch[i], &diags[i], &counts[i], &evs);
        results[i] = FormatEvents(flags.format, evs, batch[i], chain->gazetteer());
      }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < std::min<int>(flags.threads, static_cast<int>(batch.size())); ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    for (size_t i = 0; i < batch.size(); ++i) {
      for (const auto& e : diags[i].entries()) {
        if (e.severity == Severity::kError) {
          diag.Error(e.file, e.line, e.reason);
        } else {
          diag.Warning(e.file, e.line, e.reason);
        }
      }
      out->Write(results[i]);
      sentences += counts[i];
    }
    batch.clear();
  };
  const size_t batch_size = 64 * static_cast<size_t>(flags.threads);
  ForEachArticle(flags.input.inputs, *options, &diag, [&](const ingest::Article& article) {
    batch.push_back(article);
    if (batch.size() >= batch_size) drain();
    progress.Tick(++articles, sentences);
  });
  drain();
  progress.Finish(articles, sentences);
  if (!out->Close()) {
    std::fprintf(stderr, "dyad code: error writing output\n");
    return kExitUsage;
  }
  return diag.error_count() > 0 ? kExitRejected : kExitOk;
}

}  // namespace

std::string EventJsonLine(const events::Event& e, const ingest::Article& a) { return JsonLine(e, a); }

void AddCodeCommand(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<CodeFlags>();
  CLI::App* sub = app->add_subcommand("code", "Read articles, write the CAMEO events they report");
  sub->footer(
      "dyad's own actor and verb dictionaries are used; a TABARI or PETRARCH verbs file\n"
      "given with --dict replaces dyad's verbs (docs/coding.md, docs/dictionaries.md).\n\n"
      "Output (--format json, the default): one JSON object per event with event_id,\n"
      "article_id, sentence, date, date_precision, source and target ({code, country,\n"
      "sector, text, start, end}), code, root_code, quad_class, goldstein, plover,\n"
      "negated, modality and evidence. --format tsv: date, source, target, code,\n"
      "article_id. --format gdelt: the 61 GDELT 2.0 event columns, no header.\n\n"
      "Examples:\n"
      "  dyad code wire.jsonl\n"
      "  dyad code --dict verbs=CAMEO.2.0.txt wire.jsonl\n"
      "  dyad code --threads 2 --format tsv --dict CAMEO.2.0.txt news/");
  AddInputFlags(sub, &flags->input);
  sub->add_option("-o,--output", flags->output, "Write here instead of stdout");
  sub->add_option("--format", flags->format, "json, tsv or gdelt")->default_val("json");
  AddChainFlags(sub, &flags->chain);
  sub->add_option("--threads", flags->threads, "Articles coded in parallel; output keeps input order")
      ->default_val(1);
  sub->callback([flags, exit_code]() { *exit_code = RunCode(*flags); });
}

}  // namespace dyad::cli
