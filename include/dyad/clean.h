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
// In detail: curly quotes and guillemets -> " and '; em dashes, spaced en
// dashes and typed "--" -> " - " (an en dash between letters or digits, as in
// "1950-53", and Unicode hyphens -> "-"); "…" -> "..."; elision markers "(…)",
// "[...]" removed; Unicode spaces -> ' '; zero-width, bidi and soft-hyphen
// characters removed; control characters -> ' '; runs of blanks -> one space,
// one line break kept as "\n", two or more as "\n\n"; no leading or trailing
// whitespace. Idempotent: NormalizeText(NormalizeText(x)) == NormalizeText(x).
std::string NormalizeText(std::string_view text, size_t* replaced = nullptr);

struct CleanReport {
  size_t invalid_utf8 = 0;
  // What was removed and why, for `--verbose`: `reason: "text"`, with reasons
  // photo caption, photo credit, credit, byline, site footer, no words, stray
  // leading punctuation, title credit, dateline (kept as metadata).
  std::vector<std::string> dropped;
};

// Cleans article.title and article.text in place: splits a title that runs
// into the body, fills dateline/dateline_place/agency, drops captions, credits,
// footers. Sentence-level records are only normalized (and their line breaks
// become spaces). The cleaned text keeps the input's lines: "\n" between
// lines, "\n\n" between paragraphs.
CleanReport CleanArticle(Article& article);

}  // namespace dyad

#endif  // DYAD_CLEAN_H_
