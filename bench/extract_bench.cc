// Speed of reading web pages as articles: HTML in, Article (title, date,
// text and the rest) out, through the public ingest API, in bytes of HTML per
// second, one thread.
//
//   DYAD_BENCH_HTML=../shared/data/news/article-extraction-benchmark/html build/bench/extract_bench
//
// The pages are the *.html.gz files of a folder, read and gunzipped at run
// time (default: ../shared/data/news/article-extraction-benchmark/html
// beside the source tree, 181 news pages). When it is missing the benchmark is
// skipped with a message; the build never needs it. scripts/run-bench.sh runs
// this and saves the results.
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/file_system.h"
#include "ingest/ingest.h"

namespace {

struct Pages {
  std::string dir;
  std::string error;               // Non-empty when the pages could not be read.
  std::vector<std::string> paths;  // In `fs`: "pages/<name>.html".
  dyad::MemFileSystem fs;
  size_t bytes = 0;  // Of HTML, after gunzip.
};

// The whole of a gzip file, or an error message in *error.
std::string Gunzip(const std::string& path, std::string* error) {
  std::string out;
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) {
    *error = "cannot open " + path;
    return out;
  }
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, n);
  if (n < 0) {
    int errnum = 0;
    *error = path + ": " + gzerror(f, &errnum);
  }
  gzclose(f);
  return out;
}

// The pages, read once; mutable only because MemFileSystem's reads are not
// const.
Pages& GetPages() {
  static Pages* pages = [] {
    auto* p = new Pages;
    const char* env = std::getenv("DYAD_BENCH_HTML");
    p->dir = env != nullptr && *env != '\0'
                 ? env
                 : std::string(DYAD_SOURCE_DIR) +
                       "/../shared/data/news/article-extraction-benchmark/html";
    namespace fs = std::filesystem;
    std::error_code ec;
    std::vector<fs::path> files;
    for (fs::directory_iterator it(p->dir, ec), end; !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (name.ends_with(".html.gz")) files.push_back(it->path());
    }
    if (ec || files.empty()) {
      p->error = "no *.html.gz pages in " + p->dir +
                 " (set DYAD_BENCH_HTML to a folder of gzipped HTML pages)";
      return p;
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      std::string html = Gunzip(file.string(), &p->error);
      if (!p->error.empty()) return p;
      const std::string name = file.filename().string();
      const std::string path = "pages/" + name.substr(0, name.size() - 3);  // Drop ".gz".
      p->bytes += html.size();
      p->fs.AddFile(path, std::move(html));
      p->paths.push_back(path);
    }
    return p;
  }();
  return *pages;
}

// Keeps no reports (the base class counts them): many pages are not UTF-8
// and warn on every pass.
class QuietDiagnostics : public dyad::Diagnostics {
 public:
  void Report(dyad::Severity, std::string_view, int64_t, std::string_view) override {}
};

// Reads every page as `dyad extract page.html` does (MemFileSystem hands
// each reader a copy of the page, as reading a file would); returns the bytes
// of article text produced, or 0 with the benchmark skipped on a failure.
size_t ReadAllPages(benchmark::State& state, Pages& pages, dyad::Diagnostics* diag) {
  const dyad::ingest::IngestOptions options;  // kAuto: .html decides.
  dyad::ingest::Article article;
  size_t text_bytes = 0;
  for (const std::string& path : pages.paths) {
    auto reader = dyad::ingest::ArticleReader::Open(path, options, &pages.fs, diag);
    if (!reader.ok()) {
      state.SkipWithError(reader.status().ToString().c_str());
      return 0;
    }
    while (true) {
      auto more = (*reader)->Next(&article);
      if (!more.ok()) {
        state.SkipWithError(more.status().ToString().c_str());
        return 0;
      }
      if (!*more) break;
      text_bytes += article.text.size();
    }
  }
  return text_bytes;
}

// HTML page -> Article: ArticleReader::Open over an in-memory file system
// with one .html file per page, then Next until the end. Bytes processed are
// bytes of HTML; the "text_ratio" counter is article text per HTML byte.
void BM_ExtractHtml(benchmark::State& state) {
  Pages& pages = GetPages();
  if (!pages.error.empty()) {
    state.SkipWithError(pages.error.c_str());
    return;
  }
  QuietDiagnostics diag;
  // One untimed pass first: lazily built tables and first-touch allocations
  // belong to start-up, not to the steady speed.
  size_t text_bytes = ReadAllPages(state, pages, &diag);
  if (state.error_occurred()) return;
  for (auto _ : state) {
    text_bytes = ReadAllPages(state, pages, &diag);
    benchmark::DoNotOptimize(text_bytes);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * pages.bytes));
  state.counters["pages"] = benchmark::Counter(
      static_cast<double>(state.iterations() * pages.paths.size()), benchmark::Counter::kIsRate);
  state.counters["text_ratio"] = static_cast<double>(text_bytes) / static_cast<double>(pages.bytes);
  state.SetLabel(pages.dir);
}
BENCHMARK(BM_ExtractHtml)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
