#include "syntax/word_info.h"

#include "syntax/hash.h"

namespace dyad::syntax {

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool IsPunctuationOnly(std::string_view s) {
  if (s.empty()) return false;
  // Most tokens start with a letter or digit: answer those at once.
  const unsigned char c0 = static_cast<unsigned char>(s[0]);
  if (((c0 | 0x20) >= 'a' && (c0 | 0x20) <= 'z') || (c0 >= '0' && c0 <= '9')) return false;
  // Not "'" or "\u2019" (possessive markers, PART) nor a lone "-" (SYM in
  // ranges): those stay with the model.
  if (s == "-") return false;
  // Brackets come alone; ":)" and "(:" are emoticons (SYM).
  if (s.size() > 1 && s.find_first_of("()[]{}") != std::string_view::npos) return false;
  static constexpr std::string_view kAscii = ".,;:!?\"()[]{}-`";
  static constexpr std::string_view kUtf8[] = {"\u2013", "\u2014", "\u2026", "\u201c", "\u201d", "\u2018"};
  size_t i = 0;
  while (i < s.size()) {
    if (kAscii.find(s[i]) != std::string_view::npos) {
      ++i;
      continue;
    }
    bool matched = false;
    for (std::string_view u : kUtf8)
      if (s.substr(i, u.size()) == u) {
        i += u.size();
        matched = true;
        break;
      }
    if (!matched) return false;
  }
  return true;
}

void ComputeWordInfo(std::string_view form, std::string* scratch, WordInfo* out) {
  std::string& lower = *scratch;
  lower.assign(form.data(), form.size());
  // Shape: X for upper, x for lower, d for digit, u for non-ASCII bytes,
  // other characters themselves; runs longer than two are cut to two.
  char shape[32];
  int sn = 0;
  char last = 0;
  int run = 0;
  uint8_t flags = 0;
  bool all_upper = true;
  bool any_alpha = false;
  for (char& c : lower) {
    char k;
    if (c >= 'A' && c <= 'Z') {
      k = 'X';
      flags |= kHasUpper;
      any_alpha = true;
      c = static_cast<char>(c - 'A' + 'a');
    } else if (c >= 'a' && c <= 'z') {
      k = 'x';
      all_upper = false;
      any_alpha = true;
    } else if (c >= '0' && c <= '9') {
      k = 'd';
      flags |= kHasDigit;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      k = 'u';
    } else {
      k = c;
      if (c == '-') flags |= kHasHyphen;
    }
    run = (k == last) ? run + 1 : 1;
    last = k;
    if (run <= 2 && sn < 31) shape[sn++] = k;
  }
  if (any_alpha && all_upper) flags |= kAllUpper;
  if (IsPunctuationOnly(form)) flags |= kPunctuationOnly;
  {
    std::string_view l(lower);
    auto ends = [&](std::string_view suf) { return l.size() >= suf.size() && l.substr(l.size() - suf.size()) == suf; };
    if (!ends("en") && !ends("wn") && !ends("ne") && l != "been") flags |= kMaybePastTense;
  }
  out->form = HashBytes(form);
  out->lower = HashBytes(lower);
  out->shape = HashBytes(std::string_view(shape, sn));
  const size_t n = lower.size();
  for (size_t k = 0; k < 4; ++k) out->suffix[k] = HashBytes(std::string_view(lower).substr(n > k + 1 ? n - k - 1 : 0));
  for (size_t k = 0; k < 3; ++k) out->prefix[k] = HashBytes(std::string_view(lower).substr(0, k + 1));
  out->flags = flags;
  out->tag_form = out->form;
  out->tag_lower = out->lower;
  out->ambiguity = 0;
  out->lexicon = 0;
}

}  // namespace dyad::syntax
