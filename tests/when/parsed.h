// Hand-built parsed sentences for the date tests: one token a line,
//   form[|lemma] UPOS XPOS head deprel
// with CoNLL-U heads (1-based, 0 for the root), converted to dyad's 0-based
// heads (-1 for the root). Lemma defaults to the lower-cased form. These
// tests never depend on the trained parser.
#ifndef DYAD_TESTS_WHEN_PARSED_H_
#define DYAD_TESTS_WHEN_PARSED_H_

#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "dyad/token.h"

namespace dyad::testing {

inline Sentence Parsed(const std::string& conll) {
  Sentence s;
  std::istringstream in(conll);
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string form, upos, xpos, deprel;
    int head = 0;
    if (!(fields >> form >> upos >> xpos >> head >> deprel)) continue;
    Token t;
    size_t bar = form.find('|');
    if (bar != std::string::npos) {
      t.lemma = form.substr(bar + 1);
      form = form.substr(0, bar);
    } else {
      t.lemma = form;
      for (char& c : t.lemma)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    t.form = form;
    t.upos = upos;
    t.xpos = xpos;
    t.head = head - 1;
    t.deprel = deprel;
    s.tokens.push_back(t);
  }
  for (size_t i = 0; i + 1 < s.tokens.size(); ++i) {
    const std::string& next = s.tokens[i + 1].form;
    s.tokens[i].space_after = !(next == "," || next == "." || next == "'s" || next == "n't");
  }
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    if (i) s.text += s.tokens[i - 1].space_after ? " " : "";
    s.text += s.tokens[i].form;
  }
  return s;
}

// Index of the first token with this form; fails the test when absent.
inline int Find(const Sentence& s, const std::string& form, int nth = 0) {
  for (size_t i = 0; i < s.tokens.size(); ++i)
    if (s.tokens[i].form == form && nth-- == 0) return static_cast<int>(i);
  ADD_FAILURE() << "no token '" << form << "' in: " << s.text;
  return -1;
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_WHEN_PARSED_H_
