// dyad train: builds dyad's models from annotated data.
//
//   dyad train sentences --train en_ewt-ud-train.conllu --dev en_ewt-ud-dev.conllu
//       --out models/sentence_boundary.model [--epochs 10] [--seed 1] [--table-bits 16]
//       [--min-weight 0.05]
#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "base/file_system.h"
#include "cli/cli.h"
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
}

}  // namespace dyad::cli
