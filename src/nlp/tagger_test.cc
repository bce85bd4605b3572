#include "nlp/tagger.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "nlp/model_file.h"
#include "nlp/tagger_model.h"

namespace dyad::nlp {
namespace {

std::string Home() {
  const char* home = std::getenv("DYAD_HOME");
  return home != nullptr ? home : ".";
}

std::string Tiny() { return Home() + "/src/nlp/testdata/tiny.conllu"; }

std::string Temp(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("dyad_tagger_test_" + name)).string();
}

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string_view> Words(const std::string& s, std::vector<std::string>* store) {
  std::istringstream in(s);
  std::string w;
  store->clear();
  while (in >> w) store->push_back(w);
  return std::vector<std::string_view>(store->begin(), store->end());
}

std::string TrainTiny(const std::string& name, int threads) {
  TaggerTrainOptions o;
  o.epochs = 5;
  o.threads = threads;
  o.min_weight = 0;
  const std::string out = Temp(name);
  std::vector<std::string> lines;
  auto r = TrainTagger(Tiny(), Tiny(), out, o, [&](const std::string& l) { lines.push_back(l); });
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  if (!r.ok()) return "";
  EXPECT_EQ(std::count_if(lines.begin(), lines.end(),
                          [](const std::string& l) { return l.starts_with("epoch"); }),
            5);
  EXPECT_GE(r->dev_upos, 95.0);  // Learns its training data.
  EXPECT_GE(r->dev_lemma, 95.0);
  EXPECT_EQ(r->train_words, 52u);  // Syntactic words; the "2-3" range is ignored.
  return Slurp(out);
}

TEST(TrainTagger, DeterministicWhateverTheThreads) {
  const std::string a = TrainTiny("a", 1), b = TrainTiny("b", 1), c = TrainTiny("c", 2);
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, c);
}

TEST(TrainTagger, LearnsAndRoundTrips) {
  TrainTiny("rt", 2);
  auto tagger = Tagger::Load(Temp("rt"));
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  std::vector<std::string> store;
  std::vector<TaggedWord> out;
  (*tagger)->Tag(Words("They do n't want war .", &store), &out);
  ASSERT_EQ(out.size(), 6u);
  EXPECT_EQ(out[0].upos, "PRON");
  EXPECT_EQ(out[0].feats, "Case=Nom|Number=Plur|Person=3|PronType=Prs");
  EXPECT_EQ(out[2].lemma, "not");
  EXPECT_EQ(out[4].xpos, "NN");
  EXPECT_EQ(out[5].upos, "PUNCT");
  (*tagger)->Tag({}, &out);
  EXPECT_TRUE(out.empty());

  // Serialize(Parse(x)) == x.
  auto file = ReadModelFile(Temp("rt"), kTaggerMagic, kTaggerFormatVersion);
  ASSERT_TRUE(file.ok());
  auto model = TaggerModel::Parse(file->payload);
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_EQ(model->Serialize(), file->payload);
}

TEST(TrainTagger, BadInputs) {
  TaggerTrainOptions o;
  o.epochs = 0;
  EXPECT_EQ(TrainTagger(Tiny(), Tiny(), Temp("x"), o, {}).status().code(),
            Status::kInvalidArgument);
  o.epochs = 1;
  EXPECT_EQ(TrainTagger(Temp("missing.conllu"), Tiny(), Temp("x"), o, {}).status().code(),
            Status::kNotFound);
}

