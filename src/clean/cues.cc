// The cleaner's cue lists. They are short, closed, and tied to the code that
// reads them, so they live here as constant tables rather than in data/.
#include "clean/cues.h"

#include <algorithm>
#include <initializer_list>

namespace dyad::clean_internal {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (Lower(a[i]) != Lower(b[i])) return false;
  return true;
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

template <size_t N>
bool InIgnoreCase(const std::string_view (&table)[N], std::string_view s) {
  return std::any_of(std::begin(table), std::end(table), [&](std::string_view t) { return EqualsIgnoreCase(t, s); });
}

template <size_t N>
bool InExact(const std::string_view (&table)[N], std::string_view s) {
  return std::find(std::begin(table), std::end(table), s) != std::end(table);
}

// News and photo agencies as they appear in credits and datelines.
constexpr std::string_view kAgencies[] = {
    "AFP", "AP", "Reuters", "Xinhua", "KCNA", "KCNA via KNS", "KNS", "Yonhap", "Kyodo", "TASS", "RIA Novosti",
    "RIA", "Interfax", "Sputnik", "Anadolu", "Anadolu Agency", "EPA", "EFE", "EPA-EFE", "dpa", "ANSA", "UPI",
    "ANI", "PTI", "IANS", "Bernama", "Antara", "Jiji", "Jiji Press", "CNA", "WAFA", "SPA", "WAM", "IRNA", "ISNA",
    "Fars", "Tasnim", "MENA", "APA", "Ukrinform", "Unian", "BelTA", "NAN", "APS", "MAP", "Getty Images", "Getty",
    "Shutterstock", "Alamy", "SIPA", "Sipa USA", "ZUMA", "ZUMA Press", "NurPhoto", "Bloomberg", "Imaginechina",
    "Pool", "Handout", "AFP Photo", "AP Photo", "Reuters Photo", "Xinhua Photo", "Yonhap Photo", "KCNA Photo",
    "Rodong Sinmun", "CCTV", "China Daily", "Global Times", "NHK", "BBC", "CNN", "Al Jazeera", "Kremlin Pool",
    "Sputnik Pool", "Presidential Press Service", "Ukrainian Presidential Press Service", "Associated Press",
    "Agence France-Presse", "Agence France Presse", "Xinhua News Agency", "Korean Central News Agency",
    "Yonhap News Agency", "AAP", "NZPA", "CP", "PA", "PA Media", "Belga", "ANP", "Lusa", "TT", "NTB", "Ritzau",
};

constexpr std::string_view kCreditModifiers[] = {"File", "Handout", "Pool", "Photo", "Photos", "Files", "Video",
                                                 "Screenshot", "Screengrab", "TV", "Courtesy"};

constexpr std::string_view kPhotoLabels[] = {"Photo", "Photos", "Picture", "Pictures", "Image", "Images",
                                             "File photo", "File picture", "File image", "Photograph",
                                             "Photo credit", "Credit", "Source", "Video grab", "Screengrab"};

// Footer and site boilerplate, matched at the start of a line.
// Labels that open a headline or a line with a colon like a dateline does
// ("BREAKING: ...", "UPDATE: ..."), but name no place.
constexpr std::string_view kKickers[] = {
    "breaking", "breaking news", "update", "updated", "updates", "exclusive", "watch", "video", "photos",
    "live", "analysis", "opinion", "editorial", "factbox", "explainer", "note", "correction", "feature",
    "interview", "review", "comment", "flash", "urgent", "alert", "warning", "read", "see", "also",
    "editor's note", "advisory", "q&a", "timeline", "profile", "graphic", "podcast", "quote", "quotes",
};

// Acronyms that read like words, which a bare capitals dateline must not be:
// "NATO Secretary General Mark Rutte said".
constexpr std::string_view kWordLikeAcronyms[] = {
    "nato", "asean", "opec", "unicef", "unesco", "unrwa", "unhcr", "unifil", "unsc", "iaea", "osce", "nasa",
    "fifa", "uefa", "isis", "isil", "hamas", "jnim", "farc", "ecowas", "sadc", "igad", "mercosur", "apec",
    "aukus", "brics", "cites", "interpol", "europol", "frontex", "swift", "covid", "sars", "mers", "ebola",
    "amisom", "atmis", "monusco", "minusma", "unmiss", "ofac", "fema", "ukip", "anc", "snp", "fbi", "cia",
    "nsa", "ocha", "wfp", "unfpa", "undp", "unep", "icao", "imo", "ilo", "fao", "oecd", "gcc", "saarc",
};

constexpr std::string_view kFooterStarts[] = {
    "Did you find an error", "Read more:", "Read more at", "Read more here",
    "Read also:", "Also read:", "ALSO READ", "READ MORE", "Related:", "Related articles", "Related stories",
    "Related coverage", "Related content", "Subscribe to", "Subscribe now", "Sign up for", "Sign up to",
    "Follow us on", "Follow our", "Like us on", "Click here", "Share this article", "Share this story",
    "Share on Facebook", "Share on Twitter", "All rights reserved", "Copyright ©", "Copyright (c)", "©", "(c) 20",
    "This article was originally published", "This story was originally published", "This article has been",
    "This story has been", "Reporting by", "(Reporting by", "Additional reporting by", "(Additional reporting by",
    "Editing by", "Writing by", "Compiled by", "Advertisement", "Scroll to continue", "Continue reading",
    "Download our app", "Download the app", "Get the latest", "Join our", "Report an error", "Report a typo",
    "Leave a comment", "Recommended:", "Watch:", "WATCH:", "Listen:", "Trending:", "Most read",
    "Send us your feedback", "Tags:", "Topics:", "Filed under", "Most read:", "Most popular:", "Our Standards:",
};

// Never the last word of a headline.
constexpr std::string_view kFunctionWords[] = {
    "a", "an", "the", "of", "to", "for", "with", "in", "on", "at", "by", "from", "and", "or", "but", "nor", "as",
    "into", "onto", "over", "under", "about", "after", "before", "than", "that", "which", "who", "whom", "whose",
    "what", "when", "where", "why", "how", "his", "her", "its", "their", "our", "my", "your", "this", "these",
    "those", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
    "will", "would", "can", "could", "shall", "should", "may", "might", "must", "not", "no", "said", "says", "say",
    "told", "tells", "asked", "asks", "if", "so", "then", "via", "per", "against", "between", "among", "amid",
    "during", "without", "within", "through", "toward", "towards", "upon", "across", "behind", "beyond", "near",
    "around", "along", "above", "below", "beside", "inside", "outside", "off", "past", "despite", "amongst",
    "since", "until", "while", "because", "although", "though", "whether", "mr.", "mrs.", "ms.", "dr.", "gen.",
    "president", "minister", "prime", "secretary", "chairman", "leader", "king", "queen", "prince", "pope",
    "general", "senator", "governor", "mayor", "chancellor", "ambassador", "spokesman", "spokeswoman", "foreign",
    "new", "north", "south", "east", "west", "united", "saint", "st.", "de", "la", "le", "van", "von", "al",
    "bin", "abu", "i", "you", "we", "he", "she", "it", "they", "me", "him", "us", "them", "there", "here", "all",
    "every", "each", "some", "any", "both", "either", "neither", "more", "most", "less", "very", "also", "just",
    "only", "even", "still", "yet", "like", "dear", "hi", "hello", "thanks", "thank", "please", "named", "called",
    "dubbed", "titled", "entitled", "word", "term", "chief", "head", "commander", "envoy", "spokesperson",
};

// Opening words of a news sentence that are rarely capitalized mid-headline in
// sentence case. Exact case.
constexpr std::string_view kSentenceStarters[] = {
    "The", "A", "An", "This", "That", "These", "Those", "He", "She", "It", "They", "We", "His", "Her", "Its",
    "Their", "In", "On", "At", "After", "Before", "As", "When", "While", "Since", "Although", "Though", "Despite",
    "According", "Following", "Amid", "During", "Earlier", "Later", "Last", "Meanwhile", "However", "Officials",
    "Authorities", "Police", "Witnesses", "Residents", "Analysts", "Speaking", "Addressing", "Asked", "Two",
    "Three", "Four", "Five", "Several", "Many", "Thousands", "Hundreds", "Dozens", "Some", "More", "Most", "One",
    "Both", "Each", "Under", "With", "Without", "Over", "For", "From", "By", "Nearly", "About", "Almost", "Around",
    "Just", "Only", "Even", "Still", "Yesterday", "Today",
};

constexpr std::string_view kVerbs[] = {
    "said", "says", "say", "told", "tells", "has", "have", "had", "is", "are", "was", "were", "will", "would",
    "could", "can", "may", "might", "must", "should", "did", "does", "announced", "announces", "reported",
    "reports", "warned", "warns", "urged", "urges", "called", "calls", "accused", "accuses", "condemned",
    "condemns", "denied", "denies", "rejected", "rejects", "vowed", "vows", "wants", "wanted", "plans",
    "planned", "launched", "launches", "fired", "fires", "sent", "sends", "wrote", "writes", "met", "meets",
    "signed", "signs", "agreed", "agrees", "claimed", "claims", "confirmed", "confirms", "insisted", "insists",
    "added", "adds", "stressed", "stresses", "declared", "declares", "ordered", "orders", "threatened",
    "threatens", "promised", "promises", "pledged", "pledges", "hopes", "hoped", "expects", "expected",
};

constexpr std::string_view kAbbreviations[] = {
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Adm.", "Gov.", "Sen.",
    "Rep.", "Rev.", "St.", "Jr.", "Sr.", "No.", "Vol.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.",
    "Oct.", "Nov.", "Dec.", "Inc.", "Co.", "Corp.", "Ltd.", "vs.", "v.", "etc.", "approx.", "Mt.", "Ft.",
};

}  // namespace

