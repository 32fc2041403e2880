#include "dict/dictionary.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dict/fold.h"

namespace dyad {
namespace {

constexpr struct {
  ActorKind kind;
  const char* name;
} kKinds[] = {{ActorKind::kCountry, "country"}, {ActorKind::kAdj, "adj"},     {ActorKind::kCapital, "capital"},
              {ActorKind::kCity, "city"},       {ActorKind::kOrg, "org"},     {ActorKind::kGroup, "group"},
              {ActorKind::kMedia, "media"},     {ActorKind::kPerson, "person"}, {ActorKind::kAgent, "agent"}};

std::optional<Date> ParseBound(std::string_view s, bool end) {
  if (s.size() == 4) {
    int y = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return std::nullopt;
      y = y * 10 + (c - '0');
    }
    return end ? Date{y, 12, 31} : Date{y, 1, 1};
  }
  return ParseDate(s);
}

}  // namespace

const char* ActorKindName(ActorKind k) {
  for (const auto& e : kKinds)
    if (e.kind == k) return e.name;
  return "?";
}

bool ParseActorKind(std::string_view s, ActorKind* k) {
  for (const auto& e : kKinds)
    if (s == e.name) {
      *k = e.kind;
      return true;
    }
  return false;
}

const DatedCode* ActorEntry::CodeAt(const Date& date) const {
  for (const auto& c : codes)
    if (c.InForce(date)) return &c;
  return nullptr;
}

bool ParseDatedCodes(std::string_view text, std::vector<DatedCode>* codes, std::string* error, bool foreign_codes) {
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t comma = text.find(',', pos);
    if (comma == std::string_view::npos) comma = text.size();
    std::string_view item = text.substr(pos, comma - pos);
    pos = comma + 1;
    if (item.empty()) {
      *error = "empty code";
      return false;
    }
    DatedCode dc;
    size_t at = item.find('@');
    dc.code = std::string(item.substr(0, at));
    // "USAGOV"; "---" (no country); "ELR/GAL" (one name, several actors).
    // Converted TABARI/PETRARCH files also hold two-letter parts ("ITHTV")
    // and "+++"; dyad's own files keep to three-letter parts.
    for (size_t from = 0; from <= dc.code.size();) {
      size_t to = std::min(dc.code.find('/', from), dc.code.size());
      std::string_view part = std::string_view(dc.code).substr(from, to - from);
      if (part != "---" && (foreign_codes ? part.size() < 2 : part.size() < 3 || part.size() % 3 != 0)) {
        *error = "code '" + dc.code + "' is not made of three-letter parts";
        return false;
      }
      for (char c : part)
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c == '-' && part == "---") ||
              (foreign_codes && (c == '-' || c == '+')))) {
          *error = "code '" + dc.code + "' must be upper-case letters";
          return false;
        }
      from = to + 1;
    }
    if (at != std::string_view::npos) {
      std::string_view range = item.substr(at + 1);
      size_t dots = range.find("..");
      if (dots == std::string_view::npos) {
        *error = "date range '" + std::string(range) + "' needs FROM..TO";
        return false;
      }
      std::string_view a = range.substr(0, dots), b = range.substr(dots + 2);
      if (!a.empty()) {
        auto d = ParseBound(a, false);
        if (!d) {
          *error = "bad date '" + std::string(a) + "'";
          return false;
        }
        dc.from = *d;
      }
      if (!b.empty()) {
        auto d = ParseBound(b, true);
        if (!d) {
          *error = "bad date '" + std::string(b) + "'";
          return false;
        }
        dc.to = *d;
      }
      if (dc.from.valid() && dc.to.valid() && dc.to < dc.from) {
        *error = "date range ends before it starts";
        return false;
      }
    }
    codes->push_back(std::move(dc));
    if (comma == text.size()) break;
  }
  return !codes->empty();
}

void Dictionaries::AddActor(ActorEntry entry) {
  int id = static_cast<int>(actors.size());
  for (const auto& n : entry.names) actor_names.Add(FoldName(n), id);
  actors.push_back(std::move(entry));
}

