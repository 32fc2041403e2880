#include "segment/lexer.h"

#include "segment/chars.h"
#include "segment/lexicon.h"

namespace dyad::segment_internal {
namespace {

bool IsAsciiAlnum(char c) { return IsAsciiLetter(static_cast<unsigned char>(c)) || IsAsciiDigit(static_cast<unsigned char>(c)); }
bool IsDigitChar(char c) { return c >= '0' && c <= '9'; }
bool IsLetterChar(char c) { return IsAsciiLetter(static_cast<unsigned char>(c)); }
char LowerChar(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (LowerChar(s[i]) != prefix[i]) return false;
  return true;
}

// Cuts one whitespace-free chunk [b, e) of the text into words.
class ChunkLexer {
 public:
  ChunkLexer(std::string_view text, const Lexicon& lex, std::vector<Span>* out)
      : text_(text), lex_(lex), out_(out) {}

  void Run(size_t b, size_t e) {
    size_t p = b;
    while (p < e) {
      size_t q = UrlEnd(p, e);
      if (q > p) {
        Emit(p, q);
        p = q;
        continue;
      }
      CodePoint c = DecodeAt(text_, p);
      p = IsWordCp(c.cp) ? ScanWord(p, e) : ScanPunct(p, e, c);
    }
  }

 private:
  void Emit(size_t b, size_t e) {
    if (e > b) out_->push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
  }

  bool WordAt(size_t i, size_t e) const { return i < e && IsWordCp(DecodeAt(text_, i).cp); }

  // A URL starting at p: up to the chunk end less trailing punctuation.
  size_t UrlEnd(size_t p, size_t e) const {
    std::string_view rest = text_.substr(p, e - p);
    size_t scheme = 0;
    if (StartsWithNoCase(rest, "http://")) scheme = 7;
    else if (StartsWithNoCase(rest, "https://")) scheme = 8;
    else if (StartsWithNoCase(rest, "ftp://")) scheme = 6;
    else if (StartsWithNoCase(rest, "www.")) scheme = 4;
    if (scheme == 0 || scheme >= rest.size() || !IsAsciiAlnum(rest[scheme])) return p;
    size_t q = e;
    const bool open_paren = rest.find('(') != std::string_view::npos;
    const bool open_bracket = rest.find('[') != std::string_view::npos;
    while (q > p + scheme) {
      CodePoint c = DecodeBefore(text_, q);
      uint32_t cp = c.cp;
      bool strip = cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '!' || cp == '?' ||
                   cp == '\'' || cp == '"' || cp == '>' || cp == 0x201D || cp == 0x2019 || cp == 0xBB;
      if ((cp == ')' && !open_paren) || (cp == ']' && !open_bracket)) strip = true;
      if (!strip) break;
      q -= c.len;
    }
    return q;
  }

  // An e-mail address starting at p, or p.
  size_t EmailEnd(size_t p, size_t e) const {
    size_t q = p;
    auto local = [](char c) { return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; };
    // Bounded scans (local part <= 64, domain <= 255 bytes, as in RFC 5321)
    // keep a long run of word starts such as "a.a.a.a..." linear.
    const size_t local_end = e - p > 65 ? p + 65 : e;
    while (q < local_end && local(text_[q])) ++q;
    if (q == p || q >= e || text_[q] != '@') return p;
    size_t d = ++q;
    const size_t domain_end = e - d > 255 ? d + 255 : e;
    while (q < domain_end && (IsAsciiAlnum(text_[q]) || text_[q] == '.' || text_[q] == '-')) ++q;
    while (q > d && (text_[q - 1] == '.' || text_[q - 1] == '-')) --q;
    size_t last_dot = q;
    while (last_dot > d && text_[last_dot - 1] != '.') --last_dot;
    if (last_dot == d) return p;  // no dot in the domain
    --last_dot;
    if (last_dot <= d || q - last_dot < 3) return p;  // "name.tld", tld of 2+ letters
    for (size_t i = last_dot + 1; i < q; ++i)
      if (!IsLetterChar(text_[i])) return p;
    return q;
  }

