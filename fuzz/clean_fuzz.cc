// libFuzzer harness: NormalizeText and CleanArticle on arbitrary bytes.
// Checks, besides memory safety: the output is valid UTF-8 and normalizing
// twice changes nothing.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "dyad/clean.h"

namespace {

bool ValidUtf8(std::string_view s) {
  size_t replaced = 0;
  dyad::NormalizeText(s, &replaced);
  return replaced == 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  size_t replaced = 0;
  std::string once = dyad::NormalizeText(in, &replaced);
  if (!ValidUtf8(once)) __builtin_trap();
  if (dyad::NormalizeText(once) != once) __builtin_trap();

  dyad::Article a;
  a.sentence_level = size > 0 && data[0] == '!';
  size_t split = in.find('\x01');  // a title and a text from one input
  if (split != std::string_view::npos) {
    a.title = std::string(in.substr(0, split));
    a.text = std::string(in.substr(split + 1));
  } else {
    a.text = std::string(in);
  }
  dyad::CleanReport r = dyad::CleanArticle(a);
  if (!ValidUtf8(a.text) || !ValidUtf8(a.title) || !ValidUtf8(a.dateline)) __builtin_trap();
  if (a.text.size() > 3 * size + 16) __builtin_trap();
  (void)r;
  return 0;
}