// Regular English plurals of a role word's last word.
static std::vector<std::string> Plurals(const std::string& last) {
  std::vector<std::string> forms;
  auto ends = [&](std::string_view suf) {
    return last.size() > suf.size() && last.compare(last.size() - suf.size(), suf.size(), suf) == 0;
  };
  if (ends("man")) forms.push_back(last.substr(0, last.size() - 3) + "men");
  if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh")) {
    forms.push_back(last + "es");
  } else if (ends("y") && last.size() > 1 && std::string("aeiou").find(last[last.size() - 2]) == std::string::npos) {
    forms.push_back(last.substr(0, last.size() - 1) + "ies");
  } else {
    forms.push_back(last + "s");
  }
  return forms;
}

void Dictionaries::AddAgent(ActorEntry entry) {
  int id = static_cast<int>(agents.size());
  for (const auto& n : entry.names) {
    std::vector<std::string> words = FoldName(n);
    if (words.empty()) continue;
    agent_names.Add(words, id);
    // Each plural in the last word's place, in turn (no copy of the name).
    const std::string last = words.back();
    for (std::string& plural : Plurals(last)) {
      words.back() = std::move(plural);
      agent_names.Add(words, id);
    }
  }
  agents.push_back(std::move(entry));
}

bool CodeUnder(std::string_view key, std::string_view code) {
  if (key == "Q") return true;
  if (key.size() == 3 && key[2] == '0') key = key.substr(0, 2);
  return code.substr(0, key.size()) == key;
}

bool IsTransformationCode(std::string_view code) {
  if (code == "Q") return true;
  return code.size() >= 2 && code.size() <= 4 && std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool ParseTransformation(std::string_view line,
                         const std::function<bool(const std::string&, std::string*)>& code_of,
                         VerbTransformation* t, std::string* why) {
  std::vector<std::string> lhs, rhs;
  bool right = false;
  std::string w;
  auto push = [&]() {
    if (!w.empty()) (right ? rhs : lhs).push_back(w);
    w.clear();
  };
  const size_t tilde = line.find('~');
  for (char c : line.substr(tilde == std::string_view::npos ? 0 : tilde + 1)) {
    if (c == '(' || c == ')' || c == ' ' || c == '\t' || c == '\r') push();
    else if (c == '=') {
      push();
      right = true;
    } else w += c;
  }
  push();
  auto var = [](const std::string& v, std::string_view allowed) {
    return v.size() == 1 && allowed.find(static_cast<char>(std::tolower(static_cast<unsigned char>(v[0])))) !=
                                std::string_view::npos;
  };
  if (lhs.size() != 5 || rhs.size() != 3 || !var(lhs[0], "a") || !var(lhs[1], "ab_") || !var(lhs[2], "b.") ||
      !var(rhs[0], "ab") || !var(rhs[1], "ab")) {
    *why = "not a transformation of the form 'a (x y ACT) VERB = a b CODE'";
    return false;
  }
  if (!code_of(lhs[3], &t->inner_code) || !code_of(lhs[4], &t->outer_code)) {
    *why = "a transformation's verb is not in the file, or has no code";
    return false;
  }
  auto lower = [](const std::string& v) { return static_cast<char>(std::tolower(static_cast<unsigned char>(v[0]))); };
  t->inner_source = lower(lhs[1]);
  t->inner_target = lower(lhs[2]);
  t->result_source = lower(rhs[0]);
  t->result_target = lower(rhs[1]);
  t->result_code = rhs[2];
  if (!IsTransformationCode(t->result_code)) {
    *why = "a transformation's result is not a code";
    return false;
  }
  size_t b = 0, e = line.size();
  while (b < e && (line[b] == ' ' || line[b] == '\t')) ++b;
  while (e > b && (line[e - 1] == ' ' || line[e - 1] == '\t' || line[e - 1] == '\r')) --e;
  t->text = std::string(line.substr(b, e - b));
  return true;
}

void Dictionaries::AddVerb(VerbPattern p) {
  int id = static_cast<int>(verbs.size());
  (p.nominal ? nouns_by_lemma : verbs_by_lemma)[p.lemma].push_back(id);
  verbs.push_back(std::move(p));
}

void Dictionaries::AddDiscard(DiscardPhrase d) {
  int id = static_cast<int>(discards.size());
  discard_names.Add(FoldName(d.phrase), id);
  discards.push_back(std::move(d));
}

void Dictionaries::Clear(DictKind kind) {
  switch (kind) {
    case DictKind::kActors: actor_names = NameTrie(); actors.clear(); break;
    case DictKind::kAgents: agent_names = NameTrie(); agents.clear(); break;
    case DictKind::kVerbs: verbs.clear(); verbs_by_lemma.clear(); nouns_by_lemma.clear(); break;
    case DictKind::kDiscards: discard_names = NameTrie(); discards.clear(); break;
  }
}

bool LoadDyadDictionary(const std::string& path, Dictionaries* dicts, DictKind* kind, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = path + ": cannot open dictionary";
    return false;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return LoadDyadDictionaryText(ss.str(), path, dicts, kind, error);
}

static DictKind KindOfFormat(const std::string& format);

// Loads the built-in files, except those of a kind in `skip` (a kind that
// --dict files replace: loading it would only be undone).
static bool LoadBuiltIn(const std::string& data_dir, Dictionaries* dicts, std::string* error, const bool skip[4]) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(data_dir) / "dict";
  if (!fs::is_directory(dir)) {
    *error = dir.string() + ": dictionary folder not found (set DYAD_DATA_DIR)";
    return false;
  }
  std::vector<fs::path> files;
  for (const char* sub : {"actors", "verbs", "agents"}) {
    if (fs::is_directory(dir / sub))
      for (const auto& e : fs::directory_iterator(dir / sub))
        if (e.path().extension() == ".txt") files.push_back(e.path());
  }
  for (const char* f : {"agents.txt", "verbs.txt", "discards.txt"})
    if (fs::exists(dir / f)) files.push_back(dir / f);
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) {
      *error = f.string() + ": cannot open dictionary";
      return false;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    // A file of unknown kind is loaded, to report its problem.
    const std::string format = DetectDictionaryFormat(text);
    if (!format.empty() && skip[static_cast<int>(KindOfFormat(format))]) continue;
    DictKind kind;
    if (!LoadDyadDictionaryText(text, f.string(), dicts, &kind, error)) return false;
  }
  return true;
}

