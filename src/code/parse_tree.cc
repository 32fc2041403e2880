#include "code/parse_tree.h"

#include <algorithm>

namespace dyad::code {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

// Verbs of a closing attribution: "..., the agency said on Thursday."
constexpr std::string_view kAttributionVerbs[] = {"say", "add", "report", "announce", "state", "claim",
                                                  "confirm", "write", "note", "insist", "tell", "explain"};

bool IsAttributionVerb(std::string_view lemma) {
  for (auto v : kAttributionVerbs)
    if (v == lemma) return true;
  return false;
}

bool IsNominal(const Token& t) { return t.upos == "NOUN" || t.upos == "PROPN" || t.upos == "PRON"; }

}  // namespace

ParseTree::ParseTree(const Sentence& s) : s_(s) {
  const int n = static_cast<int>(s.tokens.size());
  heads_.resize(n);
  rels_.resize(n);
  lemmas_.resize(n);
  for (int i = 0; i < n; ++i) {
    const Token& t = s.tokens[i];
    int h = t.head;
    heads_[i] = h >= 0 && h < n && h != i ? h : -1;
    rels_[i] = t.deprel;
    lemmas_[i] = Lower(t.lemma.empty() ? t.form : t.lemma);
  }
  Rebuild();
}

void ParseTree::Rebuild() {
  kids_.assign(heads_.size(), {});
  case_of_.assign(heads_.size(), std::string());
  for (int i = 0; i < size(); ++i)
    if (heads_[i] >= 0) {
      kids_[heads_[i]].push_back(i);
      if (rels_[i] == "case") {
        std::string& c = case_of_[heads_[i]];
        if (!c.empty()) c += " ";
        c += lemmas_[i];
      }
    }
}

void ParseTree::SetHead(int i, int h, std::string_view rel) {
  heads_[i] = h;
  rels_[i] = rel;
}

int ParseTree::Child(int i, std::string_view r, bool base) const {
  for (int k : kids_[i])
    if (base ? BaseRel(rel(k)) == r : rel(k) == r) return k;
  return -1;
}

bool ParseTree::IsPassive(int v) const {
  bool aux_or_clause = false;
  for (int k : kids_[v]) {
    if (rel(k) == "nsubj:pass" || rel(k) == "aux:pass" || rel(k) == "csubj:pass") return true;
    aux_or_clause |= BaseRel(rel(k)) == "aux" || rel(k) == "xcomp";
  }
  // A reduced passive: "10 soldiers killed in Ukraine" (the participle
  // modifies its patient); not a raising verb ("a woman believed linked to").
  return rel(v) == "acl" && tok(v).xpos == "VBN" && !aux_or_clause;
}


int ParseTree::RelativeObject(int v) const {
  if (v < 0 || rel(v) != "acl:relcl" || head(v) < 0 || IsPassive(v)) return -1;
  bool subject = false;
  for (int k : kids_[v]) {
    std::string_view r = rel(k);
    if (r == "obj" || r == "ccomp" || r == "xcomp") return -1;
    // "the city where it fought", "the day when": the noun is no object.
    if (tok(k).xpos == "WRB" || tok(k).xpos == "WDT" || tok(k).xpos == "WP") {
      if (BaseRel(r) == "nsubj" || r == "advmod") return -1;
    }
    subject |= BaseRel(r) == "nsubj" && tok(k).upos != "SCONJ";
  }
  return subject ? head(v) : -1;
}

int ParseTree::depth(int i) const {
  int d = 0;
  for (int h = head(i); h >= 0 && d < size(); h = head(h)) ++d;
  return d;
}

