// Segment(): title and body into one Document text, split and tokenized.
#include <limits>

#include "dyad/segment.h"
#include "segment/chars.h"

namespace dyad {
namespace {

using segment_internal::CodePoint;
using segment_internal::DecodeAt;
using segment_internal::DecodeBefore;
using segment_internal::IsSpaceCp;

}  // namespace

Document Segment(std::string_view title, std::string_view body, bool single_sentence) {
  // Offsets are 32-bit; a longer input is cut rather than wrapped.
  constexpr size_t kMax = std::numeric_limits<uint32_t>::max() - 2;
  if (title.size() > kMax) title = title.substr(0, kMax);
  if (body.size() > kMax - title.size()) body = body.substr(0, kMax - title.size());

  Document doc;
  doc.text.reserve(title.size() + 2 + body.size());
  if (!title.empty()) {
    doc.text.append(title);
    doc.text.append("\n\n");
  }
  const auto body_offset = static_cast<uint32_t>(doc.text.size());
  doc.text.append(body);

  if (!title.empty()) {
    for (Sentence& s : SplitSentences(title, 0)) {
      s.is_title = true;
      doc.sentences.push_back(std::move(s));
    }
  }
  if (single_sentence) {
    // The whole body, less surrounding white space, is one sentence.
    size_t b = 0, e = body.size();
    while (b < e) {
      CodePoint c = DecodeAt(body, b);
      if (!IsSpaceCp(c.cp)) break;
      b += c.len;
    }
    while (e > b) {
      CodePoint c = DecodeBefore(body, e);
      if (!IsSpaceCp(c.cp)) break;
      e -= c.len;
    }
    if (e > b) {
      Sentence s;
      s.begin = body_offset + static_cast<uint32_t>(b);
      s.end = body_offset + static_cast<uint32_t>(e);
      s.text.assign(body.substr(b, e - b));
      doc.sentences.push_back(std::move(s));
    }
  } else {
    for (Sentence& s : SplitSentences(body, body_offset)) doc.sentences.push_back(std::move(s));
  }

  for (Sentence& s : doc.sentences) {
    s.tokens = Tokenize(s.text, s.begin);
    // Whether the last word is followed by space depends on the document.
    if (!s.tokens.empty()) {
      uint32_t end = s.tokens.back().end;
      s.tokens.back().space_after = end >= doc.text.size() || IsSpaceCp(DecodeAt(doc.text, end).cp);
    }
  }
  return doc;
}

}  // namespace dyad
