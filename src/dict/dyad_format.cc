// dyad's own dictionary format (docs/dictionaries.md): reading and writing.
#include <algorithm>
#include <sstream>

#include "dict/dictionary.h"

namespace dyad {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Next whitespace-separated field.
std::string_view NextField(std::string_view* rest) {
  *rest = Trim(*rest);
  size_t end = 0;  // the first space or tab (find_first_of would call memchr per character)
  while (end < rest->size() && (*rest)[end] != ' ' && (*rest)[end] != '\t') ++end;
  if (end == rest->size()) end = std::string_view::npos;
  std::string_view f = rest->substr(0, end);
  rest->remove_prefix(end == std::string_view::npos ? rest->size() : end);
  *rest = Trim(*rest);
  return f;
}

std::vector<std::string> SplitNames(std::string_view s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t bar = s.find('|', pos);
    if (bar == std::string_view::npos) bar = s.size();
    std::string_view n = Trim(s.substr(pos, bar - pos));
    if (!n.empty()) out.emplace_back(n);
    pos = bar + 1;
  }
  return out;
}

std::vector<std::string> SplitAlternatives(std::string_view s) {
  std::vector<std::string> out;
  for (auto& n : SplitNames(s)) out.push_back(n);
  return out;
}

bool ParseVerbPattern(std::string_view code, std::string_view rest, VerbPattern* p, std::string* error,
                      bool foreign_codes) {
  p->code = std::string(code);
  if (p->code != "---") {
    // CAMEO codes are 2-4 digits; converted files also carry variant and
    // test codes ("075A", "080!", "023?", "def", "+++"), kept as written.
    bool ok = foreign_codes ? p->code.size() >= 2 && p->code.size() <= 5 &&
                                  std::all_of(p->code.begin(), p->code.end(), [](char c) {
                                    return std::isalnum(static_cast<unsigned char>(c)) || c == '!' || c == '?' ||
                                           c == '+' || c == '-';
                                  })
                            : p->code.size() >= 2 && p->code.size() <= 4 &&
                                  std::all_of(p->code.begin(), p->code.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!ok) {
      *error = "CAMEO code '" + p->code + "' must be 2 to 4 digits";
      return false;
    }
  }
  std::string_view head = NextField(&rest);
  if (head.empty()) {
    *error = "pattern has no head lemma";
    return false;
  }
  if (head.rfind("noun:", 0) == 0) {
    p->nominal = true;
    head.remove_prefix(5);
  }
  p->lemma = std::string(head);
  std::transform(p->lemma.begin(), p->lemma.end(), p->lemma.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  while (!rest.empty()) {
    std::string_view f = NextField(&rest);
    size_t eq = f.find('=');
    if (eq == std::string_view::npos || eq + 1 == f.size()) {
      *error = "constraint '" + std::string(f) + "' is not key=value";
      return false;
    }
    std::string_view key = f.substr(0, eq);
    std::vector<std::string> values = SplitAlternatives(f.substr(eq + 1));
    if (key == "prt") {
      p->prt = values[0];
    } else if (key == "obj") {
      p->obj = values;
    } else if (key == "xcomp") {
      p->xcomp = values;
    } else if (key == "xobj") {
      p->xobj = values;
    } else if (key == "pp") {
      std::string v(f.substr(eq + 1));
      size_t colon = v.find(':');
      p->pp = v.substr(0, colon);
      // (A phrase whose noun is named is one constraint more.)
      if (colon != std::string::npos) {
        p->pp_noun = SplitAlternatives(v.substr(colon + 1));
        ++p->specificity;
      }
    } else if (key == "tgt") {
      p->tgt = values;
      continue;  // slots do not make a pattern more specific
    } else if (key == "src") {
      p->src = values;
      continue;
    } else if (key == "rev") {
      p->reverse_code = values[0];  // the target -> source event of the same match
      continue;
    } else if (key == "neg" && values[0] == "yes") {
      p->negated = true;
    } else if (key == "mutual" && values[0] == "yes") {
      p->mutual = true;
    } else if (key == "dyad" && values[0] == "yes") {
      p->needs_target = true;
      continue;  // a requirement on the outcome, not on the match
    } else if (key == "objtgt" && values[0] == "yes") {
      p->foreign = true;
      continue;  // a reading, not a constraint
    } else if (key == "subj") {
      p->subj = values;
    } else if (key == "form") {
      p->forms = values;
    } else if (key == "before") {
      p->before = values;
      continue;  // weighed with the pattern's words
    } else if (key == "words") {
      p->words.push_back(std::string(f.substr(eq + 1)));  // a synset: any of them
      continue;  // the coder weighs pattern words on their own
    } else {
      *error = "unknown constraint '" + std::string(key) + "' (prt obj xcomp xobj pp tgt src rev neg mutual dyad objtgt subj form words before)";
      return false;
    }
    ++p->specificity;
  }
  return true;
}

}  // namespace

