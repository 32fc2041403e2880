#include "clean/text_util.h"

#include <string>
#include <utf8proc.h>

#include "clean/utf8.h"

namespace dyad::clean_internal {
namespace {

bool IsOpener(char c) { return c == '"' || c == '\'' || c == '(' || c == '['; }
bool IsCloser(char c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == ',' || c == '.' || c == ';' || c == ':' || c == '!' ||
         c == '?';
}

// Case of the first letter of `word`: 'U', 'L', or 0 when it does not start with a letter.
char FirstLetterCase(std::string_view word) {
  size_t i = 0;
  while (i < word.size() && IsOpener(word[i])) ++i;
  if (i >= word.size()) return 0;
  unsigned char c = static_cast<unsigned char>(word[i]);
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') return 'U';
    if (c >= 'a' && c <= 'z') return 'L';
    return 0;
  }
  size_t len;
  uint32_t cp = utf8::Decode(word, i, &len);
  if (cp == utf8::kInvalid) return 0;
  if (utf8proc_isupper(static_cast<utf8proc_int32_t>(cp))) return 'U';
  if (utf8proc_islower(static_cast<utf8proc_int32_t>(cp))) return 'L';
  return 0;
}

}  // namespace

std::vector<Word> SplitWords(std::string_view line) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    size_t start = i;
    while (i < line.size() && line[i] != ' ') ++i;
    if (i > start) words.push_back(Word{line.substr(start, i - start), start});
  }
  return words;
}

std::string_view Core(std::string_view w) {
  while (!w.empty() && IsOpener(w.front())) w.remove_prefix(1);
  while (!w.empty() && IsCloser(w.back())) w.remove_suffix(1);
  return w;
}

bool IsCapitalized(std::string_view word) { return FirstLetterCase(word) == 'U'; }
bool IsLowercase(std::string_view word) { return FirstLetterCase(word) == 'L'; }

bool IsAllCaps(std::string_view word) {
  int letters = 0;
  for (size_t i = 0; i < word.size();) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      if (c >= 'a' && c <= 'z') return false;
      if (c >= 'A' && c <= 'Z') ++letters;
      ++i;
      continue;
    }
    size_t len;
    uint32_t cp = utf8::Decode(word, i, &len);
    if (cp != utf8::kInvalid) {
      if (utf8proc_islower(static_cast<utf8proc_int32_t>(cp))) return false;
      if (utf8proc_isupper(static_cast<utf8proc_int32_t>(cp))) ++letters;
    }
    i += len;
  }
  return letters >= 2;
}

bool HasLetterOrDigit(std::string_view s) {
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u >= 0xC0) return true;
  }
  return false;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

std::string_view LowerInto(std::string_view s, std::string* buf) {
  buf->assign(s);
  for (char& c : *buf)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return *buf;
}

}  // namespace dyad::clean_internal
