// dyad ingest: articles in, coded by the same Chain as `dyad code`, and kept
// in an event store (store/store.h) with their events and actor mentions.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <csignal>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <thread>

#include "actors/actors.h"
#include "cli/chain.h"
#include "cli/cli.h"
#include "events/events.h"
#include "ingest/ingest.h"
#include "store/store.h"

namespace dyad::cli {
namespace {

struct IngestFlags {
  InputFlags input;
  std::string db = "dyad.db";
  int batch = 500;
  ChainFlags chain;
  int threads = 1;
  std::optional<int> dedup_window;
  bool one_a_day = false;
  bool recode = false;
};

// Set by the first Ctrl-C (SIGINT) or SIGTERM: ingest stops reading, stores
// what it has coded, commits and prints its summary. A second signal ends
// the process at once (the store stays consistent: an open batch is lost,
// and a rerun redoes it).
std::atomic<bool> g_interrupted{false};

extern "C" void OnInterrupt(int signum) {
  g_interrupted.store(true);
  std::signal(signum, SIG_DFL);
}

double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// What the run did, for the progress line and the summary.
struct Tally {
  int64_t read = 0, added = 0, replaced = 0, unchanged = 0, events = 0, mentions = 0;
};

// The progress line on a terminal: articles, events, rate and, when the
// inputs are plain files, an ETA from the bytes behind the current article
// (its file's share, by line for line-based formats).
class IngestProgress {
 public:
  explicit IngestProgress(const std::vector<std::string>& inputs)
      : enabled_(isatty(STDERR_FILENO) == 1), start_(Now()) {
    if (!enabled_) return;
    std::error_code ec;
    for (const std::string& in : inputs) {
      if (in == "-") return;  // stdin: size unknown
      if (std::filesystem::is_directory(in, ec)) {
        for (const auto& e : std::filesystem::recursive_directory_iterator(in, ec)) {
          if (e.is_regular_file(ec)) total_ += e.file_size(ec);
        }
      } else {
        total_ += std::filesystem::file_size(in, ec);
      }
    }
    sized_ = !inputs.empty() && total_ > 0;
  }

  void Tick(const Tally& t, const ingest::Article& a) {
    if (!enabled_) return;
    const double now = Now();
    if (now - last_ < 0.25) return;
    last_ = now;
    const double secs = now - start_;
    std::fprintf(stderr, "\r\033[K%lld articles, %lld events, %.0f articles/s",
                 static_cast<long long>(t.read), static_cast<long long>(t.events),
                 t.read / std::max(secs, 1e-9));
    const double done = Fraction(a);
    if (done > 0.01 && done < 1) std::fprintf(stderr, ", ETA %.0f s", secs / done - secs);
  }

