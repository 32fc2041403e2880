#include "clean/dateline.h"

#include "clean/cues.h"
#include "clean/text_util.h"

namespace dyad::clean_internal {
namespace {

constexpr size_t kMaxPlaceWords = 5;
constexpr size_t kMaxExtraWords = 6;
constexpr size_t kMaxDatelineBytes = 100;

std::optional<DatelineMatch> MatchFullDateline(std::string_view line);

bool IsDigitWord(std::string_view w) {
  w = Core(w);
  if (w.empty()) return false;
  for (char c : w)
    if (c < '0' || c > '9') return false;
  return true;
}

// "(AFP)", "(Reuters)", "(AP Photo)" spread over words[i..]: returns the index
// after the closing word, or 0 when words[i] does not open one.
size_t MatchAgency(const std::vector<Word>& words, size_t i, std::string_view line, std::string_view* agency) {
  if (i >= words.size() || words[i].text.front() != '(') return 0;
  for (size_t j = i; j < words.size() && j < i + 4; ++j) {
    std::string_view w = words[j].text;
    if (w.back() == ')' || (w.size() >= 2 && w[w.size() - 2] == ')' && (w.back() == ',' || w.back() == ':'))) {
      size_t begin = words[i].pos + 1;
      size_t end = words[j].pos + w.find(')');
      std::string_view inner = line.substr(begin, end - begin);
      if (!IsAgency(inner)) {
        for (size_t k = i; k <= j; ++k)
          if (!IsCapitalized(words[k].text)) return 0;
      }
      *agency = inner;
      return j + 1;
    }
  }
  return 0;
}

// "WARSAW Poland shot down ...", "TEHRAN/JERUSALEM Israel launched ...": a
// place in capitals with no agency, dash or colon, right before a name that
// opens the body's sentence. Each word of the place has three letters or more
// and a vowel, four for a place of one word, and is no acronym ("NATO
// Secretary General Mark Rutte"); the
// name is capitalized, not in capitals, and a lower-case word follows soon.
std::optional<DatelineMatch> MatchBareDateline(std::string_view line, const std::vector<Word>& words) {
  size_t n = 0;
  while (n < words.size() && n < 2) {
    std::string_view w = Core(words[n].text);
    if (!IsAllCaps(w)) break;
    size_t letters = 0;
    bool vowel = false;
    for (size_t k = 0; k <= w.size(); ++k) {
      if (k == w.size() || w[k] == '/' || w[k] == '-') {
        // (A hyphenated name may hold short parts: "PORT-AU-PRINCE".)
        const bool hyphenated = w.find('-') != std::string_view::npos && w.size() >= 8;
        if (letters < (hyphenated ? 2u : 3u) || (!vowel && !hyphenated)) return std::nullopt;
        letters = 0;
        vowel = false;
        continue;
      }
      char c = w[k];
      if (c >= 'A' && c <= 'Z') ++letters;
      else if (c != '\'' && c != '.') return std::nullopt;
      vowel |= c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' || c == 'Y';
    }
    if (IsWordLikeAcronym(w) || IsKicker(w)) return std::nullopt;
    if (Core(words[n].text).size() != words[n].text.size()) return std::nullopt;  // no punctuation around it
    ++n;
  }
  if (n == 0 || n + 1 >= words.size()) return std::nullopt;
  if (n == 1 && Core(words[0].text).size() < 4) return std::nullopt;  // "FBI", "CIA"
  std::string_view next = words[n].text;
  if (!IsCapitalized(next) || IsAllCaps(Core(next))) return std::nullopt;
  bool lower = false;
  for (size_t k = n + 1; k < words.size() && k <= n + 6 && !lower; ++k) lower = IsLowercase(words[k].text);
  if (!lower) return std::nullopt;
  DatelineMatch m;
  m.place = line.substr(0, words[n - 1].pos + words[n - 1].text.size());
  m.length = words[n].pos;
  m.dateline = Trim(line.substr(0, m.length));
  return m;
}

}  // namespace

std::optional<DatelineMatch> MatchDateline(std::string_view line) {
  std::optional<DatelineMatch> m = MatchFullDateline(line);
  if (m) return m;
  std::vector<Word> words = SplitWords(line.substr(0, 2 * kMaxDatelineBytes));
  return MatchBareDateline(line, words);
}

namespace {

std::optional<DatelineMatch> MatchFullDateline(std::string_view line) {
  std::vector<Word> words = SplitWords(line.substr(0, 2 * kMaxDatelineBytes));
  if (words.size() < 3) return std::nullopt;
  DatelineMatch m;
  size_t i = 0;
  bool caps_place = false, ended_by_colon = false;
  // Place.
  if (words[0].text.front() != '(') {
    size_t n = 0;
    bool all_caps = true;
    while (n < words.size() && n < kMaxPlaceWords) {
      std::string_view w = words[n].text;
      char last = w.back();
      if (!IsCapitalized(w)) break;
      if (!IsAllCaps(Core(w)) && !(Core(w).size() == 1)) all_caps = false;
      ++n;
      if (last == ',' || last == ':') break;
      if (n < words.size() && (words[n].text.front() == '(' || words[n].text == "-")) break;
    }
    if (n == 0) return std::nullopt;
    caps_place = all_caps;
    std::string_view last_word = words[n - 1].text;
    while (!last_word.empty() && (last_word.back() == ',' || last_word.back() == ':')) last_word.remove_suffix(1);
    m.place = line.substr(0, words[n - 1].pos + last_word.size());
    i = n;
    char last = words[n - 1].text.back();
    if (last == ':') {
      if (!caps_place) return std::nullopt;
      ended_by_colon = true;
    } else if (last == ',') {
      // Extras: "Nov 26", "Ukraine", "Nov. 26, 2022", "United States".
      size_t extra = 0;
      while (i < words.size() && extra < kMaxExtraWords && words[i].text.front() != '(' && words[i].text != "-") {
        std::string_view w = words[i].text;
        // ("Democratic Republic of the Congo", "Bosnia and Herzegovina".)
        const bool joiner = (Core(w) == "of" || Core(w) == "the" || Core(w) == "and") && extra > 0;
        if (!IsCapitalized(w) && !IsDigitWord(w) && !joiner) return std::nullopt;
        ++i;
        ++extra;
        if (w.back() == ':') {
          if (!caps_place) return std::nullopt;
          ended_by_colon = true;
          break;
        }
      }
      if (extra == 0) return std::nullopt;
    }
  }
  // Agency.
  if (!ended_by_colon) {
    if (size_t after = MatchAgency(words, i, line, &m.agency)) {
      i = after;
      if (words[i - 1].text.back() == ':') ended_by_colon = true;
    }
  }
  if (!caps_place && m.agency.empty()) return std::nullopt;  // mixed-case place: agency required
  // Dash: required, except after a capitals place with an agency ("SEOUL (AFP) North Korea ...").
  bool dash = i < words.size() && words[i].text == "-";
  if (dash) ++i;
  // "LYON: Interpol said ...", "GAZA CITY, Palestinian Territories: Four
  // children ...": AFP ends a capitals place with a colon and no dash. A
  // kicker ("BREAKING:") is not a place, and the body must open a sentence.
  bool colon_dateline = !dash && ended_by_colon && m.agency.empty() && !IsKicker(m.place) &&
                        i < words.size() && IsCapitalized(words[i].text);
  if (!dash && !colon_dateline && !(caps_place && !m.agency.empty() && !ended_by_colon)) return std::nullopt;
  if (i >= words.size() || !HasLetterOrDigit(words[i].text)) return std::nullopt;  // a body must follow
  m.length = words[i].pos;
  m.dateline = Trim(line.substr(0, m.length));
  if (m.dateline.size() > kMaxDatelineBytes) return std::nullopt;
  return m;
}

}  // namespace

}  // namespace dyad::clean_internal
