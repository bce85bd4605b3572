// dyad parse: articles in, CoNLL-U out.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <memory>
#include <thread>
#include <vector>

#include "cli/cli.h"
#include "ingest/ingest.h"
#include "nlp/nlp.h"
#include "text/text.h"

namespace dyad::cli {
namespace {

struct ParseFlags {
  InputFlags input;
  std::string output = "-";
  bool no_line_break_split = false;
  bool segment_only = false;
  bool no_parse = false;
  int threads = 1;
};

// What a pass over one article needs; shared by every worker thread.
struct Annotators {
  std::unique_ptr<text::Segmenter> segmenter;
  std::unique_ptr<nlp::NlpModel> nlp;  // Null: tokens only (--segment-only).
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

// Appends one article as CoNLL-U to *buffer, handing full buffers to `flush`
// (so that one huge article never holds its whole output), and returns its
// sentence count.
int64_t FormatArticle(const ingest::Article& article, const Annotators& annotators,
                      Diagnostics* diag, std::string* buffer,
                      const std::function<void(std::string*)>& flush) {
  AppendArticleHeader(article, buffer);
  int64_t n = 0;
  std::vector<text::WordAnalysis> words;
  auto write = [&](const text::Sentence& s) {
    if (annotators.nlp != nullptr) annotators.nlp->Annotate(s, &words);
    text::WriteConlluSentence(s, article.text, article.id + "-" + std::to_string(++n), words,
                              buffer);
    if (buffer->size() > kFlushBytes) flush(buffer);
  };
  if (article.format == ingest::InputFormat::kConllu) {
    for (const auto& s : text::ReadConllu(article.text, article.file, article.line, diag)) {
      write(s);
    }
  } else {
    annotators.segmenter->ForEachSentence(article.text, article.body_begin, write);
  }
  return n;
}

// Articles are formatted by `threads` workers in batches and written in
// input order; each article's messages are replayed in order too. A batch
// bounds memory: at most kBatchPerThread articles a thread are in flight.
class ParallelWriter {
 public:
  static constexpr size_t kBatchPerThread = 16;

  ParallelWriter(const Annotators& annotators, int threads, Output* out, Diagnostics* diag)
      : annotators_(annotators), threads_(threads), out_(out), diag_(diag) {}

  // Returns the sentences written so far.
  int64_t Add(ingest::Article article) {
    batch_.push_back(std::move(article));
    if (batch_.size() >= kBatchPerThread * threads_) Drain();
    return sentences_;
  }

  int64_t Finish() {
    Drain();
    return sentences_;
  }

 private:
  struct Result {
    std::string conllu;
    CollectingDiagnostics diag;
    int64_t sentences = 0;
  };

  void Drain() {
    std::vector<Result> results(batch_.size());
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next++) < batch_.size();) {
        Result& r = results[i];
        r.sentences = FormatArticle(batch_[i], annotators_, &r.diag, &r.conllu,
                                    [](std::string*) {});  // Kept whole; written below.
      }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < std::min<int>(threads_, static_cast<int>(batch_.size())); ++t) {
      pool.emplace_back(work);
    }
    work();
    for (auto& t : pool) t.join();
    for (Result& r : results) {
      for (const auto& e : r.diag.entries()) {
        if (e.severity == Severity::kError) {
          diag_->Error(e.file, e.line, e.reason);
        } else {
          diag_->Warning(e.file, e.line, e.reason);
        }
      }
      out_->Write(r.conllu);
      sentences_ += r.sentences;
    }
    batch_.clear();
  }

  const Annotators& annotators_;
  const size_t threads_;
  Output* out_;
  Diagnostics* diag_;
  std::vector<ingest::Article> batch_;
  int64_t sentences_ = 0;
};

// The pipeline of this command: inputs -> articles -> sentences -> tags and
// trees -> CoNLL-U.
int RunParse(const ParseFlags& flags) {
  auto options = IngestOptionsFromFlags(flags.input, "parse");
  if (!options) return kExitUsage;
  if (flags.threads < 1) {
    std::fprintf(stderr, "dyad parse: --threads must be at least 1\n");
    return kExitUsage;
  }
  Annotators annotators;
  annotators.segmenter = LoadSegmenter("parse", flags.no_line_break_split);
  if (annotators.segmenter == nullptr) return kExitUsage;
  bool failed = false;
  if (!flags.segment_only) annotators.nlp = LoadNlp("parse", !flags.no_parse, &failed);
  if (failed) return kExitUsage;
  auto out = Output::Open(flags.output, "parse");
  if (out == nullptr) return kExitUsage;

  StderrDiagnostics diag;
  Progress progress("articles", "sentences");
  int64_t articles = 0, sentences = 0;
  ParallelWriter parallel(annotators, flags.threads, out.get(), &diag);
  ForEachArticle(flags.input.inputs, *options, &diag, [&](const ingest::Article& article) {
    if (article.date.empty()) {
      diag.Warning(article.file, article.line,
                   "article \"" + article.id + "\" has no date; use --date to supply one");
    }
    if (flags.threads > 1) {
      sentences = parallel.Add(article);
    } else {
      std::string buffer;
      sentences += FormatArticle(article, annotators, &diag, &buffer, [&](std::string* b) {
        out->Write(*b);
        b->clear();
      });
      out->Write(buffer);
    }
    progress.Tick(++articles, sentences);
  });
  if (flags.threads > 1) sentences = parallel.Finish();
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
      "into the article text. LEMMA, UPOS, XPOS, FEATS, HEAD and DEPREL come from dyad's\n"
      "tagger and parser (models/); with --input conllu the input's words are kept and\n"
      "only those columns are replaced.\n\n"
      "Examples:\n"
      "  dyad parse examples/wire.jsonl\n"
      "  dyad parse --input html --date 2024-04-24 page.html.gz\n"
      "  zcat feed.jsonl.gz | dyad parse --input jsonl - > out.conllu\n"
      "  dyad parse --threads 2 news/ > news.conllu       both cores, same output\n"
      "  dyad parse --input conllu gold.conllu            gold tokens, predicted columns");
  AddInputFlags(sub, &flags->input);
  sub->add_option("-o,--output", flags->output, "Write here instead of stdout");
  sub->add_flag("--no-line-break-split", flags->no_line_break_split,
                "Do not end sentences at line breaks after unpunctuated lines (for hard-wrapped "
                "text)");
  sub->add_flag("--segment-only", flags->segment_only,
                "Sentences and tokens only: no tags, lemmas or trees (much faster)");
  sub->add_flag("--no-parse", flags->no_parse, "Tags and lemmas, but no dependency trees");
  sub->add_option("--threads", flags->threads,
                  "Articles parsed in parallel by N threads; output keeps input order")
      ->default_val(1);
  sub->callback([flags, exit_code]() { *exit_code = RunParse(*flags); });
}

}  // namespace dyad::cli
