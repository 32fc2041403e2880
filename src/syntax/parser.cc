#include "syntax/parser.h"

#include <algorithm>
#include <climits>
#include <iomanip>
#include <map>

#include "syntax/hash.h"
#include "syntax/shuffle.h"

namespace dyad::syntax {
namespace {

enum Move { kShift = 0, kReduce = 1, kLeft = 2, kRight = 3 };
constexpr int kNumMoves = 4;
constexpr int kMaxFeatures = 104;
constexpr int kMaxLabelFeatures = 40;
constexpr uint8_t kNoLabel = 0xff;

constexpr uint64_t kNoneWord = 0x40e1;
constexpr uint64_t kRootWord = 0x7007;
constexpr uint64_t kNoneTag = 0x10001;
constexpr uint64_t kRootTag = 0x10002;

// The parser configuration. Index n is the artificial root, the last item
// of the buffer; the buffer is always the contiguous range [b, n].
struct State {
  int n = 0;
  const ParserWord* words = nullptr;
  // Word and tag of positions -1 (none) to n (the root) at index x + 1, so
  // the feature code reads them without branches.
  std::vector<uint64_t> word_of, tag_of;
  std::vector<int> stack;
  int b = 0;
  std::vector<int> head, lc1, lc2, rc1, rc2;
  std::vector<uint8_t> label, nl, nr, in_stack;
  std::vector<uint64_t> lset, rset;
  std::vector<uint16_t> commas;  // commas[i]: commas among words [0, i)
  std::vector<uint16_t> conjs;   // the same for coordinating conjunctions
  // The tables above as read: this state's own, or those of the state it
  // was copied from (CopyFrom).
  const uint64_t* wo = nullptr;
  const uint64_t* to = nullptr;
  const uint16_t* cm = nullptr;
  const uint16_t* cj = nullptr;
  // Non-monotonic arc-eager (Honnibal, Goldberg & Johnson 2013): Left-Arc
  // may replace the head of a stack word that already has one, and Reduce
  // of a headless word attaches it to the word below it on the stack.
  bool non_monotonic = false;

  void Init(const ParserWord* w, int len) {
    n = len;
    words = w;
    word_of.resize(n + 2);
    tag_of.resize(n + 2);
    word_of[0] = kNoneWord;
    tag_of[0] = kNoneTag;
    for (int i = 0; i < n; ++i) word_of[i + 1] = w[i].word, tag_of[i + 1] = w[i].tag;
    word_of[n + 1] = kRootWord;
    tag_of[n + 1] = kRootTag;
    stack.clear();
    stack.reserve(len + 1);
    b = 0;
    head.assign(n + 1, -1);
    lc1.assign(n + 1, -1);
    lc2.assign(n + 1, -1);
    rc1.assign(n + 1, -1);
    rc2.assign(n + 1, -1);
    label.assign(n + 1, kNoLabel);
    nl.assign(n + 1, 0);
    nr.assign(n + 1, 0);
    in_stack.assign(n + 1, 0);
    lset.assign(n + 1, 0);
    rset.assign(n + 1, 0);
    static const uint64_t kComma = HashBytes(",");
    static const uint64_t kConj[] = {HashBytes("and"), HashBytes("or"), HashBytes("but"), HashBytes("nor"),
                                     HashBytes("&")};
    commas.assign(n + 2, 0);
    conjs.assign(n + 2, 0);
    for (int i = 0; i < n; ++i) {
      const uint64_t w = words[i].word;
      commas[i + 1] = commas[i] + (w == kComma);
      conjs[i + 1] = conjs[i] + (w == kConj[0] || w == kConj[1] || w == kConj[2] || w == kConj[3] || w == kConj[4]);
    }
    commas[n + 1] = commas[n];
    conjs[n + 1] = conjs[n];
    wo = word_of.data(), to = tag_of.data(), cm = commas.data(), cj = conjs.data();
  }
  // This state's parse so far, from a state of the same sentence; the
  // sentence's tables stay those of the state first initialized (which must
  // outlive this one): no copy of them per beam item and step.
  void CopyFrom(const State& o) {
    n = o.n;
    words = o.words;
    non_monotonic = o.non_monotonic;
    wo = o.wo, to = o.to, cm = o.cm, cj = o.cj;
    stack = o.stack;
    b = o.b;
    head = o.head, lc1 = o.lc1, lc2 = o.lc2, rc1 = o.rc1, rc2 = o.rc2;
    label = o.label, nl = o.nl, nr = o.nr, in_stack = o.in_stack;
    lset = o.lset, rset = o.rset;
  }
  // Commas strictly between words a < b (capped: 0, 1, 2, 3 or more).
  uint64_t CommasBetween(int a, int b) const { return a < 0 ? 0 : std::min(cm[b] - cm[a + 1], 3); }
  // Whether a coordinating conjunction lies strictly between words a < b.
  uint64_t ConjBetween(int a, int b) const { return a >= 0 && cj[b] > cj[a + 1]; }
  bool Terminal() const { return b == n && stack.empty(); }
  int S0() const { return stack.empty() ? -1 : stack.back(); }
  int S1() const { return stack.size() >= 2 ? stack[stack.size() - 2] : -1; }

  void Legal(bool legal[kNumMoves]) const {
    const int s0 = S0();
    legal[kShift] = b < n;
    legal[kRight] = s0 >= 0 && b < n;
    legal[kLeft] = s0 >= 0 && (head[s0] < 0 || (non_monotonic && b < n));
    legal[kReduce] = s0 >= 0 && (head[s0] >= 0 || (non_monotonic && stack.size() >= 2));
  }

  // The (head, dependent) of the arc `move` makes, or false.
  bool ArcOf(int move, int* h, int* d) const {
    const int s0 = S0();
    if (move == kLeft) *h = b, *d = s0;
    else if (move == kRight) *h = s0, *d = b;
    else if (move == kReduce && s0 >= 0 && head[s0] < 0) *h = S1(), *d = s0;
    else return false;
    return true;
  }

  void AddArc(int h, int d, uint8_t l) {
    head[d] = h;
    label[d] = l;
    const uint64_t bit = uint64_t{1} << (l & 63);
    if (d < h) {
      if (lc1[h] < 0 || d < lc1[h]) {
        lc2[h] = lc1[h];
        lc1[h] = d;
      } else if (lc2[h] < 0 || d < lc2[h]) {
        lc2[h] = d;
      }
      ++nl[h];
      lset[h] |= bit;
    } else {
      if (rc1[h] < 0 || d > rc1[h]) {
        rc2[h] = rc1[h];
        rc1[h] = d;
      } else if (rc2[h] < 0 || d > rc2[h]) {
        rc2[h] = d;
      }
      ++nr[h];
      rset[h] |= bit;
    }
  }

  // Undoes the arc of stack word d (non-monotonic Left-Arc). A stack word's
  // head is to its left and d is its rightmost child: words after d reach
  // that head only once d is popped.
  void RemoveArc(int d) {
    const int h = head[d];
    head[d] = -1;
    label[d] = kNoLabel;
    --nr[h];
    rc1[h] = rc2[h] = -1;
    rset[h] = 0;
    for (int k = d - 1; k > h; --k) {
      if (head[k] != h) continue;
      rset[h] |= uint64_t{1} << (label[k] & 63);
      if (rc1[h] < 0) rc1[h] = k;
      else if (rc2[h] < 0) rc2[h] = k;
    }
  }

  void Apply(int move, uint8_t l) {
    switch (move) {
      case kShift:
        stack.push_back(b);
        in_stack[b] = 1;
        ++b;
        break;
      case kReduce:
        if (head[stack.back()] < 0) AddArc(S1(), stack.back(), l);  // non-monotonic
        in_stack[stack.back()] = 0;
        stack.pop_back();
        break;
      case kLeft:
        if (head[stack.back()] >= 0) RemoveArc(stack.back());  // non-monotonic
        AddArc(b, stack.back(), l);
        in_stack[stack.back()] = 0;
        stack.pop_back();
        break;
      case kRight:
        AddArc(stack.back(), b, l);
        stack.push_back(b);
        in_stack[b] = 1;
        ++b;
        break;
    }
  }

