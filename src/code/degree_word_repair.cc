// ParseTree::RepairDegreeWordSubjects: "Bree Prime Minister Romendacil most
// certainly won't ever clash over ...", parsed with "most" the subject of
// "clash", the name the root and "clash" its parataxis. A degree word
// ("most", "more") right before an adverb modifies that adverb; a verb left
// with no subject, hung on the name right before it, is the sentence's verb
// and the name its subject.
#include "code/parse_tree.h"

namespace dyad::code {

int ParseTree::RepairDegreeWordSubjects() {
  if (!MayHave("nsubj")) return 0;
  const int tokens = size();
  int repaired = 0;
  for (int m = NextWith("nsubj", 1); m + 1 < tokens; m = NextWith("nsubj", m + 1)) {
    if (rel(m) != "nsubj" || !(lemma(m) == "most" || lemma(m) == "more")) continue;
    const int v = head(m);
    if (v <= m + 1 || upos(m + 1) != "ADV" || head(m + 1) != v || upos(v) != "VERB") continue;
    SetHead(m, m + 1, "advmod");
    ++repaired;
    // The name before it, the root, with the verb as its parataxis.
    const int r = head(v);
    if (r < 0 || r != m - 1 || head(r) >= 0 || rel(v) != "parataxis" ||
        !(upos(r) == "PROPN" || upos(r) == "NOUN"))
      continue;
    SetHead(v, -1, "root");
    SetHead(r, v, "nsubj");
  }
  if (repaired) Rebuild();
  return repaired;
}

}  // namespace dyad::code
