// Tokenize(): the lexer's words as Tokens, with a sentence-final
// abbreviation's period split off as UD EWT does.
#include <limits>

#include "dyad/segment.h"
#include "segment/chars.h"
#include "segment/lexer.h"

namespace dyad {

std::vector<Token> Tokenize(std::string_view text, uint32_t base_offset) {
  // Offsets are 32-bit: never produce one that would wrap.
  const size_t room = std::numeric_limits<uint32_t>::max() - base_offset;
  if (text.size() > room) text = text.substr(0, room);
  std::vector<segment_internal::Span> spans;
  spans.reserve(text.size() / 5 + 1);
  segment_internal::Lex(text, &spans);
  segment_internal::SplitFinalPeriod(text, &spans);
  std::vector<Token> tokens;
  tokens.reserve(spans.size());
  for (const auto& s : spans) {
    Token t;
    t.form.assign(text.data() + s.begin, s.end - s.begin);
    t.begin = base_offset + s.begin;
    t.end = base_offset + s.end;
    t.space_after = s.end >= text.size() || segment_internal::IsSpaceCp(segment_internal::DecodeAt(text, s.end).cp);
    tokens.push_back(std::move(t));
  }
  return tokens;
}

}  // namespace dyad