  // x in [-1, n].
  uint64_t W(int x) const { return wo[x + 1]; }
  uint64_t P(int x) const { return to[x + 1]; }
  uint64_t L(int x) const { return x < 0 || x >= n ? kNoLabel : label[x]; }
};

int TransitionFeatures(const State& st, uint32_t* f) {
  const int n = st.n;
  const int s0 = st.S0();
  const int s1 = st.stack.size() >= 2 ? st.stack[st.stack.size() - 2] : -1;
  const int n0 = st.b;
  const int n1 = n0 + 1 < n ? n0 + 1 : -1;
  const int n2 = n0 + 2 < n ? n0 + 2 : -1;
  const int s0h = s0 >= 0 ? st.head[s0] : -1;
  const int s0h2 = s0h >= 0 && s0h < n ? st.head[s0h] : -1;
  const int s0l = s0 >= 0 ? st.lc1[s0] : -1;
  const int s0l2 = s0 >= 0 ? st.lc2[s0] : -1;
  const int s0r = s0 >= 0 ? st.rc1[s0] : -1;
  const int s0r2 = s0 >= 0 ? st.rc2[s0] : -1;
  const int n0l = st.lc1[n0];
  const int n0l2 = st.lc2[n0];
  const int nm1 = n0 - 1;  // the word before the buffer front
  const uint64_t s0w = st.W(s0), s0p = st.P(s0), n0w = st.W(n0), n0p = st.P(n0);
  const uint64_t n1w = st.W(n1), n1p = st.P(n1), n2w = st.W(n2), n2p = st.P(n2);
  const uint64_t s0hp = st.P(s0h), s0lp = st.P(s0l), s0rp = st.P(s0r), n0lp = st.P(n0l);
  const uint64_t d = s0 >= 0 ? std::min(n0 - s0, n0 == n ? 15 : 10) : 0;
  const uint64_t s0vl = s0 >= 0 ? st.nl[s0] : 99, s0vr = s0 >= 0 ? st.nr[s0] : 99, n0vl = st.nl[n0];
  const uint64_t s0sl = s0 >= 0 ? st.lset[s0] : 1, s0sr = s0 >= 0 ? st.rset[s0] : 1, n0sl = st.lset[n0];
  int k = 0;
  // single words
  f[k++] = Feat(1, s0w, s0p);
  f[k++] = Feat(2, s0w);
  f[k++] = Feat(3, s0p);
  f[k++] = Feat(4, n0w, n0p);
  f[k++] = Feat(5, n0w);
  f[k++] = Feat(6, n0p);
  f[k++] = Feat(7, n1w, n1p);
  f[k++] = Feat(8, n1w);
  f[k++] = Feat(9, n1p);
  f[k++] = Feat(10, n2w, n2p);
  f[k++] = Feat(11, n2w);
  f[k++] = Feat(12, n2p);
  // pairs
  f[k++] = Feat(13, s0w, s0p, n0w, n0p);
  f[k++] = Feat(14, s0w, s0p, n0w);
  f[k++] = Feat(15, s0w, n0w, n0p);
  f[k++] = Feat(16, s0w, s0p, n0p);
  f[k++] = Feat(17, s0p, n0w, n0p);
  f[k++] = Feat(18, s0w, n0w);
  f[k++] = Feat(19, s0p, n0p);
  f[k++] = Feat(20, n0p, n1p);
  // triples
  f[k++] = Feat(21, n0p, n1p, n2p);
  f[k++] = Feat(22, s0p, n0p, n1p);
  f[k++] = Feat(23, s0hp, s0p, n0p);
  f[k++] = Feat(24, s0p, s0lp, n0p);
  f[k++] = Feat(25, s0p, s0rp, n0p);
  f[k++] = Feat(26, s0p, n0p, n0lp);
  // distance
  f[k++] = Feat(27, s0w, d);
  f[k++] = Feat(28, s0p, d);
  f[k++] = Feat(29, n0w, d);
  f[k++] = Feat(30, n0p, d);
  f[k++] = Feat(31, s0w, n0w, d);
  f[k++] = Feat(32, s0p, n0p, d);
  // valency
  f[k++] = Feat(33, s0w, s0vr);
  f[k++] = Feat(34, s0p, s0vr);
  f[k++] = Feat(35, s0w, s0vl);
  f[k++] = Feat(36, s0p, s0vl);
  f[k++] = Feat(37, n0w, n0vl);
  f[k++] = Feat(38, n0p, n0vl);
  // second order
  f[k++] = Feat(39, st.W(s0h));
  f[k++] = Feat(40, s0hp);
  f[k++] = Feat(41, st.L(s0));
  f[k++] = Feat(42, st.W(s0l));
  f[k++] = Feat(43, s0lp);
  f[k++] = Feat(44, st.L(s0l));
  f[k++] = Feat(45, st.W(s0r));
  f[k++] = Feat(46, s0rp);
  f[k++] = Feat(47, st.L(s0r));
  f[k++] = Feat(48, st.W(n0l));
  f[k++] = Feat(49, n0lp);
  f[k++] = Feat(50, st.L(n0l));
  // third order
  f[k++] = Feat(51, st.W(s0h2));
  f[k++] = Feat(52, st.P(s0h2));
  f[k++] = Feat(53, st.L(s0h));
  f[k++] = Feat(54, st.W(s0l2));
  f[k++] = Feat(55, st.P(s0l2));
  f[k++] = Feat(56, st.L(s0l2));
  f[k++] = Feat(57, st.W(s0r2));
  f[k++] = Feat(58, st.P(s0r2));
  f[k++] = Feat(59, st.L(s0r2));
  f[k++] = Feat(60, st.W(n0l2));
  f[k++] = Feat(61, st.P(n0l2));
  f[k++] = Feat(62, st.L(n0l2));
  f[k++] = Feat(63, s0p, s0lp, st.P(s0l2));
  f[k++] = Feat(64, s0p, s0rp, st.P(s0r2));
  f[k++] = Feat(65, s0p, s0hp, st.P(s0h2));
  f[k++] = Feat(66, n0p, n0lp, st.P(n0l2));
  // label sets
  f[k++] = Feat(67, s0w, s0sr);
  f[k++] = Feat(68, s0p, s0sr);
  f[k++] = Feat(69, s0w, s0sl);
  f[k++] = Feat(70, s0p, s0sl);
  f[k++] = Feat(71, n0w, n0sl);
  f[k++] = Feat(72, n0p, n0sl);
  // extras: the second stack item, the word before the buffer, head status
  f[k++] = Feat(73, st.P(s1), s0p, n0p);
  f[k++] = Feat(74, st.W(s1), st.P(s1));
  f[k++] = Feat(75, st.P(nm1 >= 0 && nm1 != s0 ? nm1 : -1), n0p, s0p);
  f[k++] = Feat(76, s0h >= 0, s0p, n0p);
  f[k++] = Feat(77, s0h >= 0, st.L(s0), n0p);
  f[k++] = Feat(78, s0p, n0p, n1p, n2p);
  f[k++] = Feat(79, st.stack.size() > 1, s0h >= 0, n0 == n);
  // v2: suffixes for rare words, label context of S0 and B0, S1 against B0
  const uint64_t s0suf = s0 >= 0 && s0 < n ? st.words[s0].suffix : 0, n0suf = n0 < n ? st.words[n0].suffix : 0;
  f[k++] = Feat(80, s0suf, n0p);
  f[k++] = Feat(81, n0suf, s0p);
  f[k++] = Feat(82, s0suf, n0suf);
  f[k++] = Feat(83, st.L(s0), s0p, n0w);
  f[k++] = Feat(84, s0p, s0sl, s0sr, n0p);
  f[k++] = Feat(85, s0p, n0p, n0sl);
  f[k++] = Feat(86, st.P(s1), s0p, n0w);
  f[k++] = Feat(87, st.P(s1), st.L(s1), n0p);
  f[k++] = Feat(88, s0p, n0p, n1w);
  f[k++] = Feat(89, s0w, n0p, n1p);
  // v3: commas between S0 and B0 (coordination, apposition, clause edges),
  // the first two buffer words together
  const uint64_t cm = st.CommasBetween(s0, n0);
  f[k++] = Feat(90, s0p, n0p, cm);
  f[k++] = Feat(91, s0w, n0p, cm);
  f[k++] = Feat(92, n0w, n1w);
  f[k++] = Feat(93, s0p, n0p, cm, st.ConjBetween(s0, n0));
  return k;
}

// Features for labeling the arc h -> d (h is never the root here).
int LabelFeatures(const State& st, int h, int d, uint32_t* f) {
  const uint64_t hw = st.W(h), hp = st.P(h), dw = st.W(d), dp = st.P(d);
  const uint64_t dir = d < h;
  const int dist = d < h ? h - d : d - h;
  const uint64_t db = dist == 1 ? 1 : dist == 2 ? 2 : dist <= 4 ? 3 : dist <= 7 ? 4 : 5;
  const int dl = st.lc1[d];
  const int hh = st.head[h];
  const uint64_t dsuf = d < st.n ? st.words[d].suffix : 0;
  int k = 0;
  f[k++] = Feat(201, dir);
  f[k++] = Feat(202, hw, dir);
  f[k++] = Feat(203, hp, dir);
  f[k++] = Feat(204, dw, dir);
  f[k++] = Feat(205, dp, dir);
  f[k++] = Feat(206, hp, dp, dir);
  f[k++] = Feat(207, hw, dp, dir);
  f[k++] = Feat(208, hp, dw, dir);
  f[k++] = Feat(209, hw, dw, dir);
  f[k++] = Feat(210, hp, dp, dir, db);
  f[k++] = Feat(211, dp, st.W(dl), dir);
  f[k++] = Feat(212, dp, st.L(dl), dir);
  f[k++] = Feat(213, dp, st.lset[d], dir);
  f[k++] = Feat(214, dp, st.rset[d], dir);
  f[k++] = Feat(215, hp, st.lset[h], dir);
  f[k++] = Feat(216, hp, st.rset[h], dir);
  f[k++] = Feat(217, dp, st.P(d - 1), dir);
  f[k++] = Feat(218, dp, st.P(d + 1 < st.n ? d + 1 : -1), dir);
  f[k++] = Feat(219, hp, dp, st.W(dl));
  f[k++] = Feat(220, dp, hp, st.P(hh), dir);
  f[k++] = Feat(221, dsuf, dp, dir);
  f[k++] = Feat(222, hp, dp, st.lset[h], dir);
  f[k++] = Feat(223, hw, dp, st.W(dl), dir);
  f[k++] = Feat(224, dw, dp, hp, st.W(st.lc2[d]));
  f[k++] = Feat(225, st.P(h - 1), hp, dp, dir);
  f[k++] = Feat(226, dp, st.W(st.rc1[d]), dir);
  // v2: the head's own label and head word context
  f[k++] = Feat(227, dp, hp, st.L(h), dir);
  f[k++] = Feat(228, dsuf, hp, dir);
  f[k++] = Feat(229, dw, hw, st.lset[h], dir);
  f[k++] = Feat(230, dp, db, st.rset[h], dir);
  // v3: commas between head and dependent (appos, conj, parataxis)
  f[k++] = Feat(231, hp, dp, st.CommasBetween(std::min(h, d), std::max(h, d)), dir);
  // v4: the label of the head's child next to this one on the same side
  // (a second object is rarely another obj; after nsubj comes aux or advmod)
  const uint64_t sib = st.L(d < h ? st.lc1[h] : st.rc1[h]);
  f[k++] = Feat(232, hp, dp, sib, dir);
  f[k++] = Feat(233, hw, dp, sib, dir);
  return k;
}

template <typename Scores>
int BestLegal(const Scores* scores, const bool* legal) {
  int best = -1;
  for (int m = 0; m < kNumMoves; ++m)
    if (legal[m] && (best < 0 || scores[m] > scores[best])) best = m;
  return best;
}

// Lifts non-projective arcs (shortest first) until the tree is projective;
// heads use n for the root.
void Projectivize(std::vector<int>* heads) {
  const int n = static_cast<int>(heads->size());
  auto& h = *heads;
  auto dominated = [&](int anc, int k) {
    for (int steps = 0; k != n && k >= 0 && steps <= n; ++steps) {
      if (k == anc) return true;
      k = h[k];
    }
    return anc == n;
  };
  for (int round = 0; round < n * n; ++round) {
    int worst = -1, worst_span = 1 << 30;
    for (int d = 0; d < n; ++d) {
      int a = std::min(d, h[d]), z = std::max(d, h[d]);
      if (h[d] == n) continue;
      for (int k = a + 1; k < z; ++k)
        if (!dominated(h[d], k)) {
          if (z - a < worst_span) worst = d, worst_span = z - a;
          break;
        }
    }
    if (worst < 0) return;
    h[worst] = h[h[worst]];
  }
}

// Goldberg & Nivre (2012) costs: gold arcs made unreachable by each move.
void Costs(const State& st, const std::vector<int>& gold, const bool* legal, int* cost) {
  const int s = st.S0(), b = st.b, n = st.n;
  for (int m = 0; m < kNumMoves; ++m) cost[m] = legal[m] ? 0 : 1 << 20;
  if (legal[kLeft]) {
    int c = gold[s] > b ? 1 : 0;
    for (int k = b; k <= n; ++k) c += k < n && gold[k] == s;
    cost[kLeft] = c;
  }
  if (legal[kRight]) {
    int c = 0;
    if (gold[b] != s && (gold[b] > b || (gold[b] < n && st.in_stack[gold[b]]))) c = 1;
    for (int k : st.stack) c += gold[k] == b && st.head[k] < 0;
    cost[kRight] = c;
  }
  if (legal[kReduce]) {
    int c = 0;
    for (int k = b; k < n; ++k) c += gold[k] == s;
    cost[kReduce] = c;
  }
  if (legal[kShift]) {
    int c = gold[b] < n && st.in_stack[gold[b]] ? 1 : 0;
    for (int k : st.stack) c += gold[k] == b && st.head[k] < 0;
    cost[kShift] = c;
  }
}

// Costs of the non-monotonic system (after Honnibal et al. 2013): a stack
// word's wrong head can still be replaced from the buffer, and a headless
// stack word can still take the word below it as head. Right-Arc and Shift
// keep their arc-eager costs (a wrong arc costs even though it could be
// repaired later): counting repairable arcs as free made right arcs to any
// word look free and cost 1.5 dev UAS. So the gold path is the arc-eager
// one, and the new moves are learned as repairs in states off it.
void NonMonotonicCosts(const State& st, const std::vector<int>& gold, const bool* legal, int* cost) {
  const int s = st.S0(), s1 = st.S1(), b = st.b, n = st.n;
  for (int m = 0; m < kNumMoves; ++m) cost[m] = legal[m] ? 0 : 1 << 20;
  if (s < 0) return;
  // Whether s can still get its gold head.
  const bool s_reachable = gold[s] >= b || st.head[s] == gold[s] || (st.head[s] < 0 && gold[s] == s1);
  int s_kids_in_buffer = 0;
  for (int k = b; k < n; ++k) s_kids_in_buffer += gold[k] == s;
  if (legal[kLeft]) cost[kLeft] = (gold[s] != b && s_reachable) + s_kids_in_buffer;
  if (legal[kReduce]) {
    int c = s_kids_in_buffer;
    if (st.head[s] >= 0) c += st.head[s] != gold[s] && gold[s] >= b;
    else c += gold[s] != s1 && s_reachable;
    cost[kReduce] = c;
  }
  if (b < n) {
    int b_kids_in_stack = 0;
    for (int k : st.stack) b_kids_in_stack += gold[k] == b;
    const int g = gold[b];
    const bool head_in_stack = g < b && st.in_stack[g];
    if (legal[kRight]) cost[kRight] = (g != s && (g > b || head_in_stack)) + b_kids_in_stack;
    if (legal[kShift]) cost[kShift] = head_in_stack + b_kids_in_stack;
  }
}

// Whether word h already has a relative pronoun ("who", "which", "that")
// after word `after` as its subject.
bool HasRelativeSubjectAfter(const State& st, int h, int after, uint64_t subject_labels) {
  static const uint64_t kRelatives[] = {HashBytes("who"), HashBytes("which"), HashBytes("that")};
  if (!(st.lset[h] & subject_labels)) return false;
  for (int k = h - 1; k > after && k >= h - 6; --k) {
    if (st.head[k] != h || !((uint64_t{1} << (st.label[k] & 63)) & subject_labels)) continue;
    for (uint64_t r : kRelatives)
      if (st.words[k].word == r) return true;
  }
  return false;
}

// How far the arc-time labeler's best label (of 1..nlabels) leads the next.
int64_t ArcMargin(const int32_t* a, int nlabels) {
  int32_t b1 = INT32_MIN, b2 = INT32_MIN;
  for (int c = 1; c < nlabels; ++c) {
    if (a[c] > b1) b2 = b1, b1 = a[c];
    else if (a[c] > b2) b2 = a[c];
  }
  return nlabels > 2 ? int64_t{b1} - b2 : INT32_MAX;
}

// The final tree's children, in word order: kids[kbeg[h] .. kbeg[h + 1])
// for h in [0, n] (n: the root).
void TreeChildren(const State& st, std::vector<int>* kbeg, std::vector<int>* kids) {
  const int n = st.n;
  kbeg->assign(n + 2, 0);
  kids->resize(n);
  for (int i = 0; i < n; ++i) ++(*kbeg)[st.head[i] + 1];
  for (int h = 0; h <= n; ++h) (*kbeg)[h + 1] += (*kbeg)[h];
  thread_local std::vector<int> at;
  at.assign(kbeg->begin(), kbeg->end() - 1);
  for (int i = 0; i < n; ++i) (*kids)[at[st.head[i]]++] = i;
}

constexpr int kMaxTreeLabelFeatures = 96;
constexpr int kTreeKids = 8;  // children of each side looked at

// Features of the arc h -> d in a finished tree (h < n): both words'
// children and the head's own attachment. No labels: the labeler is trained
// on gold trees and runs on predicted ones.
int TreeLabelFeatures(const State& st, const int* kbeg, const int* kids, int h, int d, uint32_t* f) {
  const int n = st.n;
  const uint64_t hw = st.W(h), hp = st.P(h), dw = st.W(d), dp = st.P(d);
  const uint64_t dir = d < h;
  const int dist = d < h ? h - d : d - h;
  const uint64_t db = dist == 1 ? 1 : dist == 2 ? 2 : dist <= 4 ? 3 : dist <= 7 ? 4 : 5;
  const int hh = st.head[h];
  const uint64_t hdir = hh == n ? 2 : hh < h;
  const uint64_t dsuf = st.words[d].suffix, hsuf = st.words[h].suffix;
  int k = 0;
  f[k++] = Feat(301, dir);
  f[k++] = Feat(302, hw, dir);
  f[k++] = Feat(303, hp, dir);
  f[k++] = Feat(304, dw, dir);
  f[k++] = Feat(305, dp, dir);
  f[k++] = Feat(306, hp, dp, dir);
  f[k++] = Feat(307, hw, dp, dir);
  f[k++] = Feat(308, hp, dw, dir);
  f[k++] = Feat(309, hw, dw, dir);
  f[k++] = Feat(310, hp, dp, dir, db);
  f[k++] = Feat(311, dsuf, dp, dir);
  f[k++] = Feat(312, dsuf, hp, dir);
  f[k++] = Feat(313, dp, hp, st.P(hh), dir);
  f[k++] = Feat(314, dp, hp, dir, hdir);
  f[k++] = Feat(315, dp, st.P(d - 1), dir);
  f[k++] = Feat(316, dp, st.P(d + 1 < n ? d + 1 : -1), dir);
  f[k++] = Feat(317, st.P(h - 1), hp, dp, dir);
  f[k++] = Feat(318, hp, st.P(h + 1 < n ? h + 1 : -1), dp, dir);
  f[k++] = Feat(319, hsuf, dp, dir);
  f[k++] = Feat(320, dw, hp, st.W(hh), dir);
  f[k++] = Feat(321, dp, hp, st.CommasBetween(std::min(h, d), std::max(h, d)), dir);
  // The dependent's children.
  const int* dk = kids + kbeg[d];
  const int ndk = kbeg[d + 1] - kbeg[d];
  int nl = 0;
  while (nl < ndk && dk[nl] < d) ++nl;
  const int nr = ndk - nl;
  f[k++] = Feat(322, dp, hp, std::min(nl, 3) * 4 + std::min(nr, 3), dir);
  f[k++] = Feat(323, dp, nl ? st.P(dk[0]) : kNoneTag, nr ? st.P(dk[ndk - 1]) : kNoneTag, dir);
  f[k++] = Feat(324, dp, nl ? st.W(dk[0]) : kNoneWord, dir);
  f[k++] = Feat(325, hp, dp, nl ? st.W(dk[0]) : kNoneWord, dir);
  for (int j = std::max(0, nl - kTreeKids); j < std::min(ndk, nl + kTreeKids); ++j) {
    const int c = dk[j];
    const uint64_t side = c < d;
    f[k++] = Feat(326, dp, st.P(c), side, dir);
    f[k++] = Feat(327, hp, dp, st.W(c), side);
  }
  // The head's other children.
  const int* hk = kids + kbeg[h];
  const int nhk = kbeg[h + 1] - kbeg[h];
  int between = 0, sibs = 0;
  uint64_t near = kNoneTag;
  for (int j = 0; j < nhk && sibs < 2 * kTreeKids; ++j) {
    const int s = hk[j];
    if (s == d) continue;
    ++sibs;
    const uint64_t side = s < h;
    const uint64_t rel = s < d;
    f[k++] = Feat(328, dp, st.P(s), side, rel);
    f[k++] = Feat(329, dp, hp, st.W(s), side);
    if ((s < h) == (d < h) && (d < h ? s > d : s < d)) {
      ++between;
      if (d < h ? true : near == kNoneTag) near = st.P(s);
    }
  }
  f[k++] = Feat(330, hp, dp, std::min(between, 3), dir);
  f[k++] = Feat(331, hp, dp, near, dir);
  f[k++] = Feat(332, dw, dp, hp, std::min(between, 3));
  return k;
}

// Relabels every arc of a finished tree with the tree labeler.
// With arc_scores (the arc-time labeler's scores, nlabels per word), the
// label maximizes 8 * arc-time score + mix * tree score.
// Words whose arc-time best label leads the runner-up by more than `skip`
// (>= 0) keep it without a second look.
// `margins` (may be null): each word's ArcMargin, already known; a word
// skipped keeps its label.
void Relabel(const WeightTable& relabeler, int nlabels, State* st, const int32_t* arc_scores = nullptr, int mix = 8,
             int skip = -1, const int64_t* margins = nullptr) {
  const int n = st->n;
  thread_local std::vector<int> kbeg, kids;
  TreeChildren(*st, &kbeg, &kids);
  uint32_t f[kMaxTreeLabelFeatures];
  int32_t scores[256];
  for (int d = 0; d < n; ++d) {
    const int h = st->head[d];
    if (h == n) continue;
    if (arc_scores && skip >= 0) {
      if (margins) {
        if (margins[d] > skip) continue;
      } else if (const int32_t* a = arc_scores + size_t{static_cast<size_t>(d)} * nlabels;
                 ArcMargin(a, nlabels) > skip) {
        int best = 1;
        for (int c = 2; c < nlabels; ++c)
          if (a[c] > a[best]) best = c;
        st->label[d] = static_cast<uint8_t>(best);
        continue;
      }
    }
    const int k = TreeLabelFeatures(*st, kbeg.data(), kids.data(), h, d, f);
    std::fill(scores, scores + nlabels, 0);
    relabeler.Score(f, k, scores);
    if (arc_scores) {
      const int32_t* a = arc_scores + size_t{static_cast<size_t>(d)} * nlabels;
      for (int c = 0; c < nlabels; ++c) scores[c] = 8 * a[c] + mix * scores[c];
    }
    int best = 1;
    for (int c = 2; c < nlabels; ++c)
      if (scores[c] > scores[best]) best = c;
    st->label[d] = static_cast<uint8_t>(best);
  }
}

// Picks the root among the words attached to the artificial root and hangs
// the others under it.
template <typename LabelFn>
void SingleRoot(State* st, LabelFn label_fn) {
  const int n = st->n;
  int root = -1, best_children = -1;
  for (int i = 0; i < n; ++i)
    if (st->head[i] == n && st->nl[i] + st->nr[i] > best_children) root = i, best_children = st->nl[i] + st->nr[i];
  for (int i = 0; i < n; ++i)
    if (st->head[i] == n && i != root) st->AddArc(root, i, label_fn(root, i));
}

}  // namespace

void Parser::Parse(const ParserWord* words, int n, int* heads, uint8_t* labels) const {
  if (n <= 0) return;
  if (beam_ > 1) {
    ParseBeam(words, n, heads, labels, nullptr, relabel_ && relabeler_.num_features() > 0);
    return;
  }
  ParseGreedy(words, n, heads, labels, nullptr, relabel_ && relabeler_.num_features() > 0);
}

void Parser::ParseGreedy(const ParserWord* words, int n, int* heads, uint8_t* labels, int32_t* arc_scores_out,
                         bool relabel) const {
  // One state per thread, reused: no allocation per sentence once warm.
  thread_local State st;
  st.Init(words, n);
  st.non_monotonic = non_monotonic_;
  const int nlabels = static_cast<int>(labels_.size());
  // The arc-time labeler's scores of each word's arc (only those the
  // relabeler will look at, unless all are asked for) and how far its best
  // label leads (ArcMargin).
  thread_local std::vector<int32_t> arc_scores;
  thread_local std::vector<int64_t> arc_margins;
  int32_t* arc = arc_scores_out;
  const bool mixing = relabel && relabel_mix_ < kRelabelOnly;
  if (!arc && mixing) {
    arc_scores.resize(size_t{static_cast<size_t>(n)} * nlabels);
    arc = arc_scores.data();
  }
  if (mixing) arc_margins.resize(n);
  const int64_t keep_above = arc_scores_out || relabel_skip_ < 0 ? INT64_MAX : relabel_skip_;
  uint32_t f[kMaxFeatures];
  int32_t scores[kNumMoves];
  int32_t lscores[256];
  auto label_fn = [&](int h, int d) -> uint8_t {
    uint32_t lf[kMaxLabelFeatures];
    int k = LabelFeatures(st, h, d, lf);
    std::fill(lscores, lscores + nlabels, 0);
    labeler_.Score(lf, k, lscores);
    int best = 1;
    int32_t b1 = lscores[1], b2 = INT32_MIN;
    for (int c = 2; c < nlabels; ++c) {
      if (lscores[c] > b1) b2 = b1, b1 = lscores[c], best = c;
      else if (lscores[c] > b2) b2 = lscores[c];
    }
    if (arc) {
      const int64_t margin = nlabels > 2 ? int64_t{b1} - b2 : INT32_MAX;
      if (mixing) arc_margins[d] = margin;
      if (margin <= keep_above) std::copy(lscores, lscores + nlabels, arc + size_t{static_cast<size_t>(d)} * nlabels);
    }
    return static_cast<uint8_t>(best < nlabels ? best : 0);
  };
  bool legal[kNumMoves];
  while (!st.Terminal()) {
    st.Legal(legal);
    int move;
    if (legal[kShift] + legal[kReduce] + legal[kLeft] + legal[kRight] == 1) {
      move = legal[kShift] ? kShift : legal[kReduce] ? kReduce : legal[kLeft] ? kLeft : kRight;
    } else {
      int k = TransitionFeatures(st, f);
      std::fill(scores, scores + kNumMoves, 0);
      transitions_.Score(f, k, scores);
      move = BestLegal(scores, legal);
    }
    uint8_t l = 0;
    int h = -1, d = -1;
    if (move == kLeft && st.b != n) {
      l = label_fn(st.b, st.S0());
      // A verb whose subject is a relative pronoun heads a relative clause
      // and takes no subject, object or oblique before that pronoun: in "The
      // minister, who resigned ..., criticized ..." the noun is the
      // relative clause's head, not the subject of "resigned". Take the next
      // best move instead.
      if ((argument_labels_ >> (l & 63) & 1) && (legal[kShift] || legal[kRight] || legal[kReduce]) &&
          HasRelativeSubjectAfter(st, st.b, st.S0(), subject_labels_)) {
        legal[kLeft] = false;
        move = BestLegal(scores, legal);
        l = st.ArcOf(move, &h, &d) ? label_fn(h, d) : 0;
      }
    } else if (move != kLeft && st.ArcOf(move, &h, &d)) {
      l = label_fn(h, d);  // right arc, or a non-monotonic reduce
    }
    st.Apply(move, l);
  }
  SingleRoot(&st, label_fn);
  if (relabel)
    Relabel(relabeler_, nlabels, &st, mixing ? arc : nullptr, relabel_mix_, relabel_skip_,
            mixing ? arc_margins.data() : nullptr);
  for (int i = 0; i < n; ++i) {
    heads[i] = st.head[i] == n ? -1 : st.head[i];
    labels[i] = st.head[i] == n ? 0 : st.label[i];
  }
}

namespace {

// The static oracle's move in a state on the gold path: the first zero-cost
// move in the order left-arc, right-arc, reduce, shift.
int GoldMove(const State& st, const std::vector<int>& gold, bool* legal) {
  int cost[kNumMoves];
  st.Legal(legal);
  Costs(st, gold, legal, cost);
  for (int m : {kLeft, kRight, kReduce, kShift})
    if (legal[m] && cost[m] == 0) return m;
  for (int m : {kShift, kRight, kReduce, kLeft})
    if (legal[m]) return m;
  return kShift;
}

int CountLegal(const bool* legal) { return legal[kShift] + legal[kReduce] + legal[kLeft] + legal[kRight]; }

struct Candidate {
  double score;
  int item;
  int move;
};

// Best first; ties by item, then move (deterministic).
bool Better(const Candidate& a, const Candidate& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.item != b.item) return a.item < b.item;
  return a.move < b.move;
}

}  // namespace

