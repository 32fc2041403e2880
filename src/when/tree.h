// Read-only helpers over the dependency parse of one sentence, shared by the
// tense and event-date code. Tolerates bad parses: out-of-range heads are
// treated as roots and cycles cannot loop (every walk is bounded).
#ifndef DYAD_WHEN_TREE_H_
#define DYAD_WHEN_TREE_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/token.h"

namespace dyad::when {

class Tree {
 public:
  explicit Tree(const Sentence& sentence);
  ~Tree();
  Tree(const Tree&) = delete;
  Tree& operator=(const Tree&) = delete;

  int size() const { return static_cast<int>(tokens_.size()); }
  bool valid(int i) const { return i >= 0 && i < size(); }
  const Token& token(int i) const { return tokens_[i]; }
  // -1 for the root or a head out of range.
  int head(int i) const;
  std::span<const int> children(int i) const {
    return std::span<const int>(child_list_).subspan(child_begin_[i], child_begin_[i + 1] - child_begin_[i]);
  }
  // Lower-case form and lemma (lemma falls back to the form), computed on
  // first use: DateEvent looks at a handful of tokens per sentence.
  const std::string& form(int i) const;
  const std::string& lemma(int i) const;
  // "obl" for "obl:tmod"; the full relation is token(i).deprel.
  std::string_view base_rel(int i) const {
    return std::string_view(tokens_[i].deprel.data(), base_rel_size_[i]);
  }
  // The first child with this base relation, or -1.
  int child_with(int i, std::string_view base) const;

 private:
  struct Buffers;
  static Buffers& Spare();
  void SwapBuffers(Buffers& b);

  const std::vector<Token>& tokens_;
  std::vector<int> child_begin_;  // children of i: child_list_[child_begin_[i], child_begin_[i+1])
  std::vector<int> child_list_;
  std::vector<uint32_t> base_rel_size_;  // length of base_rel(i), found once per tree
  // Caches for form() and lemma(); a Tree is a local of one call, never shared.
  mutable std::vector<std::string> forms_;
  mutable std::vector<std::string> lemmas_;
  mutable std::vector<char> cached_;  // bit 1: form, bit 2: lemma
};

}  // namespace dyad::when

#endif  // DYAD_WHEN_TREE_H_
