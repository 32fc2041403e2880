// Import of the dictionary formats users already have: TABARI / PETRARCH
// actors and agents ("NAME [CODE dates]", "+SYNONYM", "[~AGT]"), PETRARCH 2
// verbs (CAMEO.2.0: synsets, "--- VERB [code] ---" blocks, "- pre * post
// [code]" patterns) and discards ("+" = story level). Patterns whose shape
// dyad's dependency patterns cannot express are counted in
// Dictionaries::unmapped_patterns (printed with --verbose).
#include <algorithm>
#include <cctype>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>

#include "dict/dictionary.h"

namespace dyad {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return out;
}

// "KIM_JONG_UN_" -> "Kim Jong Un" style (case does not matter for matching).
std::string NameOf(std::string_view s) {
  std::string out;
  for (char c : s) out += c == '_' ? ' ' : c;
  return std::string(Trim(out));
}

std::vector<std::string_view> Lines(std::string_view text) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    out.push_back(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return out;
}

std::string_view StripComment(std::string_view line) {
  size_t hash = line.find('#');
  if (hash != std::string_view::npos) line = line.substr(0, hash);
  if (line.rfind("<!--", 0) == 0) return "";
  return Trim(line);
}

// TABARI dates are YYMMDD; two-digit years up to 30 are 20xx.
Date TabariDate(std::string_view s) {
  if (s.size() != 6) return {};
  int v[3];
  for (int i = 0; i < 3; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[2 * i])) || !std::isdigit(static_cast<unsigned char>(s[2 * i + 1])))
      return {};
    v[i] = (s[2 * i] - '0') * 10 + (s[2 * i + 1] - '0');
  }
  int year = v[0] <= 30 ? 2000 + v[0] : 1900 + v[0];
  if (!IsValidDate(year, v[1], v[2])) return {};
  return Date{year, v[1], v[2]};
}

// "[AFGGOV >011222]", "[USRARM <900823]", "[AFGELI 320101-331108]", "[pse]".
bool ParseBracketCode(std::string_view b, DatedCode* dc) {
  b = Trim(b);
  if (b.size() < 2 || b.front() != '[') return false;
  size_t close = b.find_first_of("]}");  // "[~ENV}" occurs in the Phoenix files
  if (close == std::string_view::npos) return false;
  std::string_view inner = Trim(b.substr(1, close - 1));
  size_t sp = inner.find_first_of(" \t");
  dc->code = Upper(Trim(inner.substr(0, sp)));
  if (sp != std::string_view::npos) {
    std::string_view d = Trim(inner.substr(sp));
    if (!d.empty() && d[0] == '>') dc->from = TabariDate(d.substr(1));
    else if (!d.empty() && d[0] == '<') dc->to = TabariDate(d.substr(1));
    else if (size_t dash = d.find('-'); dash != std::string_view::npos) {
      dc->from = TabariDate(d.substr(0, dash));
      dc->to = TabariDate(d.substr(dash + 1));
    }
  }
  return !dc->code.empty();
}

// Agents' "!PERSON! = MAN, MEN, ..." substitution sets expanded into names.
std::vector<std::string> Expand(const std::string& name, const std::map<std::string, std::vector<std::string>>& subs) {
  size_t a = name.find('!');
  if (a == std::string::npos) return {name};
  size_t b = name.find('!', a + 1);
  if (b == std::string::npos) return {name};
  auto it = subs.find(name.substr(a, b - a + 1));
  if (it == subs.end()) return {name.substr(0, a) + name.substr(b + 1)};
  std::vector<std::string> out;
  for (const auto& alt : it->second)
    for (auto& rest : Expand(name.substr(0, a) + alt + name.substr(b + 1), subs)) out.push_back(rest);
  return out;
}

