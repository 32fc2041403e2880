// libFuzzer harness for the segmenter: SplitSentences, Tokenize, Segment and
// the multi-word grouping must accept any bytes, and every span they return
// must lie inside the text, be non-empty and increase.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dyad/segment.h"
#include "segment/multiword.h"

namespace {

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "segment_fuzz: %s\n", what);
    std::abort();
  }
}

void CheckTokens(std::string_view text, const std::vector<dyad::Token>& tokens, uint32_t lo, uint32_t hi) {
  uint32_t prev = lo;
  for (const dyad::Token& t : tokens) {
    Check(t.begin < t.end, "empty token");
    Check(t.begin >= prev, "tokens overlap or go back");
    Check(t.end <= hi && hi <= text.size(), "token out of bounds");
    Check(t.form == text.substr(t.begin, t.end - t.begin), "form differs from its span");
    prev = t.end;
  }
  auto ranges = dyad::SurfaceTokens(tokens);
  size_t next = 0;
  for (const auto& r : ranges) {
    Check(r.first == next && r.first <= r.last && r.last < tokens.size(), "bad surface token range");
    next = r.last + 1;
  }
  Check(next == tokens.size(), "surface tokens do not cover the words");
}

void CheckSentences(std::string_view text, const std::vector<dyad::Sentence>& sentences, uint32_t lo,
                    uint32_t hi) {
  uint32_t prev = lo;
  for (const dyad::Sentence& s : sentences) {
    Check(s.begin < s.end, "empty sentence");
    Check(s.begin >= prev, "sentences overlap or go back");
    Check(s.end <= hi, "sentence out of bounds");
    Check(s.text == text.substr(s.begin, s.end - s.begin), "sentence text differs from its span");
    CheckTokens(text, s.tokens, s.begin, s.end);
    prev = s.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);

  // Whole input, with an offset.
  std::string padded = "xx" + std::string(input);
  auto sentences = dyad::SplitSentences(input, 2);
  for (auto& s : sentences) Check(s.tokens.empty(), "SplitSentences filled tokens");
  CheckSentences(padded, sentences, 2, static_cast<uint32_t>(padded.size()));
  auto tokens = dyad::Tokenize(input, 2);
  CheckTokens(padded, tokens, 2, static_cast<uint32_t>(padded.size()));

  // Title and body split at the first NUL byte (if any); the first byte's
  // low bit asks for a single body sentence.
  size_t cut = input.find('\0');
  std::string_view title = cut == std::string_view::npos ? std::string_view() : input.substr(0, cut);
  std::string_view body = cut == std::string_view::npos ? input : input.substr(cut + 1);
  bool single = size > 0 && (data[0] & 1);
  dyad::Document doc = dyad::Segment(title, body, single);
  std::string expected = title.empty() ? std::string(body) : std::string(title) + "\n\n" + std::string(body);
  Check(doc.text == expected, "document text is not title + blank line + body");
  CheckSentences(doc.text, doc.sentences, 0, static_cast<uint32_t>(doc.text.size()));
  for (const auto& s : doc.sentences) {
    Check(!s.is_title || s.end <= title.size(), "title sentence outside the title");
    Check(s.is_title || title.empty() || s.begin >= title.size() + 2, "body sentence inside the title");
  }
  return 0;
}