void Parser::ParseBeam(const ParserWord* words, int n, int* heads, uint8_t* labels, int32_t* arc_scores_out,
                       bool relabel) const {
  thread_local std::vector<State> cur, next;
  thread_local std::vector<double> cur_score, next_score;
  thread_local std::vector<Candidate> cands;
  // How each item came about, per step (width entries a step): its parent
  // item, move and label. Kept to replay the best sequence when the
  // arc-time label scores are wanted (relabeling with a mix).
  struct Step {
    uint8_t parent, move, label;
  };
  thread_local std::vector<Step> history;
  const bool want_scores = arc_scores_out || (relabel && relabel_mix_ < kRelabelOnly);
  history.clear();
  const int width = beam_;
  const int nlabels = static_cast<int>(labels_.size());
  if (static_cast<int>(cur.size()) < width) cur.resize(width), next.resize(width);
  cur_score.assign(width, 0);
  next_score.assign(width, 0);
  int live = 1;
  cur[0].Init(words, n);
  uint32_t f[kMaxFeatures];
  int32_t scores[kNumMoves];
  int32_t lscores[256];
  auto label_fn = [&](const State& st, int h, int d) -> uint8_t {
    uint32_t lf[kMaxLabelFeatures];
    int k = LabelFeatures(st, h, d, lf);
    std::fill(lscores, lscores + nlabels, 0);
    labeler_.Score(lf, k, lscores);
    int best = 1;
    for (int c = 2; c < nlabels; ++c)
      if (lscores[c] > lscores[best]) best = c;
    return static_cast<uint8_t>(best < nlabels ? best : 0);
  };
  bool legal[kNumMoves];
  while (!cur[0].Terminal()) {
    cands.clear();
    for (int i = 0; i < live; ++i) {
      const State& st = cur[i];
      st.Legal(legal);
      if (CountLegal(legal) == 1) {
        for (int m = 0; m < kNumMoves; ++m)
          if (legal[m]) cands.push_back({cur_score[i], i, m});
        continue;
      }
      int k = TransitionFeatures(st, f);
      std::fill(scores, scores + kNumMoves, 0);
      transitions_.Score(f, k, scores);
      for (int m = 0; m < kNumMoves; ++m)
        if (legal[m]) cands.push_back({cur_score[i] + scores[m], i, m});
    }
    if (margin_ > 0 && cands.size() > 1) {
      // Candidates far below the best are dropped: where the model is sure,
      // the beam narrows down to one item and costs what greedy parsing does.
      double top = cands[0].score;
      for (const Candidate& c : cands) top = std::max(top, c.score);
      const double floor = top - margin_;
      size_t m = 0;
      for (size_t i = 0; i < cands.size(); ++i)
        if (cands[i].score >= floor) cands[m++] = cands[i];
      cands.resize(m);
    }
    const int keep = std::min<int>(width, static_cast<int>(cands.size()));
    std::partial_sort(cands.begin(), cands.begin() + keep, cands.end(), Better);
    // An item's last successor takes its state (a swap); others copy it.
    int uses[64] = {0};
    for (int j = 0; j < keep; ++j) ++uses[cands[j].item];
    for (int j = 0; j < keep; ++j) {
      const Candidate& c = cands[j];
      State& st = next[j];
      if (--uses[c.item] == 0) std::swap(st, cur[c.item]);
      else st.CopyFrom(cur[c.item]);
      uint8_t l = 0;
      if (c.move == kLeft && st.b != n) l = label_fn(st, st.b, st.S0());
      else if (c.move == kRight) l = label_fn(st, st.S0(), st.b);
      st.Apply(c.move, l);
      next_score[j] = c.score;
      if (want_scores)
        history.push_back({static_cast<uint8_t>(c.item), static_cast<uint8_t>(c.move), l});
    }
    if (want_scores)
      for (int j = keep; j < width; ++j) history.push_back({0, 0, 0});
    live = keep;
    std::swap(cur, next);
    std::swap(cur_score, next_score);
  }
  if (!want_scores) {
    State& st = cur[0];
    SingleRoot(&st, [&](int h, int d) { return label_fn(st, h, d); });
    if (relabel) Relabel(relabeler_, nlabels, &st);
    for (int i = 0; i < n; ++i) {
      heads[i] = st.head[i] == n ? -1 : st.head[i];
      labels[i] = st.head[i] == n ? 0 : st.label[i];
    }
    return;
  }
  // Replay the best item's moves, scoring each arc's labels as it is made.
  thread_local std::vector<uint8_t> moves, move_labels;
  thread_local std::vector<int32_t> arc_scores;
  const size_t steps = history.size() / width;
  moves.resize(steps);
  move_labels.resize(steps);
  for (size_t t = steps, j = 0; t-- > 0;) {
    const Step& h = history[t * width + j];
    moves[t] = h.move;
    move_labels[t] = h.label;
    j = h.parent;
  }
  int32_t* arc = arc_scores_out;
  if (!arc) {
    arc_scores.resize(size_t{static_cast<size_t>(n)} * nlabels);
    arc = arc_scores.data();
  }
  State& st = cur[0];
  st.Init(words, n);
  auto score_fn = [&](int h, int d) -> uint8_t {
    const uint8_t l = label_fn(st, h, d);
    std::copy(lscores, lscores + nlabels, arc + size_t{static_cast<size_t>(d)} * nlabels);
    return l;
  };
  for (size_t t = 0; t < steps; ++t) {
    const int m = moves[t];
    if (m == kLeft && st.b != n) score_fn(st.b, st.S0());
    else if (m == kRight) score_fn(st.S0(), st.b);
    st.Apply(m, move_labels[t]);
  }
  SingleRoot(&st, score_fn);
  if (relabel)
    Relabel(relabeler_, nlabels, &st, relabel_mix_ < kRelabelOnly ? arc : nullptr, relabel_mix_, relabel_skip_);
  for (int i = 0; i < n; ++i) {
    heads[i] = st.head[i] == n ? -1 : st.head[i];
    labels[i] = st.head[i] == n ? 0 : st.label[i];
  }
}

