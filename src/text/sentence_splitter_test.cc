#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "base/coding.h"
#include "text/boundary_features.h"
#include "text/sentence_model.h"
#include "text/sentence_model_trainer.h"
#include "text/text.h"

namespace dyad::text {
namespace {

using Sentences = std::vector<std::string>;

Sentences Split(const Segmenter& seg, std::string_view text) {
  std::vector<Sentence> out;
  seg.Segment(text, 0, &out);
  Sentences r;
  for (const auto& s : out) r.emplace_back(s.Text(text));
  return r;
}

std::string CommittedModelPath() {
  const char* home = std::getenv("DYAD_HOME");
  return std::string(home != nullptr ? home : ".") + "/models/sentence_boundary.model";
}

struct Case {
  const char* text;
  Sentences expected;
};

// Behaviour both the rules and the committed model must show.
const Case kCommonCases[] = {
    {"The U.S. Army said it would leave.", {"The U.S. Army said it would leave."}},
    {"Gen. Smith arrived. He spoke.", {"Gen. Smith arrived.", "He spoke."}},
    {"Talks began on Apr. 24 in Geneva.", {"Talks began on Apr. 24 in Geneva."}},
    {"He met Mr. Jones and Dr. Brown in St. Louis.",
     {"He met Mr. Jones and Dr. Brown in St. Louis."}},
    {"Apple Inc. said it would cut jobs.", {"Apple Inc. said it would cut jobs."}},
    {"\"Stop,\" he said. Then he left.", {"\"Stop,\" he said.", "Then he left."}},
    {"He said: \"We will go.\" Then they left.", {"He said: \"We will go.\"", "Then they left."}},
    {"\"We will go!\" he shouted.", {"\"We will go!\" he shouted."}},
    {"J. R. Smith won the vote. He was pleased.", {"J. R. Smith won the vote.", "He was pleased."}},
    {"Troops returned to the U.S. The war was over.",
     {"Troops returned to the U.S.", "The war was over."}},
    {"Rebels seize town\nThe rebels took the town on Monday.",
     {"Rebels seize town", "The rebels took the town on Monday."}},
    {"First paragraph without a period\n\nsecond one",
     {"First paragraph without a period", "second one"}},
    {"Is it over? Nobody knows.", {"Is it over?", "Nobody knows."}},
    {"He waited... and waited. Nothing came.", {"He waited... and waited.", "Nothing came."}},
    {"The vote was 5-4 (see Fig. 2). It passed.", {"The vote was 5-4 (see Fig. 2).", "It passed."}},
    {"  \n ", {}},
};

TEST(SentenceSplitter, RulesTable) {
  auto seg = Segmenter::Create({});
  ASSERT_TRUE(seg.ok());
  for (const Case& c : kCommonCases) EXPECT_EQ(Split(**seg, c.text), c.expected) << c.text;
}

TEST(SentenceSplitter, CommittedModelTable) {
  SegmenterOptions options;
  options.boundary_model_path = CommittedModelPath();
  auto seg = Segmenter::Create(options);
  ASSERT_TRUE(seg.ok()) << seg.status().ToString();
  for (const Case& c : kCommonCases) EXPECT_EQ(Split(**seg, c.text), c.expected) << c.text;
}

TEST(SentenceSplitter, LineBreakRuleCanBeTurnedOff) {
  SegmenterOptions options;
  options.split_at_unpunctuated_line_breaks = false;
  auto seg = Segmenter::Create(options);
  ASSERT_TRUE(seg.ok());
  EXPECT_EQ(Split(**seg, "The rebels took\nThe town on Monday."),
            (Sentences{"The rebels took\nThe town on Monday."}));
  // Blank lines still split.
  EXPECT_EQ(Split(**seg, "Headline\n\nBody."), (Sentences{"Headline", "Body."}));
}

TEST(SentenceSplitter, LineBreakAfterCommaDoesNotSplit) {
  auto seg = Segmenter::Create({});
  ASSERT_TRUE(seg.ok());
  EXPECT_EQ(Split(**seg, "Dear John,\nThanks for the note."),
            (Sentences{"Dear John,\nThanks for the note."}));
}

TEST(SentenceSplitter, EndsAreByteOffsetsAfterTheLastWord) {
  auto splitter = SentenceSplitter::Create({});
  ASSERT_TRUE(splitter.ok());
  std::string text = "Hi there. Bye  ";
  std::vector<uint32_t> ends;
  (*splitter)->SplitText(text, 0, text.size(), &ends);
  EXPECT_EQ(ends, (std::vector<uint32_t>{9, 13}));
  ends.clear();
  (*splitter)->SplitText(" \n\t ", 0, 4, &ends);
  EXPECT_TRUE(ends.empty());
}

TEST(SentenceSplitter, EndsOnlyAtWhitespace) {
  auto splitter = SentenceSplitter::Create({});
  ASSERT_TRUE(splitter.ok());
  // "x.Y" has no gap to end a sentence in; a token can never be cut through.
  std::string text = "He left.Then z";
  std::vector<uint32_t> ends;
  (*splitter)->SplitText(text, 0, text.size(), &ends);
  EXPECT_EQ(ends, (std::vector<uint32_t>{14}));
}

TEST(SentenceSplitter, MissingModelIsNotFound) {
  SegmenterOptions options;
  options.boundary_model_path = "/nonexistent/sentence_boundary.model";
  auto splitter = SentenceSplitter::Create(options);
  ASSERT_FALSE(splitter.ok());
  EXPECT_EQ(splitter.status().code(), Status::kNotFound);
}

std::unique_ptr<SentenceModel> SmallModel() {
  SentenceModelInfo info;
  info.epochs = 3;
  info.seed = 7;
  info.best_epoch = 2;
  info.dev_f1 = 0.5f;
  return SentenceModel::FromWeights({{5, 1.5f}, {3, -2.0f}, {0xFFFFu, 0.25f}}, 16, -0.5f, info);
}

TEST(SentenceModel, RoundTrips) {
  auto m = SmallModel();
  std::string bytes = m->Serialize();
  auto back = SentenceModel::Parse(bytes, "m");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ((*back)->Serialize(), bytes);
  EXPECT_EQ((*back)->Weight(5), 1.5f);
  EXPECT_EQ((*back)->Weight(3), -2.0f);
  EXPECT_EQ((*back)->Weight(0xFFFFu), 0.25f);
  EXPECT_EQ((*back)->Weight(0x10005u), 1.5f);  // Keys wrap into the table.
  EXPECT_EQ((*back)->Weight(4), 0.0f);
  EXPECT_EQ((*back)->threshold(), -0.5f);
  EXPECT_EQ((*back)->info().seed, 7u);
  EXPECT_EQ((*back)->info().best_epoch, 2u);
  uint32_t keys[] = {5, 3, 9};
  EXPECT_EQ((*back)->Score(keys, 3), -0.5f);
  // Little-endian magic "DYSB" first.
  EXPECT_EQ(bytes.substr(0, 4), "DYSB");
}

TEST(SentenceModel, CorruptFilesAreRejected) {
  const std::string good = SmallModel()->Serialize();
  struct Bad {
    std::string bytes;
    Status::Code code;
    const char* message_part;
  };
  std::string bad_magic = good;
  bad_magic[0] = 'X';
  std::string flipped = good;
  flipped[good.size() - 6] ^= 0x01;
  std::string newer = good;
  newer[4] = 99;
  std::string trailing = good + "x";
  const Bad cases[] = {
      {"", Status::kCorruption, "bad magic"},
      {bad_magic, Status::kCorruption, "bad magic"},
      {good.substr(0, 6), Status::kCorruption, "truncated"},
      {good.substr(0, 30), Status::kCorruption, "truncated"},
      {good.substr(0, good.size() - 1), Status::kCorruption, ""},
      {trailing, Status::kCorruption, ""},
      {flipped, Status::kCorruption, "checksum"},
      {newer, Status::kUnsupported, "version"},
  };
  for (const Bad& b : cases) {
    auto m = SentenceModel::Parse(b.bytes, "x.model");
    ASSERT_FALSE(m.ok()) << b.bytes.size();
    EXPECT_EQ(m.status().code(), b.code) << m.status().ToString();
    EXPECT_NE(m.status().message().find(b.message_part), std::string::npos)
        << m.status().ToString();
    EXPECT_EQ(m.status().message().rfind("x.model", 0), 0u) << m.status().ToString();
  }
}

TEST(SentenceModel, CorruptFileFailsSegmenterCreate) {
  MemFileSystem fs;
  fs.AddFile("m.model", "not a model at all");
  SegmenterOptions options;
  options.boundary_model_path = "m.model";
  auto splitter = SentenceSplitter::Create(options, &fs);
  ASSERT_FALSE(splitter.ok());
  EXPECT_EQ(splitter.status().code(), Status::kCorruption);
}

constexpr char kTinyTrain[] =
    "# newdoc id = d1\n"
    "# newpar id = d1-p1\n"
    "# sent_id = 1\n"
    "# text = The army left Gen. Smith behind.\n"
    "1\tThe\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
    "# sent_id = 2\n"
    "# text = Then it rained\n"
    "1\tThen\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
    "# sent_id = 3\n"
    "# text = Thanks for the note, Mr. Brown.\n"
    "1\tThanks\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
    "# newpar id = d1-p2\n"
    "# sent_id = 4\n"
    "# text = \"Go,\" he said.\n"
    "1\tGo\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
    "# newdoc id = d2\n"
    "# sent_id = 5\n"
    "# text = It ended in the U.S. on Apr. 2.\n"
    "1\tIt\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
    "# sent_id = 6\n"
    "# text = Nobody came. Why?\n"
    "1\tNobody\t_\t_\t_\t_\t_\t_\t_\t_\n\n";

TEST(SentenceModelTrainer, RebuildsDocumentsLikeTheScorer) {
  auto docs = ReadUdDocuments(kTinyTrain);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "d1");
  EXPECT_EQ(docs[0].text,
            "The army left Gen. Smith behind. Then it rained Thanks for the note, Mr. Brown."
            "\n\n\"Go,\" he said.");
  EXPECT_EQ(docs[0].sentence_ends.size(), 4u);
  EXPECT_EQ(docs[1].text, "It ended in the U.S. on Apr. 2. Nobody came. Why?");
  EXPECT_EQ(docs[1].sentence_begins[1], 32u);
}

TEST(SentenceModelTrainer, IsDeterministic) {
  SentenceTrainOptions options;
  options.epochs = 4;
  options.min_abs_weight = 0;
  auto a = TrainSentenceModel(kTinyTrain, kTinyTrain, options);
  auto b = TrainSentenceModel(kTinyTrain, kTinyTrain, options);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(a->model_bytes, b->model_bytes);
  EXPECT_EQ(a->epochs.size(), 4u);
  auto model = SentenceModel::Parse(a->model_bytes, "trained");
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  // It learns its own training data.
  EXPECT_GT(ScoreSentences(ReadUdDocuments(kTinyTrain), model->get()).f1(), 0.99);
}

TEST(SentenceModelTrainer, RejectsEmptyData) {
  auto r = TrainSentenceModel("", kTinyTrain, {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::kDataError);
  SentenceTrainOptions zero;
  zero.epochs = 0;
  EXPECT_EQ(TrainSentenceModel(kTinyTrain, kTinyTrain, zero).status().code(),
            Status::kInvalidArgument);
}

// ScoreGap must give exactly the score of the keys ExtractGapFeatures writes
// (the splitter uses one, the trainer the other), and HashCore's shortcut for
// single-run words must give the shape the byte loop gives.
TEST(BoundaryFeaturesTest, ScoreGapMatchesScoreOfExtractedKeys) {
  std::vector<std::pair<uint32_t, float>> weights;
  for (uint32_t i = 0; i < 4096; ++i) {
    weights.emplace_back(i, 0.001f * static_cast<float>(i % 97) - 0.05f);
  }
  auto model = SentenceModel::FromWeights(std::move(weights), 12, 0.0f, SentenceModelInfo{});
  const std::string text =
      "Mr. Smith went to Washington. \"It was fine,\" he said! The U.S. Senate (and "
      "others) met at 9 a.m. COVID-19 McDonald's 2004 Xx x.\nNew line é here?";
  int scored = 0;
  WalkGaps(
      text, 0, text.size(), /*line_break_rule=*/false,
      [&](const GapContext& g) {
        if (!g.candidate) return false;
        uint32_t keys[kMaxGapFeatures];
        const size_t n = ExtractGapFeatures(g, keys);
        EXPECT_EQ(ScoreGap(g, *model), model->Score(keys, n));
        ++scored;
        return false;
      },
      [](uint32_t, uint32_t) {});
  EXPECT_GT(scored, 5);
}

TEST(BoundaryFeaturesTest, ShapeHashesAreFnvOfShapes) {
  // Single-run words take HashCore's shortcut, the others its loop; both must
  // hash the documented shape string.
  auto fnv = [](std::string_view s) {
    uint32_t h = 2166136261u;
    for (unsigned char b : s) h = (h ^ b) * 16777619u;
    return h;
  };
  const std::string text = "said SAID Said S 2004 a1 U.S McDonald";
  const char* shapes[] = {"xx", "XX", "Xxx", "X", "dd", "xd", "X.X", "XxXxx"};
  size_t i = 0, k = 0;
  while (i < text.size()) {
    size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    Chunk c;
    ScanChunk(text, static_cast<uint32_t>(i), static_cast<uint32_t>(j), &c);
    HashCore(text, &c);
    ASSERT_LT(k, std::size(shapes));
    EXPECT_EQ(c.shape_hash, fnv(shapes[k])) << text.substr(i, j - i);
    ++k;
    i = j + 1;
  }
  EXPECT_EQ(k, std::size(shapes));
}

}  // namespace
}  // namespace dyad::text
