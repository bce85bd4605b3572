// nlp: part-of-speech tags, morphological features, lemmas and dependency
// trees for segmented sentences, from models trained on Universal
// Dependencies English (models/README.md).
//
//   auto nlp = dyad::nlp::NlpModel::Load(dyad::nlp::NlpOptions{.models_dir = home + "/models"});
//   if (!nlp.ok()) ...report nlp.status()...
//   std::vector<dyad::text::WordAnalysis> words;
//   (*nlp)->Annotate(sentence, &words);   // one per token: LEMMA, UPOS, XPOS,
//                                         // FEATS, HEAD, DEPREL as CoNLL-U text
//
// For CoNLL-U input the sentence's own words (its FORM column, gold
// tokenization) are analysed; otherwise its tokens.
//
// Thread-safety: an NlpModel is immutable after Load; Annotate may be called
// from any number of threads at once.
#ifndef DYAD_NLP_NLP_H_
#define DYAD_NLP_NLP_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "text/text.h"

namespace dyad::nlp {

struct NlpOptions {
  // Folder holding tagger.model and parser.model (dyad's models/).
  std::string models_dir;
  // Skip the parser (HEAD and DEPREL stay "_"): tagging and lemmas only,
  // several times faster.
  bool parse = true;
};

class NlpModel {
 public:
  virtual ~NlpModel() = default;

  // Loads the models. kNotFound names the missing file; kCorruption a
  // damaged or too new one.
  static Result<std::unique_ptr<NlpModel>> Load(const NlpOptions& options);

  // Fills (*words)[i] for every word of `sentence`: Tag, then Parse.
  virtual void Annotate(const text::Sentence& sentence,
                        std::vector<text::WordAnalysis>* words) const = 0;