bool IsAgency(std::string_view s) { return InIgnoreCase(kAgencies, s); }
bool IsCreditModifier(std::string_view s) { return InIgnoreCase(kCreditModifiers, s); }
bool IsPhotoLabel(std::string_view s) { return InIgnoreCase(kPhotoLabels, s); }
bool IsKicker(std::string_view s) { return InIgnoreCase(kKickers, s); }
bool IsWordLikeAcronym(std::string_view s) { return InIgnoreCase(kWordLikeAcronyms, s); }
bool IsFunctionWord(std::string_view word) { return InIgnoreCase(kFunctionWords, word); }
bool IsSentenceStarter(std::string_view word) { return InExact(kSentenceStarters, word); }
bool IsReportingOrAuxVerb(std::string_view word) { return InExact(kVerbs, word); }

bool IsAbbreviation(std::string_view word) {
  if (InExact(kAbbreviations, word)) return true;
  // Initialisms: "U.S.", "U.N.", "E.U.", "J." (an initial).
  if (word.size() < 2 || word.back() != '.') return false;
  for (size_t i = 0; i + 1 < word.size(); i += 2)
    if (!(word[i] >= 'A' && word[i] <= 'Z') || word[i + 1] != '.') return false;
  return word.size() % 2 == 0;
}

bool IsFooterStart(std::string_view line) {
  return std::any_of(std::begin(kFooterStarts), std::end(kFooterStarts), [&](std::string_view cue) {
    if (!StartsWithIgnoreCase(line, cue)) return false;
    // Whole words only: "Most read:" is a footer, "Most readers" is not.
    char next = line.size() > cue.size() ? line[cue.size()] : ' ';
    return !((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z'));
  });
}

}  // namespace dyad::clean_internal