  // Letters and dots: "U.S.", "a.m.", "e.g.", "U.S.A", or a listed "Ph.D.".
  size_t DottedEnd(size_t p, size_t e) const {
    size_t q = p, best = p;
    int segments = 0;
    bool all_single = true;
    for (int guard = 0; guard < 10 && q < e; ++guard) {
      size_t r = q;
      while (r < e && IsLetterChar(text_[r])) ++r;
      size_t len = r - q;
      if (len == 0 || len > 4 || WordAt(r, e)) break;
      if (r < e && text_[r] == '.') {
        ++segments;
        if (len > 1) all_single = false;
        q = r + 1;
        if (segments >= 2 && (all_single || lex_.Abbreviation(text_.substr(p, q - p)) != AbbrevKind::kNone))
          best = q;
        if (q < e && text_[q] == '.') break;  // "U.S.." : leave the dots to punctuation
        continue;
      }
      // A final letter without its period: "U.S.A", "p.m".
      if (segments >= 1 && all_single && len == 1 && !(r < e && IsApostropheCp(DecodeAt(text_, r).cp)))
        best = r;
      break;
    }
    if (best > p && WordAt(best, e)) return p;
    return best;
  }

  // After "n", "'t" ends a negation: "don't" -> "do" "n't".
  bool NegationAt(size_t a, size_t alen, size_t e) const {
    size_t t = a + alen;
    return t < e && LowerChar(text_[t]) == 't' && !WordAt(t + 1, e);
  }

  // Length of a clitic "'s", "'re", "'ve", "'ll", "'d", "'m" at a, or 0.
  size_t CliticAt(size_t a, size_t alen, uint32_t apostrophe, size_t e) const {
    size_t r = a + alen;
    size_t s = r;
    while (r < e && IsLetterChar(text_[r]) && r - s < 3) ++r;
    if (WordAt(r, e)) return 0;
    std::string_view w = text_.substr(s, r - s);
    char a0 = w.empty() ? 0 : LowerChar(w[0]);
    char a1 = w.size() > 1 ? LowerChar(w[1]) : 0;
    bool ok = false;
    if (w.size() == 1) ok = a0 == 's' || a0 == 'd' || a0 == 'm';
    else if (w.size() == 2) ok = (a0 == 'r' && a1 == 'e') || (a0 == 'v' && a1 == 'e') || (a0 == 'l' && a1 == 'l');
    if (apostrophe == '`') ok = ok && a0 == 's' && w.size() == 1;
    return ok ? r - a : 0;
  }

  // The end of "name.name.suffix" from the '.' at q when the last part is a
  // known suffix, or 0.
  size_t DomainEnd(size_t q, size_t e) const {
    if (e - q > 255) e = q + 255;  // bounded, as EmailEnd
    size_t r = q, last = q;
    while (r + 1 < e && text_[r] == '.' && IsAsciiAlnum(text_[r + 1])) {
      last = ++r;
      while (r < e && (IsAsciiAlnum(text_[r]) || text_[r] == '-' || text_[r] == '_')) ++r;
    }
    if (last == q || WordAt(r, e)) return 0;
    return lex_.IsDomainSuffix(text_.substr(last, r - last)) ? r : 0;
  }

