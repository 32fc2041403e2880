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
  if (!w.empty() && irregular_filter_.test(FilterKey(w)))
    if (auto it = irregular_.find(w); it != irregular_.end()) out->push_back(it->second);
  auto ends = [&](std::string_view suf) {
    return w.size() > suf.size() + 1 && w.compare(w.size() - suf.size(), suf.size(), suf) == 0;
  };
  auto stem_forms = [&](const std::string& stem) {
    out->push_back(stem);
    out->push_back(stem + "e");
    size_t n = stem.size();
    if (n >= 2 && stem[n - 1] == stem[n - 2]) out->push_back(stem.substr(0, n - 1));  // rammed -> ram
  };
  if (ends("ied") || ends("ies")) out->push_back(w.substr(0, w.size() - 3) + "y");
  if (ends("ed")) stem_forms(w.substr(0, w.size() - 2));
  if (ends("ing")) stem_forms(w.substr(0, w.size() - 3));
  if (ends("es")) out->push_back(w.substr(0, w.size() - 2));
  if (ends("s")) out->push_back(w.substr(0, w.size() - 1));
}

}  // namespace dyad::code
