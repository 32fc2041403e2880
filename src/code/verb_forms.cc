#include "code/verb_forms.h"

extern const char kEmbedded_irregular_verbs[];
extern const std::size_t kEmbedded_irregular_verbs_size;

namespace dyad::code {
namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  for (size_t from = 0; from <= s.size();) {
    size_t to = s.find(sep, from);
    if (to == std::string_view::npos) to = s.size();
    out.push_back(s.substr(from, to - from));
    from = to + 1;
  }
  return out;
}

}  // namespace

VerbForms::VerbForms() {
  std::string_view text(kEmbedded_irregular_verbs, kEmbedded_irregular_verbs_size);
  for (std::string_view line : Split(text, '\n')) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() != 3) continue;
    for (size_t i = 1; i < 3; ++i)
      for (std::string_view form : Split(f[i], '|'))
        if (!form.empty() && form != f[0]) {
          irregular_.emplace(std::string(form), std::string(f[0]));
          irregular_filter_.set(FilterKey(form));
        }
  }
}

void VerbForms::Lemmas(const std::string& w, std::vector<std::string>* out) const {
  out->clear();
  ForEachLemma(w, [out](std::string_view lemma) {
    out->emplace_back(lemma);
    return false;
  });
}

}  // namespace dyad::code
