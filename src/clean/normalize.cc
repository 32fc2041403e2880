// NormalizeText: repair UTF-8, map typographic characters to the ASCII forms
// the tokenizer and dictionaries expect, collapse whitespace, then NFC.
#include <algorithm>
#include <cstdlib>
#include <utf8proc.h>

#include "clean/utf8.h"
#include "dyad/clean.h"

namespace dyad {
namespace {

bool IsAsciiAlnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whitespace-collapsing output: runs of blanks become one space, one line
// break stays "\n", two or more become "\n\n"; nothing leads or trails.
class Builder {
 public:
  explicit Builder(size_t capacity) { out_.reserve(capacity); }
  void Space() { space_ = true; }
  void CancelSpace() { space_ = false; }
  void Newline() { ++newlines_; }
  void Put(char c) {
    Flush();
    out_.push_back(c);
  }
  void Put(std::string_view s) {
    Flush();
    out_.append(s);
  }
  // Called before writing `close` (')' or ']'): when the text written since the
  // matching opener is only dots and blanks with an ellipsis among them - an
  // elision marker "(...)", "[…]" - erases it and returns true. Working on the
  // output (not the input) keeps NormalizeText idempotent when markers nest.
  bool EraseElision(char close) {
    const char open = close == ')' ? '(' : '[';
    size_t i = out_.size(), dots = 0;
    while (i > 0 && (out_[i - 1] == '.' || out_[i - 1] == ' ' || out_[i - 1] == '\n')) dots += out_[--i] == '.';
    if (i == 0 || out_[i - 1] != open || dots < 3) return false;
    out_.resize(i - 1);
    // The blanks before the marker become pending again.
    int newlines = 0;
    while (!out_.empty() && (out_.back() == ' ' || out_.back() == '\n')) newlines += out_.back() == '\n', out_.pop_back();
    newlines_ = std::max(newlines_, std::min(newlines, 2));
    space_ = true;
    return true;
  }
  // Last character written, ignoring pending whitespace ('\0' when there is some).
  char Last() const { return space_ || newlines_ || out_.empty() ? '\0' : out_.back(); }
  std::string Take() { return std::move(out_); }

