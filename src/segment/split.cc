// SplitSentences(): sentence boundaries decided on the lexer's words, so a
// boundary never falls inside a token.
//
// A sentence ends
//  - at a blank line (always);
//  - after . ! ? ... (and the closing quotes and brackets glued to them)
//    when the next word can start a sentence (capital, digit, quote or
//    bracket before one, bullet, uncased script, URL), or after a bare
//    "." or "?"/"!" run even before a lower-case word (web text);
//  - after a dateline in capitals ended by a dash ("WASHINGTON (CNN) --")
//    when a sentence start follows;
//  - not after a list number opening a sentence ("1. The pricing ...");
//  - after an abbreviation ("U.S.", "Inc.", an initial) only when a clear
//    sentence starter ("The", "He", ...) follows; never after a title
//    ("Gen.", "Dr.");
//  - at a single line break when the next line starts with a bullet, the
//    line was a bullet item, or the line was short (a headline or a
//    dateline) and the next line does not continue in lower case;
//  - after kMaxSentenceTokens words, so garbage without punctuation cannot
//    make one huge sentence for the parser.
#include <algorithm>
#include <limits>
#include <utility>

#include "dyad/segment.h"
#include "segment/chars.h"
#include "segment/lexer.h"
#include "segment/lexicon.h"

namespace dyad {
namespace {

using segment_internal::AbbrevKind;
using segment_internal::CodePoint;
using segment_internal::DecodeAt;
using segment_internal::Lexicon;
using segment_internal::Span;

constexpr size_t kMaxSentenceTokens = 400;
// A line shorter than this with no final punctuation is a headline, a
// dateline or a list item; hard-wrapped prose lines are longer.
constexpr uint32_t kShortLine = 60;

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<Span>& toks)
      : text_(text), toks_(toks), lex_(Lexicon::Get()) {}

  // Appends [first, last] token index ranges of the sentences.
  void Run(std::vector<std::pair<size_t, size_t>>* out) {
    const size_t n = toks_.size();
    size_t first = 0, line_first = 0;
    for (size_t i = 0; i < n; ++i) {
      if (i + 1 == n) {
        out->emplace_back(first, i);
        break;
      }
      size_t last = i;
      bool end = false;
      if (IsTerminal(i)) {
        last = AbsorbClosers(i);
        if (last + 1 == n) {
          out->emplace_back(first, last);
          break;
        }
        Gap g = GapAfter(last);
        end = g.blank || (LooksLikeStart(last + 1) && !IsListMarker(first, i)) ||
              (g.newlines > 0 && NewlineBreak(line_first, last));
      } else if (IsAbbreviation(i)) {
        last = AbsorbClosers(i);
        if (last + 1 == n) {
          out->emplace_back(first, last);
          break;
        }
        Gap g = GapAfter(last);
        AbbrevKind kind = lex_.Abbreviation(Form(i));
        end = g.blank || (kind != AbbrevKind::kTitle &&
                          (StrongStart(last + 1) || (g.newlines > 0 && LooksLikeStart(last + 1))));
      } else {
        Gap g = GapAfter(i);
        end = g.blank || (g.newlines > 0 && NewlineBreak(line_first, i)) ||
              (DatelineEnd(first, i) && LooksLikeStart(i + 1));
      }
      if (!end && last + 1 - first >= kMaxSentenceTokens) end = true;
      if (end) {
        out->emplace_back(first, last);
        first = last + 1;
      }
      if (GapAfter(last).newlines > 0) line_first = last + 1;
      i = last;
    }
  }

 private:
  struct Gap {
    int newlines = 0;
    bool blank = false;
  };

  std::string_view Form(size_t i) const { return text_.substr(toks_[i].begin, toks_[i].end - toks_[i].begin); }
  uint32_t FirstCp(size_t i) const { return DecodeAt(text_, toks_[i].begin).cp; }
  bool SingleCp(size_t i) const { return DecodeAt(text_, toks_[i].begin).len == toks_[i].end - toks_[i].begin; }