  void Clear() {
    if (enabled_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  // The share of all input bytes before `a` (0 when unknown).
  double Fraction(const ingest::Article& a) {
    if (!sized_) return 0;
    if (a.file != file_) {
      std::error_code ec;
      if (!file_.empty()) finished_ += file_size_;
      file_ = a.file;
      file_size_ = std::filesystem::file_size(file_, ec);
      if (ec) file_size_ = 0;
      file_lines_ = CountLines(file_);
    }
    double within = file_lines_ > 1 ? std::min(1.0, static_cast<double>(a.line) / file_lines_) : 0;
    return (finished_ + within * file_size_) / static_cast<double>(total_);
  }

  // Lines of an uncompressed file; 0 for compressed ones (read by file).
  static int64_t CountLines(const std::string& path) {
    if (path.ends_with(".gz") || path.ends_with(".zst")) return 0;
    std::ifstream f(path, std::ios::binary);
    std::vector<char> buf(1 << 16);
    int64_t n = 0;
    while (f.read(buf.data(), buf.size()) || f.gcount() > 0) {
      n += std::count(buf.begin(), buf.begin() + f.gcount(), '\n');
      if (!f) break;
    }
    return n;
  }

  bool enabled_;
  bool sized_ = false;
  double start_;
  double last_ = 0;
  uintmax_t total_ = 0, finished_ = 0, file_size_ = 0;
  std::string file_;
  int64_t file_lines_ = 0;
};

// One article's coding, done by a worker thread.
struct Coded {
  std::vector<events::Event> events;
  std::vector<actors::ActorMention> mentions;
  std::vector<std::string> sentences;
  CollectingDiagnostics diag;
  int64_t sentence_count = 0;
};

int RunIngest(const IngestFlags& flags) {
  auto options = IngestOptionsFromFlags(flags.input, "ingest");
  if (!options) return kExitUsage;
  if (flags.threads < 1) {
    std::fprintf(stderr, "dyad ingest: --threads must be at least 1\n");
    return kExitUsage;
  }
  if (flags.batch < 1) {
    std::fprintf(stderr, "dyad ingest: --batch must be at least 1\n");
    return kExitUsage;
  }
  store::StoreOptions store_options;
  store_options.target = flags.db;
  store_options.batch_articles = flags.batch;
  store_options.recode = flags.recode;
  if (flags.one_a_day) store_options.dedup = store::DedupOptions{0};
  if (flags.dedup_window) {
    if (flags.one_a_day || *flags.dedup_window < 0) {
      std::fprintf(stderr, "dyad ingest: --dedup-window takes a number of days (0 or more), without --one-a-day\n");
      return kExitUsage;
    }
    store_options.dedup = store::DedupOptions{*flags.dedup_window};
  }
  auto opened = store::EventStore::Open(store_options);
  if (!opened.ok()) {
    std::fprintf(stderr, "dyad ingest: %s\n", opened.status().message().c_str());
    return kExitUsage;
  }
  std::unique_ptr<store::EventStore> db = std::move(*opened);
  StderrDiagnostics diag;
  auto chain = Chain::Load(flags.chain, "ingest", &diag);
  if (chain == nullptr) return kExitUsage;

  const double start = Now();
  IngestProgress progress(flags.input.inputs);
  Tally tally;
  bool failed = false;
  // Batches of articles coded by `threads` workers (as `dyad code` does).
  // This thread stores the previous batch while the workers code the next,
  // so the store's writes overlap coding; it alone touches the store, and
  // stores in input order.
  std::vector<ingest::Article> batch, coded_batch;
  std::vector<Coded> coded;
  auto store_coded = [&] {
    for (size_t i = 0; i < coded_batch.size() && !failed; ++i) {
      for (const auto& e : coded[i].diag.entries()) {
        if (e.severity == Severity::kError) {
          diag.Error(e.file, e.line, e.reason);
        } else {
          diag.Warning(e.file, e.line, e.reason);
        }
      }
      auto put = db->Put({&coded_batch[i], &coded[i].events, &coded[i].mentions, &coded[i].sentences});
      if (!put.ok()) {
        progress.Clear();
        std::fprintf(stderr, "dyad ingest: %s\n", put.status().message().c_str());
        failed = true;
        break;
      }
      switch (*put) {
        case store::PutOutcome::kNew: ++tally.added; break;
        case store::PutOutcome::kReplaced: ++tally.replaced; break;
        case store::PutOutcome::kUnchanged: ++tally.unchanged; break;
      }
      if (*put != store::PutOutcome::kUnchanged) tally.events += static_cast<int64_t>(coded[i].events.size());
    }
    coded_batch.clear();
    coded.clear();
  };
  auto drain = [&] {
    std::vector<Coded> next_coded(batch.size());
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next++) < batch.size();) {
        Coded& c = next_coded[i];
        chain->Code(batch[i], &c.diag, &c.sentence_count, &c.events, &c.mentions, &c.sentences);
      }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < std::min<int>(flags.threads, static_cast<int>(batch.size())); ++t) pool.emplace_back(work);
    store_coded();
    for (auto& t : pool) t.join();
    coded_batch = std::move(batch);
    coded = std::move(next_coded);
    batch.clear();
  };
  const size_t batch_size = 64 * static_cast<size_t>(flags.threads);
  std::signal(SIGINT, OnInterrupt);
  std::signal(SIGTERM, OnInterrupt);
  ForEachArticle(flags.input.inputs, *options, &diag, [&](const ingest::Article& article) {
    if (failed || g_interrupted.load()) return;
    ++tally.read;
    // A rerun skips what is stored without coding it again (unless asked to
    // recode it).
    auto stored = flags.recode ? Result<bool>(false) : db->Contains(article.id, article.text);
    if (stored.ok() && *stored) {
      ++tally.unchanged;
    } else {
      batch.push_back(article);
      if (batch.size() >= batch_size) drain();
    }
    progress.Tick(tally, article);
  }, &g_interrupted);
  if (!failed) drain();
  store_coded();
  if (Status s = db->Commit(); !s.ok() && !failed) {
    std::fprintf(stderr, "dyad ingest: %s\n", s.message().c_str());
    failed = true;
  }
  progress.Clear();
  const bool interrupted = g_interrupted.load();
  if (interrupted) {
    std::fprintf(stderr, "dyad ingest: interrupted; what was read is stored and committed, "
                         "rerun the same command to finish\n");
  }
  std::fprintf(stderr,
               "dyad ingest: %lld articles read, %lld new, %lld replaced, %lld unchanged; "
               "%lld events stored in %s; %.1f s\n",
               static_cast<long long>(tally.read), static_cast<long long>(tally.added),
               static_cast<long long>(tally.replaced), static_cast<long long>(tally.unchanged),
               static_cast<long long>(tally.events), flags.db.c_str(), Now() - start);
  if (failed) return kExitUsage;
  if (interrupted) return kExitInterrupted;
  return diag.error_count() > 0 ? kExitRejected : kExitOk;
}

}  // namespace