bool LoadActorsOrAgents(std::string_view text, const std::string& path, bool agents, Dictionaries* d,
                        std::string* error) {
  std::string base = path.substr(path.find_last_of('/') + 1);
  std::map<std::string, std::vector<std::string>> subs;
  ActorEntry current;
  size_t current_line = 0;
  auto flush = [&]() {
    if (current.names.empty()) return;
    if (current.codes.empty()) {
      current = ActorEntry();
      return;
    }
    // Undated codes apply when no dated one does: put them last.
    std::stable_partition(current.codes.begin(), current.codes.end(),
                          [](const DatedCode& c) { return c.from.valid() || c.to.valid(); });
    current.origin = base + ":" + std::to_string(current_line);
    if (agents) {
      current.kind = ActorKind::kAgent;
      d->AddAgent(std::move(current));
    } else {
      current.kind = ActorKind::kGroup;
      const std::string& c = current.codes.front().code;
      if (c.size() == 3) current.kind = ActorKind::kCountry;
      else if (c.size() > 3 && c.compare(3, 3, "GOV") == 0) current.kind = ActorKind::kPerson;
      d->AddActor(std::move(current));
    }
    current = ActorEntry();
  };
  size_t line_no = 0;
  for (std::string_view raw : Lines(text)) {
    ++line_no;
    std::string_view line = StripComment(raw);
    if (line.empty()) continue;
    if (line.front() == '!' && line.find('=') != std::string_view::npos) {
      std::string key(Trim(line.substr(0, line.find('='))));
      std::vector<std::string> alts;
      std::stringstream ss{std::string(line.substr(line.find('=') + 1))};
      for (std::string item; std::getline(ss, item, ',');)
        if (!Trim(item).empty()) alts.emplace_back(Trim(item));
      subs[key] = alts;
      continue;
    }
    if (line.front() == '[') {  // a code line of the current entry
      DatedCode dc;
      if (!ParseBracketCode(line, &dc)) {
        // Real-world files have typos: skip the line, say so under --verbose.
        d->unmapped_examples.push_back(path + ":" + std::to_string(line_no) + ": skipped, bad code '" + std::string(line) + "'");
        continue;
      }
      if (agents) dc.code.erase(std::remove(dc.code.begin(), dc.code.end(), '~'), dc.code.end());
      current.codes.push_back(dc);
      continue;
    }
    if (line.front() == '+') {  // a synonym of the current entry
      std::string n = NameOf(line.substr(1));
      if (!n.empty())
        for (auto& e : Expand(n, subs)) current.names.push_back(e);
      continue;
    }
    // A new entry: "NAME {plurals} [CODE]" or a bare NAME whose codes follow.
    flush();
    current_line = line_no;
    std::string_view name = line, rest;
    size_t br = line.find_first_of("[{");
    if (br != std::string_view::npos) {
      name = Trim(line.substr(0, br));
      rest = line.substr(br);
    }
    for (auto& e : Expand(NameOf(name), subs)) current.names.push_back(e);
    if (size_t cb = rest.find('{'); cb != std::string_view::npos) {
      size_t ce = rest.find('}', cb);
      std::stringstream ss{std::string(rest.substr(cb + 1, ce == std::string_view::npos ? 0 : ce - cb - 1))};
      for (std::string w; ss >> w;)
        for (auto& e : Expand(NameOf(w), subs)) current.names.push_back(e);
    }
    if (size_t ob = rest.find('['); ob != std::string_view::npos) {
      DatedCode dc;
      if (!ParseBracketCode(rest.substr(ob), &dc)) {
        d->unmapped_examples.push_back(path + ":" + std::to_string(line_no) + ": skipped, bad code in '" + std::string(line) + "'");
        current.names.clear();
        continue;
      }
      if (agents) {
        current.agent_first = dc.code.size() > 0 && dc.code.back() == '~';
        dc.code.erase(std::remove(dc.code.begin(), dc.code.end(), '~'), dc.code.end());
      }
      current.codes.push_back(dc);
    }
  }
  flush();
  return true;
}

// Rough singular of an upper-case dictionary word, for matching lemmas.
std::vector<std::string> LemmaForms(std::string_view word) {
  std::string w = Lower(word);
  std::vector<std::string> out = {w};
  auto ends = [&](const char* s) {
    size_t n = std::strlen(s);
    return w.size() > n + 1 && w.compare(w.size() - n, n, s) == 0;
  };
  if (ends("ies")) out.push_back(w.substr(0, w.size() - 3) + "y");
  else if (ends("ses") || ends("xes") || ends("ches") || ends("shes")) out.push_back(w.substr(0, w.size() - 2));
  else if (ends("s") && !ends("ss")) out.push_back(w.substr(0, w.size() - 1));
  return out;
}

constexpr std::string_view kParticles[] = {"up", "down", "out", "off", "on", "in", "over", "back", "away", "forward"};

