#include "when/tree.h"

#include "when/calendar_words.h"

namespace dyad::when {

// The storage of a tree: a tree takes the spare one of its thread and gives
// it back when it goes, so that after the first events building a tree
// allocates nothing. (A second tree alive at the same time starts empty.)
struct Tree::Buffers {
  std::vector<int> child_begin, child_list;
  std::vector<uint32_t> base_rel_size;
  std::vector<std::string> forms, lemmas;
  std::vector<char> cached;
};

Tree::Buffers& Tree::Spare() {
  thread_local Buffers spare;
  return spare;
}

void Tree::SwapBuffers(Buffers& b) {
  child_begin_.swap(b.child_begin);
  child_list_.swap(b.child_list);
  base_rel_size_.swap(b.base_rel_size);
  forms_.swap(b.forms);
  lemmas_.swap(b.lemmas);
  cached_.swap(b.cached);
}

Tree::~Tree() { SwapBuffers(Spare()); }

Tree::Tree(const Sentence& sentence) : tokens_(sentence.tokens) {
  SwapBuffers(Spare());
  const int n = size();
  // forms_ and lemmas_ are filled on first use (cached_).
  if (static_cast<int>(forms_.size()) < n) {
    forms_.resize(n);
    lemmas_.resize(n);
  }
  cached_.assign(n, 0);
  base_rel_size_.resize(n);
  for (int i = 0; i < n; ++i) {
    // Labels are short: a plain loop costs less than a call to memchr.
    const std::string& rel = tokens_[i].deprel;
    size_t k = 0;
    while (k < rel.size() && rel[k] != ':') ++k;
    base_rel_size_[i] = static_cast<uint32_t>(k);
  }
  child_begin_.assign(n + 1, 0);
  for (int i = 0; i < n; ++i) {
    int h = head(i);
    if (h >= 0) ++child_begin_[h + 1];
  }
  // Counting sort into one flat list; children stay in sentence order.
  for (int i = 0; i < n; ++i) child_begin_[i + 1] += child_begin_[i];
  child_list_.resize(child_begin_[n]);
  thread_local std::vector<int> fill;
  fill.assign(child_begin_.begin(), child_begin_.end() - 1);
  for (int i = 0; i < n; ++i) {
    int h = head(i);
    if (h >= 0) child_list_[fill[h]++] = i;
  }
}

namespace {

// Lower() into a string that keeps its room from sentence to sentence.
void LowerInto(std::string_view s, std::string* out) {
  out->assign(s);
  for (char& c : *out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

}  // namespace

const std::string& Tree::form(int i) const {
  if (!(cached_[i] & 1)) {
    LowerInto(tokens_[i].form, &forms_[i]);
    cached_[i] |= 1;
  }
  return forms_[i];
}

const std::string& Tree::lemma(int i) const {
  if (!(cached_[i] & 2)) {
    const std::string& l = tokens_[i].lemma;
    if (l.empty() || l == "_")
      lemmas_[i] = form(i);
    else
      LowerInto(l, &lemmas_[i]);
    cached_[i] |= 2;
  }
  return lemmas_[i];
}

int Tree::head(int i) const {
  int h = tokens_[i].head;
  return h >= 0 && h < size() && h != i ? h : -1;
}

int Tree::child_with(int i, std::string_view base) const {
  for (int c : children(i))
    if (base_rel(c) == base) return c;
  return -1;
}

}  // namespace dyad::when
