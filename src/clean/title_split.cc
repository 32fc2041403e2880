#include "clean/title_split.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "clean/cues.h"
#include "clean/dateline.h"
#include "clean/text_util.h"

namespace dyad::clean_internal {
namespace {

constexpr size_t kMinTitleWords = 2;
constexpr size_t kMinNameTitleWords = 3;
constexpr size_t kMaxTitleWords = 25;
constexpr size_t kMaxTitleBytes = 200;
constexpr size_t kMinBodyWords = 3;
constexpr size_t kMaxNameRun = 4;

// First and second person: headlines speak of others; web text and letters do not.
bool IsPersonalPronoun(std::string_view w) {
  w = Core(w);
  // (Not "mine": in a headline it is the noun, "after mine blast".)
  for (std::string_view p : {"I", "i", "I'm", "I've", "I'd", "I'll", "me", "my", "we", "We", "we're",
                             "we've", "our", "us", "you", "You", "your", "Your", "you're", "you've", "im", "Im"})
    if (w == p) return true;
  return false;
}

// Acronyms of states and bodies that end headlines ("China warns US").
bool IsHeadlineAcronym(std::string_view w) {
  for (std::string_view a : {"US", "UK", "UN", "EU", "NATO", "IAEA", "WHO", "ICC", "ICJ", "AU", "G7", "G20", "UAE",
                             "DRC", "IMF", "OPEC", "ASEAN", "WTO"})
    if (w == a) return true;
  return false;
}

bool IsArticle(std::string_view w) {
  w = Core(w);
  return w == "the" || w == "The" || w == "a" || w == "A" || w == "an" || w == "An";
}

// A quoted sentence: "We will answer nukes with nukes," - at least three words
// and closing punctuation inside the quotes.
bool OpensQuotedSentence(const std::vector<Word>& words, size_t i) {
  for (size_t k = i; k < words.size() && k < i + 60; ++k) {
    std::string_view w = words[k].text;
    if (k > i || w.size() > 1) {
      size_t close = w.find('"', k == i ? 1 : 0);
      if (close != std::string_view::npos) {
        if (k - i + 1 < 3 || close == 0) return false;
        char before = w[close - 1];
        return before == ',' || before == '.' || before == '!' || before == '?';
      }
    }
  }
  return false;
}

// A word that ends a sentence: "peace." but not "U.S." or "Mr.".
bool EndsSentence(std::string_view w) {
  while (!w.empty() && (w.back() == '"' || w.back() == '\'' || w.back() == ')')) w.remove_suffix(1);
  if (w.empty()) return false;
  if (w.back() == '!' || w.back() == '?') return true;
  return w.back() == '.' && !IsAbbreviation(w);
}

bool IsPastTense(std::string_view w) {
  return w.size() >= 5 && w.substr(w.size() - 2) == "ed" && IsLowercase(w);
}

// "Kim Jong Un has", "Pyongyang's foreign ministry said": a name at words[i]
// followed (within a short capitalized run) by a finite verb.
bool NameThenVerb(const std::vector<Word>& words, size_t i) {
  size_t j = i;
  while (j < words.size() && j < i + kMaxNameRun && IsCapitalized(words[j].text)) {
    std::string_view w = words[j].text;
    if (w.back() == ',' || w.back() == '.' || w.back() == ':' || w.back() == ';' || IsPersonalPronoun(w)) return false;
    ++j;
  }
  if (j == i || j >= words.size()) return false;
  // "'s" possessive: "Ukraine's military said" - allow one lowercase noun after it.
  std::string_view prev = words[j - 1].text;
  if (prev.size() > 2 && prev.substr(prev.size() - 2) == "'s" && j + 1 < words.size() && IsLowercase(words[j].text))
    ++j;
  std::string_view verb = Core(words[j].text);
  return IsReportingOrAuxVerb(verb) || IsPastTense(verb);
}

enum class Opening { kNone, kStarter, kQuote, kDateline, kName };

Opening ClassifyOpening(const std::vector<Word>& words, size_t i, std::string_view line, size_t title_words) {
  std::string_view w = words[i].text;
  std::string_view prev = words[i - 1].text;
  if (!IsCapitalized(w)) return Opening::kNone;
  char pl = prev.back();
  if (pl == ',' || pl == ';' || pl == ':' || pl == '(' || pl == '-' || pl == '"' || pl == '\'') return Opening::kNone;
  // A capitals dateline opens the body even after a function word: "...,
  // Trump says WASHINGTON (AFP) - The US military ...".
  if (IsAllCaps(Core(w)) && MatchDateline(line.substr(words[i].pos))) return Opening::kDateline;
  if (IsFunctionWord(Core(prev))) return Opening::kNone;
  if (w.front() == '"') return OpensQuotedSentence(words, i) ? Opening::kQuote : Opening::kNone;
  if (IsPersonalPronoun(w) || w.substr(0, 2) == "I'") return Opening::kNone;
  if (IsSentenceStarter(w)) return Opening::kStarter;
  // "... accused Rwanda of making accusations by alleging Paris played ...": a
  // gerund after a preposition wants its object or clause; no title ends there.
  if (i >= 2 && prev.size() > 4 && prev.substr(prev.size() - 3) == "ing") {
    std::string_view before = Core(words[i - 2].text);
    for (std::string_view p : {"by", "of", "after", "before", "for", "without", "while", "when", "on", "in"})
      if (before == p) return Opening::kNone;
  }
  if (title_words >= kMinNameTitleWords && IsLowercase(prev) && NameThenVerb(words, i)) {
    // Headlines drop articles: "the terrorist group Hamas has ..." is a sentence, not a title.
    for (size_t k = 0; k < i; ++k)
      if (IsArticle(words[k].text)) return Opening::kNone;
    return Opening::kName;
  }
  return Opening::kNone;
}

}  // namespace

size_t FindTitleEnd(std::string_view line) {
  std::vector<Word> words = SplitWords(line.substr(0, 4 * kMaxTitleBytes));
  if (words.size() < kMinTitleWords + kMinBodyWords) return std::string_view::npos;
  std::string_view first = words[0].text;
  if (!IsCapitalized(first) && !(first[0] >= '0' && first[0] <= '9')) return std::string_view::npos;
  if (MatchDateline(line)) return std::string_view::npos;  // the line starts with a dateline, not a headline

  size_t chosen = 0;
  Opening chosen_kind = Opening::kNone;
  int quotes = 0;  // double quotes seen in the title so far: an open quote is not a place to split
  for (size_t i = 1; i < words.size() && i <= kMaxTitleWords; ++i) {
    std::string_view prev = words[i - 1].text;
    for (char c : prev) quotes += c == '"';
    if (quotes % 2 == 0 && prev.find('"') == std::string_view::npos && IsPersonalPronoun(prev)) break;  // not a headline
    if (words[i].pos > kMaxTitleBytes) break;
    bool after_question = prev.back() == '?' || prev.back() == '!';
    if (EndsSentence(prev) && !after_question) break;  // a real sentence ended
    if (i < kMinTitleWords || words.size() - i < kMinBodyWords) {
      if (after_question) break;
      continue;
    }
    if (quotes % 2 != 0) continue;
    Opening o = ClassifyOpening(words, i, line, i);
    // "Is Hank Green awesome? The Hank Green I know ...": a question or
    // exclamation headline ends at its mark, or it is a sentence.
    if (after_question && o == Opening::kNone && IsCapitalized(words[i].text) && chosen == 0) o = Opening::kStarter;
    if (o == Opening::kNone) {
      if (after_question) break;
      continue;
    }
    if (chosen == 0) {
      chosen = i;
      chosen_kind = o;
      // "China warns US BEIJING (AFP) -", "... denies backing M23 GOMA, ...":
      // an acronym the title ends with is not part of the dateline's place.
      const std::string_view w = Core(words[i].text);
      const bool acronym = IsHeadlineAcronym(w) || IsWordLikeAcronym(w) ||
                           std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (o == Opening::kDateline && i + 1 < words.size() && acronym &&
          IsAllCaps(Core(words[i + 1].text)) && MatchDateline(line.substr(words[i + 1].pos)))
        chosen = i + 1;
      if (o == Opening::kDateline || o == Opening::kName) break;
      continue;
    }
    // Title Case: a later opening wins while everything since the first one is capitalized.
    bool all_caps_run = true;
    for (size_t k = chosen; k < i; ++k)
      if (!IsCapitalized(words[k].text)) all_caps_run = false;
    if (!all_caps_run) break;
    chosen = i;
    chosen_kind = o;
  }
  if (chosen == 0) return std::string_view::npos;
  if (chosen_kind == Opening::kDateline) return words[chosen].pos;
  // The body must read as a sentence: some lowercase word early on.
  size_t lowercase = 0;
  for (size_t k = chosen; k < words.size() && k < chosen + 8; ++k) lowercase += IsLowercase(words[k].text);
  if (lowercase == 0) return std::string_view::npos;
  return words[chosen].pos;
}

bool LooksLikeHeadline(std::string_view line) {
  std::vector<Word> words = SplitWords(line.substr(0, kMaxTitleBytes + 1));
  if (words.size() < 2 || words.size() > 20 || line.size() > kMaxTitleBytes) return false;
  if (!IsCapitalized(words[0].text) && !(words[0].text[0] >= '0' && words[0].text[0] <= '9')) return false;
  char last = line.back();
  if (last == '.' || last == ',' || last == ';' || last == ':' || last == '-') return false;
  for (size_t i = 0; i + 1 < words.size(); ++i)
    if (EndsSentence(words[i].text)) return false;
  for (const Word& w : words)
    if (IsPersonalPronoun(w.text)) return false;
  std::string_view opener = Core(words[0].text);
  for (std::string_view greeting : {"Hi", "Hello", "Dear", "Thanks", "Thank", "Hey", "Please", "Yes", "No", "OK"})
    if (opener == greeting) return false;
  return !IsFunctionWord(Core(words.back().text));
}

}  // namespace dyad::clean_internal
