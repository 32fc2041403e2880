// The model file: training determinism, round trip, and clear errors for
// missing, truncated, corrupt and wrong-version files.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "dyad/syntax.h"
#include "syntax/conllu.h"
#include "syntax/lexicon.h"
#include "syntax/model.h"
#include "syntax/model_file.h"
#include "syntax/train.h"
#include "testing/testing.h"

namespace dyad::syntax {
namespace {

std::vector<Sentence> Tiny() {
  std::string text = testing::ReadFileOrDie(testing::TestDataDir() + "/syntax/data/tiny.conllu");
  std::vector<std::string> errors;
  auto parsed = ParseConllu(text, &errors);
  EXPECT_TRUE(errors.empty());
  std::vector<Sentence> out;
  for (auto& s : parsed) out.push_back(std::move(s.sentence));
  return out;
}

std::string TrainTiny(int beam = 1, int relabel_epochs = 0, int margin = 0, bool non_monotonic = false) {
  TrainConfig config;
  config.parser_beam = beam;
  config.non_monotonic = non_monotonic;
  config.relabel_epochs = relabel_epochs;
  config.beam_margin = margin;
  config.lexicon = ParseLexicon("froze\tPAST=freeze\npyongyang\tNAME\n", nullptr);
  config.tagger_epochs = 3;
  config.parser_epochs = 3;
  config.folds = 2;
  config.fold_tagger_epochs = 2;
  Model model;
  auto tiny = Tiny();
  TrainModel(tiny, tiny, config, nullptr, &model);
  return model.Serialize();
}

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("dyad_syntax_test_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string LoadError(const std::string& bytes) {
  const std::string path = TempPath("model.bin");
  WriteFile(path, bytes);
  std::string error;
  auto model = SyntaxModel::Load(path, &error);
  std::remove(path.c_str());
  EXPECT_EQ(model, nullptr);
  return error;
}

TEST(SyntaxModelFile, TrainingIsDeterministic) {
  const std::string a = TrainTiny();
  const std::string b = TrainTiny();
  ASSERT_GT(a.size(), kModelHeaderSize);
  EXPECT_TRUE(a == b) << "two trainings on the same data gave different model files";
}

TEST(SyntaxModelFile, BeamTrainingIsDeterministicAndParsesTrees) {
  const std::string a = TrainTiny(3);
  const std::string b = TrainTiny(3);
  EXPECT_TRUE(a == b) << "two beam trainings on the same data gave different model files";
  Model model;
  std::string error;
  ASSERT_TRUE(model.Deserialize(a, &error)) << error;
  EXPECT_EQ(model.parser.beam(), 3);
  for (int width : {3, 1, 8}) {
    model.parser.set_beam(width);
    for (Sentence s : Tiny()) {
      model.Annotate(s);
      int roots = 0;
      for (const Token& t : s.tokens) {
        EXPECT_TRUE(t.head >= -1 && t.head < static_cast<int>(s.tokens.size()));
        roots += t.head == -1;
      }
      EXPECT_EQ(roots, 1);
    }
  }
}

// Every word reaches the root by following heads (no cycle), and one word
// is the root.
void ExpectTree(const Sentence& s) {
  const int n = static_cast<int>(s.tokens.size());
  int roots = 0;
  for (int i = 0; i < n; ++i) {
    int h = i, steps = 0;
    while (h >= 0 && steps <= n) h = s.tokens[h].head, ++steps;
    EXPECT_EQ(h, -1) << "word " << i << " is in a cycle";
    roots += s.tokens[i].head == -1;
  }
  EXPECT_EQ(roots, 1);
}

// The non-monotonic arc-eager parser: deterministic training, the
// transition system kept in the file, trees out, and the training sentences
// learned about as well as by the monotonic parser.
TEST(SyntaxModelFile, NonMonotonicParserRoundTripAndParsesTrees) {
  const std::string a = TrainTiny(1, 2, 0, true);
  EXPECT_TRUE(a == TrainTiny(1, 2, 0, true)) << "non-monotonic training is not deterministic";
  Model model, monotonic;
  std::string error;
  ASSERT_TRUE(model.Deserialize(a, &error)) << error;
  ASSERT_TRUE(monotonic.Deserialize(TrainTiny(1, 2), &error)) << error;
  EXPECT_TRUE(model.parser.non_monotonic());
  EXPECT_FALSE(monotonic.parser.non_monotonic());
  // Format 6 only for the non-monotonic parser: arc-eager files keep format 5.
  EXPECT_EQ(a[8], 6);
  EXPECT_EQ(TrainTiny(1, 2)[8], 5);
  EXPECT_TRUE(model.Serialize() == a) << "save after load changed the file";
  int words = 0, right = 0, right_monotonic = 0;
  for (const Sentence& gold : Tiny()) {
    Sentence s = gold, m = gold;
    model.Annotate(s);
    monotonic.Annotate(m);
    ExpectTree(s);
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      ++words;
      right += s.tokens[i].head == gold.tokens[i].head;
      right_monotonic += m.tokens[i].head == gold.tokens[i].head;
    }
  }
  EXPECT_GE(right, right_monotonic - words / 20) << right << " and " << right_monotonic << " of " << words;
  EXPECT_GT(right, words * 3 / 4);
}

// The beam parser stays monotonic (its static oracle and beam search know
// only arc-eager) even when asked for the non-monotonic system.
TEST(SyntaxModelFile, BeamParserStaysMonotonic) {
  Model model;
  std::string error;
  ASSERT_TRUE(model.Deserialize(TrainTiny(3, 0, 0, true), &error)) << error;
  EXPECT_EQ(model.parser.beam(), 3);
  EXPECT_FALSE(model.parser.non_monotonic());
}

TEST(SyntaxModelFile, RelabelerAndBeamMarginRoundTrip) {
  for (int beam : {1, 3}) {
    const std::string a = TrainTiny(beam, 3, 5000);
    EXPECT_TRUE(a == TrainTiny(beam, 3, 5000)) << "relabeler training is not deterministic (beam " << beam << ")";
    Model model;
    std::string error;
    ASSERT_TRUE(model.Deserialize(a, &error)) << error;
    EXPECT_TRUE(model.parser.has_relabeler());
    EXPECT_EQ(model.parser.margin(), 5000);
    EXPECT_TRUE(model.Serialize() == a) << "save after load changed the file";
    for (bool relabel : {true, false}) {
      model.parser.set_relabel(relabel);
      for (Sentence s : Tiny()) {
        model.Annotate(s);
        int roots = 0;
        for (const Token& t : s.tokens) {
          roots += t.head == -1;
          EXPECT_EQ(t.deprel == "root", t.head == -1) << t.form;
        }
        EXPECT_EQ(roots, 1);
      }
    }
  }
}

TEST(SyntaxModelFile, LexiconParsing) {
  std::string error;
  auto lex = ParseLexicon("# comment\nfroze\tPAST=freeze\nfled\tPART=flee,PAST=flee\nkyiv\tNAME\nmilitants\tAGENT\n", &error);
  EXPECT_TRUE(error.empty()) << error;
  ASSERT_EQ(lex.size(), 4u);
  EXPECT_EQ(lex[0].past_of, "freeze");
  EXPECT_EQ(lex[1].classes, uint32_t{kLexPast | kLexPart});
  EXPECT_EQ(lex[1].part_of, "flee");
  EXPECT_EQ(lex[2].classes, uint32_t{kLexName});
  EXPECT_EQ(lex[3].classes, uint32_t{kLexAgent});
  ParseLexicon("word\tBOGUS\n", &error);
  EXPECT_NE(error.find("unknown class"), std::string::npos);
}

TEST(SyntaxModelFile, RoundTripAnnotates) {
  const std::string bytes = TrainTiny();
  const std::string path = TempPath("roundtrip.bin");
  WriteFile(path, bytes);
  std::string error;
  auto model = SyntaxModel::Load(path, &error);
  std::remove(path.c_str());
  ASSERT_NE(model, nullptr) << error;
  // A training sentence comes back with a well-formed tree.
  Sentence s = Tiny()[0];
  for (auto& t : s.tokens) t.head = -1, t.deprel.clear(), t.upos.clear();
  model->Annotate(s);
  int roots = 0;
  for (const auto& t : s.tokens) {
    roots += t.head == -1;
    EXPECT_FALSE(t.upos.empty());
    EXPECT_FALSE(t.deprel.empty());
  }
  EXPECT_EQ(roots, 1);
  EXPECT_EQ(static_cast<const Model&>(*model).Serialize(), bytes);
}

TEST(SyntaxModelFile, MissingFile) {
  std::string error;
  auto model = SyntaxModel::Load("/nonexistent/dyad/model.bin", &error);
  EXPECT_EQ(model, nullptr);
  EXPECT_NE(error.find("cannot open"), std::string::npos) << error;
  EXPECT_NE(error.find("/nonexistent/dyad/model.bin"), std::string::npos) << error;
}

TEST(SyntaxModelFile, BadMagic) {
  std::string bytes = TrainTiny();
  bytes[0] = 'X';
  EXPECT_NE(LoadError(bytes).find("bad magic"), std::string::npos);
  EXPECT_NE(LoadError("hello, this is not a model at all").find("bad magic"), std::string::npos);
}

TEST(SyntaxModelFile, WrongVersion) {
  std::string bytes = TrainTiny();
  bytes[8] = static_cast<char>(kModelVersion + 1);
  std::string error = LoadError(bytes);
  EXPECT_NE(error.find("version " + std::to_string(kModelVersion + 1) + " unsupported"), std::string::npos) << error;
}

// Files of an older format (4: zlib-compressed payload) are refused by
// their version, not misread.
TEST(SyntaxModelFile, OlderVersionRefused) {
  std::string bytes = TrainTiny();
  bytes[8] = static_cast<char>(kOldestModelVersion - 1);
  std::string error = LoadError(bytes);
  EXPECT_NE(error.find("version " + std::to_string(kOldestModelVersion - 1) + " unsupported (this dyad reads versions " +
                       std::to_string(kOldestModelVersion) + " to " + std::to_string(kModelVersion) + ")"),
            std::string::npos)
      << error;
}

TEST(SyntaxModelFile, Truncated) {
  const std::string bytes = TrainTiny();
  for (size_t len : {size_t{0}, size_t{5}, size_t{10}, kModelHeaderSize - 1, kModelHeaderSize + 3, bytes.size() / 2,
                     bytes.size() - 1}) {
    std::string error = LoadError(bytes.substr(0, len));
    EXPECT_NE(error.find("truncated"), std::string::npos) << "length " << len << ": " << error;
  }
}

TEST(SyntaxModelFile, CorruptPayload) {
  std::string bytes = TrainTiny();
  // Flipping bytes in the payload breaks the checksum.
  for (size_t pos : {kModelHeaderSize + 2, bytes.size() / 2, bytes.size() - 2}) {
    std::string bad = bytes;
    bad[pos] = static_cast<char>(bad[pos] ^ 0x5a);
    std::string error = LoadError(bad);
    EXPECT_TRUE(error.find("corrupt") != std::string::npos || error.find("checksum") != std::string::npos) << error;
  }
  // A wrong checksum in the header.
  std::string bad = bytes;
  bad[12] = static_cast<char>(bad[12] ^ 1);
  EXPECT_NE(LoadError(bad).find("checksum"), std::string::npos);
}

TEST(SyntaxModelFile, DefaultPathHonoursEnvironment) {
  ::setenv("DYAD_MODEL", "/some/where/model.bin", 1);
  EXPECT_EQ(SyntaxModel::DefaultPath(), "/some/where/model.bin");
  ::unsetenv("DYAD_MODEL");
  ::setenv("DYAD_DATA_DIR", "/data/dir", 1);
  EXPECT_EQ(SyntaxModel::DefaultPath(), std::string("/data/dir/model/") + kDefaultModelFile);
  ::unsetenv("DYAD_DATA_DIR");
}

// Issue 3's limits on the shipped models: files of at most 30 MB, weight
// tables well under the 100 MB peak (the beam parser's are packed tighter).
TEST(SyntaxModelFile, ShippedModelsWithinLimits) {
  for (const char* name : {kDefaultModelFile, "syntax-en-ewt-beam.bin"}) {
    const std::string path = testing::DataDir() + "/model/" + name;
    EXPECT_LE(std::filesystem::file_size(path), 30u << 20) << path;
    std::string error;
    auto model = SyntaxModel::Load(path, &error);
    ASSERT_NE(model, nullptr) << error;
    EXPECT_LE(static_cast<const Model&>(*model).MemoryBytes(), size_t{72} << 20) << path;
  }
}

}  // namespace
}  // namespace dyad::syntax
