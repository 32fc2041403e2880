#include "clean/line_filter.h"

#include <algorithm>
#include <vector>

#include "clean/cues.h"
#include "clean/text_util.h"

namespace dyad::clean_internal {
namespace {

constexpr size_t kMaxCreditBytes = 80;
constexpr size_t kMaxCaptionWords = 60;
constexpr size_t kMaxBylineWords = 14;
constexpr size_t kMaxFooterWords = 30;

// "Ahn Young-joon", "Ed Jones": 1-4 capitalized words of letters, '-', '\'', '.'.
bool IsPersonName(std::string_view s) {
  std::vector<Word> words = SplitWords(s);
  if (words.empty() || words.size() > 4 || s.size() > 40) return false;
  for (const Word& w : words) {
    if (!IsCapitalized(w.text)) return false;
    for (char c : w.text) {
      unsigned char u = static_cast<unsigned char>(c);
      if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0x80 || c == '-' || c == '\'' || c == '.'))
        return false;
    }
  }
  return true;
}

bool StartsWithWord(std::string_view s, std::string_view word) {
  if (s.size() < word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char a = s[i], b = word[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + 32);
    if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + 32);
    if (a != b) return false;
  }
  return s.size() == word.size() || s[word.size()] == ' ' || s[word.size()] == ':';
}

// Splits a credit into parts at '/', '|', ';', ',', " via ", " for ".
std::vector<std::string_view> CreditParts(std::string_view s) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    size_t skip = 0;
    if (i == s.size()) {
      skip = 1;
    } else if (s[i] == '/' || s[i] == '|' || s[i] == ';' || s[i] == ',') {
      skip = 1;
    } else if (s.compare(i, 5, " via ") == 0) {
      skip = 5;
    } else if (s.compare(i, 5, " for ") == 0) {
      skip = 5;
    }
    if (skip == 0) continue;
    parts.push_back(Trim(s.substr(start, i - start)));
    start = i + skip;
    i += skip - 1;
  }
  return parts;
}

}  // namespace

const char* LineKindName(LineKind k) {
  switch (k) {
    case LineKind::kBody: return "body";
    case LineKind::kCredit: return "credit";
    case LineKind::kCaption: return "photo caption";
    case LineKind::kTrailingCredit: return "credit";
    case LineKind::kByline: return "byline";
    case LineKind::kFooter: return "site footer";
    case LineKind::kNoWords: return "no words";
  }
  return "body";
}

bool IsCredit(std::string_view s, std::string_view* agency, bool* labelled) {
  s = Trim(s);
  *labelled = false;
  *agency = {};
  if (s.empty() || s.size() > kMaxCreditBytes) return false;
  if (s.back() == '.') s.remove_suffix(1);
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') s = Trim(s.substr(1, s.size() - 2));
  if (s.size() >= 2 && s.front() == '[' && s.back() == ']') s = Trim(s.substr(1, s.size() - 2));
  // Photo label: "Photo: X", "Photo by X", "File photo: X", or the label alone.
  for (std::string_view label : {"File photo", "File picture", "File image", "Photo credit", "Photograph", "Photos",
                                 "Photo", "Pictures", "Picture", "Images", "Image", "Credit", "Video grab",
                                 "Screengrab"}) {
    if (!StartsWithWord(s, label)) continue;
    std::string_view rest = Trim(s.substr(label.size()));
    if (rest.empty()) {
      if (label.substr(0, 4) != "File" && label != "Screengrab" && label != "Video grab") return false;
      *labelled = true;
      return true;
    }
    if (rest.front() == ':') {
      rest = Trim(rest.substr(1));
    } else if (StartsWithWord(rest, "by")) {
      rest = Trim(rest.substr(2));
    } else if (label.substr(0, 4) != "File") {
      return false;
    }
    *labelled = true;
    s = rest;
    break;
  }
  if (s.empty()) return *labelled;
  std::vector<std::string_view> parts = CreditParts(s);
  bool any_agency = false;
  for (size_t k = 0; k < parts.size(); ++k) {
    std::string_view p = parts[k];
    if (p.empty()) return false;
    if (IsAgency(p)) {
      if (!any_agency) *agency = p;
      any_agency = true;
    } else if (IsCreditModifier(p) || IsPersonName(p)) {
      // "File", "Handout", a photographer's name
    } else {
      return false;
    }
  }
  return any_agency || *labelled;
}

