#include "where/fold.h"

#include <utf8proc.h>

namespace dyad::where {
namespace {

// Appends one code point of a folded name, applying the punctuation rules.
// Letters utf8proc does not decompose (ø, ł, đ, æ ...) get an ASCII spelling.
void AppendFolded(int32_t cp, std::string* out) {
  auto space = [out] {
    if (!out->empty() && out->back() != ' ') out->push_back(' ');
  };
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '&') {
      out->push_back(c);
    } else if (c == '.' || c == '\'' || c == '`' || c == '"') {
      // dropped: "U.S." == "US", "Cote d'Ivoire" == "Cote dIvoire"
    } else {
      space();
    }
    return;
  }
  switch (cp) {
    case 0x2019: case 0x2018: case 0x02BC: case 0x02BB: case 0x00B4: return;  // apostrophes
    case 0x00F8: out->push_back('o'); return;                             // ø
    case 0x0142: out->push_back('l'); return;                             // ł
    case 0x0111: case 0x00F0: out->push_back('d'); return;                // đ ð
    case 0x00E6: out->append("ae"); return;                               // æ
    case 0x0153: out->append("oe"); return;                               // œ
    case 0x0131: out->push_back('i'); return;                             // dotless i
    case 0x00FE: out->append("th"); return;                               // þ
    case 0x00DF: out->append("ss"); return;                               // ß
    default: break;
  }
  utf8proc_category_t cat = utf8proc_category(cp);
  if (cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_PD ||
      cat == UTF8PROC_CATEGORY_PO || cat == UTF8PROC_CATEGORY_PS || cat == UTF8PROC_CATEGORY_PE) {
    space();
    return;
  }
  uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

}  // namespace

std::string FoldPlaceName(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool ascii = true;
  for (char c : name) {
    if (static_cast<unsigned char>(c) >= 0x80) { ascii = false; break; }
  }
  if (ascii) {  // fast path: no utf8proc call for the common case
    for (char c : name) AppendFolded(static_cast<unsigned char>(c), &out);
  } else {
    // Decompose, case-fold and strip marks code point by code point so that an
    // invalid byte only loses itself.
    const auto* p = reinterpret_cast<const uint8_t*>(name.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(name.size());
    while (left > 0) {
      utf8proc_int32_t cp = 0;
      utf8proc_ssize_t used = utf8proc_iterate(p, left, &cp);
      if (used <= 0) { ++p; --left; continue; }
      p += used;
      left -= used;
      utf8proc_int32_t decomposed[16];
      int last_boundclass = 0;
      utf8proc_ssize_t n = utf8proc_decompose_char(
          cp, decomposed, 16,
          static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_COMPAT |
                                         UTF8PROC_DECOMPOSE | UTF8PROC_IGNORE),
          &last_boundclass);
      if (n < 0 || n > 16) continue;
      for (utf8proc_ssize_t i = 0; i < n; ++i) AppendFolded(decomposed[i], &out);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace dyad::where
