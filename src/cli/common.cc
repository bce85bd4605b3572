#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "cli/cli.h"

namespace dyad::cli {
namespace {

double Now() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace

std::string FindHome() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("DYAD_HOME"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path dir = exe.parent_path(); !dir.empty(); dir = dir.parent_path()) {
      if (fs::is_directory(dir / "data", ec) && fs::is_directory(dir / "models", ec)) {
        return dir.string();
      }
      if (dir == dir.root_path()) break;
    }
  }
  return ".";
}

void StderrDiagnostics::Report(Severity severity, std::string_view file, int64_t line,
                               std::string_view reason) {
  std::string msg = FormatDiagnostic(severity, file, line, reason);
  std::fprintf(stderr, "%s\n", msg.c_str());
}

Progress::Progress(const char* unit)
    : unit_(unit), enabled_(isatty(STDERR_FILENO) == 1), start_(Now()) {}

void Progress::Tick(int64_t items, int64_t sentences) {
  if (!enabled_) return;
  double now = Now();
  if (now - last_ < 0.25) return;
  last_ = now;
  double rate = items / std::max(1e-9, now - start_);
  std::fprintf(stderr, "\r\033[K%lld %s, %lld sentences, %.0f %s/s", static_cast<long long>(items),
               unit_, static_cast<long long>(sentences), rate, unit_);
}

void Progress::Finish(int64_t items, int64_t sentences) {
  if (!enabled_) return;
  double secs = Now() - start_;
  std::fprintf(stderr, "\r\033[K%lld %s, %lld sentences in %.1f s\n", static_cast<long long>(items),
               unit_, static_cast<long long>(sentences), secs);
}

}  // namespace dyad::cli
