#include "segment/lexicon.h"

#include <string>

namespace dyad::segment_internal {
namespace {

// The data files are C++ raw string literals (see their headers), so the
// lists live only in data/segment/ yet need no file at run time.
constexpr char kAbbreviationsText[] =
#include "../../data/segment/abbreviations.txt"
    ;
constexpr char kLexiconText[] =
#include "../../data/segment/lexicon.txt"
    ;

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Calls on_entry(section, entry) for each non-comment line.
template <typename F>
void ForEachEntry(std::string_view text, F on_entry) {
  std::string_view section;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = Trim(line);
    if (line.empty()) continue;
    if (line.front() == '[' && line.back() == ']') {
      section = line.substr(1, line.size() - 2);
      continue;
    }
    on_entry(section, line);
  }
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

Lexicon Lexicon::FromText(std::string_view abbreviations, std::string_view lexicon) {
  Lexicon lex;
  ForEachEntry(abbreviations, [&](std::string_view section, std::string_view entry) {
    AbbrevKind kind = AbbrevKind::kNone;
    if (section == "title") kind = AbbrevKind::kTitle;
    else if (section == "abbreviation") kind = AbbrevKind::kAbbreviation;
    else if (section == "before_number") kind = AbbrevKind::kBeforeNumber;
    if (kind != AbbrevKind::kNone) lex.abbreviations_.emplace(std::string(entry), kind);
  });
  ForEachEntry(lexicon, [&](std::string_view section, std::string_view entry) {
    if (section == "hyphen_prefix") {
      lex.hyphen_prefixes_.insert(Lower(entry));
    } else if (section == "word_split") {
      size_t eq = entry.find('=');
      if (eq == std::string_view::npos) return;
      std::string word = Lower(Trim(entry.substr(0, eq)));
      std::string_view parts = Trim(entry.substr(eq + 1));
      size_t bar = parts.find('|');
      if (bar == std::string_view::npos || bar == 0 || bar >= word.size()) return;
      lex.word_splits_.emplace(std::move(word), bar);
    } else if (section == "number_unit") {
      lex.number_units_.insert(Lower(entry));
    } else if (section == "domain_suffix") {
      lex.domain_suffixes_.insert(Lower(entry));
    } else if (section == "sentence_starter") {
      lex.sentence_starters_.insert(std::string(entry));
    }
  });
  return lex;
}

const Lexicon& Lexicon::Get() {
  static const Lexicon* const kLexicon = new Lexicon(FromText(kAbbreviationsText, kLexiconText));
  return *kLexicon;
}

AbbrevKind Lexicon::Abbreviation(std::string_view word) const {
  auto it = abbreviations_.find(word);
  return it == abbreviations_.end() ? AbbrevKind::kNone : it->second;
}

bool Lexicon::IsHyphenPrefix(std::string_view lower) const {
  return hyphen_prefixes_.find(lower) != hyphen_prefixes_.end();
}

size_t Lexicon::WordSplitPoint(std::string_view word) const {
  if (word.size() > 16) return 0;
  char buf[16];
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  auto it = word_splits_.find(std::string_view(buf, word.size()));
  return it == word_splits_.end() ? 0 : it->second;
}

bool Lexicon::IsNumberUnit(std::string_view unit) const {
  if (unit.empty() || unit.size() > 8) return false;
  char buf[8];
  for (size_t i = 0; i < unit.size(); ++i) {
    char c = unit[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return number_units_.find(std::string_view(buf, unit.size())) != number_units_.end();
}

bool Lexicon::IsDomainSuffix(std::string_view suffix) const {
  if (suffix.empty() || suffix.size() > 8) return false;
  char buf[8];
  bool upper = suffix[0] >= 'A' && suffix[0] <= 'Z';
  for (size_t i = 0; i < suffix.size(); ++i) {
    char c = suffix[i];
    if (upper ? !(c >= 'A' && c <= 'Z') : !(c >= 'a' && c <= 'z')) return false;  // "In" is no suffix
    buf[i] = upper ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return domain_suffixes_.find(std::string_view(buf, suffix.size())) != domain_suffixes_.end();
}

bool Lexicon::IsSentenceStarter(std::string_view word) const {
  return sentence_starters_.find(word) != sentence_starters_.end();
}

}  // namespace dyad::segment_internal