TEST(Tagger, DamagedModelIsCorruption) {
  TrainTiny("dmg", 1);
  auto file = ReadModelFile(Temp("dmg"), kTaggerMagic, kTaggerFormatVersion);
  ASSERT_TRUE(file.ok());
  // A damaged payload inside a valid container.
  std::string payload = file->payload.substr(0, file->payload.size() / 2);
  ASSERT_TRUE(WriteModelFile(Temp("dmg2"), kTaggerMagic, kTaggerFormatVersion, payload).ok());
  auto t = Tagger::Load(Temp("dmg2"));
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), Status::kCorruption);
  // Damaged bytes of the file itself.
  std::string bytes = Slurp(Temp("dmg"));
  bytes.resize(bytes.size() - 7);
  std::ofstream(Temp("dmg3"), std::ios::binary) << bytes;
  t = Tagger::Load(Temp("dmg3"));
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), Status::kCorruption);
  // Another kind of model.
  ASSERT_TRUE(WriteModelFile(Temp("dmg4"), kParserMagic, 1, file->payload).ok());
  EXPECT_EQ(Tagger::Load(Temp("dmg4")).status().code(), Status::kCorruption);
  EXPECT_EQ(Tagger::Load(Temp("none")).status().code(), Status::kNotFound);
}

// The shipped model (models/tagger.model), skipped until it is built.
class ShippedTagger : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string path = Home() + "/models/tagger.model";
    if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not built yet";
    auto loaded = Tagger::Load(path);
    ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
    tagger_ = std::move(*loaded);
  }
  std::unique_ptr<Tagger> tagger_;
  std::vector<std::string> store;
  std::vector<TaggedWord> out;
};

// A sentence of news.
TEST_F(ShippedTagger, TagsNews) {
  tagger_->Tag(Words("Russian Foreign Minister Sergei Lavrov urged Ankara to halt its purchases "
                       "of Western arms .",
                       &store),
                 &out);
  ASSERT_EQ(out.size(), 15u);
  EXPECT_EQ(out[4].upos, "PROPN");  // Lavrov
  EXPECT_EQ(out[4].lemma, "Lavrov");
  EXPECT_EQ(out[5].upos, "VERB");  // urged
  EXPECT_EQ(out[5].xpos, "VBD");
  EXPECT_EQ(out[5].lemma, "urge");
  EXPECT_NE(out[5].feats.find("Tense=Past"), std::string::npos);
  EXPECT_EQ(out[6].upos, "PROPN");  // Ankara
  EXPECT_EQ(out[7].upos, "PART");   // to
  EXPECT_EQ(out[8].xpos, "VB");     // halt
  EXPECT_EQ(out[9].upos, "PRON");   // its
  EXPECT_EQ(out[10].xpos, "NNS");   // purchases
  EXPECT_EQ(out[10].lemma, "purchase");
  EXPECT_EQ(out[11].upos, "ADP");   // of
  EXPECT_EQ(out[13].lemma, "arm");  // arms
  EXPECT_EQ(out[14].upos, "PUNCT");
}

// The finite-verb constraint (TaggerModel::FinishClause): short news
// clauses that greedy decoding left without a verb get one, inflected words
// only; a verbless fragment and a sentence that has its verb stay as they are.
TEST_F(ShippedTagger, GivesNewsClausesAVerb) {
  tagger_->Tag(Words("The US presented evidence against Russia .", &store), &out);
  EXPECT_EQ(out[2].xpos, "VBD");  // Greedy alone: JJ.
  EXPECT_EQ(out[2].lemma, "present");
  EXPECT_EQ(out[3].upos, "NOUN");  // evidence
  tagger_->Tag(Words("Iraq 's national security advisor met with Syrian President Bashar Assad "
                       "Tuesday to discuss efforts to counter militants .",
                       &store),
                 &out);
  EXPECT_EQ(out[5].xpos, "VBD");  // met; greedy alone: NN.
  EXPECT_EQ(out[5].lemma, "meet");
  tagger_->Tag(Words("Great food and friendly staff .", &store), &out);
  for (const TaggedWord& w : out) EXPECT_NE(w.upos, "VERB") << "a fragment stays verbless";
  tagger_->Tag(Words("The minister says talks with Iran will resume .", &store), &out);
  EXPECT_EQ(out[2].xpos, "VBZ");  // says: the clause has its verb,
  EXPECT_EQ(out[3].xpos, "NNS");  // so talks stays a noun.
}

}  // namespace
}  // namespace dyad::nlp
