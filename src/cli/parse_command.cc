// dyad parse: articles in, CoNLL-U out.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>

#include "cli/cli.h"
#include "ingest/ingest.h"
#include "text/text.h"

namespace dyad::cli {
namespace {

struct ParseFlags {
  std::vector<std::string> inputs;
  std::string input_format = "auto";
  std::string date;
  std::string output = "-";
  bool no_line_break_split = false;
};

constexpr size_t kFlushBytes = 1 << 20;

class Output {
 public:
  explicit Output(FILE* f) : f_(f) {}
  void Write(const std::string& s) { std::fwrite(s.data(), 1, s.size(), f_); }
  bool Close() {
    bool ok = std::fflush(f_) == 0 && !std::ferror(f_);
    if (f_ != stdout) ok = std::fclose(f_) == 0 && ok;
    return ok;
  }

 private:
  FILE* f_;
};

// Status messages already name their file; the diagnostic adds it again.
std::string WithoutPathPrefix(const std::string& message, const std::string& path) {
  if (message.starts_with(path + ": ")) return message.substr(path.size() + 2);
  return message;
}

// "# newdoc id = ..." and, when known, the article's metadata as further
// comments, so that every sentence can be traced to its article.
void AppendArticleHeader(const ingest::Article& a, std::string* out) {
  out->append("# newdoc id = ").append(a.id).push_back('\n');
  auto field = [&](const char* key, const std::string& value) {
    if (value.empty()) return;
    out->append("# ").append(key).append(" = ");
    for (char c : value) out->push_back(c == '\n' || c == '\r' ? ' ' : c);
    out->push_back('\n');
  };
  field("title", a.title);
  field("date", a.date);
  field("url", a.url);
  field("source", a.source);
  field("dateline", a.dateline);
}

// The ingest options the flags ask for; prints the problem and returns
// nullopt on a usage error.
std::optional<ingest::IngestOptions> IngestOptionsFromFlags(const ParseFlags& flags) {
  ingest::IngestOptions options;
  auto format = ingest::ParseInputFormat(flags.input_format);
  if (!format.ok()) {
    std::fprintf(stderr, "dyad parse: %s\n", format.status().message().c_str());
    return std::nullopt;
  }
  options.format = *format;
  if (!flags.date.empty()) {
    auto d = ingest::NormalizeDate(flags.date);
    if (!d.ok()) {
      std::fprintf(stderr, "dyad parse: --date %s: expected YYYY-MM-DD\n", flags.date.c_str());
      return std::nullopt;
    }
    options.default_date = *d;
  }
  return options;
}

// The segmenter with the shipped boundary model from the dyad home (rules
// alone, with a warning, if the model is not there); null after printing why
// on a set-up error.
std::unique_ptr<text::Segmenter> LoadSegmenter(const ParseFlags& flags) {
  text::SegmenterOptions options;
  options.split_at_unpunctuated_line_breaks = !flags.no_line_break_split;
  const std::string model = FindHome() + "/models/sentence_boundary.model";
  if (std::filesystem::exists(model)) {
    options.boundary_model_path = model;
  } else {
    std::fprintf(stderr,
                 "dyad parse: warning: no sentence model at %s; splitting by rules alone (less "
                 "accurate). Set DYAD_HOME to the folder that holds dyad's models/.\n",
                 model.c_str());
  }
  auto segmenter = text::Segmenter::Create(options);
  if (!segmenter.ok()) {
    std::fprintf(stderr,
                 "dyad parse: cannot load the sentence model: %s\n"
                 "Set DYAD_HOME to the folder that holds dyad's models/ and data/.\n",
                 segmenter.status().ToString().c_str());
    return nullptr;
  }
  return std::move(*segmenter);
}

// Writes one article as CoNLL-U and returns its sentence count. Output is
// flushed as it goes, so that one huge article never holds its whole output.
int64_t WriteArticle(const ingest::Article& article, const text::Segmenter& segmenter,
                     Diagnostics* diag, Output* out) {
  std::string buffer;
  AppendArticleHeader(article, &buffer);
  int64_t n = 0;
  auto write = [&](const text::Sentence& s) {
    text::WriteConlluSentence(s, article.text, article.id + "-" + std::to_string(++n), {}, &buffer);
    if (buffer.size() > kFlushBytes) {
      out->Write(buffer);
      buffer.clear();
    }
  };
  if (article.format == ingest::InputFormat::kConllu) {
    for (const auto& s : text::ReadConllu(article.text, article.file, article.line, diag)) {
      write(s);
    }
  } else {
    segmenter.ForEachSentence(article.text, article.body_begin, write);
  }
  out->Write(buffer);
  return n;
}

// The pipeline of this command: inputs -> articles -> sentences -> CoNLL-U.
int RunParse(const ParseFlags& flags) {
  auto options = IngestOptionsFromFlags(flags);
  if (!options) return kExitUsage;
  auto segmenter = LoadSegmenter(flags);
  if (segmenter == nullptr) return kExitUsage;
  FILE* out_file = flags.output == "-" ? stdout : std::fopen(flags.output.c_str(), "wb");
  if (out_file == nullptr) {
    std::fprintf(stderr, "dyad parse: cannot write %s\n", flags.output.c_str());
    return kExitUsage;
  }
  Output out(out_file);

  StderrDiagnostics diag;
  FileSystem* fs = FileSystem::Default();
  std::vector<std::string> inputs = flags.inputs;
  if (inputs.empty()) inputs.push_back("-");
  Progress progress("articles");
  int64_t articles = 0, sentences = 0;
  ingest::Article article;
  for (const auto& path : ingest::ExpandInputs(inputs, fs, &diag)) {
    auto reader = ingest::ArticleReader::Open(path, *options, fs, &diag);
    if (!reader.ok()) {
      diag.Error(path, 0, WithoutPathPrefix(reader.status().message(), path));
      continue;
    }
    while (true) {
      auto more = (*reader)->Next(&article);
      if (!more.ok()) {
        diag.Error(
            path, 0,
            WithoutPathPrefix(more.status().message(), path) + "; rest of the input skipped");
        break;
      }
      if (!*more) break;
      if (article.date.empty()) {
        diag.Warning(article.file, article.line,
                     "article \"" + article.id + "\" has no date; use --date to supply one");
      }
      sentences += WriteArticle(article, *segmenter, &diag, &out);
      progress.Tick(++articles, sentences);
    }
  }
  progress.Finish(articles, sentences);
  if (!out.Close()) {
    std::fprintf(stderr, "dyad parse: error writing output\n");
    return kExitUsage;
  }
  return diag.error_count() > 0 ? kExitRejected : kExitOk;
}

}  // namespace

void AddParseCommand(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<ParseFlags>();
  CLI::App* sub =
      app->add_subcommand("parse", "Read articles, write their sentences and tokens as CoNLL-U");
  sub->footer(
      "Output: for each article '# newdoc id = ID' with its title, date, url, source and\n"
      "dateline as comments, then one block per sentence with '# sent_id = ID-N' and\n"
      "'# text = ...' (the sentence exactly as it stands in the article; a line break inside\n"
      "it shows as a space). MISC holds SpaceAfter=No and TokenRange=BEGIN:END, byte offsets\n"
      "into the article text. Tag and tree columns are '_' until the parser is added.\n\n"
      "Examples:\n"
      "  dyad parse examples/wire.jsonl\n"
      "  dyad parse --input html --date 2024-04-24 page.html.gz\n"
      "  zcat feed.jsonl.gz | dyad parse --input jsonl - > out.conllu");
  sub->add_option("inputs", flags->inputs,
                  "Files or directories (recursive) to read; '-' or nothing for stdin. "
                  ".gz and .zst files are decompressed.");
  sub->add_option("--input", flags->input_format,
                  "Input format: text, jsonl, html, rss, conllu or auto (by extension, then "
                  "content)")
      ->default_val("auto");
  sub->add_option("--date", flags->date,
                  "Publication date (YYYY-MM-DD) for articles that do not carry one");
  sub->add_option("-o,--output", flags->output, "Write here instead of stdout");
  sub->add_flag("--no-line-break-split", flags->no_line_break_split,
                "Do not end sentences at line breaks after unpunctuated lines (for hard-wrapped "
                "text)");
  sub->callback([flags, exit_code]() { *exit_code = RunParse(*flags); });
}

}  // namespace dyad::cli