bool LoadPetrarchVerbs(std::string_view text, const std::string& path, Dictionaries* d, std::string* error) {
  std::string base = path.substr(path.find_last_of('/') + 1);
  std::map<std::string, std::vector<std::string>> synsets;
  std::string synset;
  bool in_patterns = false;
  std::string block_code;
  struct Head {
    std::string lemma, prt, prep;
  };
  std::vector<Head> heads;
  size_t line_no = 0;
  auto add = [&](const Head& h, const std::string& code, std::vector<std::string> obj, std::string prep,
                 std::vector<std::string> prep_noun, const std::string& text_line) {
    VerbPattern p;
    p.code = code;
    p.lemma = h.lemma;
    p.prt = h.prt;
    if (!p.prt.empty()) ++p.specificity;
    p.obj = std::move(obj);
    if (!p.obj.empty()) ++p.specificity;
    // A multi-word verb's preposition ("MEET_WITH") and a pattern's "(PREP ...)"
    // group are required prepositional dependents.
    if (prep.empty() && !h.prep.empty()) prep = h.prep;
    if (!prep.empty()) {
      p.pp = prep;
      p.pp_noun = std::move(prep_noun);
      p.specificity += p.pp_noun.empty() ? 1 : 2;
      p.tgt = {"obj", prep};
    }
    p.origin = base + ":" + std::to_string(line_no);
    p.text = text_line;
    d->AddVerb(std::move(p));
  };
  auto code_of = [](std::string_view s) -> std::string {
    size_t a = s.find('['), b = s.find(']');
    if (a == std::string_view::npos || b == std::string_view::npos || b < a) return "";
    std::string c(Trim(s.substr(a + 1, b - a - 1)));
    if (size_t colon = c.find(':'); colon != std::string::npos) c = c.substr(0, colon);
    return c;
  };
  for (std::string_view raw : Lines(text)) {
    ++line_no;
    std::string_view line = StripComment(raw);
    if (line.empty()) continue;
    // Synsets: "&NAME" then "+MEMBER" lines.
    if (line.front() == '&' && !in_patterns) {
      synset = std::string(line);
      continue;
    }
    if (line.rfind("---", 0) == 0 && line.size() > 6) {  // "---  VERB   [code]  ---"
      in_patterns = true;
      heads.clear();
      block_code = code_of(line);
      synset.clear();
      continue;
    }
    if (!in_patterns) {
      if (line.front() == '+' && !synset.empty()) {
        std::string m = Lower(NameOf(line.substr(1)));
        std::string last = m.substr(m.find_last_of(' ') + 1);
        for (auto& f : LemmaForms(last)) synsets[synset].push_back(f);
      }
      continue;
    }
    if (line.front() == '-') {  // a pattern
      std::string code = code_of(line);
      if (code.empty() || heads.empty()) {
        ++d->unmapped_patterns;
        continue;
      }
      std::string_view body = Trim(line.substr(1, line.find('[') - 1));
      size_t star = body.find('*');
      std::string_view pre = star == std::string_view::npos ? "" : Trim(body.substr(0, star));
      std::string_view post = star == std::string_view::npos ? body : Trim(body.substr(star + 1));
      if (!pre.empty()) {  // words before the verb: a subject-side shape we do not express
        ++d->unmapped_patterns;
        if (d->unmapped_examples.size() < 200) d->unmapped_examples.push_back(base + ":" + std::to_string(line_no) + ": " + std::string(line));
        continue;
      }
      // First bare word (object) and first "(PREP ...)" group.
      std::vector<std::string> obj, prep_noun;
      std::string prep;
      bool approximate = false;
      size_t i = 0;
      while (i < post.size()) {
        char c = post[i];
        if (c == ' ' || c == '\t' || c == '$' || c == '+' || c == '%' || c == '^') {
          ++i;
          continue;
        }
        if (c == '(') {
          size_t e = post.find(')', i);
          std::string_view grp = post.substr(i + 1, (e == std::string_view::npos ? post.size() : e) - i - 1);
          std::string_view first = Trim(grp).substr(0, Trim(grp).find_first_of(" \t"));
          if (prep.empty()) {
            prep = Lower(first);
            // The PP's noun: its last word, or a synset's members.
            std::string_view rest_grp = Trim(Trim(grp).substr(first.size()));
            while (!rest_grp.empty() && (rest_grp.front() == '$' || rest_grp.front() == '+' || rest_grp.front() == '{'))
              rest_grp = Trim(rest_grp.substr(1));
            if (!rest_grp.empty()) {
              std::string_view last = rest_grp.substr(rest_grp.find_last_of(" \t{") == std::string_view::npos
                                                           ? 0
                                                           : rest_grp.find_last_of(" \t{") + 1);
              while (!last.empty() && (last.back() == '}' || last.back() == '$' || last.back() == '+')) last.remove_suffix(1);
              if (!last.empty() && last[0] == '&') {
                auto it = synsets.find(std::string(last));
                if (it != synsets.end()) prep_noun = it->second;
              } else if (!last.empty() && last != "$" && last != "+") {
                prep_noun = LemmaForms(NameOf(last));
              }
              if (rest_grp.find(' ') != std::string_view::npos) approximate = true;  // only the PP's head noun is checked
            }
          } else {
            approximate = true;  // a second PP is not checked
          }
          i = e == std::string_view::npos ? post.size() : e + 1;
          continue;
        }
        size_t e = i;
        std::string word;
        if (c == '{') {
          e = post.find('}', i);
          std::string_view ph = post.substr(i + 1, (e == std::string_view::npos ? post.size() : e) - i - 1);
          ph = Trim(ph);
          word = std::string(ph.substr(ph.find_last_of(' ') == std::string_view::npos ? 0 : ph.find_last_of(' ') + 1));
          e = e == std::string_view::npos ? post.size() : e + 1;
        } else {
          while (e < post.size() && post[e] != ' ' && post[e] != '\t' && post[e] != '(' && post[e] != '{') ++e;
          word = std::string(post.substr(i, e - i));
        }
        i = e;
        if (!obj.empty()) {
          approximate = true;
          continue;
        }
        if (!word.empty() && word[0] == '&') {
          auto it = synsets.find(word);
          if (it != synsets.end()) obj = it->second;
        } else {
          std::string w = NameOf(word);
          w = w.substr(w.find_last_of(' ') == std::string::npos ? 0 : w.find_last_of(' ') + 1);
          obj = LemmaForms(w);
        }
      }
      if (approximate) {
        ++d->unmapped_patterns;
        if (d->unmapped_examples.size() < 200)
          d->unmapped_examples.push_back(base + ":" + std::to_string(line_no) + ": approximated: " + std::string(line));
      }
      for (const auto& h : heads) add(h, code, obj, prep, prep_noun, std::string(line));
      continue;
    }
    // A verb form line: "SPEED {SPEEDING SPEEDS SPED}", "+ASK_FOR {...} [020]", "CALL_OFF [160]".
    std::string_view form = line;
    if (form.front() == '+') form.remove_prefix(1);
    std::string_view word = Trim(form.substr(0, form.find_first_of(" \t{[")));
    std::string w = Lower(NameOf(word));
    Head h;
    size_t sp = w.find(' ');
    h.lemma = w.substr(0, sp);
    if (sp != std::string::npos) {
      std::string second = w.substr(sp + 1);
      second = second.substr(0, second.find(' '));
      bool particle = false;
      for (auto p : kParticles) particle |= second == p;
      (particle ? h.prt : h.prep) = second;
    }
    if (h.lemma.empty()) continue;
    heads.push_back(h);
    std::string own = code_of(form);
    std::string code = !own.empty() ? own : block_code;
    if (!code.empty() && code != "---") add(h, code, {}, "", {}, std::string(line));
  }
  (void)error;
  return true;
}

