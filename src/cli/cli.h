// Internal to cli/: what the subcommands share. Not library code: only cli/
// parses flag strings, prints and chooses exit codes.
#ifndef DYAD_CLI_CLI_H_
#define DYAD_CLI_CLI_H_

#include <atomic>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostics.h"
#include "events/events.h"
#include "ingest/ingest.h"
#include "nlp/nlp.h"
#include "text/text.h"

namespace CLI {
class App;
}

namespace dyad::cli {

// Documented exit codes (README, `dyad --help`).
inline constexpr int kExitOk = 0;        // All input processed.
inline constexpr int kExitRejected = 1;  // Some records rejected, the rest processed.
inline constexpr int kExitUsage = 2;     // Usage or set-up error; nothing useful done.
inline constexpr int kExitInterrupted = 130;  // Stopped by Ctrl-C after saving its work (ingest).

// The folder holding data/ and models/: $DYAD_HOME if set, else the first
// ancestor of the running binary that has a data/ folder (so ./build/dyad
// works from a checkout), else the current directory.
std::string FindHome();

// Prints reports to stderr as "FILE:LINE: reason".
class StderrDiagnostics : public Diagnostics {
 public:
  void Report(Severity severity, std::string_view file, int64_t line,
              std::string_view reason) override;
};

// Passes every report on as a warning. Dictionary problems found while
// loading go through it: they are printed as FILE:LINE: reason, but the exit
// code speaks of the articles read (`dyad dict check` is where a faulty
// dictionary line fails).
class WarningDiagnostics : public Diagnostics {
 public:
  explicit WarningDiagnostics(Diagnostics* next) : next_(next) {}
  void Report(Severity severity, std::string_view file, int64_t line,
              std::string_view reason) override {
    next_->Warning(file, line, reason);
  }

 private:
  Diagnostics* next_;
};

// Shows "N articles, M sentences, R articles/s" on stderr when it is a
// terminal; silent otherwise. `unit` names the items ("articles"); `detail`
// names a second count ("sentences"), or is null to show none. Call Tick
// often; it redraws at most a few times a second.
class Progress {
 public:
  explicit Progress(const char* unit, const char* detail = nullptr);
  void Tick(int64_t items, int64_t details = 0);
  void Finish(int64_t items, int64_t details = 0);

 private:
  void Draw(int64_t items, int64_t details) const;

  const char* unit_;
  const char* detail_;
  bool enabled_;
  double start_;
  double last_ = 0;
};

// The input flags every command that reads articles takes, with the same
// names and meanings (`dyad parse`, `dyad extract`).
struct InputFlags {
  std::vector<std::string> inputs;  // Files, directories, "-"; empty: stdin.
  std::string format = "auto";      // --input
  std::string date;                 // --date, as typed.
};

// Registers the positional inputs, --input and --date on `sub`, stored in
// *flags (which must outlive `sub`).
void AddInputFlags(CLI::App* sub, InputFlags* flags);

// The ingest options the flags ask for; prints "dyad COMMAND: problem" to
// stderr and returns nullopt on a usage error (unknown format, bad date).
std::optional<ingest::IngestOptions> IngestOptionsFromFlags(const InputFlags& flags,
                                                            const char* command);

// Reads every article of `inputs` (directories expanded, empty meaning stdin)
// and calls on_article for each, in input order. An input that cannot
// be opened, or whose rest cannot be read, is reported to *diag as an error
// and the next one is read. Bad records inside an input are reported by
// ingest itself.
void ForEachArticle(const std::vector<std::string>& inputs, const ingest::IngestOptions& options,
                    Diagnostics* diag,
                    const std::function<void(const ingest::Article&)>& on_article);
// The same, stopping before the next article once *stop is set (ingest's
// Ctrl-C: the rest of a large input is not even read).
void ForEachArticle(const std::vector<std::string>& inputs, const ingest::IngestOptions& options,
                    Diagnostics* diag, const std::function<void(const ingest::Article&)>& on_article,
                    const std::atomic<bool>* stop);

// Where a command writes its results: stdout for "-", else a file it
// creates. Writes are buffered by stdio.
class Output {
 public:
  // Opens `path`; null after printing "dyad COMMAND: cannot write PATH".
  static std::unique_ptr<Output> Open(const std::string& path, const char* command);
  ~Output();
  // Not copyable: it owns the FILE.
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  void Write(std::string_view s) { std::fwrite(s.data(), 1, s.size(), f_); }
  // Flushes and closes (stdout is flushed only); false if any write failed.
  // REQUIRES: called once, and no Write after it.
  bool Close();

 private:
  explicit Output(FILE* f) : f_(f) {}
  FILE* f_;
};

// The segmenter with the shipped boundary model from the dyad home (rules
// alone, with a warning, if the model is not there); null after printing
// "dyad COMMAND: ..." on a set-up error.
std::unique_ptr<text::Segmenter> LoadSegmenter(const char* command, bool no_line_break_split);

// The tagger (and, with `parse`, the parser) from the dyad home. Null with a
// warning when the models are missing; null with *failed set after printing
// why when a model is damaged.
std::unique_ptr<nlp::NlpModel> LoadNlp(const char* command, bool parse, bool* failed);

// One event as `dyad code` writes it: a JSON object and a newline, offsets
// in code points of the article's text.
std::string EventJsonLine(const events::Event& e, const ingest::Article& a);

// Each subcommand registers its flags and a callback that stores its exit
// code in *exit_code.
void AddParseCommand(CLI::App* app, int* exit_code);
void AddExtractCommand(CLI::App* app, int* exit_code);
void AddTrainCommand(CLI::App* app, int* exit_code);
void AddDictCommand(CLI::App* app, int* exit_code);
void AddQueryCommand(CLI::App* app, int* exit_code);
void AddActorsCommand(CLI::App* app, int* exit_code);
void AddCodeCommand(CLI::App* app, int* exit_code);
void AddEvalCommand(CLI::App* app, int* exit_code);
void AddIngestCommand(CLI::App* app, int* exit_code);
void AddExportCommand(CLI::App* app, int* exit_code);
void AddServeCommand(CLI::App* app, int* exit_code);

}  // namespace dyad::cli

#endif  // DYAD_CLI_CLI_H_
