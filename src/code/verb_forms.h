// Candidate lemmas of an inflected English verb form, for when the
// statistical lemmatizer got an unseen form wrong: the irregular verbs of
// data/embed/irregular_verbs.tsv ("forgave" -> forgive) and the regular
// rules ("rioted" -> riot, riote; "rammed" -> ram; "supplies" -> supply).
#ifndef DYAD_CODE_VERB_FORMS_H_
#define DYAD_CODE_VERB_FORMS_H_

#include <bitset>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad::code {

class VerbForms {
 public:
  // Loads the embedded irregular-verb table.
  VerbForms();
  // Candidate lemmas of a lower-case form, most likely first, into *out
  // (cleared first: the coder asks for every unknown verb and reuses one
  // vector).
  void Lemmas(const std::string& form, std::vector<std::string>* out) const;
  // Calls f(lemma) with the same candidates in the same order, until f
  // returns true (then returns true): the coder tries them against its
  // index, most often in vain, without a string made for each. A view
  // passed to f lasts until f returns.
  template <typename F>
  bool ForEachLemma(const std::string& form, F f) const {
    if (!form.empty() && irregular_filter_.test(FilterKey(form)))
      if (auto it = irregular_.find(form); it != irregular_.end() && f(std::string_view(it->second))) return true;
    const std::string_view w = form;
    auto ends = [&](std::string_view suf) {
      return w.size() > suf.size() + 1 && w.substr(w.size() - suf.size()) == suf;
    };
    thread_local std::string joined;  // a stem with a letter added (per-thread scratch)
    auto with = [&](std::string_view stem, char letter) {
      joined.assign(stem);
      joined += letter;
      return std::string_view(joined);
    };
    auto stem_forms = [&](std::string_view stem) {
      const size_t n = stem.size();
      return f(stem) || f(with(stem, 'e')) || (n >= 2 && stem[n - 1] == stem[n - 2] && f(stem.substr(0, n - 1)));
    };
    if ((ends("ied") || ends("ies")) && f(with(w.substr(0, w.size() - 3), 'y'))) return true;
    if (ends("ed") && stem_forms(w.substr(0, w.size() - 2))) return true;
    if (ends("ing") && stem_forms(w.substr(0, w.size() - 3))) return true;
    if (ends("es") && f(w.substr(0, w.size() - 2))) return true;
    return ends("s") && f(w.substr(0, w.size() - 1));
  }
  std::vector<std::string> Lemmas(const std::string& form) const {
    std::vector<std::string> out;
    Lemmas(form, &out);
    return out;
  }
  size_t irregular_forms() const { return irregular_.size(); }

 private:
  // A filter of irregular_'s forms by length and end letters: most forms
  // asked about (regular ones, auxiliaries) are passed over without hashing.
  static size_t FilterKey(std::string_view form) {
    return (form.size() * 31 + static_cast<unsigned char>(form.front()) * 7 +
            static_cast<unsigned char>(form.back()) * 13) % kFilterBits;
  }
  static constexpr size_t kFilterBits = 4096;

  std::unordered_map<std::string, std::string> irregular_;  // past or participle -> base
  std::bitset<kFilterBits> irregular_filter_;
};

}  // namespace dyad::code

#endif  // DYAD_CODE_VERB_FORMS_H_