std::string DetectDictionaryFormat(std::string_view text) {
  // dyad files say what they are on their first line.
  std::string_view first = text.substr(0, text.find('\n'));
  first = Trim(first);
  // "# dyad verbs", or "# dyad verbs imported" for a converted file.
  if (first.size() > 9 && first.substr(first.size() - 9) == " imported") first = first.substr(0, first.size() - 9);
  for (const char* k : {"actors", "agents", "verbs", "discards"})
    if (first == std::string("# dyad ") + k) return std::string("dyad-") + k;
  // PETRARCH/TABARI: look at the body.
  if (text.find("<!-- SYNSETS -->") != std::string_view::npos ||
      (text.find("\n--- ") != std::string_view::npos && text.find("---  ") != std::string_view::npos) ||
      text.find("####### VERB") != std::string_view::npos)
    return "petrarch-verbs";
  if (text.find("[~") != std::string_view::npos) return "tabari-agents";
  // Actors carry bracketed codes; discards are bare phrases.
  bool has_code = false;
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    line = line.substr(0, line.find('#'));
    if (line.find('[') != std::string_view::npos && line.find(']') != std::string_view::npos) {
      has_code = true;
      break;
    }
  }
  if (has_code) return "tabari-actors";
  if (Trim(text).empty()) return "";
  return "petrarch-discards";
  return "";
}

bool LoadDyadDictionaryText(std::string_view text, const std::string& name, Dictionaries* dicts, DictKind* kind,
                            std::string* error) {
  std::string format = DetectDictionaryFormat(text);
  if (format.rfind("dyad-", 0) != 0) {
    *error = name + ":1: not a dyad dictionary (first line must be '# dyad actors|agents|verbs|discards')";
    return false;
  }
  *kind = format == "dyad-actors" ? DictKind::kActors
          : format == "dyad-agents" ? DictKind::kAgents
          : format == "dyad-verbs"  ? DictKind::kVerbs
                                    : DictKind::kDiscards;
  std::string base = name.substr(name.find_last_of('/') + 1);
  const bool foreign_codes = Trim(text.substr(0, text.find('\n'))).find(" imported") != std::string_view::npos;
  size_t line_no = 0, pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = Trim(line);
    if (line.empty()) continue;
    auto fail = [&](const std::string& why) {
      *error = name + ":" + std::to_string(line_no) + ": " + why;
      return false;
    };
    std::string origin = base + ":" + std::to_string(line_no);
    std::string_view rest = line;
    std::string_view first = NextField(&rest);
    switch (*kind) {
      case DictKind::kActors:
      case DictKind::kAgents: {
        std::string_view kind_field = NextField(&rest);
        ActorEntry e;
        // "agent:first": the agent's code goes before the country's ("NGO" + "ARN").
        if (kind_field == "agent:first") {
          e.agent_first = true;
          kind_field = "agent";
        }
        // "group:append": an agent adds its code to the group's (converted
        // PETRARCH files; ActorEntry::agents_append).
        if (kind_field == "group:append") {
          e.agents_append = true;
          e.imported = true;  // its kind was guessed by the import
          kind_field = "group";
        }
        // "seat": a seat of government that keeps its code as a place
        // (converted PETRARCH files; ActorEntry::seat_as_place).
        if (kind_field == "seat") {
          e.kind = ActorKind::kCapital;
          e.seat_as_place = true;
        } else if (!ParseActorKind(kind_field, &e.kind))
          return fail("unknown kind '" + std::string(kind_field) +
                      "' (country adj capital city org group media person agent)");
        if ((*kind == DictKind::kAgents) != (e.kind == ActorKind::kAgent))
          return fail(*kind == DictKind::kAgents ? "an agents file holds only 'agent' lines"
                                                 : "'agent' lines belong in an agents file");
        std::string why;
        if (!ParseDatedCodes(first, &e.codes, &why, foreign_codes)) return fail(why);
        e.names = SplitNames(rest);
        if (e.names.empty()) return fail("no names");
        // "~Ithilen Television": an open name (ActorEntry::open_names).
        for (std::string& n : e.names)
          if (n.size() > 1 && n[0] == '~' && *kind == DictKind::kActors) {
            n.erase(0, 1);
            e.open_names.push_back(n);
          }
        e.origin = origin;
        if (*kind == DictKind::kAgents)
          dicts->AddAgent(std::move(e));
        else
          dicts->AddActor(std::move(e));
        break;
      }
      case DictKind::kVerbs: {
        std::string why;
        // "~ a (a b 190) 010 = a b 015": a transformation (VerbTransformation).
        if (first == "~" || first.rfind("~", 0) == 0) {
          auto code_of = [](const std::string& code, std::string* out) {
            if (!IsTransformationCode(code)) return false;
            *out = code;
            return true;
          };
          VerbTransformation t;
          if (!ParseTransformation(line, code_of, &t, &why)) return fail(why);
          t.origin = origin;
          dicts->transformations.push_back(std::move(t));
          break;
        }
        VerbPattern p;
        if (!ParseVerbPattern(first, rest, &p, &why, foreign_codes)) return fail(why);
        p.origin = origin;
        p.text = std::string(line);
        dicts->AddVerb(std::move(p));
        break;
      }
      case DictKind::kDiscards: {
        if (first != "story" && first != "sentence") return fail("a discard line starts with 'story' or 'sentence'");
        auto phrases = SplitNames(rest);
        if (phrases.empty()) return fail("no phrases");
        for (auto& ph : phrases) {
          DiscardPhrase d;
          d.story = first == "story";
          d.phrase = ph;
          d.origin = origin;
          dicts->AddDiscard(std::move(d));
        }
        break;
      }
    }
  }
  dicts->files.push_back(name);
  return true;
}