  size_t ScanWord(size_t p, size_t e) {
    if (size_t q = EmailEnd(p, e); q > p) {
      Emit(p, q);
      return q;
    }
    if (size_t q = DottedEnd(p, e); q > p) {
      Emit(p, q);
      return q;
    }
    const size_t start = p;
    size_t q = p;
    size_t segment = p;  // start of the part after the last joined hyphen
    while (true) {
      while (q < e) {
        CodePoint c = DecodeAt(text_, q);
        if (!IsWordCp(c.cp)) break;
        q += c.len;
      }
      if (q >= e) break;
      CodePoint c = DecodeAt(text_, q);
      const bool prev_digit = IsDigitChar(text_[q - 1]);
      const bool next_digit = q + 1 < e && IsDigitChar(text_[q + 1]);
      if (IsApostropheCp(c.cp)) {
        if (c.cp != '`' && LowerChar(text_[q - 1]) == 'n' && NegationAt(q, c.len, e)) {
          size_t n = q - 1;
          Emit(start, n);  // empty when the word is just "n't"
          Emit(n, q + c.len + 1);
          return q + c.len + 1;
        }
        if (size_t len = CliticAt(q, c.len, c.cp, e); len > 0) {
          Emit(start, q);
          Emit(q, q + len);
          return q + len;
        }
        if (c.cp != '`' && WordAt(q + c.len, e)) {  // O'Brien, Shi'ite
          q += c.len;
          continue;
        }
        break;
      }
      if (c.cp == '.') {
        if (prev_digit && next_digit) {  // 3.5, 192.168.0.1
          ++q;
          continue;
        }
        if (size_t d = DomainEnd(q, e); d > 0) {  // Amazon.com, report.pdf
          q = d;
        }
        break;
      }
      if (c.cp == ',') {
        // Thousands: 1,000 (exactly three digits follow).
        if (prev_digit && q + 3 < e && IsDigitChar(text_[q + 1]) && IsDigitChar(text_[q + 2]) &&
            IsDigitChar(text_[q + 3]) && !(q + 4 < e && IsDigitChar(text_[q + 4]))) {
          ++q;
          continue;
        }
        break;
      }
      if (c.cp == ':' || c.cp == '/') {  // 5:30, 9/11, 11/28/2000
        if (prev_digit && next_digit) {
          ++q;
          continue;
        }
        break;
      }
      if (c.cp == '-' && WordAt(q + 1, e)) {
        if (JoinHyphen(segment, q, e)) {
          segment = ++q;
          continue;
        }
        break;
      }
      if (c.cp == '&' && q + 1 < e && IsLetterChar(text_[q - 1]) && IsLetterChar(text_[q + 1])) {
        // AT&T, PG&E: short letter groups on both sides.
        size_t l = q, r = q + 1;
        while (l > start && IsLetterChar(text_[l - 1])) --l;
        while (r < e && IsLetterChar(text_[r])) ++r;
        if (q - l <= 3 && r - q - 1 <= 3 && !WordAt(r, e)) {
          q = r;
          continue;
        }
        break;
      }
      if (c.cp == '_' && WordAt(q + 1, e)) {
        ++q;
        continue;
      }
      break;
    }
    return EmitWord(start, q, e);
  }

  bool JoinHyphen(size_t segment, size_t q, size_t e) const {
    std::string_view left = text_.substr(segment, q - segment);
    if (left.size() <= 8) {
      char buf[8];
      bool ascii = true;
      for (size_t i = 0; i < left.size(); ++i) {
        if (!IsLetterChar(left[i])) ascii = false;
        buf[i] = LowerChar(left[i]);
      }
      if (ascii && !left.empty() && lex_.IsHyphenPrefix(std::string_view(buf, left.size()))) return true;
    }
    // Phone numbers: 713-853-3989, 646-8420 (not ranges such as 2001-2002).
    if (left.size() == 3 && IsDigitChar(left[0]) && IsDigitChar(left[1]) && IsDigitChar(left[2])) {
      size_t r = q + 1;
      while (r < e && IsDigitChar(text_[r])) ++r;
      size_t n = r - q - 1;
      if (n >= 3 && n <= 4 && !(r < e && IsWordCp(DecodeAt(text_, r).cp))) return true;
    }
    return false;
  }

  // Emits the word [start, q) with its period, clitic or split; returns the end.
  size_t EmitWord(size_t start, size_t q, size_t e) {
    std::string_view word = text_.substr(start, q - start);
    if (q < e && text_[q] == '.' && !(q + 1 < e && text_[q + 1] == '.')) {
      std::string_view with_period = text_.substr(start, q + 1 - start);
      AbbrevKind kind = lex_.Abbreviation(with_period);
      bool keep = kind == AbbrevKind::kTitle || kind == AbbrevKind::kAbbreviation;
      if (kind == AbbrevKind::kBeforeNumber) {
        size_t r = q + 1;
        while (r < text_.size() && (text_[r] == ' ' || text_[r] == '\t')) ++r;
        keep = r < text_.size() && IsDigitChar(text_[r]);
      }
      if (word.size() == 1 && IsAsciiUpper(static_cast<unsigned char>(word[0]))) keep = true;  // initial
      if (keep && !WordAt(q + 1, e)) {
        Emit(start, q + 1);
        return q + 1;
      }
    }
    bool letters = !word.empty();
    for (char ch : word) letters = letters && IsLetterChar(ch);
    if (letters) {
      if (size_t k = lex_.WordSplitPoint(word); k > 0) {  // cannot -> can not
        Emit(start, start + k);
        Emit(start + k, q);
        return q;
      }
    } else if (IsDigitChar(word[0])) {  // 5pm -> 5 pm, 170m -> 170 m
      size_t k = word.size();
      while (k > 0 && IsLetterChar(word[k - 1])) --k;
      if (k > 0 && k < word.size() && IsDigitChar(word[k - 1]) && lex_.IsNumberUnit(word.substr(k))) {
        Emit(start, start + k);
        Emit(start + k, q);
        return q;
      }
    }
    Emit(start, q);
    return q;
  }