LineVerdict ClassifyLine(std::string_view line) {
  LineVerdict v;
  line = Trim(line);
  if (!HasLetterOrDigit(line)) {
    v.kind = LineKind::kNoWords;
    return v;
  }
  std::string_view credit_agency;
  bool labelled;
  if (IsCredit(line, &credit_agency, &labelled)) {
    v.kind = labelled ? LineKind::kCaption : LineKind::kCredit;
    if (!labelled) v.agency = credit_agency;
    return v;
  }
  std::vector<Word> words = SplitWords(line);
  if (words.size() <= kMaxFooterWords) {
    v.kind = LineKind::kFooter;
    if (IsFooterStart(line)) return v;
    if (line.find("All rights reserved") != std::string_view::npos || line.find("\xC2\xA9") != std::string_view::npos)
      return v;
  }
  // Caption labels at the start: "FILE PHOTO: ...", "Photo: ...".
  v.kind = LineKind::kCaption;
  for (std::string_view label : {"File photo:", "FILE PHOTO:", "Photo:", "PHOTO:", "Picture:", "Image:", "File:"})
    if (line.substr(0, label.size()) == label && words.size() <= kMaxCaptionWords) return v;
  // A credit after a separator at the end: "... in 2019. AFP", "... (Photo: Reuters)".
  if (line.back() != '.') {
    const size_t tail_start = line.size() > kMaxCreditBytes + 3 ? line.size() - kMaxCreditBytes - 3 : 0;
    std::string_view tail = line.substr(tail_start);
    for (std::string_view sep : {". ", " - ", " | ", " / ", "? ", "! ", " ("}) {
      size_t at = tail.rfind(sep);
      if (at == std::string_view::npos) continue;
      size_t suffix_start = tail_start + at + (sep == " (" ? 1 : sep.size());
      size_t before_end = tail_start + at + (sep[0] == ' ' ? 0 : 1);  // keep the '.' of ". AFP"
      std::string_view before = Trim(line.substr(0, before_end));
      if (!HasLetterOrDigit(before)) continue;
      if (!IsCredit(line.substr(suffix_start), &credit_agency, &labelled)) continue;
      // One short sentence is a caption; longer story text only loses its credit.
      size_t n = SplitWords(before).size();
      bool several_sentences = false;
      for (size_t k = 0; k + 2 < before.size(); ++k)
        if ((before[k] == '.' || before[k] == '!' || before[k] == '?') && before[k + 1] == ' ' &&
            IsCapitalized(before.substr(k + 2, 4)))
          several_sentences = true;
      if (n <= kMaxCaptionWords && !several_sentences) return v;
      v.kind = LineKind::kTrailingCredit;
      v.keep = before_end;
      return v;
    }
  }
  // Byline: "By John Smith", "By Jane Doe and Ahn Young-joon, Reuters".
  v.kind = LineKind::kByline;
  if (words.size() >= 2 && words.size() <= kMaxBylineWords && (words[0].text == "By" || words[0].text == "BY")) {
    char last = line.back();
    if (last != '.' && last != '!' && last != '?') {
      std::string_view rest = Trim(line.substr(3));
      std::string_view names = rest.substr(0, std::min(rest.find(','), rest.find(" in ")));
      std::string_view after = Trim(rest.substr(names.size()));
      if (!after.empty() && after.front() == ',') after = Trim(after.substr(1));
      bool names_ok = IsAgency(names);
      if (!names_ok) {
        names_ok = true;
        size_t count = 0;
        for (const Word& w : SplitWords(names)) {
          if (w.text == "and" || w.text == "&") continue;
          if (!IsCapitalized(w.text)) names_ok = false;
          ++count;
        }
        names_ok = names_ok && count >= 2 && count <= 8;
      }
      bool after_ok = after.empty() || IsAgency(after) ||
                      (SplitWords(after).size() <= 5 && (IsCapitalized(after) || StartsWithWord(after, "in")));
      if (names_ok && after_ok) return v;
    }
  }
  v.kind = LineKind::kBody;
  return v;
}

