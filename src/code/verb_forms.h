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