  size_t ScanPunct(size_t p, size_t e, CodePoint c) {
    const uint32_t cp = c.cp;
    size_t q = p + c.len;
    // Runs of . ! ? and ellipses are one token: "...", "?!", "!!!", "....".
    auto terminal = [](uint32_t x) { return x == '.' || x == '!' || x == '?' || x == 0x2026; };
    if (terminal(cp)) {
      while (q < e) {
        CodePoint d = DecodeAt(text_, q);
        if (!terminal(d.cp)) break;
        q += d.len;
      }
      Emit(p, q);
      return q;
    }
    // Emoticons at the end of a chunk: ":)", ":-(", ";)", ":D".
    if ((cp == ':' || cp == ';') && q < e) {
      size_t r = q;
      if (text_[r] == '-' && r + 1 < e) ++r;
      char f = text_[r];
      if ((f == ')' || f == '(' || f == 'D' || f == 'P' || f == 'p') && r + 1 == e) {
        Emit(p, r + 1);
        return r + 1;
      }
    }
    // Decades and years: '90s, '72.
    if ((cp == '\'' || cp == 0x2019) && q + 1 < e && IsDigitChar(text_[q]) && IsDigitChar(text_[q + 1])) {
      size_t r = q + 2;
      if (r < e && text_[r] == 's') ++r;
      if (!WordAt(r, e)) {
        Emit(p, r);
        return r;
      }
    }
    // Doubled quotes as one token: '' `` ’’.
    auto single_quote = [](uint32_t x) { return x == '\'' || x == '`' || x == 0x2018 || x == 0x2019; };
    if (single_quote(cp) && q < e) {
      CodePoint d = DecodeAt(text_, q);
      if (single_quote(d.cp)) {
        Emit(p, q + d.len);
        return q + d.len;
      }
    }
    // Runs of one ASCII symbol are one token: "--", "***", "==", ">>".
    if (cp == '-' || cp == '=' || cp == '*' || cp == '_' || cp == '~' || cp == '>' || cp == '<' ||
        cp == '#' || cp == '+' || cp == '/' || cp == '\\' || cp == '|' || cp == '^') {
      while (q < e && static_cast<unsigned char>(text_[q]) == cp) ++q;
    }
    Emit(p, q);
    return q;
  }

  std::string_view text_;
  const Lexicon& lex_;
  std::vector<Span>* out_;
};

}  // namespace

void Lex(std::string_view text, std::vector<Span>* out) {
  ChunkLexer lexer(text, Lexicon::Get(), out);
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    CodePoint c = DecodeAt(text, i);
    if (IsSpaceCp(c.cp)) {
      i += c.len;
      continue;
    }
    size_t b = i;
    while (i < n) {
      c = DecodeAt(text, i);
      if (IsSpaceCp(c.cp)) break;
      i += c.len;
    }
    lexer.Run(b, i);
  }
}

void SplitFinalPeriod(std::string_view text, std::vector<Span>* spans) {
  for (size_t k = spans->size(); k-- > 0;) {
    Span s = (*spans)[k];
    CodePoint first = DecodeAt(text, s.begin);
    if (first.len == s.end - s.begin && IsCloserCp(first.cp)) continue;
    if (s.end - s.begin >= 2 && text[s.end - 1] == '.' && IsWordCp(first.cp)) {
      (*spans)[k].end = s.end - 1;
      spans->insert(spans->begin() + static_cast<std::ptrdiff_t>(k) + 1, Span{s.end - 1, s.end});
    }
    return;
  }
}

}  // namespace dyad::segment_internal