bool LoadBuiltInDictionaries(const std::string& data_dir, Dictionaries* dicts, std::string* error) {
  const bool skip[4] = {false, false, false, false};
  return LoadBuiltIn(data_dir, dicts, error, skip);
}

static DictKind KindOfFormat(const std::string& format) {
  if (format.find("verbs") != std::string::npos) return DictKind::kVerbs;
  if (format.find("agents") != std::string::npos) return DictKind::kAgents;
  if (format.find("discards") != std::string::npos) return DictKind::kDiscards;
  return DictKind::kActors;
}

bool LoadDictionaries(const std::string& data_dir, const std::vector<std::string>& files, Dictionaries* dicts,
                      std::string* error) {
  // The --dict files and their kinds first: a built-in dictionary of a kind
  // they replace is not loaded. When a file cannot be read or is of no known
  // format, everything is loaded in order, for the same error as ever. (A
  // file is read once: it may be a pipe, "--dict <(...)".)
  std::vector<std::string> texts;
  std::vector<std::string> formats;
  bool skip[4] = {false, false, false, false};
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fill(std::begin(skip), std::end(skip), false);
      break;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
    formats.push_back(DetectDictionaryFormat(texts.back()));
    if (formats.back().empty()) {
      std::fill(std::begin(skip), std::end(skip), false);
      break;
    }
    skip[static_cast<int>(KindOfFormat(formats.back()))] = true;
  }
  if (!LoadBuiltIn(data_dir, dicts, error, skip)) return false;
  bool cleared[4] = {false, false, false, false};
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string& path = files[i];
    std::string text, format;
    if (i < texts.size()) {
      text = std::move(texts[i]);
      format = formats[i];
    } else {
      std::ifstream in(path, std::ios::binary);
      if (!in) {
        *error = path + ": cannot open dictionary";
        return false;
      }
      std::stringstream ss;
      ss << in.rdbuf();
      text = ss.str();
      format = DetectDictionaryFormat(text);
    }
    if (format.empty()) {
      *error = path + ": unknown dictionary format (see docs/dictionaries.md)";
      return false;
    }
    // A --dict file replaces the built-in dictionary of its kind.
    int k = static_cast<int>(KindOfFormat(format));
    if (!cleared[k]) {
      dicts->Clear(KindOfFormat(format));
      cleared[k] = true;
    }
    DictKind kind;
    bool ok = format.rfind("dyad-", 0) == 0 ? LoadDyadDictionaryText(text, path, dicts, &kind, error)
                                             : LoadForeignDictionaryText(text, path, dicts, &kind, error);
    if (!ok) return false;
    dicts->files.push_back(path);
  }
  return true;
}

}  // namespace dyad
