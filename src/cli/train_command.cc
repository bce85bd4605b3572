// dyad train: builds dyad's models from annotated data.
//
//   dyad train sentences --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu
//       --out models/sentence_boundary.model [--epochs 10] [--seed 1] [--table-bits 16]
//       [--min-weight 0.05]
//   dyad train tagger --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu
//       --out models/tagger.model [--epochs 10] [--seed 1] [--threads 2]
//       [--min-weight 0.05] [--feats-epochs 8]
//       [--lemma-exceptions /usr/share/wordnet/verb.exc ...]
//   dyad train parser --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu
//       --out models/parser.model [--tagger models/tagger.model] [--epochs 15] [--threads 2]
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "base/file_system.h"
#include "cli/cli.h"
#include "nlp/nlp.h"
#include "text/text.h"

namespace dyad::cli {
namespace {

struct TrainSentencesFlags {
  std::string train, dev, out;
  text::SentenceTrainOptions options;
};

bool WriteFileAtomically(const std::string& path, const std::string& bytes) {
  std::string tmp = path + ".tmp";
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (f == nullptr) return false;
  bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  ok = std::fclose(f) == 0 && ok;
  std::error_code ec;
  if (ok) std::filesystem::rename(tmp, path, ec);
  if (!ok || ec) {
    std::filesystem::remove(tmp, ec);
    return false;
  }
  return true;
}

int RunTrainSentences(const TrainSentencesFlags& flags) {
  FileSystem* fs = FileSystem::Default();
  auto train = fs->ReadFile(flags.train);
  if (!train.ok()) {
    std::fprintf(stderr, "dyad train sentences: %s\n", train.status().ToString().c_str());
    return kExitUsage;
  }
  auto dev = fs->ReadFile(flags.dev);
  if (!dev.ok()) {
    std::fprintf(stderr, "dyad train sentences: %s\n", dev.status().ToString().c_str());
    return kExitUsage;
  }
  const auto start = std::chrono::steady_clock::now();
  auto seconds = [&]() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  auto result = text::TrainSentenceModel(
      *train, *dev, flags.options, [&](const text::SentenceEpochReport& r) {
        std::fprintf(stderr, "epoch %2u: %zu train mistakes; dev F1=%.4f P=%.4f R=%.4f (%.1fs)\n",
                     r.epoch, r.train_mistakes, r.dev.f1(), r.dev.precision(), r.dev.recall(),
                     seconds());
      });
  if (!result.ok()) {
    std::fprintf(stderr, "dyad train sentences: %s\n", result.status().ToString().c_str());
    return kExitUsage;
  }
  if (!WriteFileAtomically(flags.out, result->model_bytes)) {
    std::fprintf(stderr, "dyad train sentences: cannot write %s\n", flags.out.c_str());
    return kExitUsage;
  }
  std::fprintf(
      stderr,
      "kept epoch %u, threshold %.2f: dev F1=%.4f P=%.4f R=%.4f (gold %zu, predicted %zu)\n"
      "%zu documents, %zu scored gaps, %zu features seen, %zu kept; wrote %s (%zu bytes) "
      "in %.1fs\n",
      result->best_epoch, result->threshold, result->dev.f1(), result->dev.precision(),
      result->dev.recall(), result->dev.gold, result->dev.predicted, result->train_documents,
      result->train_gaps, result->features_seen, result->features_kept, flags.out.c_str(),
      result->model_bytes.size(), seconds());
  return kExitOk;
}

struct TrainTaggerFlags {
  std::string train, dev, out;
  nlp::TaggerTrainOptions options;
};

int RunTrainTagger(const TrainTaggerFlags& flags) {
  auto result = nlp::TrainTagger(flags.train, flags.dev, flags.out, flags.options,
                                 [](const std::string& line) {
                                   std::fprintf(stderr, "%s\n", line.c_str());
                                 });
  if (!result.ok()) {
    std::fprintf(stderr, "dyad train tagger: %s\n", result.status().ToString().c_str());
    return kExitUsage;
  }
  const nlp::TaggerTrainReport& r = *result;
  std::fprintf(stderr,
               "kept epoch %d: dev UPOS %.2f XPOS %.2f FEATS %.2f LEMMA %.2f\n"
               "%zu train words, %zu dev words, %zu tags, %zu features; wrote %s (%zu bytes) "
               "in %.1fs\n",
               r.best_epoch, r.dev_upos, r.dev_xpos, r.dev_feats, r.dev_lemma, r.train_words,
               r.dev_words, r.tags, r.features, flags.out.c_str(), r.model_bytes, r.seconds);
  return kExitOk;
}

struct TrainParserFlags {
  std::string train, dev, out, tagger;
  nlp::ParserTrainOptions options;
};

int RunTrainParser(const TrainParserFlags& flags) {
  auto report = nlp::TrainParser(flags.train, flags.dev, flags.tagger, flags.out, flags.options,
                                 [](const std::string& line) {
                                   std::fprintf(stderr, "%s\n", line.c_str());
                                 });
  if (!report.ok()) {
    std::fprintf(stderr, "dyad train parser: %s\n", report.status().ToString().c_str());
    return kExitUsage;
  }
  std::fprintf(stderr, "kept epoch %d: dev UAS=%.2f LAS=%.2f; wrote %s (%zu bytes) in %.1fs\n",
               report->best_epoch, report->dev_uas, report->dev_las, flags.out.c_str(),
               report->model_bytes, report->seconds);
  return kExitOk;
}

void AddTrainParser(CLI::App* train, int* exit_code) {
  auto flags = std::make_shared<TrainParserFlags>();
  CLI::App* sub = train->add_subcommand(
      "parser",
      "Train the dependency parser from Universal Dependencies CoNLL-U files (gold tokens;\n"
      "gold tags unless --tagger is given). Prints dev UAS/LAS per epoch to stderr; keeps the\n"
      "best epoch (LAS). Deterministic: the same model bytes for any --threads.");
  sub->add_option("--train", flags->train, "Training CoNLL-U file")->required();
  sub->add_option("--dev", flags->dev, "Dev CoNLL-U file (chooses the epoch)")->required();
  sub->add_option("--out", flags->out, "Where to write the model")->required();
  sub->add_option("--tagger", flags->tagger,
                  "Not supported: predict the training tags with scripts/jackknife-tags.py");
  sub->add_option("--epochs", flags->options.epochs, "Passes over the training data")
      ->default_val(flags->options.epochs);
  sub->add_option("--seed", flags->options.seed, "Seed for order and exploration")
      ->default_val(flags->options.seed);
  sub->add_option("--threads", flags->options.threads, "Threads for the dev evaluation")
      ->default_val(flags->options.threads);
  sub->add_option("--explore-after", flags->options.explore_after,
                  "Epochs on the oracle's path before following the parser's own moves")
      ->default_val(flags->options.explore_after);
  sub->add_option("--explore-probability", flags->options.explore_probability,
                  "Chance of following a wrong move of the parser once exploring")
      ->default_val(flags->options.explore_probability);
  sub->add_option("--min-weight", flags->options.min_weight,
                  "Drop averaged weights smaller than this in magnitude")
      ->default_val(flags->options.min_weight);
  sub->add_option("--min-feature-count", flags->options.min_feature_count,
                  "Ignore features seen fewer times on the oracle's path (model size, speed)")
      ->default_val(flags->options.min_feature_count);
  sub->callback([flags, exit_code]() { *exit_code = RunTrainParser(*flags); });
}

}  // namespace

void AddTrainCommand(CLI::App* app, int* exit_code) {
  CLI::App* train = app->add_subcommand("train", "Train one of dyad's models from annotated data.");
  train->require_subcommand(1);
  auto flags = std::make_shared<TrainSentencesFlags>();
  CLI::App* sub = train->add_subcommand(
      "sentences",
      "Train the sentence-boundary model from Universal Dependencies CoNLL-U files.\n"
      "Documents are rebuilt from '# newdoc', '# newpar' and '# text' (sentences joined by a\n"
      "space, paragraphs by a blank line). Prints dev F1 per epoch to stderr; keeps the best.");
  sub->add_option("--train", flags->train, "Training CoNLL-U file")->required();
  sub->add_option("--dev", flags->dev, "Dev CoNLL-U file (chooses epoch and threshold)")
      ->required();
  sub->add_option("--out", flags->out, "Where to write the model")->required();
  sub->add_option("--epochs", flags->options.epochs, "Passes over the training data")
      ->default_val(flags->options.epochs);
  sub->add_option("--seed", flags->options.seed, "Seed for the visiting order")
      ->default_val(flags->options.seed);
  sub->add_option("--table-bits", flags->options.table_bits,
                  "The weight table has 2^N slots (features hash into it)")
      ->default_val(flags->options.table_bits);
  sub->add_option("--min-weight", flags->options.min_abs_weight,
                  "Drop weights smaller than this in magnitude")
      ->default_val(flags->options.min_abs_weight);
  sub->callback([flags, exit_code]() { *exit_code = RunTrainSentences(*flags); });

  auto tflags = std::make_shared<TrainTaggerFlags>();
  CLI::App* tag = train->add_subcommand(
      "tagger",
      "Train the part-of-speech tagger and lemmatizer (UPOS, XPOS, FEATS, LEMMA) from\n"
      "Universal Dependencies CoNLL-U files. Prints dev accuracy per epoch to stderr; keeps\n"
      "the best epoch. Deterministic: same inputs and settings, same bytes.");
  tag->add_option("--train", tflags->train, "Training CoNLL-U file")->required();
  tag->add_option("--dev", tflags->dev, "Dev CoNLL-U file (chooses the epoch)")->required();
  tag->add_option("--out", tflags->out, "Where to write the model")->required();
  tag->add_option("--epochs", tflags->options.epochs, "Passes over the training data")
      ->default_val(tflags->options.epochs);
  tag->add_option("--seed", tflags->options.seed, "Seed for the visiting order")
      ->default_val(tflags->options.seed);
  tag->add_option("--threads", tflags->options.threads,
                  "Threads for feature extraction and dev scoring (results do not depend on it)")
      ->default_val(tflags->options.threads);
  tag->add_option("--min-weight", tflags->options.min_weight,
                  "Drop averaged weights smaller than this in magnitude")
      ->default_val(tflags->options.min_weight);
  tag->add_option("--feats-epochs", tflags->options.feats_epochs,
                  "Passes of the FEATS classifier (0: the word/tag lexicon alone)")
      ->default_val(tflags->options.feats_epochs);
  tag->add_option("--lemma-exceptions", tflags->options.lemma_exception_files,
                  "WordNet exception files (noun.exc, verb.exc, adj.exc, adv.exc), stored in "
                  "the model");
  tag->callback([tflags, exit_code]() { *exit_code = RunTrainTagger(*tflags); });
  AddTrainParser(train, exit_code);
}

}  // namespace dyad::cli