void AddIngestCommand(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<IngestFlags>();
  CLI::App* sub = app->add_subcommand("ingest", "Code articles and keep them, their events and actors in a store");
  sub->footer(
      "Codes exactly as `dyad code` does (same dictionaries and flags) and stores each\n"
      "article (id, url, title, date, source, dateline, text hash), its events and its\n"
      "actor mentions (docs/store.md). Ingest is idempotent: an article already stored\n"
      "with the same text (under any id) is skipped; one whose text changed has its\n"
      "events replaced. Articles are committed in batches; an interrupted ingest leaves\n"
      "the store consistent, and rerunning it finishes the job without duplicates.\n"
      "Reports of one event (same source, target and code, dated within --dedup-window\n"
      "days of its first report) are grouped into one canonical event with counts of\n"
      "mentions, sentences, articles and outlets; `dyad query` and `dyad export` read\n"
      "those. Ctrl-C stops reading, commits what was coded and prints the summary\n"
      "(exit code 130); rerun the command to finish.\n"
      "--db takes a file path (SQLite) or a postgresql:// URL (a PostgreSQL server).\n\n"
      "Examples:\n"
      "  dyad ingest wire.jsonl                    into ./dyad.db\n"
      "  dyad ingest --db news.db --threads 2 news/\n"
      "  dyad ingest --db postgresql://me@localhost/events news/\n"
      "  sqlite3 news.db 'SELECT code, count(*) FROM events GROUP BY code'");
  AddInputFlags(sub, &flags->input);
  sub->add_option("--db", flags->db, "The store: a SQLite file (created if missing) or a postgresql:// URL")->default_val("dyad.db");
  sub->add_option("--batch", flags->batch, "Articles per transaction")->default_val(500);
  AddChainFlags(sub, &flags->chain);
  sub->add_option("--threads", flags->threads,
                  "Articles coded in parallel; one more thread stores them, in input order")
      ->default_val(1);
  sub->add_option("--dedup-window", flags->dedup_window,
                  "Days after an event's first report within which the same source, target and\n"
                  "code are the same event (default: the store's, 1 for a new store); a change\n"
                  "regroups the whole store");
  sub->add_flag("--one-a-day", flags->one_a_day,
                "One event per source, target, code and day (--dedup-window 0), as Phoenix");
  sub->add_flag("--recode", flags->recode,
                "Code stored articles again and replace their events (after a dictionary change)");
  sub->callback([flags, exit_code]() { *exit_code = RunIngest(*flags); });
}

}  // namespace dyad::cli