  // The two halves of Annotate, for callers that parse only some sentences
  // (dyad code parses only those that can hold an event): Tag fills LEMMA,
  // UPOS, XPOS and FEATS (HEAD and DEPREL "_"); Parse fills HEAD and DEPREL
  // from the tags already in *words (nothing without a parser).
  virtual void Tag(const text::Sentence& sentence, std::vector<text::WordAnalysis>* words) const = 0;
  virtual void Parse(const text::Sentence& sentence, std::vector<text::WordAnalysis>* words) const = 0;
};

// A sentence's words with their analyses, as the later stages read them:
// views into the Sentence and the WordAnalysis strings (which must outlive
// it), heads as 0-based indexes and each word's children.
//
//   nlp::ParsedSentence parsed(sentence, words);
//   for (uint32_t child : parsed.children[verb]) ... parsed.words[child].deprel ...
struct ParsedWord {
  std::string_view form, lemma, upos, xpos, feats, deprel;
  // Byte range in the article text; text::kNoOffset for CoNLL-U input.
  uint32_t begin = text::kNoOffset, end = text::kNoOffset;
  int head = -1;  // 0-based index of the head; -1 for the root or without a parse.
};

struct ParsedSentence {
  ParsedSentence(const text::Sentence& sentence, const std::vector<text::WordAnalysis>& analyses);
  std::vector<ParsedWord> words;
  std::vector<std::vector<uint32_t>> children;  // In word order.
};

// --- Training the tagger (`dyad train tagger`; design in nlp/tagger.h) ---

struct TaggerTrainOptions {
  int epochs = 10;     // Passes; the best epoch on dev is kept.
  uint64_t seed = 1;   // Shuffling; training is deterministic for a seed.
  // Feature extraction and dev scoring are split over this many threads;
  // the perceptron itself is sequential, so the model's bytes do not depend
  // on it.
  int threads = 2;
  // Averaged weights smaller than this in magnitude are dropped: the main
  // lever on model size (0.0 keeps everything; EWT: see models/README.md).
  float min_weight = 0.05f;
  // Extra lemma exceptions (WordNet *.exc files: "inflected lemma" lines);
  // empty to use none.
  std::vector<std::string> lemma_exception_files;
  // Passes of the FEATS classifier (feats_classifier.h; the best on dev,
  // scored with gold tags, is kept); 0 uses the (word, tag) lexicon alone.
  int feats_epochs = 8;
};

struct TaggerTrainReport {
  int best_epoch = 0;
  double dev_upos = 0, dev_xpos = 0, dev_feats = 0, dev_lemma = 0;  // Percent.
  double seconds = 0;
  size_t train_words = 0, dev_words = 0, tags = 0;
  size_t features = 0;     // Weight rows in the kept model.
  size_t model_bytes = 0;  // Size of the written file.
};

// Trains on UD CoNLL-U `train_path`, chooses the epoch on `dev_path` (the
// best UPOS + XPOS accuracy), writes the model to `out_path`. `log` (may be
// empty) receives one line per epoch. Deterministic: the same inputs and
// options (whatever `threads`) give the same bytes.
// kNotFound/kIOError for unreadable inputs (or an exception file);
// kDataError for a malformed or empty CoNLL-U file; kInvalidArgument for
// epochs < 1 or threads < 1; kIOError if the model cannot be written.
Result<TaggerTrainReport> TrainTagger(const std::string& train_path, const std::string& dev_path,
                                      const std::string& out_path,
                                      const TaggerTrainOptions& options,
                                      const std::function<void(const std::string&)>& log);

// --- Training the parser (`dyad train parser`) ---
//
//   ParserTrainOptions options;  options.epochs = 15;
//   auto report = TrainParser("train.conllu", "dev.conllu", /*tagger_path=*/"",
//                             "models/parser.model", options,
//                             [](const std::string& line) { Print(line); });

struct ParserTrainOptions {
  // Passes over the training sentences; the best epoch on dev (LAS) is
  // kept, so more epochs cost time, not accuracy.
  int epochs = 15;
  // Visiting order and exploration draws; training is deterministic for a
  // seed (same model bytes, whatever `threads`).
  uint64_t seed = 1;
  // Threads for evaluating on dev after each epoch (the perceptron itself
  // runs on one thread, so that its result does not depend on this).
  int threads = 2;
  // Epochs trained on the oracle's moves only before the parser starts to
  // follow its own (possibly wrong) moves: the dynamic oracle then teaches
  // it to recover from its mistakes (Goldberg and Nivre 2012: 1-2).
  int explore_after = 1;
  // Once exploring, the chance of following the parser's own move when it
  // is wrong (Goldberg and Nivre: 0.9).
  double explore_probability = 0.9;
  // Averaged weights smaller than this in magnitude are dropped from the
  // model. Most of the 103 class weights of a frequent feature are small, and
  // each kept one costs time at every move: on EWT dev (gold tags) 0.05 ->
  // 7.4 MB, ~45k words/s, LAS 87.3; 1 -> 4.3 MB, LAS 87.1; 2 -> 2.4 MB,
  // ~90k words/s, LAS 86.9; 5 -> 0.4 MB, LAS 83.5 (universal LAS).
  float min_weight = 2.0f;
  // Features seen fewer times than this on the oracle's path through the
  // training data are not used at all: the main lever on model size,
  // loading time and parsing speed, at no cost in accuracy on EWT dev
  // (measured with an earlier, factored parser, 10 epochs: 1 -> 19 MB, 45k
  // words/s, LAS 86.4; 2 -> 11 MB, 67k words/s, LAS 86.4; 5 -> 5.8 MB,
  // 130k words/s, LAS 86.3).
  int min_feature_count = 5;
};

struct ParserTrainReport {
  int best_epoch = 0;
  double dev_uas = 0, dev_las = 0;  // Percent, punctuation included.
  double seconds = 0;
  size_t model_bytes = 0;  // Size of the file written.
};

// Trains the dependency parser on UD CoNLL-U `train_path` with the tags and
// lemmas written in it (for the shipped model, jackknifed predictions, so
// that parsing sees at training time the kind of tags it sees in use; see
// scripts/jackknife-tags.py); `tagger_path` is reserved and must be empty.
// Chooses the epoch
// on `dev_path`, writes the model to `out_path`. `log` (may be empty)
// receives one line per epoch. Errors: kNotFound/kIOError for the files,
// kDataError when a file holds no usable sentence, kInvalidArgument for bad
// options, kUnsupported for a non-empty `tagger_path`: predicted training
// tags come in the training file (scripts/jackknife-tags.py).
Result<ParserTrainReport> TrainParser(const std::string& train_path, const std::string& dev_path,
                                      const std::string& tagger_path, const std::string& out_path,
                                      const ParserTrainOptions& options,
                                      const std::function<void(const std::string&)>& log);

}  // namespace dyad::nlp

#endif  // DYAD_NLP_NLP_H_