// One epoch of global training: for each sentence, a beam search next to the
// gold (static oracle) sequence, then a perceptron update at the step where
// the best beam item beats the gold prefix by the most once the gold prefix
// has left the beam (max-violation). Labels on gold arcs are the gold ones;
// the labeler learns along the gold sequence.
void Parser::TrainBeamEpoch(const std::vector<const Sentence*>& train,
                            const std::vector<std::vector<ParserWord>>& train_words,
                            const std::vector<std::vector<int>>& gold_heads,
                            const std::vector<std::vector<uint8_t>>& gold_labels, const std::vector<size_t>& order,
                            int width, Perceptron* trans, Perceptron* labeler, size_t* updates,
                            size_t* sentences) const {
  (void)train;
  const int nlabels = static_cast<int>(labels_.size());
  struct Step {
    int parent;
    uint8_t move, label;
  };
  std::vector<State> cur(width), next(width);
  std::vector<double> cur_score(width), next_score(width);
  std::vector<char> cur_gold(width), next_gold(width);
  std::vector<Candidate> cands;
  std::vector<std::vector<Step>> history;  // history[t][j]: how item j of step t+1 came about
  std::vector<Step> gold_steps;
  State gs, replay_g, replay_p;
  uint32_t f[kMaxFeatures], lf[kMaxLabelFeatures];
  float scores[kNumMoves];
  std::vector<float> lscores(nlabels);
  bool legal[kNumMoves];
  auto predict_label = [&](const State& st, int h, int d) -> uint8_t {
    int k = LabelFeatures(st, h, d, lf);
    std::fill(lscores.begin(), lscores.end(), 0.f);
    labeler->Score(lf, k, lscores.data());
    int best = 1;
    for (int c = 2; c < nlabels; ++c)
      if (lscores[c] > lscores[best]) best = c;
    return static_cast<uint8_t>(best);
  };
  for (size_t idx : order) {
    const auto& g = gold_heads[idx];
    if (g.empty()) continue;
    const auto& gl = gold_labels[idx];
    const int n = static_cast<int>(g.size());
    const ParserWord* words = train_words[idx].data();
    ++*sentences;
    trans->Tick();
    gs.Init(words, n);
    cur[0].Init(words, n);
    cur_score[0] = 0;
    cur_gold[0] = 1;
    int live = 1;
    double gold_score = 0;
    history.clear();
    gold_steps.clear();
    double max_violation = 0;
    int violation_step = -1;  // steps done when the violation was found
    bool gold_lost = false;
    for (int t = 0; !gs.Terminal(); ++t) {
      // The gold move, its score and the labeler's lesson.
      const int gm = GoldMove(gs, g, legal);
      if (CountLegal(legal) > 1) {
        int k = TransitionFeatures(gs, f);
        std::fill(scores, scores + kNumMoves, 0.f);
        trans->Score(f, k, scores);
        gold_score += scores[gm];
      }
      uint8_t glabel = 0;
      int h = -1, d = -1;
      if (gm == kLeft) h = gs.b, d = gs.S0();
      if (gm == kRight) h = gs.S0(), d = gs.b;
      if (h >= 0 && h != n) {
        glabel = gl[d];
        int k = LabelFeatures(gs, h, d, lf);
        std::fill(lscores.begin(), lscores.end(), 0.f);
        labeler->Score(lf, k, lscores.data());
        int pl = 1;
        for (int c = 2; c < nlabels; ++c)
          if (lscores[c] > lscores[pl]) pl = c;
        if (pl != glabel) labeler->Update(lf, k, glabel, pl);
        labeler->Tick();
      }
      gs.Apply(gm, glabel);
      gold_steps.push_back({0, static_cast<uint8_t>(gm), glabel});
      // Beam step.
      cands.clear();
      for (int i = 0; i < live; ++i) {
        const State& st = cur[i];
        st.Legal(legal);
        if (CountLegal(legal) == 1) {
          for (int m = 0; m < kNumMoves; ++m)
            if (legal[m]) cands.push_back({cur_score[i], i, m});
          continue;
        }
        int k = TransitionFeatures(st, f);
        std::fill(scores, scores + kNumMoves, 0.f);
        trans->Score(f, k, scores);
        for (int m = 0; m < kNumMoves; ++m)
          if (legal[m]) cands.push_back({cur_score[i] + scores[m], i, m});
      }
      const int keep = std::min<int>(width, static_cast<int>(cands.size()));
      std::partial_sort(cands.begin(), cands.begin() + keep, cands.end(), Better);
      history.emplace_back(keep);
      bool gold_in = false;
      auto next_gold_path = [&](const Candidate& c) { return cur_gold[c.item] && c.move == gm; };
      for (int j = 0; j < keep; ++j) {
        const Candidate& c = cands[j];
        State& st = next[j];
        st.CopyFrom(cur[c.item]);
        int hh = -1, dd = -1;
        if (c.move == kLeft) hh = st.b, dd = st.S0();
        if (c.move == kRight) hh = st.S0(), dd = st.b;
        uint8_t l = 0;
        if (hh >= 0 && hh != n) {
          l = predict_label(st, hh, dd);
          if (g[dd] == hh) {
            // The labeler also learns from the best item's states, off the
            // gold path too (like exploration in greedy training).
            if (j == 0 && !next_gold_path(c) && l != gl[dd]) {
              labeler->Update(lf, LabelFeatures(st, hh, dd, lf), gl[dd], l);
              labeler->Tick();
            }
            l = gl[dd];
          }
        }
        st.Apply(c.move, l);
        next_score[j] = c.score;
        next_gold[j] = cur_gold[c.item] && c.move == gm;
        gold_in = gold_in || next_gold[j];
        history.back()[j] = {c.item, static_cast<uint8_t>(c.move), l};
      }
      live = keep;
      std::swap(cur, next);
      std::swap(cur_score, next_score);
      std::swap(cur_gold, next_gold);
      if (!gold_in) {
        gold_lost = true;
        const double v = cur_score[0] - gold_score;
        if (v >= max_violation) max_violation = v, violation_step = t + 1;
      }
    }
    if (!gold_lost) {
      if (cur_gold[0]) continue;  // the gold parse is the best: nothing to learn
      violation_step = static_cast<int>(history.size());  // gold in the beam but not first
    }
    if (violation_step < 0) continue;
    // The predicted sequence: the best item at the violation step, traced back.
    std::vector<Step> pred(violation_step);
    for (int t = violation_step - 1, j = 0; t >= 0; --t) {
      pred[t] = history[t][j];
      j = history[t][j].parent;
    }
    replay_g.Init(words, n);
    replay_p.Init(words, n);
    bool same = true;
    for (int t = 0; t < violation_step; ++t) {
      const Step& a = gold_steps[t];
      const Step& b = pred[t];
      if (same && (a.move != b.move || a.label != b.label)) same = false;
      if (!same) {
        replay_g.Legal(legal);
        if (CountLegal(legal) > 1) trans->Add(f, TransitionFeatures(replay_g, f), a.move, 1.f);
        replay_p.Legal(legal);
        if (CountLegal(legal) > 1) trans->Add(f, TransitionFeatures(replay_p, f), b.move, -1.f);
      }
      replay_g.Apply(a.move, a.label);
      replay_p.Apply(b.move, b.label);
    }
    ++*updates;
  }
}

