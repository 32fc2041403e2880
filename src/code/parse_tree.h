// The coder's view of one parsed sentence: heads, relations, child lists and
// lower-cased lemmas, computed once. The coder may repair a few parse shapes
// that matter for event coding and that the statistical parser often gets
// wrong (see RepairReportingClause); the repairs change this view only, never
// the sentence's own tokens.
#ifndef DYAD_CODE_PARSE_TREE_H_
#define DYAD_CODE_PARSE_TREE_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/token.h"

namespace dyad::code {

inline std::string_view BaseRel(std::string_view rel) { return rel.substr(0, rel.find(':')); }

class ParseTree {
 public:
  explicit ParseTree(const Sentence& s);

  int size() const { return static_cast<int>(heads_.size()); }
  const Token& tok(int i) const { return s_.tokens[i]; }
  const std::vector<int>& kids(int i) const { return kids_[i]; }
  int head(int i) const { return heads_[i]; }
  std::string_view rel(int i) const { return rels_[i]; }
  // Lower-cased lemma (the form when the tagger gave none).
  const std::string& lemma(int i) const { return lemmas_[i]; }
  // First child with this relation (full, or base when `base`).
  int Child(int i, std::string_view r, bool base = false) const;
  bool IsPassive(int v) const;
  // "the sanctions it imposed": the noun a relative clause with its own
  // subject and no object modifies is that clause's object; -1 otherwise.
  int RelativeObject(int v) const;
  // The case markers of a nominal, lemmas joined by spaces ("with"; "accord to").
  const std::string& CaseOf(int n) const { return case_of_[n]; }
  int depth(int i) const;

  // "..., a senior official said on Saturday.": the parser often hangs the
  // speaker on the clause before the comma and makes "said" a conjunct. This
  // makes the speaker the verb's nsubj and the verb a parataxis of the root.
  // Returns the repaired verb or -1.
  int RepairReportingClause();
  // "North Korea on Thursday fired ...": a subject never has a case marker;
  // when the parser made "Thursday" the subject and "Korea" its compound,
  // the words before the marker become the subject and the marked phrase an
  // oblique. Returns the number of subjects repaired.
  int RepairCaseMarkedSubjects();
  // "the mayor, a member of Hamas jailed a year ago": a participle (VBN)
  // with no auxiliary that modifies something has a patient, not an agent,
  // for a subject: its nsubj becomes nsubj:pass.
  int RepairReducedPassives();

 private:
  void SetHead(int i, int h, std::string_view rel);
  void Rebuild();

  const Sentence& s_;
  std::vector<int> heads_;
  std::vector<std::string_view> rels_;
  std::vector<std::string> lemmas_;
  std::vector<std::vector<int>> kids_;
  std::vector<std::string> case_of_;  // CaseOf, computed with the child lists
};

}  // namespace dyad::code

#endif  // DYAD_CODE_PARSE_TREE_H_