  // Every code point of token i satisfies `pred` ("’’", ")").
  bool AllOf(size_t i, bool (*pred)(uint32_t)) const {
    for (size_t k = toks_[i].begin; k < toks_[i].end;) {
      CodePoint c = DecodeAt(text_, k);
      if (!pred(c.cp)) return false;
      k += c.len;
    }
    return true;
  }

  bool IsUrl(size_t i) const {
    std::string_view f = Form(i);
    return f.rfind("http://", 0) == 0 || f.rfind("https://", 0) == 0 || f.rfind("www.", 0) == 0;
  }

  Gap GapAfter(size_t i) const {
    Gap g;
    size_t b = toks_[i].end;
    size_t e = i + 1 < toks_.size() ? toks_[i + 1].begin : text_.size();
    for (size_t k = b; k < e;) {
      CodePoint c = DecodeAt(text_, k);
      if (c.cp == '\n' || c.cp == 0x2028 || c.cp == 0x85) ++g.newlines;
      else if (c.cp == '\r' && !(k + 1 < e && text_[k + 1] == '\n')) ++g.newlines;
      else if (c.cp == 0x2029) g.newlines += 2;
      k += c.len;
    }
    g.blank = g.newlines >= 2;
    return g;
  }

  // Only . ! ? and ellipses: ".", "?!", "...", "…".
  bool IsTerminal(size_t i) const {
    for (size_t k = toks_[i].begin; k < toks_[i].end;) {
      CodePoint c = DecodeAt(text_, k);
      if (c.cp != '.' && c.cp != '!' && c.cp != '?' && c.cp != 0x2026) return false;
      k += c.len;
    }
    return true;
  }

  // "1." or "*2." opening a sentence numbers a list item; the item goes on.
  bool IsListMarker(size_t first, size_t i) const {
    if (Form(i) != "." || i == first) return false;
    size_t k = i - 1;
    if (k > first + 1) return false;
    if (k == first + 1 && !(SingleCp(first) && segment_internal::IsPunctCp(FirstCp(first)))) return false;
    std::string_view f = Form(k);
    if (f.empty() || f.size() > 3) return false;
    for (char c : f)
      if (!segment_internal::IsAsciiDigit(static_cast<unsigned char>(c))) return false;
    return true;
  }

  // A word that kept its period: "U.S.", "Inc.", "F.".
  bool IsAbbreviation(size_t i) const {
    std::string_view f = Form(i);
    return f.size() >= 2 && f.back() == '.' && segment_internal::IsWordCp(FirstCp(i));
  }

  // Closing quotes and brackets glued to token i stay in its sentence.
  size_t AbsorbClosers(size_t i) const {
    size_t j = i;
    while (j + 1 < toks_.size() && toks_[j + 1].begin == toks_[j].end && AllOf(j + 1, segment_internal::IsCloserCp))
      ++j;
    return j;
  }

  bool IsBullet(size_t i) const {
    if (!SingleCp(i)) return false;
    uint32_t c = FirstCp(i);
    return c == 0x2022 || c == 0xB7 || c == 0x25AA || c == 0x25BA || c == 0x2023 || c == 0x25E6 ||
           c == 0x25CF || c == 0x25A0 || c == '*' || c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2043;
  }

  // Opening brackets and quotes of any shape (web text opens with ’ or ’’).
  static bool OpensSentence(uint32_t c) { return segment_internal::IsOpenerCp(c) || segment_internal::IsQuoteCp(c); }

  // A lower-case word starts a sentence after a bare "." or "?"/"!" run
  // (not after an ellipsis, and not after a closing quote: '"Why?" he
  // asked'). Abbreviations keep their period, so a bare period after a word
  // ends a sentence even in web text that does not capitalise.
  bool LowerStartAllowed(size_t prev) const {
    std::string_view f = Form(prev);
    return f == "." || (IsTerminal(prev) && f.find('.') == std::string_view::npos);
  }

