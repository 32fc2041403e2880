// Finding the end of a headline that runs straight into the body:
// "Xi writes to Kim calling for world peace The Chinese president wants ..."
#ifndef DYAD_CLEAN_TITLE_SPLIT_H_
#define DYAD_CLEAN_TITLE_SPLIT_H_

#include <cstddef>
#include <string_view>

namespace dyad::clean_internal {

// Byte offset in normalized `line` where the body starts after a run-on
// headline, or npos when the line does not start with one. A split needs a
// short title (2-25 words, no sentence end inside, not ending in a function
// word) followed by a capitalized sentence opening: a typical first word
// ("The", "A", "In", "He"...), an opening quote, a dateline, or a name
// followed by a reporting verb or auxiliary ("Kim Jong Un has ...", in a
// sentence-case title only). In Title Case headlines the split goes to the
// last such opening before the first lowercase word.
size_t FindTitleEnd(std::string_view line);

// A whole line that reads as a headline of its own: 2-20 words, capitalized,
// no final period, comma, colon or semicolon.
bool LooksLikeHeadline(std::string_view line);

}  // namespace dyad::clean_internal

#endif  // DYAD_CLEAN_TITLE_SPLIT_H_