void Parser::TrainRelabeler(const std::vector<const Sentence*>& train,
                            const std::vector<std::vector<ParserWord>>& train_words,
                            const std::vector<const Sentence*>& dev,
                            const std::vector<std::vector<ParserWord>>& dev_words, int epochs, float prune,
                            uint64_t seed, std::ostream* log) {
  relabeler_.Reset(0);
  if (epochs <= 0) return;
  const int nlabels = static_cast<int>(labels_.size());
  std::map<std::string, int> label_id;
  for (int l = 0; l < nlabels; ++l) label_id.emplace(labels_[l], l);
  // Dev trees from the parser as it is (arc-time labels), parsed once.
  std::vector<std::vector<int>> dev_heads(dev.size());
  std::vector<std::vector<uint8_t>> dev_labels(dev.size());
  std::vector<std::vector<int32_t>> dev_arc(dev.size());
  size_t total = 0, uas = 0, las0 = 0;
  for (size_t s = 0; s < dev.size(); ++s) {
    const int n = static_cast<int>(dev_words[s].size());
    dev_heads[s].resize(n);
    dev_labels[s].resize(n);
    if (n == 0) continue;
    dev_arc[s].resize(size_t{static_cast<size_t>(n)} * nlabels);
    if (beam_ > 1) ParseBeam(dev_words[s].data(), n, dev_heads[s].data(), dev_labels[s].data(), dev_arc[s].data(), false);
    else ParseGreedy(dev_words[s].data(), n, dev_heads[s].data(), dev_labels[s].data(), dev_arc[s].data(), false);
    for (int i = 0; i < n; ++i) {
      ++total;
      if (dev_heads[s][i] == dev[s]->tokens[i].head) {
        ++uas;
        las0 += labels_[dev_labels[s][i]] == dev[s]->tokens[i].deprel;
      }
    }
  }
  Perceptron per(nlabels);
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  Rng rng(seed);
  State st;
  std::vector<int> kbeg, kids;
  uint32_t f[kMaxTreeLabelFeatures];
  std::vector<float> scores(nlabels);
  std::vector<int32_t> iscores(nlabels);
  double best_las = -1;
  WeightTable best;
  int best_mix = kRelabelOnly;
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    Shuffle(&order, &rng);
    size_t arcs = 0, wrong = 0;
    for (size_t idx : order) {
      const auto& toks = train[idx]->tokens;
      const int n = static_cast<int>(toks.size());
      if (n == 0 || static_cast<int>(train_words[idx].size()) != n) continue;
      st.Init(train_words[idx].data(), n);
      int roots = 0;
      for (int i = 0; i < n; ++i) {
        st.head[i] = toks[i].head < 0 ? n : toks[i].head;
        roots += toks[i].head < 0;
      }
      if (roots != 1) continue;
      TreeChildren(st, &kbeg, &kids);
      for (int d = 0; d < n; ++d) {
        const int h = st.head[d];
        if (h == n) continue;
        auto it = label_id.find(toks[d].deprel);
        if (it == label_id.end() || it->second == 0) continue;
        const int gold = it->second;
        const int k = TreeLabelFeatures(st, kbeg.data(), kids.data(), h, d, f);
        std::fill(scores.begin(), scores.end(), 0.f);
        per.Score(f, k, scores.data());
        int pl = 1;
        for (int c = 2; c < nlabels; ++c)
          if (scores[c] > scores[pl]) pl = c;
        ++arcs;
        if (pl != gold) per.Update(f, k, gold, pl), ++wrong;
        per.Tick();
      }
    }
    per.Compile(prune, &relabeler_);
    if (log)
      *log << "relabeler epoch " << epoch << ": train errors " << std::fixed << std::setprecision(2)
           << 100.0 * wrong / std::max<size_t>(arcs, 1) << "%, " << relabeler_.num_features()
           << " features; dev LAS (arc-time labels " << (total ? 100.0 * las0 / total : 0) << "%, UAS "
           << (total ? 100.0 * uas / total : 0) << "%) by mix:";
    for (int mix : {2, 4, 8, 16, kRelabelOnly}) {
      size_t las = 0;
      for (size_t s = 0; s < dev.size(); ++s) {
        const int n = static_cast<int>(dev_words[s].size());
        if (n == 0) continue;
        st.Init(dev_words[s].data(), n);
        for (int i = 0; i < n; ++i) {
          st.head[i] = dev_heads[s][i] < 0 ? n : dev_heads[s][i];
          st.label[i] = dev_labels[s][i];
        }
        Relabel(relabeler_, nlabels, &st, mix < kRelabelOnly ? dev_arc[s].data() : nullptr, mix);
        for (int i = 0; i < n; ++i)
          if (dev_heads[s][i] == dev[s]->tokens[i].head)
            las += (dev_heads[s][i] < 0 ? labels_[0] : labels_[st.label[i]]) == dev[s]->tokens[i].deprel;
      }
      const double dev_las = total ? 100.0 * las / total : 0;
      if (log) *log << " " << mix << ": " << dev_las;
      if (dev_las > best_las || dev.empty()) best_las = dev_las, best = relabeler_, best_mix = mix;
    }
    if (log) *log << std::endl;
  }
  relabeler_ = std::move(best);
  relabel_mix_ = best_mix;
  relabel_skip_ = -1;
  if (log) *log << "relabeler: mix " << relabel_mix_ << ", dev LAS " << best_las << "%" << std::endl;
  if (relabel_mix_ == kRelabelOnly || dev.empty()) return;
  // Speed: words whose arc-time label is clearly ahead keep it unseen by the
  // relabeler. The largest share skipped that costs at most 0.03 dev LAS.
  std::vector<int64_t> margins;
  for (size_t s = 0; s < dev.size(); ++s)
    for (size_t i = 0; i < dev_heads[s].size(); ++i)
      if (dev_heads[s][i] >= 0) margins.push_back(ArcMargin(dev_arc[s].data() + i * nlabels, nlabels));
  std::sort(margins.begin(), margins.end());
  if (margins.empty()) return;
  for (int pct : {90, 80, 70, 60, 50, 40, 30}) {
    const int64_t t = margins[margins.size() * (100 - pct) / 100];
    if (t < 0 || t > INT32_MAX / 2) continue;
    size_t las = 0;
    for (size_t s = 0; s < dev.size(); ++s) {
      const int n = static_cast<int>(dev_words[s].size());
      if (n == 0) continue;
      st.Init(dev_words[s].data(), n);
      for (int i = 0; i < n; ++i) {
        st.head[i] = dev_heads[s][i] < 0 ? n : dev_heads[s][i];
        st.label[i] = dev_labels[s][i];
      }
      Relabel(relabeler_, nlabels, &st, dev_arc[s].data(), relabel_mix_, static_cast<int>(t));
      for (int i = 0; i < n; ++i)
        if (dev_heads[s][i] == dev[s]->tokens[i].head)
          las += (dev_heads[s][i] < 0 ? labels_[0] : labels_[st.label[i]]) == dev[s]->tokens[i].deprel;
    }
    const double dev_las = total ? 100.0 * las / total : 0;
    if (log) *log << "relabeler: skipping " << pct << "% of dev arcs (margin > " << t << "): dev LAS " << dev_las << "%" << std::endl;
    if (dev_las >= best_las - 0.03) {
      relabel_skip_ = static_cast<int>(t);
      break;
    }
  }
}

