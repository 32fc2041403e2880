#include "code/pattern_words.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace dyad::code
