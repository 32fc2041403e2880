// libFuzzer harness: ReadArticles on News text records; every record and error is
// touched so that sanitizers see any bad bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dyad/read.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dyad::ReadOptions options;
  options.format = dyad::InputFormat::kNewsText;
  options.max_record_bytes = 1 << 16;
  size_t seen = 0, bytes = 0;
  size_t n = dyad::ReadArticles(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.in", options,
      [&](dyad::Article&& a) {
        ++seen;
        bytes += a.text.size() + a.id.size() + a.title.size() + a.gold.size();
        if (!a.date.valid() || a.text.empty()) __builtin_trap();  // a delivered record is always usable
      },
      [&](const dyad::ReadError& e) { bytes += e.ToString().size(); });
  if (n != seen) __builtin_trap();
  return 0;
}
