#include "syntax/conllu.h"

#include <charconv>

namespace dyad::syntax {
namespace {

bool ParseInt(std::string_view s, int* v) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *v);
  return ec == std::errc() && p == s.data() + s.size();
}

std::string Field(std::string_view s) { return s == "_" ? std::string() : std::string(s); }

void Finish(ConlluSentence* cur, std::vector<int>* heads, std::vector<ConlluSentence>* out) {
  if (!cur->sentence.tokens.empty()) {
    const int n = static_cast<int>(cur->sentence.tokens.size());
    for (int i = 0; i < n; ++i) {
      int h = (*heads)[i];
      cur->sentence.tokens[i].head = (h >= 1 && h <= n) ? h - 1 : -1;
    }
    out->push_back(std::move(*cur));
  }
  *cur = ConlluSentence();
  heads->clear();
}

}  // namespace

std::vector<ConlluSentence> ParseConllu(std::string_view text, std::vector<std::string>* errors) {
  std::vector<ConlluSentence> out;
  ConlluSentence cur;
  std::vector<int> heads;
  size_t pos = 0;
  int line_no = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      Finish(&cur, &heads, &out);
      if (nl == text.size()) break;
      continue;
    }
    if (line[0] == '#') {
      if (!cur.sentence.tokens.empty()) Finish(&cur, &heads, &out);
      cur.comments.emplace_back(line);
      continue;
    }
    std::string_view cols[10];
    int nc = 0;
    size_t start = 0;
    while (nc < 10) {
      size_t tab = line.find('\t', start);
      if (tab == std::string_view::npos) {
        cols[nc++] = line.substr(start);
        break;
      }
      cols[nc++] = line.substr(start, tab - start);
      start = tab + 1;
    }
    if (nc < 10) {
      if (errors) errors->push_back("line " + std::to_string(line_no) + ": expected 10 tab-separated columns");
      continue;
    }
    // Multiword-token ranges ("3-4") and empty nodes ("3.1") are not words.
    if (cols[0].find_first_of("-.") != std::string_view::npos) continue;
    int id = 0;
    if (!ParseInt(cols[0], &id) || id != static_cast<int>(cur.sentence.tokens.size()) + 1) {
      if (errors) errors->push_back("line " + std::to_string(line_no) + ": bad word id '" + std::string(cols[0]) + "'");
      continue;
    }
    Token t;
    t.form = std::string(cols[1]);
    t.lemma = Field(cols[2]);
    t.upos = Field(cols[3]);
    t.xpos = Field(cols[4]);
    t.feats = std::string(cols[5]);
    t.deprel = Field(cols[7]);
    t.space_after = cols[9].find("SpaceAfter=No") == std::string_view::npos;
    int head = 0;
    if (!ParseInt(cols[6], &head)) head = -2;
    cur.sentence.tokens.push_back(std::move(t));
    heads.push_back(head);
  }
  Finish(&cur, &heads, &out);
  // Sentence text from "# text = " when present.
  for (auto& s : out)
    for (const auto& c : s.comments)
      if (c.rfind("# text = ", 0) == 0) s.sentence.text = c.substr(9);
  return out;
}

namespace {
void WriteTokens(const Sentence& s, std::ostream& out) {
  // Columns must not contain tabs or newlines, nor be empty.
  auto f = [](const std::string& v) -> std::string {
    if (v.empty()) return "_";
    if (v.find_first_of("\t\n\r") == std::string::npos) return v;
    std::string out = v;
    for (char& c : out)
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return out;
  };
  for (size_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    out << i + 1 << '\t' << f(t.form) << '\t' << f(t.lemma) << '\t' << f(t.upos) << '\t' << f(t.xpos) << '\t'
        << f(t.feats) << '\t' << (t.head >= 0 ? t.head + 1 : 0) << '\t' << f(t.deprel) << "\t_\t"
        << (t.space_after ? "_" : "SpaceAfter=No") << '\n';
  }
  out << '\n';
}
}  // namespace

void WriteConllu(const ConlluSentence& s, std::ostream& out) {
  for (const auto& c : s.comments) out << c << '\n';
  WriteTokens(s.sentence, out);
}

void WriteConllu(const Sentence& s, std::ostream& out) {
  if (!s.text.empty()) {
    std::string text = s.text;
    for (char& c : text)
      if (c == '\n' || c == '\r') c = ' ';
    out << "# text = " << text << '\n';
  }
  WriteTokens(s, out);
}

}  // namespace dyad::syntax
