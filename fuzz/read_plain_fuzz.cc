// libFuzzer harness: ReadArticles on plain text, with and without --date.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dyad/read.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dyad::ReadOptions options;
  options.format = dyad::InputFormat::kPlain;
  options.max_record_bytes = 1 << 16;
  if (size > 0 && (data[0] & 1)) options.date = dyad::Date{2022, 11, 26};
  options.sentences = size > 0 && (data[0] & 2);
  size_t seen = 0;
  size_t n = dyad::ReadArticles(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.txt", options,
      [&](dyad::Article&& a) {
        ++seen;
        if (a.text.empty() || a.id.empty()) __builtin_trap();
      },
      [&](const dyad::ReadError& e) { (void)e.ToString(); });
  if (n != seen || n > 1) __builtin_trap();
  return 0;
}
