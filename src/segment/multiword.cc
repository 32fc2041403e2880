#include "segment/multiword.h"

#include <string>
#include <string_view>

#include "segment/chars.h"

namespace dyad {
namespace {

using segment_internal::DecodeAt;
using segment_internal::DecodeBefore;

bool AllAsciiLetters(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!segment_internal::IsAsciiLetter(static_cast<unsigned char>(c))) return false;
  return true;
}

// Lower case with ’ and ` folded to '.
std::string Fold(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    auto c = DecodeAt(s, i);
    if (c.cp == 0x2019 || c.cp == '`') out += '\'';
    else if (c.cp >= 'A' && c.cp <= 'Z') out += static_cast<char>(c.cp - 'A' + 'a');
    else out.append(s.substr(i, c.len));
    i += c.len;
  }
  return out;
}

}  // namespace

bool ContinuesToken(const Token& prev, const Token& word) {
  if (prev.end != word.begin || prev.form.empty() || word.form.empty()) return false;
  const uint32_t last = DecodeBefore(prev.form, prev.form.size()).cp;
  if (!segment_internal::IsWordCp(last)) return false;
  const std::string w = Fold(word.form);
  if (w == "n't" || w == "'s" || w == "'re" || w == "'ve" || w == "'ll" || w == "'d" || w == "'m") return true;
  // A possessive "'" after plural s ("parents'") is not grouped: in EWT
  // such an apostrophe is far more often a closing quote ('the "Christians'").
  // Two letter words touching: only a listed split makes them ("can" "not").
  return AllAsciiLetters(prev.form) && AllAsciiLetters(word.form);
}

std::vector<TokenRange> SurfaceTokens(const std::vector<Token>& words) {
  std::vector<TokenRange> out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (!out.empty() && ContinuesToken(words[i - 1], words[i])) out.back().last = i;
    else out.push_back({i, i});
  }
  return out;
}

}  // namespace dyad