void Parser::IndexLabels() {
  subject_labels_ = 0;
  argument_labels_ = 0;
  for (size_t l = 0; l < labels_.size(); ++l) {
    const std::string& name = labels_[l];
    if (name.rfind("nsubj", 0) == 0 || name.rfind("csubj", 0) == 0 || name == "obj" || name == "iobj" ||
        name.rfind("obl", 0) == 0)
      argument_labels_ |= uint64_t{1} << (l & 63);
    if (labels_[l] == "nsubj" || labels_[l] == "nsubj:pass" || labels_[l] == "csubj" || labels_[l] == "csubj:pass")
      subject_labels_ |= uint64_t{1} << (l & 63);
  }
}

void Parser::Save(ByteWriter* out) const {
  out->Varint(labels_.size());
  for (const auto& l : labels_) out->Str(l);
  out->Varint(beam_);
  out->Varint(margin_);  // format 4
  if (non_monotonic_) out->U8(1);  // format 6 (Model::Serialize)
  transitions_.Save(out);
  labeler_.Save(out);
  // Format 4: the optional tree relabeler.
  out->U8(relabeler_.num_features() > 0);
  if (relabeler_.num_features() > 0) {
    out->U8(static_cast<uint8_t>(relabel_mix_));
    out->Varint(static_cast<uint64_t>(relabel_skip_ + 1));
    relabeler_.Save(out);
  }
}

