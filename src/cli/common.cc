#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "base/file_system.h"
#include "cli/cli.h"

namespace dyad::cli {
namespace {

double Now() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

// Status messages already name their file; the diagnostic adds it again.
std::string WithoutPathPrefix(const std::string& message, const std::string& path) {
  if (message.starts_with(path + ": ")) return message.substr(path.size() + 2);
  return message;
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

Progress::Progress(const char* unit, const char* detail)
    : unit_(unit), detail_(detail), enabled_(isatty(STDERR_FILENO) == 1), start_(Now()) {}

void Progress::Tick(int64_t items, int64_t details) {
  if (!enabled_) return;
  double now = Now();
  if (now - last_ < 0.25) return;
  last_ = now;
  double rate = items / std::max(1e-9, now - start_);
  Draw(items, details);
  std::fprintf(stderr, ", %.0f %s/s", rate, unit_);
}

void Progress::Finish(int64_t items, int64_t details) {
  if (!enabled_) return;
  double secs = Now() - start_;
  Draw(items, details);
  std::fprintf(stderr, " in %.1f s\n", secs);
}

// Clears the line and writes "N articles" or "N articles, M sentences".
void Progress::Draw(int64_t items, int64_t details) const {
  std::fprintf(stderr, "\r\033[K%lld %s", static_cast<long long>(items), unit_);
  if (detail_ != nullptr) {
    std::fprintf(stderr, ", %lld %s", static_cast<long long>(details), detail_);
  }
}

void AddInputFlags(CLI::App* sub, InputFlags* flags) {
  sub->add_option("inputs", flags->inputs,
                  "Files or directories (recursive) to read; '-' or nothing for stdin. "
                  ".gz and .zst files are decompressed.");
  sub->add_option("--input", flags->format,
                  "Input format: text, jsonl, html, rss, conllu or auto (by extension, then "
                  "content)")
      ->default_val("auto");
  sub->add_option("--date", flags->date,
                  "Publication date (YYYY-MM-DD) for articles that do not carry one");
}

std::optional<ingest::IngestOptions> IngestOptionsFromFlags(const InputFlags& flags,
                                                            const char* command) {
  ingest::IngestOptions options;
  auto format = ingest::ParseInputFormat(flags.format);
  if (!format.ok()) {
    std::fprintf(stderr, "dyad %s: %s\n", command, format.status().message().c_str());
    return std::nullopt;
  }
  options.format = *format;
  if (!flags.date.empty()) {
    auto d = ingest::NormalizeDate(flags.date);
    if (!d.ok()) {
      std::fprintf(stderr, "dyad %s: --date %s: expected YYYY-MM-DD\n", command,
                   flags.date.c_str());
      return std::nullopt;
    }
    options.default_date = *d;
  }
  return options;
}

void ForEachArticle(const std::vector<std::string>& inputs, const ingest::IngestOptions& options,
                    Diagnostics* diag,
                    const std::function<void(const ingest::Article&)>& on_article) {
  ForEachArticle(inputs, options, diag, on_article, nullptr);
}

void ForEachArticle(const std::vector<std::string>& inputs, const ingest::IngestOptions& options,
                    Diagnostics* diag, const std::function<void(const ingest::Article&)>& on_article,
                    const std::atomic<bool>* stop) {
  FileSystem* fs = FileSystem::Default();
  std::vector<std::string> paths = inputs;
  if (paths.empty()) paths.push_back("-");
  ingest::Article article;
  for (const auto& path : ingest::ExpandInputs(paths, fs, diag)) {
    if (stop != nullptr && stop->load()) return;
    auto reader = ingest::ArticleReader::Open(path, options, fs, diag);
    if (!reader.ok()) {
      diag->Error(path, 0, WithoutPathPrefix(reader.status().message(), path));
      continue;
    }
    while (stop == nullptr || !stop->load()) {
      auto more = (*reader)->Next(&article);
      if (!more.ok()) {
        diag->Error(
            path, 0,
            WithoutPathPrefix(more.status().message(), path) + "; rest of the input skipped");
        break;
      }
      if (!*more) break;
      on_article(article);
    }
  }
}

std::unique_ptr<Output> Output::Open(const std::string& path, const char* command) {
  FILE* f = path == "-" ? stdout : std::fopen(path.c_str(), "wb");
  if (f == nullptr) {
    std::fprintf(stderr, "dyad %s: cannot write %s\n", command, path.c_str());
    return nullptr;
  }
  return std::unique_ptr<Output>(new Output(f));
}

Output::~Output() {
  if (f_ != nullptr && f_ != stdout) std::fclose(f_);
}

bool Output::Close() {
  bool ok = std::fflush(f_) == 0 && !std::ferror(f_);
  if (f_ != stdout) ok = std::fclose(f_) == 0 && ok;
  f_ = nullptr;
  return ok;
}

std::unique_ptr<text::Segmenter> LoadSegmenter(const char* command, bool no_line_break_split) {
  text::SegmenterOptions options;
  options.split_at_unpunctuated_line_breaks = !no_line_break_split;
  const std::string model = FindHome() + "/models/sentence_boundary.model";
  if (std::filesystem::exists(model)) {
    options.boundary_model_path = model;
  } else {
    std::fprintf(stderr,
                 "dyad %s: warning: no sentence model at %s; splitting by rules alone (less "
                 "accurate). Set DYAD_HOME to the folder that holds dyad's models/.\n",
                 command, model.c_str());
  }
  auto segmenter = text::Segmenter::Create(options);
  if (!segmenter.ok()) {
    std::fprintf(stderr,
                 "dyad %s: cannot load the sentence model: %s\n"
                 "Set DYAD_HOME to the folder that holds dyad's models/ and data/.\n",
                 command, segmenter.status().ToString().c_str());
    return nullptr;
  }
  return std::move(*segmenter);
}

std::unique_ptr<nlp::NlpModel> LoadNlp(const char* command, bool parse, bool* failed) {
  nlp::NlpOptions options;
  options.models_dir = FindHome() + "/models";
  options.parse = parse;
  auto model = nlp::NlpModel::Load(options);
  if (model.ok()) return std::move(*model);
  if (model.status().code() == Status::kNotFound) {
    std::fprintf(stderr,
                 "dyad %s: warning: %s; writing tokens without tags or trees. Set DYAD_HOME "
                 "to the folder that holds dyad's models/.\n",
                 command, model.status().message().c_str());
    return nullptr;
  }
  std::fprintf(stderr, "dyad %s: cannot load the tagger or parser: %s\n", command,
               model.status().ToString().c_str());
  *failed = true;
  return nullptr;
}

}  // namespace dyad::cli
