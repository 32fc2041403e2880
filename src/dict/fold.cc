#include "dict/fold.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>


namespace dyad {
namespace {

constexpr bool IsAsciiPunct(char c) {
  return c == '.' || c == ',' || c == '"' || c == '(' || c == ')' || c == ';' || c == ':' || c == '!' ||
         c == '?' || c == '[' || c == ']' || c == '{' || c == '}';
}

// What each ASCII byte folds to: itself, its lower case, or 0 when dropped
// (punctuation that does not matter in names); bytes >= 0x80 map to 0x80,
// which sends the word to the Unicode path.
struct FoldTable {
  unsigned char to[256];
  constexpr FoldTable() : to() {
    for (int c = 0; c < 256; ++c) {
      char ch = static_cast<char>(c);
      to[c] = c >= 0x80 ? 0x80 : IsAsciiPunct(ch) ? 0 : (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }
  }
};
constexpr FoldTable kFold;

// kFold for FoldSentenceWords' one pass over a token: a word joiner ('-',
// '_') also maps to 0x80, so that a token with one takes the slower path
// that splits it, as a token with a non-ASCII byte does.
struct WordFoldTable {
  unsigned char to[256];
  constexpr WordFoldTable() : to() {
    for (int c = 0; c < 256; ++c) to[c] = c == '-' || c == '_' ? 0x80 : kFold.to[c];
  }
};
constexpr WordFoldTable kWordFold;

// Characters that join the words of one token: a hyphen ("Guinea-Bissau",
// "Al Qaeda-linked"), and an underscore, with which PETRARCH-style input
// writes a multi-word name as one token ("Dol_Amroth", "Minas_Tirith"); the
// dictionaries write names the same way, so the words match one by one.
constexpr bool IsWordJoiner(char c) { return c == '-' || c == '_'; }

// A lone apostrophe or dash is punctuation.
bool IsLonePunct(std::string_view folded) {
  return folded.size() <= 2 && (folded == "'" || folded == "-" || folded == "--");
}

// Folds an ASCII word into buf (room for word.size() bytes) by `to` (a
// fold table's); returns the folded length, or -1 when a byte folds to one
// with the high bit set: non-ASCII, and for kWordFold a joiner ('-', '_'),
// so that the caller splits the word (one pass instead of a search and a fold).
int FoldAsciiBy(const unsigned char (&to)[256], std::string_view word, char* buf) {
  int k = 0;
  unsigned char high = 0;
  for (char ch : word) {
    unsigned char f = to[static_cast<unsigned char>(ch)];
    high |= f;
    buf[k] = static_cast<char>(f);
    k += f != 0;
  }
  return (high & 0x80) ? -1 : k;
}

int FoldAscii(std::string_view word, char* buf) { return FoldAsciiBy(kFold.to, word, buf); }
int FoldAsciiUnjoined(std::string_view word, char* buf) { return FoldAsciiBy(kWordFold.to, word, buf); }

// Tokens of ASCII letters only, most of them, fold 8 bytes at a time: their
// folding is lower-casing, which sets bit 5 of each byte.
constexpr uint64_t kEachByte = 0x0101010101010101ULL;

uint64_t Load8(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  return x;
}

// The n (1..8) bytes at p in the low bytes, zero above; reads none past them.
uint64_t LoadShort(const char* p, size_t n) {
  if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);  // (overlaps lo with the same bytes)
    return lo | (uint64_t{hi} << (8 * (n - 4)));
  }
  if (n >= 2) {
    uint16_t lo, hi;
    std::memcpy(&lo, p, 2);
    std::memcpy(&hi, p + n - 2, 2);
    return lo | (uint64_t{hi} << (8 * (n - 2)));
  }
  return static_cast<unsigned char>(p[0]);
}

// The chunk x of n (1..8) bytes folded (lower-cased, zero above them) into
// *folded; false when one of them is not an ASCII letter.
bool FoldLetterChunk(uint64_t x, size_t n, uint64_t* folded) {
  const uint64_t high = 0x80 * kEachByte;
  const uint64_t bytes = ~uint64_t{0} >> (64 - 8 * n);
  if (x & high) return false;
  // Per byte, with no carry between bytes (each is below 0x80): bit 7 of
  // y + 0x1f is set from 'a' on, that of y + 0x05 past 'z'.
  const uint64_t y = x | 0x20 * kEachByte;
  const uint64_t letters = (y + (0x80 - 'a') * kEachByte) & ~(y + (0x7f - 'z') * kEachByte) & high;
  if (letters != (high & bytes)) return false;
  *folded = y & bytes;
  return true;
}

// Folds a token of ASCII letters only (1..64 bytes) into buf, zero-padded to
// a multiple of 8 bytes; false when it has another byte.
bool FoldLetters(std::string_view form, char* buf) {
  const size_t n = form.size();
  uint64_t folded;
  size_t i = 0;
  for (; i + 8 < n; i += 8) {
    if (!FoldLetterChunk(Load8(form.data() + i), 8, &folded)) return false;
    std::memcpy(buf + i, &folded, 8);
  }
  if (!FoldLetterChunk(LoadShort(form.data() + i, n - i), n - i, &folded)) return false;
  std::memcpy(buf + i, &folded, 8);
  return true;
}

}  // namespace

