// Cleaning real news text: unicode normalization, run-on titles, captions,
// credits, datelines, footers, stray punctuation.
#ifndef DYAD_CLEAN_H_
#define DYAD_CLEAN_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/article.h"

namespace dyad {

// NFC, quotes/dashes/ellipses/non-breaking spaces normalized, invalid UTF-8
// replaced by U+FFFD. `replaced` (optional) receives the count of bad sequences.
std::string NormalizeText(std::string_view text, size_t* replaced = nullptr);

struct CleanReport {
  size_t invalid_utf8 = 0;
  std::vector<std::string> dropped;  // what was removed and why, for `--verbose`
};

// Cleans article.title and article.text in place: splits a title that runs
// into the body, fills dateline/dateline_place/agency, drops captions, credits,
// footers. Sentence-level records are only normalized.
CleanReport CleanArticle(Article& article);

}  // namespace dyad

#endif  // DYAD_CLEAN_H_