 private:
  void Flush() {
    if (!out_.empty()) {
      if (newlines_ >= 2) out_ += "\n\n";
      else if (newlines_ == 1) out_ += '\n';
      else if (space_) out_ += ' ';
    }
    space_ = false;
    newlines_ = 0;
  }
  std::string out_;
  bool space_ = false;
  int newlines_ = 0;
};

enum class Kind { kKeep, kDrop, kSpace, kNewline, kParagraph, kQuote, kApostrophe, kHyphen, kRangeDash, kDash, kEllipsis };

Kind Classify(uint32_t cp) {
  switch (cp) {
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000: case 0x180E:
      return Kind::kSpace;
    case 0x0085: case 0x2028:
      return Kind::kNewline;
    case 0x2029:
      return Kind::kParagraph;
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:  // soft hyphen, zero-width
    case 0x200E: case 0x200F: case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:  // bidi marks
    case 0x2066: case 0x2067: case 0x2068: case 0x2069:
      return Kind::kDrop;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB: case 0xFF02:
    case 0x301D: case 0x301E:
      return Kind::kQuote;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2039: case 0x203A: case 0x00B4:
    case 0x02BC: case 0xFF07:
      return Kind::kApostrophe;
    case 0x2010: case 0x2011: case 0x2212: case 0xFE63: case 0xFF0D:
      return Kind::kHyphen;
    case 0x2012: case 0x2013:
      return Kind::kRangeDash;
    case 0x2014: case 0x2015: case 0x2E3A: case 0x2E3B: case 0xFE58:
      return Kind::kDash;
    case 0x2026:
      return Kind::kEllipsis;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return Kind::kSpace;
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return Kind::kSpace;  // stray controls
  return Kind::kKeep;
}

// At a hyphen: the number of hyphens in the run starting at s[i] ('-' and
// Unicode hyphens, ignoring invisible characters between them); *end is set
// past the run.
size_t HyphenRun(std::string_view s, size_t i, size_t* end) {
  size_t count = 0, len;
  size_t j = i;
  *end = i;
  while (j < s.size()) {
    uint32_t cp = s[j] == '-' ? '-' : utf8::Decode(s, j, &len);
    if (s[j] == '-') len = 1;
    Kind k = Classify(cp);
    if (cp == '-' || k == Kind::kHyphen) {
      ++count;
      *end = j + len;
    } else if (k != Kind::kDrop) {
      break;
    }
    j += len;
  }
  return count;
}

// True when the text holds a code point that NFC could change. Latin-1 and
// the Latin Extended blocks (< U+0300), general punctuation and currency
// signs are already composed, and make up nearly all non-ASCII news text.
bool MayNeedNfc(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    uint32_t cp = utf8::Decode(s, i, &len);
    if (cp >= 0x300 && !(cp >= 0x2000 && cp <= 0x20CF)) return true;
    i += len;
  }
  return false;
}

// NFC through utf8proc; `s` must be valid UTF-8.
std::string Nfc(std::string_view s) {
  utf8proc_uint8_t* nfc = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &nfc,
                                    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  std::string out = n >= 0 ? std::string(reinterpret_cast<const char*>(nfc), static_cast<size_t>(n)) : std::string(s);
  std::free(nfc);
  return out;
}

}  // namespace

std::string NormalizeText(std::string_view text, size_t* replaced) {
  size_t bad = 0;
  std::string repaired;
  std::string_view s = utf8::Repair(text, &repaired, &bad);
  if (replaced) *replaced = bad;
  // NFC first, so that the mapping below sees composed characters (a few
  // compose into characters it maps, such as U+1FFD -> U+00B4).
  std::string composed;
  if (MayNeedNfc(s)) {
    composed = Nfc(s);
    s = composed;
  }

  Builder b(s.size());
  for (size_t i = 0; i < s.size();) {
    char c = s[i];
    if (c >= 0x21 && c < 0x7F && c != '-' && c != ')' && c != ']') {  // common case
      b.Put(c);
      ++i;
      continue;
    }
    if (c == ' ' || c == '\t') {
      b.Space();
      ++i;
      continue;
    }
    if (c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      b.Newline();
      i += (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (c == ')' || c == ']') {
      ++i;
      if (b.EraseElision(c)) {  // "(…)" marks a cut in a quote: drop it
        bool punct_next = i < s.size() && (s[i] == '.' || s[i] == ',' || s[i] == ';' || s[i] == ':' ||
                                           s[i] == '!' || s[i] == '?' || s[i] == ')' || s[i] == ']');
        if (punct_next) b.CancelSpace();
        // A cut that ends its line ends the paragraph: "... ceasefire ( … )\nThe
        // war ..." is two sentences, not one run together.
        size_t j = i;
        while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
        if (j < s.size() && (s[j] == '\n' || s[j] == '\r')) b.Newline();
      } else {
        b.Put(c);
      }
      continue;
    }
    size_t len = 1;
    uint32_t cp = c == '-' ? '-' : utf8::Decode(s, i, &len);  // valid: repaired above
    Kind kind = c == '-' ? Kind::kHyphen : Classify(cp);
    if (kind == Kind::kHyphen) {
      // "--" and "---" are typed dashes; longer runs (rules, separators) stay.
      size_t end;
      size_t n = HyphenRun(s, i, &end);
      if (n == 2 || n == 3) {
        b.Space();
        b.Put('-');
        b.Space();
      } else {
        b.Put(std::string(n, '-'));
      }
      i = end;
      continue;
    }
    switch (kind) {
      case Kind::kKeep: b.Put(s.substr(i, len)); break;
      case Kind::kDrop: break;
      case Kind::kSpace: b.Space(); break;
      case Kind::kNewline: b.Newline(); break;
      case Kind::kParagraph: b.Newline(), b.Newline(); break;
      case Kind::kQuote: b.Put('"'); break;
      case Kind::kApostrophe: b.Put('\''); break;
      case Kind::kHyphen: break;  // handled above
      case Kind::kRangeDash: {
        // "1990–95", "Paris–London": a joining dash; otherwise a pause " - ".
        bool joins = IsAsciiAlnum(b.Last()) && i + len < s.size() && IsAsciiAlnum(s[i + len]);
        if (joins) {
          b.Put('-');
          break;
        }
        [[fallthrough]];
      }
      case Kind::kDash:
        b.Space();
        b.Put('-');
        b.Space();
        break;
      case Kind::kEllipsis: b.Put("..."); break;
    }
    i += len;
  }
  std::string out = b.Take();
  // Dropping invisible characters can bring a base letter and a combining mark together.
  if (!composed.empty() && MayNeedNfc(out)) out = Nfc(out);
  return out;
}

}  // namespace dyad