std::string RemoveInlinePhotoCredits(std::string* line) {
  std::string removed;
  size_t from = 0;
  while (from < line->size()) {
    size_t open = line->find('(', from);
    if (open == std::string::npos) break;
    // Look for the ')' only nearby: a scan to the end for every '(' would be quadratic.
    size_t close = std::string_view(*line).substr(open, kMaxCreditBytes + 1).find(')');
    if (close == std::string::npos) {
      from = open + 1;
      continue;
    }
    close += open;
    std::string_view inner(line->data() + open, close + 1 - open);
    std::string_view agency;
    bool labelled;
    // Only labelled credits: a bare "(AP)" inside a line belongs to a dateline or a quote.
    if (!IsCredit(inner, &agency, &labelled) || !labelled) {
      from = open + 1;
      continue;
    }
    if (!removed.empty()) removed += ' ';
    removed += inner;
    size_t begin = open, end = close + 1;
    if (begin > 0 && (*line)[begin - 1] == ' ') --begin;  // take one space with it
    line->erase(begin, end - begin);
    from = begin;
  }
  return removed;
}

namespace {

// A sentence that reads as a photo caption rather than story text: short,
// and with no past-tense or reporting verb ("Xi Jinping with Kim Jong Un in
// 2019.", "Displaced families arrive in Tawila."). Story sentences report
// what happened, and nearly always in the past tense.
bool ReadsAsCaption(std::string_view sentence) {
  std::vector<Word> words = SplitWords(sentence);
  if (words.empty() || words.size() > 25) return false;
  for (const Word& w : words) {
    std::string_view c = Core(w.text);
    if (!IsLowercase(c)) continue;
    if (c == "said" || c == "says" || c == "told" || c == "according" || c == "was" || c == "were" ||
        c == "had" || c == "has" || c == "have" || c == "will" || c == "would")
      return false;
    if (c.size() > 3 && c.substr(c.size() - 2) == "ed") return false;
  }
  return true;
}

// The length of a lone agency credit at the start of `s` that a new
// sentence follows ("AFP The letter was ..." -> 3), or 0.
size_t LeadingCredit(std::string_view s) {
  std::vector<Word> words = SplitWords(s);
  for (size_t k = std::min<size_t>(words.size() - (words.empty() ? 0 : 1), 4); k >= 1; --k) {
    const Word& next = words[k];
    if (!IsCapitalized(next.text)) continue;
    std::string_view credit = Trim(s.substr(0, next.pos));
    std::string_view agency;
    bool labelled;
    if (IsCredit(credit, &agency, &labelled) && !agency.empty()) return next.pos;
  }
  return 0;
}

}  // namespace

