#include "code/pattern_words.h"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <utility>
#include <vector>

namespace dyad::code {
namespace {

VerbPattern Pattern(std::vector<std::string> obj, std::vector<std::string> xcomp = {}) {
  VerbPattern p;
  p.obj = std::move(obj);
  p.xcomp = std::move(xcomp);
  return p;
}

bool Has(const PatternWords& w, int list, std::string_view word) { return w.Contains(list, word, WordHash(word)); }

TEST(PatternWords, EqualListsShareAnIdAndKindsStayApart) {
  std::vector<VerbPattern> patterns = {Pattern({"missile", "rocket"}), Pattern({"missile", "rocket"}),
                                       Pattern({"rocket"}), Pattern({}, {"missile", "rocket"})};
  PatternWords w(patterns);
  EXPECT_EQ(w.ListId(0, PatternWords::kObj), w.ListId(1, PatternWords::kObj));
  EXPECT_NE(w.ListId(0, PatternWords::kObj), w.ListId(2, PatternWords::kObj));
  EXPECT_EQ(w.ListId(3, PatternWords::kObj), -1);
  EXPECT_NE(w.ListId(3, PatternWords::kXcomp), w.ListId(0, PatternWords::kObj));
  EXPECT_TRUE(Has(w, w.ListId(0, PatternWords::kObj), "missile"));
  EXPECT_FALSE(Has(w, w.ListId(2, PatternWords::kObj), "missile"));
  EXPECT_TRUE(Has(w, w.ListId(3, PatternWords::kXcomp), "rocket"));
  EXPECT_FALSE(Has(w, -1, "rocket"));
}

TEST(PatternWords, ObjListsByWordAndMultiWordValuesByLastWord) {
  std::vector<VerbPattern> patterns = {Pattern({"shell", "tank"}), Pattern({"artillery_shell"}), Pattern({"shell"}),
                                       Pattern({}, {"shell"})};
  PatternWords w(patterns);
  std::span<const int> lists = w.ObjListsWith("shell", WordHash("shell"));
  ASSERT_EQ(lists.size(), 2u);  // the xcomp= list is no obj= list
  EXPECT_EQ(lists[0], w.ListId(0, PatternWords::kObj));
  EXPECT_EQ(lists[1], w.ListId(2, PatternWords::kObj));
  EXPECT_TRUE(w.ObjListsWith("artillery", WordHash("artillery")).empty());
  std::vector<std::string_view> ending;
  w.AnyEndingIn(-1, "shell", WordHash("shell"), [&](int list, std::string_view value) {
    EXPECT_EQ(list, w.ListId(1, PatternWords::kObj));
    ending.push_back(value);
    return false;
  });
  EXPECT_EQ(ending, std::vector<std::string_view>{"artillery_shell"});
  EXPECT_FALSE(w.AnyEndingIn(w.ListId(0, PatternWords::kObj), "shell", WordHash("shell"),
                             [](int, std::string_view) { return true; }));
}

// WordHash in constant evaluation (bytes assembled one by one) gives the
// run-time value (memcpy loads) for every length and byte: the coder's word
// lists are hashed at compile time and compared with the tree's lemma hashes.
constexpr std::string_view kHashedWords[] = {
    "",        "a",        "an",        "the",        "not",         "n't",          "to",
    "of",      "after",    "since",     "year",       "refuse",      "government",   "security",
    "police",  "authorization", "authorisation", "commemorate", "internationally", "ab", "abc",
    "abcd",    "abcde",    "abcdef",    "abcdefg",    "abcdefgh",    "abcdefghi",    "abcdefghijklmnop",
    "abcdefghijklmnopq", "caf\xc3\xa9", "\xff\xfe\x80", "a\0b", "NOUN", "PROPN", "x-ray", "test-fire"};
template <size_t... I>
constexpr std::array<uint64_t, sizeof...(I)> HashesAtCompileTime(std::index_sequence<I...>) {
  return {WordHash(kHashedWords[I])...};
}
constexpr auto kCompileTimeHashes = HashesAtCompileTime(std::make_index_sequence<std::size(kHashedWords)>());

// Pseudo-random bytes (all 256 values), and the hashes of their substrings
// of every length 0..40 at 8 offsets, at compile time.
constexpr std::array<char, 64> RandomBytes() {
  std::array<char, 64> b{};
  uint64_t x = 0x243f6a8885a308d3ULL;
  for (char& c : b) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    c = static_cast<char>(x >> 56);
  }
  return b;
}
constexpr std::array<char, 64> kRandom = RandomBytes();
constexpr std::array<uint64_t, 8 * 41> RandomHashes() {
  std::array<uint64_t, 8 * 41> h{};
  for (size_t off = 0; off < 8; ++off)
    for (size_t n = 0; n <= 40; ++n) h[off * 41 + n] = WordHash(std::string_view(kRandom.data() + off, n));
  return h;
}
constexpr auto kRandomHashes = RandomHashes();

TEST(WordHash, ConstexprEqualsRunTime) {
  for (size_t i = 0; i < std::size(kHashedWords); ++i) {
    const std::string copy(kHashedWords[i]);  // (a run-time string: hashed with memcpy loads)
    EXPECT_EQ(WordHash(copy), kCompileTimeHashes[i]) << copy;
  }
  std::vector<char> bytes(kRandom.begin(), kRandom.end());
  for (size_t off = 0; off < 8; ++off)
    for (size_t n = 0; n <= 40; ++n)
      EXPECT_EQ(WordHash(std::string_view(bytes.data() + off, n)), kRandomHashes[off * 41 + n]) << off << " " << n;
  // Words of up to 8 bytes and one length hash apart (WordHash's note).
  static_assert(WordHash("after") != WordHash("since") && WordHash("a") != WordHash("b"));
}

}  // namespace
}  // namespace dyad::code
