// Recognizes the non-story lines of scraped news: photo captions, lone
// credits, bylines, site footers.
#ifndef DYAD_CLEAN_LINE_FILTER_H_
#define DYAD_CLEAN_LINE_FILTER_H_

#include <string>
#include <string_view>

namespace dyad::clean_internal {

enum class LineKind {
  kBody,
  kCredit,          // a lone credit line: "AFP", "(Reuters)", "AFP/File"
  kCaption,         // a photo caption: "Xi Jinping with Kim Jong Un in 2019. AFP"
  kTrailingCredit,  // story text with a credit appended: keep the first `keep` bytes
  kByline,          // "By John Smith"
  kFooter,          // "Did you find an error? Please let us know."
  kNoWords,         // "***", "--"
};

const char* LineKindName(LineKind k);

struct LineVerdict {
  LineKind kind = LineKind::kBody;
  std::string_view agency;  // for a lone credit naming a news agency
  size_t keep = 0;          // for kTrailingCredit
};

// Classifies one normalized, trimmed line.
LineVerdict ClassifyLine(std::string_view line);

// True when all of `s` is a credit: "AFP", "(AP)", "AFP/File", "KCNA via
// Reuters", "AP Photo/Ahn Young-joon", "Photo: Reuters", "File photo".
// `agency` receives the first agency named, `labelled` whether a photo label
// ("Photo:", "File photo") was present.
bool IsCredit(std::string_view s, std::string_view* agency, bool* labelled);

// Removes bracketed photo credits inside a line ("(Photo: Reuters)",
// "(AFP Photo)", "(File photo)"); returns what was removed, "" if nothing.
std::string RemoveInlinePhotoCredits(std::string* line);

// Removes photo captions inside a line of several sentences (records whose
// text is one line): a labelled one ("Photo: Families arrive in Tawila.")
// and a short caption-like sentence a lone credit closes ("Xi Jinping with
// Kim Jong Un in 2019. AFP"). The line's first sentence stays (it may hold
// the title). Returns what was removed, "" if nothing.
std::string RemoveInlineCaptions(std::string* line);

// Length of stray punctuation at the start of a line (". China remains"), 0 if none.
size_t StrayLeadingPunctuation(std::string_view line);

// Strips a trailing credit from a headline ("Xi writes to Kim - Reuters");
// returns the credit removed, "" if none.
std::string_view TrailingTitleCredit(std::string_view title);

// A byline closing a headline run into its story ("Putin hosts Witkoff in
// Kremlin By Guy Faulconbridge"): the " By Name Name" removed, "" if none.
std::string_view TrailingTitleByline(std::string_view title);

// Where site boilerplate begins inside a line of several sentences (records
// whose text is one line): the first sentence that opens with a footer cue
// ("Did you find an error? Let us know.", "(Reporting by ...)") when the
// rest of the line is short; npos if none. The line's first sentence stays.
size_t InlineFooterStart(std::string_view line);

}  // namespace dyad::clean_internal

#endif  // DYAD_CLEAN_LINE_FILTER_H_