bool FoldWordInto(std::string_view word, std::string* out) {
  // The common case, a short ASCII word: one table pass on the stack, then
  // one copy into *out (no allocation once *out has grown).
  char buf[64];
  int k = word.size() <= sizeof buf ? FoldAscii(word, buf) : -1;
  if (k >= 0) {
    out->assign(buf, k);
  } else if (std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    out->clear();
    for (char c : word)
      if (unsigned char f = kFold.to[static_cast<unsigned char>(c)]) *out += static_cast<char>(f);
  } else {
    out->clear();
    utf8proc_uint8_t* folded = nullptr;
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                                      static_cast<utf8proc_ssize_t>(word.size()), &folded,
                                      static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                                     UTF8PROC_CASEFOLD | UTF8PROC_COMPAT));
    if (n < 0) {
      for (char c : word) *out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    } else {
      for (utf8proc_ssize_t i = 0; i < n; ++i) {
        char c = static_cast<char>(folded[i]);
        if (!IsAsciiPunct(c)) *out += c;
      }
    }
    std::free(folded);
    // Typographic apostrophe folds to the ASCII one.
    std::string& o = *out;
    size_t w = 0;
    for (size_t i = 0; i < o.size(); ++i) {
      if (o.compare(i, 3, "\xE2\x80\x99") == 0) {
        o[w++] = '\'';
        i += 2;
      } else {
        o[w++] = o[i];
      }
    }
    o.resize(w);
  }
  // A lone apostrophe or dash is punctuation.
  if (IsLonePunct(*out)) out->clear();
  return !out->empty();
}

void FoldSentenceWords(const std::vector<Token>& tokens, const WordIndex& index, FoldedWords* out) {
  auto push = [out](const WordIndex::Ids& ids, int t) { out->words.push_back({t, ids.actor, ids.agent, ids.discard}); };
  // Room for a folded token and the zero bytes after it that
  // WordIndex::FindPadded reads.
  char buf[64 + 8];
  static constexpr char kCommaPadded[8] = {kNameComma[0]};
  static_assert(kNameComma.size() == 1);
  std::string slow;  // a word off the short-ASCII path (rare)
  const int n = static_cast<int>(tokens.size());
  const Token* token = tokens.data();
  for (int t = 0; t < n; ++t) {
    std::string_view form = token[t].form;
    // Most tokens are one word of letters; (one-byte tokens are mostly punctuation).
    if (form.size() >= 2 && form.size() <= 64 && FoldLetters(form, buf)) {
      push(index.FindPadded(buf, static_cast<uint32_t>(form.size())), t);
      continue;
    }
    // Else most are one short ASCII word with no hyphen or underscore: one
    // table pass, as FoldAscii's, then one lookup.
    bool simple = false;
    if (form.size() <= 64) {
      int k = 0;
      unsigned char high = 0;
      for (char ch : form) {
        const unsigned char f = kWordFold.to[static_cast<unsigned char>(ch)];
        high |= f;
        buf[k] = static_cast<char>(f);
        k += f != 0;
      }
      if (!(high & 0x80)) {
        if (k > 0 && !IsLonePunct(std::string_view(buf, k))) {
          std::memset(buf + k, 0, 8);
          push(index.FindPadded(buf, k), t);
          continue;
        }
        simple = true;
      }
    }
    if (!simple) {
      // A hyphenated token gives its parts, as in FoldTokenParts.
      const size_t before = out->words.size();
      for (size_t start = 0, i = 0; i <= form.size(); ++i) {
        if (i < form.size() && !IsWordJoiner(form[i])) continue;
        if (i > start && FoldWordInto(form.substr(start, i - start), &slow)) push(index.Find(slow), t);
        start = i + 1;
      }
      if (out->words.size() > before) continue;
    }
    // No word: punctuation (see FoldedWord).
    if (form == kNameComma) {
      const WordIndex::Ids comma = index.FindPadded(kCommaPadded, 1);
      out->words.push_back({t, comma.actor, comma.agent, FoldedWord::kPunctuation});
      continue;
    }
    const bool inner_hyphen = form == "-" && t > 0 && t + 1 < n && tokens[t - 1].end == tokens[t].begin &&
                              tokens[t].end == tokens[t + 1].begin;
    if (!inner_hyphen) out->words.push_back({t, -1, -1, FoldedWord::kPunctuation});
  }
}

std::string FoldWord(std::string_view word) {
  std::string out;
  FoldWordInto(word, &out);
  return out;
}

void FoldTokenParts(std::string_view token, std::vector<std::string>* parts) {
  // Most tokens are one short ASCII word: fold it straight into the vector.
  char buf[64];
  if (token.size() <= sizeof buf) {
    int k = FoldAsciiUnjoined(token, buf);
    if (k > 2 || (k > 0 && !IsLonePunct(std::string_view(buf, k)))) {
      parts->emplace_back(buf, k);
      return;
    }
    if (k >= 0) return;  // punctuation
  }
  size_t start = 0;
  for (size_t i = 0; i <= token.size(); ++i) {
    if (i == token.size() || IsWordJoiner(token[i])) {
      if (i > start) {
        std::string f;
        if (FoldWordInto(token.substr(start, i - start), &f)) parts->push_back(std::move(f));
      }
      start = i + 1;
    }
  }
}

std::vector<std::string> FoldName(std::string_view name) {
  std::vector<std::string> out;
  out.reserve(4);  // (most names have a word or three: one allocation)
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
