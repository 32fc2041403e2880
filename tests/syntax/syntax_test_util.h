// Shared helpers for the syntax tests: the shipped model, sentences from
// space-separated tokens, and tree checks.
#ifndef DYAD_TESTS_SYNTAX_SYNTAX_TEST_UTIL_H_
#define DYAD_TESTS_SYNTAX_SYNTAX_TEST_UTIL_H_

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "dyad/syntax.h"
#include "syntax/model.h"
#include "testing/testing.h"

namespace dyad::syntax::test {

// The model shipped in data/model/ (loaded once per test program).
inline const SyntaxModel& ShippedModel() {
  static const std::unique_ptr<SyntaxModel> model = [] {
    std::string error;
    auto m = SyntaxModel::Load(testing::DataDir() + "/model/" + kDefaultModelFile, &error);
    if (!m) ADD_FAILURE() << error;
    return m;
  }();
  return *model;
}

inline Sentence FromWords(const std::vector<std::string>& words) {
  Sentence s;
  for (const auto& w : words) {
    Token t;
    t.form = w;
    s.tokens.push_back(t);
  }
  return s;
}

inline Sentence FromText(const std::string& spaced) {
  std::istringstream in(spaced);
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  return FromWords(words);
}

// One root, heads in range, no cycles, every word tagged and labeled.
inline ::testing::AssertionResult IsTree(const Sentence& s) {
  const int n = static_cast<int>(s.tokens.size());
  int roots = 0;
  for (int i = 0; i < n; ++i) {
    const Token& t = s.tokens[i];
    if (t.head < -1 || t.head >= n || t.head == i) return ::testing::AssertionFailure() << "bad head at " << i;
    if (t.upos.empty() || t.xpos.empty() || t.deprel.empty() || t.feats.empty())
      return ::testing::AssertionFailure() << "missing annotation at " << i;
    if ((t.head == -1) != (t.deprel == "root")) return ::testing::AssertionFailure() << "root label mismatch at " << i;
    roots += t.head == -1;
    int k = i, steps = 0;
    while (k != -1 && steps++ <= n) k = s.tokens[k].head;
    if (k != -1) return ::testing::AssertionFailure() << "cycle through " << i;
  }
  if (n > 0 && roots != 1) return ::testing::AssertionFailure() << roots << " roots";
  return ::testing::AssertionSuccess();
}

}  // namespace dyad::syntax::test

#endif  // DYAD_TESTS_SYNTAX_SYNTAX_TEST_UTIL_H_