std::string WriteDyadDictionary(const Dictionaries& d, DictKind kind, bool imported) {
  const char* mark = imported ? " imported\n" : "\n";
  std::ostringstream o;
  auto codes = [](const ActorEntry& e) {
    std::string s;
    for (size_t i = 0; i < e.codes.size(); ++i) {
      const auto& c = e.codes[i];
      if (i) s += ",";
      s += c.code;
      if (c.from.valid() || c.to.valid()) s += "@" + c.from.ToString() + ".." + c.to.ToString();
    }
    return s;
  };
  auto names = [](const ActorEntry& e) {
    std::string s;
    for (size_t i = 0; i < e.names.size(); ++i) {
      bool open = std::find(e.open_names.begin(), e.open_names.end(), e.names[i]) != e.open_names.end();
      s += (i ? " | " : "") + std::string(open ? "~" : "") + e.names[i];
    }
    return s;
  };
  switch (kind) {
    case DictKind::kActors:
      o << "# dyad actors" << mark;
      for (const auto& e : d.actors)
        o << codes(e) << "  " << (e.seat_as_place ? "seat" : e.agents_append ? "group:append" : ActorKindName(e.kind)) << "  " << names(e) << "\n";
      break;
    case DictKind::kAgents:
      o << "# dyad agents" << mark;
      for (const auto& e : d.agents)
        o << codes(e) << (e.agent_first ? "  agent:first  " : "  agent  ") << names(e) << "\n";
      break;
    case DictKind::kVerbs: {
      o << "# dyad verbs" << mark;
      auto join = [](const std::vector<std::string>& v) {
        std::string s;
        for (size_t i = 0; i < v.size(); ++i) s += (i ? "|" : "") + v[i];
        return s;
      };
      for (const auto& p : d.verbs) {
       std::vector<std::string> lemmas = {p.lemma};
       lemmas.insert(lemmas.end(), p.other_lemmas.begin(), p.other_lemmas.end());
       for (const auto& lemma : lemmas) {
        o << p.code << "  " << (p.nominal ? "noun:" : "") << lemma;
        if (!p.prt.empty()) o << " prt=" << p.prt;
        if (!p.obj.empty()) o << " obj=" << join(p.obj);
        if (!p.xcomp.empty()) o << " xcomp=" << join(p.xcomp);
        if (!p.xobj.empty()) o << " xobj=" << join(p.xobj);
        if (!p.pp.empty()) o << " pp=" << p.pp << (p.pp_noun.empty() ? "" : ":" + join(p.pp_noun));
        if (!p.tgt.empty()) o << " tgt=" << join(p.tgt);
        if (!p.src.empty()) o << " src=" << join(p.src);
        if (!p.reverse_code.empty()) o << " rev=" << p.reverse_code;
        if (p.negated) o << " neg=yes";
        if (p.mutual) o << " mutual=yes";
        if (p.needs_target) o << " dyad=yes";
        if (p.foreign) o << " objtgt=yes";
        if (!p.subj.empty()) o << " subj=" << join(p.subj);
        if (!p.forms.empty()) o << " form=" << join(p.forms);
        for (const auto& w : p.words) o << " words=" << w;
        if (!p.before.empty()) {
          o << " before=";
          for (size_t i = 0; i < p.before.size(); ++i) o << (i ? "|" : "") << p.before[i];
        }
        o << "  # " << p.origin << "\n";
       }
      }
      // Transformations, with codes for the verbs PETRARCH 2 names.
      for (const auto& t : d.transformations)
        o << "~ a (" << t.inner_source << " " << t.inner_target << " " << t.inner_code << ") " << t.outer_code
          << " = " << t.result_source << " " << t.result_target << " " << t.result_code << "  # " << t.origin << ": "
          << t.text << "\n";
      break;
    }
    case DictKind::kDiscards:
      o << "# dyad discards" << mark;
      for (const auto& e : d.discards) o << (e.story ? "story  " : "sentence  ") << e.phrase << "\n";
      break;
  }
  return o.str();
}

}  // namespace dyad
