// dyad extract: articles in (web pages above all), their text and metadata
// out as JSON Lines, one record per article.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "ingest/ingest.h"
#include "text/text.h"

namespace dyad::cli {
namespace {

struct ExtractFlags {
  InputFlags input;
  std::string output = "-";
};

// The running text a CoNLL-U document stands for: each sentence's `# text`
// (or, without one, its words joined as SpaceAfter says), one space between
// sentences and a blank line where a `# newpar` starts a paragraph.
std::string ConlluDocumentText(const ingest::Article& a, Diagnostics* diag) {
  std::string text;
  for (const auto& s : text::ReadConllu(a.text, a.file, a.line, diag)) {
    if (!text.empty()) {
      bool new_paragraph = false;
      for (const auto& c : s.conllu_comments) new_paragraph |= c.starts_with("# newpar");
      text.append(new_paragraph ? "\n\n" : " ");
    }
    if (!s.conllu_text.empty()) {
      text.append(s.conllu_text);
      continue;
    }
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      text.append(s.tokens[i].form);
      if (s.tokens[i].space_after && i + 1 < s.tokens.size()) text.push_back(' ');
    }
  }
  return text;
}

// One JSON line with every key, always in this order; unknown values are "".
std::string ArticleRecord(const ingest::Article& a, const std::string& text) {
  nlohmann::ordered_json j;
  j["id"] = a.id;
  j["title"] = a.title;
  j["date"] = a.date;
  j["url"] = a.url;
  j["site"] = a.source;
  j["author"] = a.author;
  j["text"] = text;
  // Ingest hands out valid UTF-8; should that ever fail, replace the bad
  // bytes with U+FFFD rather than throw.
  std::string line =
      j.dump(-1, ' ', /*ensure_ascii=*/false, nlohmann::ordered_json::error_handler_t::replace);
  line.push_back('\n');
  return line;
}

// The pipeline of this command: inputs -> articles -> JSON Lines.
int RunExtract(const ExtractFlags& flags) {
  auto options = IngestOptionsFromFlags(flags.input, "extract");
  if (!options) return kExitUsage;
  auto out = Output::Open(flags.output, "extract");
  if (out == nullptr) return kExitUsage;

  StderrDiagnostics diag;
  Progress progress("articles");
  int64_t articles = 0;
  ForEachArticle(flags.input.inputs, *options, &diag, [&](const ingest::Article& article) {
    if (article.format == ingest::InputFormat::kConllu) {
      out->Write(ArticleRecord(article, ConlluDocumentText(article, &diag)));
    } else {
      out->Write(ArticleRecord(article, article.text));
    }
    progress.Tick(++articles);
  });
  progress.Finish(articles);
  if (!out->Close()) {
    std::fprintf(stderr, "dyad extract: error writing output\n");
    return kExitUsage;
  }
  return diag.error_count() > 0 ? kExitRejected : kExitOk;
}

}  // namespace

void AddExtractCommand(CLI::App* app, int* exit_code) {
  auto flags = std::make_shared<ExtractFlags>();
  CLI::App* sub = app->add_subcommand(
      "extract", "Read articles or web pages, write their text and metadata as JSON Lines");
  sub->footer(
      "Output: one JSON object per line and article, every key always present and in this\n"
      "order:\n"
      "  {\"id\":\"...\",\"title\":\"...\",\"date\":\"YYYY-MM-DD\",\"url\":\"...\","
      "\"site\":\"...\",\"author\":\"...\",\"text\":\"...\"}\n"
      "A value that is not known is \"\". id is the JSON Lines \"id\" or the file's name\n"
      "without extensions; site is the outlet or wire agency; date falls back to --date.\n"
      "text is the article's body in UTF-8 as dyad reads it. For a web page it is the\n"
      "story's main text: its paragraphs, separated by a blank line, without menus, share\n"
      "bars, adverts, captions, related links, cookie notices or comments; title, date,\n"
      "url, site and author come from the page's JSON-LD, meta tags and byline\n"
      "(docs/extraction.md). A page with no article (an index of links) still gives a\n"
      "record, with empty text, and a warning on stderr.\n"
      "JSON Lines input may carry the page as \"html\" instead of \"text\".\n\n"
      "Examples:\n"
      "  dyad extract page.html\n"
      "  dyad extract --input jsonl pages.jsonl > articles.jsonl   lines {\"id\",\"html\"}\n"
      "  dyad extract saved-pages/ -o articles.jsonl                every page below it\n"
      "  curl -s https://example.com/story | dyad extract --input html -");
  AddInputFlags(sub, &flags->input);
  sub->add_option("-o,--output", flags->output, "Write here instead of stdout");
  sub->callback([flags, exit_code]() { *exit_code = RunExtract(*flags); });
}

}  // namespace dyad::cli