  // Token j can begin a sentence after . ! ?
  bool LooksLikeStart(size_t j) const {
    // Opening quotes and brackets: look at what they open ("(\"At first").
    for (int k = 0; k < 3 && j + 1 < toks_.size() && AllOf(j, OpensSentence); ++k) ++j;
    uint32_t c = FirstCp(j);
    if (segment_internal::IsUpperCp(c)) return true;
    if (segment_internal::IsAsciiDigit(c)) return toks_[j].begin > toks_[j - 1].end;  // not "Nov.28"
    if (segment_internal::IsLowerCp(c)) return IsUrl(j) || LowerStartAllowed(j - 1);
    if (AllOf(j, OpensSentence)) return false;
    if (IsBullet(j)) return true;
    return segment_internal::IsWordCp(c);  // uncased scripts
  }

  // After an abbreviation only a clear sentence starter begins a sentence.
  bool StrongStart(size_t j) const {
    if (lex_.IsSentenceStarter(Form(j))) return true;
    if (SingleCp(j) && segment_internal::IsOpenerCp(FirstCp(j)) && j + 1 < toks_.size())
      return lex_.IsSentenceStarter(Form(j + 1));
    return false;
  }

  // "WASHINGTON (CNN) --", "NEW DELHI -": a dateline in capitals ended by a
  // dash (at most 8 words in) heads a sentence of its own. (A heading ended
  // by a colon, "KABUL:", is not split: in EWT such speaker labels and
  // headings go both ways, and splitting them cost 0.1 F1 on train.)
  bool DatelineEnd(size_t first, size_t i) const {
    if (i == first || i - first > 8) return false;
    uint32_t c = FirstCp(i);
    bool dash = (c == '-' && AllOf(i, [](uint32_t x) { return x == '-'; })) ||
                ((c == 0x2013 || c == 0x2014) && SingleCp(i));
    if (!dash) return false;
    // A hyphen glued to words on both sides is inside a word ("UN
    // Secretary-General"), not a dateline's dash.
    if (i > first && i + 1 < toks_.size() && toks_[i].begin == toks_[i - 1].end && toks_[i + 1].begin == toks_[i].end)
      return false;
    std::string_view head = Form(first);
    size_t letters = 0;
    for (char ch : head) {
      if (segment_internal::IsAsciiLower(static_cast<unsigned char>(ch))) return false;
      if (segment_internal::IsAsciiUpper(static_cast<unsigned char>(ch))) ++letters;
    }
    return letters >= 2;
  }

  // A single line break after token `last` of the line starting at `line_first`.
  bool NewlineBreak(size_t line_first, size_t last) const {
    const size_t next = last + 1;
    if (segment_internal::IsLowerCp(FirstCp(next))) return false;
    if (IsBullet(next) || IsBullet(line_first)) return true;
    uint32_t c = FirstCp(last);
    if (c == ',' || c == ';' || c == ':' || c == '-' || c == '(' || c == '&') return false;
    return toks_[last].end - toks_[line_first].begin < kShortLine;
  }

  std::string_view text_;
  const std::vector<Span>& toks_;
  const Lexicon& lex_;
};

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text, uint32_t base_offset) {
  const size_t room = std::numeric_limits<uint32_t>::max() - base_offset;
  if (text.size() > room) text = text.substr(0, room);
  std::vector<Span> toks;
  toks.reserve(text.size() / 5 + 1);
  segment_internal::Lex(text, &toks);
  std::vector<std::pair<size_t, size_t>> ranges;
  Splitter(text, toks).Run(&ranges);
  std::vector<Sentence> out;
  out.reserve(ranges.size());
  for (auto [first, last] : ranges) {
    Sentence s;
    uint32_t b = toks[first].begin, e = toks[last].end;
    s.begin = base_offset + b;
    s.end = base_offset + e;
    s.text.assign(text.data() + b, e - b);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace dyad
