// ParseTree::RepairAmountsOfGoods: "tariffs on $20 billion of US goods",
// parsed with the amount the head of the phrase and the goods hanging on it.
#include "code/parse_tree.h"
#include "code/pattern_words.h"

namespace dyad::code {

namespace {

// Words that head an amount of money: "$20 billion", "30 billion Canadian dollars".
constexpr std::string_view kMoneyWordList[] = {"$",   "dollar", "euro",  "yuan", "pound",   "yen",     "rupee",
                                               "ruble", "rouble", "€", "£",    "billion", "million", "trillion"};
constexpr SmallWordSet kMoneyWords(kMoneyWordList);

// (By the lemma's hash: asked of the word each "of" hangs under.)
bool IsMoneyWord(const ParseTree& tree, int i) { return kMoneyWords.Contains(tree.lemma(i), tree.lemma_hash(i)); }

}  // namespace

// "tariffs on $20 billion of US goods", "on 30 billion Canadian dollars
// ($20.7 billion) of US goods": the amount heads the phrase and the goods
// hang on it (or on its bracketed conversion); the goods are what the
// phrase names, and take the amount's place, its case marker with them.
int ParseTree::RepairAmountsOfGoods() {
  if ((!MayHave("nmod") && !MayHave("obl")) || !MayHaveLemmaOf(kMoneyWords)) return 0;
  int repaired = 0;
  // (From each "of": far fewer than the words an amount could be.)
  for (int of = NextWith("case", 1); of >= 0 && of + 1 < size(); of = NextWith("case", of + 1)) {
    if (lemma(of) != "of") continue;
    const int goods = head(of);
    if (goods < 0 || (upos(goods) != "NOUN" && upos(goods) != "PROPN")) continue;
    // ("on $20 billion of US goods" with "$" a compound of the goods, its
    // "on" still on it: the marker is the goods'.)
    if (BaseRel(rel(goods)) == "obl" || BaseRel(rel(goods)) == "nmod") {
      int amount = -1;
      for (int k : kids(goods))
        if (k < of && rel(k) == "compound" && IsMoneyWord(*this, k)) amount = k;
      const int marker = amount >= 0 ? Child(amount, "case") : -1;
      if (marker >= 0 && marker < amount) {
        SetHead(marker, goods, "case");
        SetHead(amount, goods, "nmod:npmod");
        Rebuild();
        ++repaired;
        continue;
      }
    }
    if (BaseRel(rel(goods)) != "nmod") continue;
    // The amount: the goods' head, or the amount its bracketed conversion is of.
    int a = head(goods);
    if (a < 0 || a > goods || !IsMoneyWord(*this, a)) continue;
    if (BaseRel(rel(a)) == "appos" && head(a) >= 0 && IsMoneyWord(*this, head(a))) a = head(a);
    if (head(a) < 0) continue;
    const Rel r = rel(a);
    if (BaseRel(r) != "obl" && BaseRel(r) != "nmod" && r != "obj") continue;
    const int marker = Child(a, "case");
    if (marker < 0 || marker > a) continue;
    // (A phrase with a case marker is no object: "announced tariffs on $20
    // billion" read "$" as one.)
    SetHead(goods, head(a), r == "obj" ? Rel("obl") : r);
    SetHead(a, goods, "nmod:npmod");
    SetHead(marker, goods, "case");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

}  // namespace dyad::code