bool Parser::Load(ByteReader* in, uint32_t version) {
  uint64_t n;
  if (!in->Varint(&n) || n < 2 || n > 250) return false;
  labels_.resize(n);
  for (auto& l : labels_)
    if (!in->Str(&l)) return false;
  uint64_t beam;
  if (!in->Varint(&beam) || beam < 1 || beam > 64) return false;
  beam_ = static_cast<int>(beam);
  uint64_t margin;
  if (!in->Varint(&margin) || margin > (1u << 30)) return false;
  margin_ = static_cast<int>(margin);
  uint8_t non_monotonic = 0;
  if (version >= 6 && (!in->U8(&non_monotonic) || non_monotonic != 1 || beam_ > 1)) return false;
  non_monotonic_ = non_monotonic;
  // A beam model's tables are packed tighter: it is large and slow anyway,
  // and this keeps its memory under 100 MB.
  for (WeightTable* t : {&transitions_, &labeler_, &relabeler_}) t->set_load_percent(beam_ > 1 ? 75 : 50);
  if (!transitions_.Load(in) || !labeler_.Load(in)) return false;
  uint8_t has_relabeler = 0;
  if (!in->U8(&has_relabeler) || has_relabeler > 1) return false;
  relabeler_.Reset(0);
  uint8_t mix = kRelabelOnly;
  uint64_t skip = 0;
  if (has_relabeler && (!in->U8(&mix) || mix == 0 || mix > kRelabelOnly || !in->Varint(&skip) ||
                        skip > (1u << 30) || !relabeler_.Load(in) ||
                        relabeler_.num_classes() != static_cast<int>(labels_.size())))
    return false;
  relabel_mix_ = mix;
  relabel_skip_ = static_cast<int>(skip) - 1;
  IndexLabels();
  return transitions_.num_classes() == kNumMoves && labeler_.num_classes() == static_cast<int>(labels_.size());
}