int ParseTree::RepairReportingClause() {
  const int n = size();
  // The last verb, followed only by non-clausal words up to the end.
  int v = n - 1;
  while (v >= 0 && tok(v).upos == "PUNCT") --v;
  for (; v >= 0; --v) {
    const Token& t = tok(v);
    if (t.upos == "VERB" || t.upos == "AUX") break;
    if (t.upos == "SCONJ" || t.form == ",") return -1;  // a clause or a list after the verb
  }
  if (v < 3 || !IsAttributionVerb(lemma(v)) || tok(v).xpos.empty() ||
      !(tok(v).xpos == "VBD" || tok(v).xpos == "VBZ" || tok(v).xpos == "VBP"))
    return -1;
  // The speaker: the words between the last comma and the verb, with no verb among them.
  int comma = v - 1;
  while (comma >= 0 && tok(comma).form != "," && tok(comma).upos != "VERB" && tok(comma).upos != "AUX" &&
         tok(comma).upos != "SCONJ")
    --comma;
  if (comma < 2 || tok(comma).form != "," || comma + 1 >= v) return -1;
  // The clause before the comma must have a verb of its own.
  bool main_verb = false;
  for (int i = 0; i < comma && !main_verb; ++i) main_verb = tok(i).upos == "VERB" || tok(i).upos == "AUX";
  if (!main_verb) return -1;
  // Already right: the verb has its subject.
  for (int k : kids_[v])
    if (BaseRel(rel(k)) == "nsubj") return -1;
  // The speaker's head: the nominal of the span whose head lies outside it.
  int speaker = -1;
  for (int i = comma + 1; i < v; ++i) {
    int h = heads_[i];
    bool outside = h < comma + 1 || h >= v;
    if (outside && IsNominal(tok(i))) {
      speaker = i;
      break;
    }
  }
  if (speaker < 0) return -1;
  int root = -1;
  for (int i = 0; i < n; ++i)
    if (heads_[i] < 0) {
      root = i;
      break;
    }
  if (root < 0 || (root > comma && root < v)) return -1;
  if (root != v) SetHead(v, root, "parataxis");
  for (int i = comma + 1; i < v; ++i) {
    if (i == speaker) continue;
    int h = heads_[i];
    if (h < comma + 1 || h >= v) SetHead(i, speaker, rels_[i]);
  }
  SetHead(speaker, v, "nsubj");
  SetHead(comma, v, "punct");
  Rebuild();
  return v;
}

int ParseTree::RepairCaseMarkedSubjects() {
  int repaired = 0;
  for (int t = 0; t < size(); ++t) {
    if (rel(t) != "nsubj" || head(t) < 0) continue;
    int marker = -1;
    for (int k : kids_[t])
      if (rel(k) == "case" && k < t) marker = k;
    if (marker < 0) continue;
    // The real subject: the last nominal before the marker that hangs on t.
    int subject = -1;
    for (int k : kids_[t])
      if (k < marker && IsNominal(tok(k)) && (rel(k) == "compound" || rel(k) == "nmod" || rel(k) == "appos"))
        subject = k;
    if (subject < 0) continue;
    int verb = head(t);
    for (int k : kids_[t])
      if (k < marker && k != subject) SetHead(k, subject, rels_[k]);
    SetHead(subject, verb, "nsubj");
    SetHead(t, verb, "obl");
    Rebuild();
    ++repaired;
  }
  return repaired;
}

int ParseTree::RepairReducedPassives() {
  int repaired = 0;
  for (int v = 0; v < size(); ++v) {
    if (tok(v).xpos != "VBN" || head(v) < 0) continue;
    std::string_view r = rel(v);
    if (!(r == "xcomp" || r == "acl" || BaseRel(r) == "advcl" || r == "dep")) continue;
    bool aux = false;
    int subject = -1;
    for (int k : kids_[v]) {
      std::string_view kr = rel(k);
      aux |= kr == "aux" || kr == "aux:pass" || kr == "cop";
      if (kr == "nsubj") subject = k;
    }
    if (aux || subject < 0) continue;
    rels_[subject] = "nsubj:pass";
    ++repaired;
  }
  if (repaired) Rebuild();
  return repaired;
}

}  // namespace dyad::code
