// CleanArticle: normalize, split a run-on title, pull the dateline into
// metadata, and drop the lines that are not the story.
#include <string>
#include <vector>

#include "clean/dateline.h"
#include "clean/line_filter.h"
#include "clean/text_util.h"
#include "clean/title_split.h"
#include "dyad/clean.h"

namespace dyad {

using clean_internal::ClassifyLine;
using clean_internal::LineKind;
using clean_internal::Trim;

namespace {

// A line of the normalized text; an empty kept line marks a paragraph break.
struct Line {
  std::string text;
  bool dropped = false;
};

std::vector<Line> SplitLines(const std::string& text) {
  std::vector<Line> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    lines.push_back(Line{text.substr(start, nl - start)});
    start = nl + 1;
  }
  return lines;
}

std::string JoinLines(const std::vector<Line>& lines) {
  std::string out;
  bool pending_break = false;
  for (const Line& line : lines) {
    if (line.dropped) continue;
    const std::string& l = line.text;
    if (l.empty()) {
      pending_break = !out.empty();
      continue;
    }
    if (!out.empty()) out += pending_break ? "\n\n" : "\n";
    pending_break = false;
    out += l;
  }
  return out;
}

void Drop(CleanReport* report, const char* why, std::string_view what) {
  std::string s(why);
  s += ": \"";
  s += what;
  s += '"';
  report->dropped.push_back(std::move(s));
}

// A dateline opening `text` becomes the article's metadata and leaves the text.
void TakeDateline(std::string* text, Article* article, CleanReport* report) {
  auto m = clean_internal::MatchDateline(*text);
  if (!m) return;
  article->dateline = std::string(m->dateline);
  article->dateline_place = std::string(m->place);
  if (!m->agency.empty()) article->agency = std::string(m->agency);
  Drop(report, "dateline (kept as metadata)", m->dateline);
  text->erase(0, m->length);
}

}  // namespace

CleanReport CleanArticle(Article& article) {
  CleanReport report;
  size_t bad_title = 0, bad_text = 0;
  article.title = NormalizeText(article.title, &bad_title);
  article.text = NormalizeText(article.text, &bad_text);
  report.invalid_utf8 = bad_title + bad_text;
  if (article.sentence_level) {
    for (char& c : article.text)
      if (c == '\n') c = ' ';
    std::string collapsed;
    collapsed.reserve(article.text.size());
    for (char c : article.text)
      if (!(c == ' ' && !collapsed.empty() && collapsed.back() == ' ')) collapsed += c;
    article.text = std::move(collapsed);
    // The first sentence of a story keeps its dateline in sentence-level
    // input too ("GAZA CITY, Palestinian Territories: Four children ...").
    TakeDateline(&article.text, &article, &report);
    return report;
  }

  std::vector<Line> lines = SplitLines(article.text);
  auto is_text = [](const Line& l) { return !l.dropped && !l.text.empty(); };

  // 1. Drop lines that are not story text; trim stray punctuation.
  for (Line& l : lines) {
    std::string& line = l.text;
    if (line.empty()) continue;
    clean_internal::LineVerdict v = ClassifyLine(line);
    if (v.kind == LineKind::kTrailingCredit) {
      Drop(&report, "credit", std::string_view(line).substr(v.keep));
      line.resize(v.keep);
      line = std::string(Trim(line));
    } else if (v.kind != LineKind::kBody) {
      if (v.kind == LineKind::kCredit && article.agency.empty()) article.agency = std::string(v.agency);
      Drop(&report, clean_internal::LineKindName(v.kind), line);
      l.dropped = true;
      continue;
    }
    std::string inline_credits = clean_internal::RemoveInlinePhotoCredits(&line);
    if (!inline_credits.empty()) Drop(&report, "photo credit", inline_credits);
    std::string inline_captions = clean_internal::RemoveInlineCaptions(&line);
    if (!inline_captions.empty()) Drop(&report, "photo caption", inline_captions);
    if (size_t footer = clean_internal::InlineFooterStart(line); footer != std::string::npos) {
      Drop(&report, "footer", std::string_view(line).substr(footer));
      line.resize(footer);
      line = std::string(Trim(line));
    }
    if (size_t n = clean_internal::StrayLeadingPunctuation(line)) {
      Drop(&report, "stray leading punctuation", Trim(std::string_view(line).substr(0, n)));
      line.erase(0, n);
    }
    if (line.empty()) l.dropped = true;
  }

  // 2. The title: run into the first line, or a headline line of its own.
  size_t first = 0;
  while (first < lines.size() && !is_text(lines[first])) ++first;
  if (article.title.empty() && first < lines.size()) {
    std::string& line = lines[first].text;
    size_t cut = clean_internal::FindTitleEnd(line);
    if (cut != std::string_view::npos) {
      article.title = std::string(Trim(std::string_view(line).substr(0, cut)));
      line.erase(0, cut);
    } else if (clean_internal::LooksLikeHeadline(line)) {
      size_t next = first + 1;
      while (next < lines.size() && !is_text(lines[next])) ++next;
      if (next < lines.size()) {
        article.title = line;
        lines[first].dropped = true;
        first = next;
      }
    }
  }
  if (std::string_view credit = clean_internal::TrailingTitleCredit(article.title); !credit.empty()) {
    Drop(&report, "title credit", Trim(credit.substr(2)));
    article.title.resize(article.title.size() - credit.size());
  }
  if (std::string_view byline = clean_internal::TrailingTitleByline(article.title); !byline.empty()) {
    Drop(&report, "byline", Trim(byline));
    article.title.resize(article.title.size() - byline.size());
  }

  // 3. A dateline opening the story becomes metadata.
  if (first < lines.size()) {
    std::string& line = lines[first].text;
    TakeDateline(&line, &article, &report);
  }

  article.text = JoinLines(lines);
  return report;
}

}  // namespace dyad