void Parser::Train(const std::vector<const Sentence*>& train, const std::vector<std::vector<ParserWord>>& train_words,
                   const std::vector<const Sentence*>& dev, const std::vector<std::vector<ParserWord>>& dev_words,
                   const TrainOptions& options, std::ostream* log) {
  relabeler_.Reset(0);
  labels_.assign(1, "root");
  std::map<std::string, int> label_id{{"root", 0}};
  for (const Sentence* s : train)
    for (const Token& t : s->tokens)
      if (!t.deprel.empty() && label_id.emplace(t.deprel, static_cast<int>(labels_.size())).second)
        labels_.push_back(t.deprel);
  const int nlabels = static_cast<int>(labels_.size());
  IndexLabels();
  struct Gold {
    std::vector<int> heads;  // projective, root = n
    std::vector<uint8_t> labels;
  };
  std::vector<Gold> gold(train.size());
  for (size_t s = 0; s < train.size(); ++s) {
    const auto& toks = train[s]->tokens;
    const int n = static_cast<int>(toks.size());
    gold[s].heads.resize(n);
    gold[s].labels.resize(n);
    int roots = 0;
    for (int i = 0; i < n; ++i) {
      gold[s].heads[i] = toks[i].head < 0 ? n : toks[i].head;
      roots += toks[i].head < 0;
      auto it = label_id.find(toks[i].deprel);
      gold[s].labels[i] = static_cast<uint8_t>(it == label_id.end() ? 0 : it->second);
    }
    if (roots != 1) gold[s].heads.clear();  // not a tree: skip
    else Projectivize(&gold[s].heads);
  }

  // Each run trains from its own shuffles and keeps its best dev epoch; the
  // runs' weights are then averaged (see TrainOptions::runs).
  std::vector<WeightTable> run_trans, run_labeler;
  std::vector<double> trans_scale, labeler_scale;
  for (int run = 0; run < std::max(1, options.runs); ++run) {
  Perceptron trans(kNumMoves), labeler(nlabels);
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  Rng rng(options.seed + 1000003ULL * run);
  State st;
  uint32_t f[kMaxFeatures], lf[kMaxLabelFeatures];
  std::vector<float> lscores(nlabels);
  double best_las = -1, best_trans_scale = 0, best_labeler_scale = 0;
  WeightTable best_trans, best_labeler;
  beam_ = std::max(1, options.beam);
  non_monotonic_ = options.non_monotonic && beam_ == 1;
  std::vector<std::vector<int>> gold_heads;
  std::vector<std::vector<uint8_t>> gold_labels;
  if (beam_ > 1)
    for (const Gold& gd : gold) gold_heads.push_back(gd.heads), gold_labels.push_back(gd.labels);
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    Shuffle(&order, &rng);
    const bool explore = epoch > options.explore_after;
    size_t moves = 0, wrong = 0;
    if (beam_ > 1) TrainBeamEpoch(train, train_words, gold_heads, gold_labels, order, beam_, &trans, &labeler, &wrong, &moves);
    for (size_t idx : (beam_ > 1 ? std::vector<size_t>() : order)) {
      if (gold[idx].heads.empty()) continue;
      const auto& g = gold[idx].heads;
      const auto& gl = gold[idx].labels;
      const int n = static_cast<int>(g.size());
      st.Init(train_words[idx].data(), n);
      st.non_monotonic = non_monotonic_;
      bool legal[kNumMoves];
      int cost[kNumMoves];
      float scores[kNumMoves];
      while (!st.Terminal()) {
        st.Legal(legal);
        int k = TransitionFeatures(st, f);
        std::fill(scores, scores + kNumMoves, 0.f);
        trans.Score(f, k, scores);
        if (non_monotonic_) NonMonotonicCosts(st, g, legal, cost);
        else Costs(st, g, legal, cost);
        const int pred = BestLegal(scores, legal);
        // The best-scoring of the cheapest moves (zero cost, except where
        // the approximate non-monotonic costs leave none at zero).
        int min_cost = 1 << 20;
        for (int m = 0; m < kNumMoves; ++m)
          if (legal[m]) min_cost = std::min(min_cost, cost[m]);
        int best_zero = -1;
        for (int m = 0; m < kNumMoves; ++m)
          if (legal[m] && cost[m] == min_cost && (best_zero < 0 || scores[m] > scores[best_zero])) best_zero = m;
        if (best_zero < 0) best_zero = pred;
        int next = pred;
        if (cost[pred] > min_cost) {
          trans.Update(f, k, best_zero, pred);
          ++wrong;
          if (!(explore && rng.Unit() < options.explore)) next = best_zero;
        }
        trans.Tick();
        ++moves;
        uint8_t l = 0;
        int h = -1, d = -1;
        if (st.ArcOf(next, &h, &d) && h != n) {
          int nf = LabelFeatures(st, h, d, lf);
          std::fill(lscores.begin(), lscores.end(), 0.f);
          labeler.Score(lf, nf, lscores.data());
          int pl = 1;
          for (int c = 2; c < nlabels; ++c)
            if (lscores[c] > lscores[pl]) pl = c;
          l = static_cast<uint8_t>(pl);
          if (g[d] == h) {
            if (pl != gl[d]) labeler.Update(lf, nf, gl[d], pl);
            labeler.Tick();
            if (!(explore && rng.Unit() < options.explore)) l = gl[d];
          }
        }
        st.Apply(next, l);
      }
    }
    const double ts = trans.Compile(options.prune, &transitions_);
    const double ls = labeler.Compile(options.prune, &labeler_);
    size_t total = 0, uas = 0, las = 0;
    std::vector<int> heads;
    std::vector<uint8_t> labels;
    for (size_t s = 0; s < dev.size(); ++s) {
      const int n = static_cast<int>(dev_words[s].size());
      heads.resize(n);
      labels.resize(n);
      Parse(dev_words[s].data(), n, heads.data(), labels.data());
      for (int i = 0; i < n; ++i) {
        const Token& t = dev[s]->tokens[i];
        ++total;
        if (heads[i] == t.head) {
          ++uas;
          las += labels_[labels[i]] == t.deprel;
        }
      }
    }
    const double dev_las = total ? 100.0 * las / total : 0;
    if (log)
      *log << "parser run " << run + 1 << " epoch " << epoch << (beam_ > 1 ? ": sentences updated " : ": train move errors ") << std::fixed << std::setprecision(2)
           << 100.0 * wrong / std::max<size_t>(moves, 1) << "%, dev UAS " << (total ? 100.0 * uas / total : 0)
           << "% LAS " << dev_las << "%, " << transitions_.num_features() << "+" << labeler_.num_features()
           << " features" << std::endl;
    if (dev_las > best_las || dev.empty()) {
      best_las = dev_las;
      best_trans = transitions_;
      best_labeler = labeler_;
      best_trans_scale = ts;
      best_labeler_scale = ls;
    }
  }
  run_trans.push_back(std::move(best_trans));
  run_labeler.push_back(std::move(best_labeler));
  trans_scale.push_back(best_trans_scale);
  labeler_scale.push_back(best_labeler_scale);
  }
  if (run_trans.size() == 1) {
    transitions_ = std::move(run_trans[0]);
    labeler_ = std::move(run_labeler[0]);
    return;
  }
  transitions_ = WeightTable::Average(run_trans, trans_scale);
  labeler_ = WeightTable::Average(run_labeler, labeler_scale);
  if (log) {
    double uas = 0, las = 0;
    size_t total = 0, u = 0, l = 0;
    std::vector<int> heads;
    std::vector<uint8_t> labels;
    for (size_t s = 0; s < dev.size(); ++s) {
      const int n = static_cast<int>(dev_words[s].size());
      heads.resize(n);
      labels.resize(n);
      Parse(dev_words[s].data(), n, heads.data(), labels.data());
      for (int i = 0; i < n; ++i) {
        ++total;
        if (heads[i] == dev[s]->tokens[i].head) {
          ++u;
          l += labels_[labels[i]] == dev[s]->tokens[i].deprel;
        }
      }
    }
    uas = total ? 100.0 * u / total : 0;
    las = total ? 100.0 * l / total : 0;
    *log << "parser: average of " << run_trans.size() << " runs: dev UAS " << std::fixed << std::setprecision(2) << uas
         << "% LAS " << las << "%, " << transitions_.num_features() << "+" << labeler_.num_features() << " features"
         << std::endl;
  }
}

}  // namespace dyad::syntax