std::string RemoveInlineCaptions(std::string* line) {
  std::string removed;
  auto note = [&](std::string_view text) {
    if (!removed.empty()) removed += " | ";
    removed += Trim(text);
  };
  // Sentence starts: the line's, and each after ". ", "! " or "? ".
  std::vector<size_t> starts = {0};
  for (size_t i = 0; i + 2 < line->size(); ++i)
    if (((*line)[i] == '.' || (*line)[i] == '!' || (*line)[i] == '?') && (*line)[i + 1] == ' ') starts.push_back(i + 2);
  starts.push_back(line->size());
  std::vector<std::pair<size_t, size_t>> cut;  // byte ranges to remove
  for (size_t k = 0; k + 1 < starts.size(); ++k) {
    std::string_view piece(line->data() + starts[k], starts[k + 1] - starts[k]);
    // "Photo: Displaced families arrive in Tawila." (a labelled caption).
    bool label = false;
    for (std::string_view l : {"File photo:", "FILE PHOTO:", "Photo:", "PHOTO:", "Picture:", "Pictured:", "Image:"})
      label |= piece.substr(0, l.size()) == l;
    if (label && k > 0) {
      cut.push_back({starts[k], starts[k + 1]});
      note(piece);
      continue;
    }
    // "... in 2019. AFP The letter was ...": a lone credit opening a
    // sentence ends the caption before it.
    if (k == 0) continue;
    const size_t credit = LeadingCredit(piece);
    if (credit == 0) continue;
    std::string_view before(line->data() + starts[k - 1], starts[k] - starts[k - 1]);
    if (k - 1 == 0 || !ReadsAsCaption(before)) continue;
    if (!cut.empty() && cut.back().second == starts[k - 1]) continue;  // already gone
    if (!cut.empty() && cut.back().second > starts[k - 1]) {
      // The previous cut took this caption's own leading credit: one cut
      // covers both ("... AFP Caption two. AFP The letter ..."), as erasing
      // overlapping ranges would split a character.
      cut.back().second = starts[k] + credit;
    } else {
      cut.push_back({starts[k - 1], starts[k] + credit});
    }
    note(std::string(Trim(before)) + " " + std::string(Trim(piece.substr(0, credit))));
  }
  for (auto it = cut.rbegin(); it != cut.rend(); ++it) line->erase(it->first, it->second - it->first);
  while (!line->empty() && line->back() == ' ') line->pop_back();
  return removed;
}

size_t StrayLeadingPunctuation(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == '.' || line[i] == ',' || line[i] == ';' || line[i] == ':' || line[i] == '|'))
    ++i;
  if (i == 0 || i == 3) return 0;  // nothing, or a "..." continuation that is meaningful
  if (i < line.size() && line[i] != ' ') return 0;
  while (i < line.size() && line[i] == ' ') ++i;
  return i;
}

std::string_view TrailingTitleCredit(std::string_view title) {
  for (std::string_view sep : {" - ", " | "}) {
    size_t at = title.rfind(sep);
    if (at == std::string_view::npos || at == 0) continue;
    std::string_view suffix = title.substr(at + sep.size());
    std::string_view agency;
    bool labelled;
    if (IsCredit(suffix, &agency, &labelled) && !labelled) return title.substr(at);
  }
  return {};
}

std::string_view TrailingTitleByline(std::string_view title) {
  const size_t at = title.rfind(" By ");
  if (at == std::string_view::npos || at == 0) return {};
  std::vector<Word> words = SplitWords(title.substr(at + 4));
  // Two or three capitalized words, a name, and nothing else.
  if (words.size() < 2 || words.size() > 3) return {};
  // ("Troops Advance By Land And Sea" is no byline: names hold no function words.)
  for (const Word& w : words)
    if (!IsCapitalized(w.text) || IsFunctionWord(w.text)) return {};
  return title.substr(at);
}

size_t InlineFooterStart(std::string_view line) {
  constexpr size_t kMaxInlineFooterWords = 60;
  for (size_t k = 1; k + 2 < line.size(); ++k) {
    // A sentence starts after ". ", "? ", "! " or ") ".
    const char c = line[k - 1];
    if (line[k] != ' ' || !(c == '.' || c == '?' || c == '!' || c == ')' || c == '"')) continue;
    std::string_view rest = line.substr(k + 1);
    if (!IsFooterStart(rest)) continue;
    if (SplitWords(rest).size() > kMaxInlineFooterWords) continue;
    return k + 1;
  }
  return std::string_view::npos;
}

}  // namespace dyad::clean_internal
