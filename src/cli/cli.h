// Internal to cli/: what the subcommands share. Not library code: only cli/
// parses flag strings, prints and chooses exit codes.
#ifndef DYAD_CLI_CLI_H_
#define DYAD_CLI_CLI_H_

#include <string>

#include "base/diagnostics.h"

namespace CLI {
class App;
}

namespace dyad::cli {

// Documented exit codes (README, `dyad --help`).
inline constexpr int kExitOk = 0;        // All input processed.
inline constexpr int kExitRejected = 1;  // Some records rejected, the rest processed.
inline constexpr int kExitUsage = 2;     // Usage or set-up error; nothing useful done.

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

// Shows "N articles, M sentences, R/s" on stderr when it is a terminal;
// silent otherwise. Call Tick often; it redraws at most a few times a second.
class Progress {
 public:
  explicit Progress(const char* unit);
  void Tick(int64_t items, int64_t sentences);
  void Finish(int64_t items, int64_t sentences);

 private:
  const char* unit_;
  bool enabled_;
  double start_;
  double last_ = 0;
};

// Each subcommand registers its flags and a callback that stores its exit
// code in *exit_code.
void AddParseCommand(CLI::App* app, int* exit_code);
void AddTrainCommand(CLI::App* app, int* exit_code);

}  // namespace dyad::cli

#endif  // DYAD_CLI_CLI_H_