bool LoadDiscards(std::string_view text, const std::string& path, Dictionaries* d) {
  std::string base = path.substr(path.find_last_of('/') + 1);
  size_t line_no = 0;
  for (std::string_view raw : Lines(text)) {
    ++line_no;
    std::string_view line = StripComment(raw);
    if (line.empty()) continue;
    DiscardPhrase p;
    p.story = line.front() == '+';
    if (p.story) line.remove_prefix(1);
    // PETRARCH's sentence-level lines (years, "months ago", sports words)
    // remove real events from news sentences; dyad applies only the
    // story-level ones from imported files (documented in the README).
    if (!p.story) continue;
    p.phrase = NameOf(line);
    p.origin = base + ":" + std::to_string(line_no);
    if (!p.phrase.empty()) d->AddDiscard(std::move(p));
  }
  return true;
}

}  // namespace

bool LoadForeignDictionary(const std::string& path, Dictionaries* dicts, DictKind* kind, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": cannot open dictionary";
    return false;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  std::string format = DetectDictionaryFormat(text);
  if (format == "petrarch-verbs") {
    *kind = DictKind::kVerbs;
    return LoadPetrarchVerbs(text, path, dicts, error);
  }
  if (format == "tabari-agents") {
    *kind = DictKind::kAgents;
    return LoadActorsOrAgents(text, path, true, dicts, error);
  }
  if (format == "tabari-actors") {
    *kind = DictKind::kActors;
    return LoadActorsOrAgents(text, path, false, dicts, error);
  }
  if (format == "petrarch-discards") {
    *kind = DictKind::kDiscards;
    return LoadDiscards(text, path, dicts);
  }
  *error = path + ": not a TABARI or PETRARCH dictionary";
  return false;
}

}  // namespace dyad
