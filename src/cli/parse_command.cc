// dyad parse: articles in, CoNLL-U out.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "cli/cli.h"
#include "ingest/ingest.h"
#include "text/text.h"

namespace dyad::cli {
namespace {

struct ParseFlags {
  InputFlags input;
  std::string output = "-";
  bool no_line_break_split = false;
};

constexpr size_t kFlushBytes = 1 << 20;

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
  field("author", a.author);
  field("dateline", a.dateline);
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
  auto options = IngestOptionsFromFlags(flags.input, "parse");
  if (!options) return kExitUsage;
  auto segmenter = LoadSegmenter(flags);
  if (segmenter == nullptr) return kExitUsage;
  auto out = Output::Open(flags.output, "parse");
  if (out == nullptr) return kExitUsage;

  StderrDiagnostics diag;
  Progress progress("articles", "sentences");
  int64_t articles = 0, sentences = 0;
  ForEachArticle(flags.input.inputs, *options, &diag, [&](const ingest::Article& article) {
    if (article.date.empty()) {
      diag.Warning(article.file, article.line,
                   "article \"" + article.id + "\" has no date; use --date to supply one");
    }
    sentences += WriteArticle(article, *segmenter, &diag, out.get());
    progress.Tick(++articles, sentences);
  });
  progress.Finish(articles, sentences);
  if (!out->Close()) {
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
      "Output: for each article '# newdoc id = ID' with its title, date, url, source, author\n"
      "and dateline as comments, then one block per sentence with '# sent_id = ID-N' and\n"
      "'# text = ...' (the sentence exactly as it stands in the article; a line break inside\n"
      "it shows as a space). MISC holds SpaceAfter=No and TokenRange=BEGIN:END, byte offsets\n"
      "into the article text. Tag and tree columns are '_' until the parser is added.\n\n"
      "Examples:\n"
      "  dyad parse examples/wire.jsonl\n"
      "  dyad parse --input html --date 2024-04-24 page.html.gz\n"
      "  zcat feed.jsonl.gz | dyad parse --input jsonl - > out.conllu");
  AddInputFlags(sub, &flags->input);
  sub->add_option("-o,--output", flags->output, "Write here instead of stdout");
  sub->add_flag("--no-line-break-split", flags->no_line_break_split,
                "Do not end sentences at line breaks after unpunctuated lines (for hard-wrapped "
                "text)");
  sub->callback([flags, exit_code]() { *exit_code = RunParse(*flags); });
}

}  // namespace dyad::cli
