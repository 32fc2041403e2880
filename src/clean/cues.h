// Word lists the cleaner relies on: news agencies and photo credits, footer
// phrases, headline/sentence cue words. Lookups are case-insensitive unless
// said otherwise.
#ifndef DYAD_CLEAN_CUES_H_
#define DYAD_CLEAN_CUES_H_

#include <string_view>

namespace dyad::clean_internal {

// "AFP", "Reuters", "Getty Images", "KCNA", "EPA-EFE", ...
bool IsAgency(std::string_view s);
// A word allowed after an agency in a credit: "File", "Handout", "Pool", "Photo".
bool IsCreditModifier(std::string_view s);
// "Photo", "Picture", "Image", "File photo", "Photograph", "Credit" (before ':' or "by").
bool IsPhotoLabel(std::string_view s);
// "BREAKING", "UPDATE", "EXCLUSIVE", "ANALYSIS": a label before a colon that is
// not a dateline place.
bool IsKicker(std::string_view s);
// "NATO", "UNICEF", "HAMAS": acronyms that read like words (a capitals word
// before a name is a dateline place only when it is none of these).
bool IsWordLikeAcronym(std::string_view s);
// A footer/boilerplate line start: "Did you find an error?", "Read more:", ...
bool IsFooterStart(std::string_view line);
// Words after which a capitalized word continues a phrase rather than starting
// a new sentence: closed-class words ("the", "of", "to", "said"), titles and
// name parts ("President", "North", "New"). Such a word never ends a headline.
bool IsFunctionWord(std::string_view word);
// Words that typically open a news sentence (exact case): "The", "A", "In", "He", ...
bool IsSentenceStarter(std::string_view word);
// Finite verbs and auxiliaries that typically follow a sentence-initial name:
// "said", "has", "will", ...
bool IsReportingOrAuxVerb(std::string_view word);
// "Mr.", "Dr.", "Gen.", "U.S." and other abbreviations that end with a period.
bool IsAbbreviation(std::string_view word);

}  // namespace dyad::clean_internal

#endif  // DYAD_CLEAN_CUES_H_
