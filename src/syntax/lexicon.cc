#include "syntax/lexicon.h"

namespace dyad::syntax {

std::vector<LexiconEntry> ParseLexicon(std::string_view text, std::string* error) {
  std::vector<LexiconEntry> out;
  size_t pos = 0;
  int line_no = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0) {
      if (error && error->empty()) *error = "line " + std::to_string(line_no) + ": expected word<TAB>classes";
      continue;
    }
    LexiconEntry e;
    e.word.assign(line.substr(0, tab));
    std::string_view rest = line.substr(tab + 1);
    while (!rest.empty()) {
      size_t comma = rest.find(',');
      std::string_view c = rest.substr(0, comma);
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
      if (c == "NAME") e.classes |= kLexName;
      else if (c == "NAT") e.classes |= kLexNat;
      else if (c == "AGENT") e.classes |= kLexAgent;
      else if (c == "BASE") e.classes |= kLexBase;
      else if (c.substr(0, 5) == "PAST=") e.classes |= kLexPast, e.past_of.assign(c.substr(5));
      else if (c.substr(0, 5) == "PART=") e.classes |= kLexPart, e.part_of.assign(c.substr(5));
      else if (error && error->empty()) *error = "line " + std::to_string(line_no) + ": unknown class " + std::string(c);
    }
    if (e.classes) out.push_back(std::move(e));
  }
  return out;
}

}  // namespace dyad::syntax
