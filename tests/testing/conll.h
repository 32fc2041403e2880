// Builds a parsed Sentence from compact CoNLL-like text for tests that must
// not depend on the trained parser: one token per line,
// "FORM LEMMA UPOS HEAD DEPREL" with HEAD 1-based (0 = root), and an optional
// "SpaceAfter=No" ("Jae-myung": "Jae", "-", "myung" with no spaces).
#ifndef DYAD_TESTS_TESTING_CONLL_H_
#define DYAD_TESTS_TESTING_CONLL_H_

#include <sstream>
#include <string>

#include "dyad/token.h"

namespace dyad::testing {

inline Sentence ParsedSentence(const std::string& rows) {
  Sentence s;
  std::istringstream in(rows);
  std::string line;
  uint32_t offset = 0;
  while (std::getline(in, line)) {
    std::istringstream f(line);
    Token t;
    int head = 0;
    if (!(f >> t.form >> t.lemma >> t.upos >> head >> t.deprel)) continue;
    // "PRON/PRP": a universal tag with its Penn tag.
    if (size_t slash = t.upos.find('/'); slash != std::string::npos) {
      t.xpos = t.upos.substr(slash + 1);
      t.upos.resize(slash);
    }
    std::string misc;
    f >> misc;
    t.head = head - 1;
    if (!s.text.empty() && s.tokens.back().space_after) {
      s.text += " ";
      ++offset;
    }
    t.space_after = misc != "SpaceAfter=No";
    t.begin = offset;
    t.end = offset + static_cast<uint32_t>(t.form.size());
    offset = t.end;
    s.text += t.form;
    s.tokens.push_back(t);
  }
  s.end = offset;
  return s;
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_TESTING_CONLL_H_
