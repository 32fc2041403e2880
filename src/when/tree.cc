#include "when/tree.h"

#include "when/calendar_words.h"

namespace dyad::when {

Tree::Tree(const Sentence& sentence) : tokens_(sentence.tokens) {
  const int n = size();
  children_.resize(n);
  forms_.reserve(n);
  lemmas_.reserve(n);
  for (int i = 0; i < n; ++i) {
    forms_.push_back(Lower(tokens_[i].form));
    lemmas_.push_back(tokens_[i].lemma.empty() || tokens_[i].lemma == "_" ? forms_.back()
                                                                          : Lower(tokens_[i].lemma));
    int h = head(i);
    if (h >= 0) children_[h].push_back(i);
  }
}

int Tree::head(int i) const {
  int h = tokens_[i].head;
  return h >= 0 && h < size() && h != i ? h : -1;
}

std::string_view Tree::base_rel(int i) const {
  std::string_view rel = tokens_[i].deprel;
  size_t colon = rel.find(':');
  return colon == std::string_view::npos ? rel : rel.substr(0, colon);
}

int Tree::child_with(int i, std::string_view base) const {
  for (int c : children_[i])
    if (base_rel(c) == base) return c;
  return -1;
}

}  // namespace dyad::when
