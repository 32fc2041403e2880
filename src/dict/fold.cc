#include "dict/fold.h"

#include <utf8proc.h>

#include <cstdlib>

namespace dyad {
namespace {

bool IsAsciiPunct(char c) {
  return c == '.' || c == ',' || c == '"' || c == '(' || c == ')' || c == ';' || c == ':' || c == '!' ||
         c == '?' || c == '[' || c == ']' || c == '{' || c == '}';
}

}  // namespace

std::string FoldWord(std::string_view word) {
  bool ascii = true;
  for (char c : word) ascii &= static_cast<unsigned char>(c) < 0x80;
  std::string out;
  out.reserve(word.size());
  if (ascii) {
    for (char c : word) {
      if (IsAsciiPunct(c)) continue;
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
  } else {
    utf8proc_uint8_t* folded = nullptr;
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                                      static_cast<utf8proc_ssize_t>(word.size()), &folded,
                                      static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                                     UTF8PROC_CASEFOLD | UTF8PROC_COMPAT));
    if (n < 0) {
      for (char c : word) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    } else {
      for (utf8proc_ssize_t i = 0; i < n; ++i) {
        char c = static_cast<char>(folded[i]);
        if (!IsAsciiPunct(c)) out += c;
      }
    }
    std::free(folded);
    // Typographic apostrophe folds to the ASCII one.
    for (size_t p; (p = out.find("\xE2\x80\x99")) != std::string::npos;) out.replace(p, 3, "'");
  }
  // A lone apostrophe or dash is punctuation.
  if (out == "'" || out == "-" || out == "--") return "";
  return out;
}

void FoldTokenParts(std::string_view token, std::vector<std::string>* parts) {
  size_t start = 0;
  for (size_t i = 0; i <= token.size(); ++i) {
    if (i == token.size() || token[i] == '-') {
      if (i > start) {
        std::string f = FoldWord(token.substr(start, i - start));
        if (!f.empty()) parts->push_back(std::move(f));
      }
      start = i + 1;
    }
  }
}

std::vector<std::string> FoldName(std::string_view name) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && (name[i] == ' ' || name[i] == '\t' || name[i] == '_')) ++i;
    size_t start = i;
    while (i < name.size() && name[i] != ' ' && name[i] != '\t' && name[i] != '_') ++i;
    if (i == start) break;
    std::string_view word = name.substr(start, i - start);
    // A comma inside a name is a token of its own in text ("Foreign,
    // Commonwealth and Development Office"); keep it as a word so that the
    // name can match across it. A trailing one ("Inc.,") is punctuation.
    bool comma = word.size() > 1 && word.back() == ',';
    if (comma) word.remove_suffix(1);
    // Split a possessive the way the tokenizer does: "People's" -> People 's.
    std::string_view clitic;
    for (std::string_view suffix : {"'s", "\xE2\x80\x99s", "'S"}) {
      if (word.size() > suffix.size() && word.substr(word.size() - suffix.size()) == suffix) {
        clitic = "'s";
        word.remove_suffix(suffix.size());
        break;
      }
    }
    // Trailing comma or period of a list ("Inc.," ) is punctuation, but "U.S." keeps its dots (folded away).
    FoldTokenParts(word, &out);
    if (!clitic.empty()) out.emplace_back(clitic);
    if (comma && !out.empty() && name.find_first_not_of(" \t_", i) != std::string_view::npos)
      out.emplace_back(kNameComma);
  }
  return out;
}

}  // namespace dyad
