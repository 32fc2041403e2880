// dyad dict: check dictionaries, or convert TABARI/PETRARCH ones to dyad's format.
#include <iostream>

#include "cli.h"
#include "dict/dictionary.h"
#include "dyad/pipeline.h"

namespace dyad::cli {
namespace {

constexpr const char* kHelp = R"(usage: dyad dict check FILE...        load each file, report counts or the first error
       dyad dict convert FILE [--verbose]   write a TABARI/PETRARCH/dyad file in dyad's format
       dyad dict builtin                report what the built-in dictionaries hold
)";

const char* KindName(DictKind k) {
  switch (k) {
    case DictKind::kActors: return "actors";
    case DictKind::kAgents: return "agents";
    case DictKind::kVerbs: return "verbs";
    case DictKind::kDiscards: return "discards";
  }
  return "?";
}

bool LoadAny(const std::string& path, Dictionaries* d, DictKind* kind, std::string* error, bool* foreign = nullptr) {
  std::string text, err;
  if (!ReadInput(path, &text, error)) return false;
  std::string format = DetectDictionaryFormat(text);
  if (foreign) *foreign = format.rfind("dyad-", 0) != 0 || text.substr(0, text.find('\n')).find(" imported") != std::string::npos;
  if (format.empty()) {
    *error = path + ": unknown dictionary format";
    return false;
  }
  return format.rfind("dyad-", 0) == 0 ? LoadDyadDictionaryText(text, path, d, kind, error)
                                       : LoadForeignDictionary(path, d, kind, error);
}

void Counts(const Dictionaries& d) {
  std::cout << "  actors " << d.actors.size() << " entries (" << d.actor_names.size() << " names), agents "
            << d.agents.size() << " (" << d.agent_names.size() << " names), verb patterns " << d.verbs.size()
            << ", discards " << d.discards.size();
  if (d.unmapped_patterns) std::cout << ", patterns not mapped exactly " << d.unmapped_patterns;
  std::cout << "\n";
}

}  // namespace

int RunDict(int argc, char** argv) {
  Args args(argc, argv, {"verbose", "help"});
  const auto& pos = args.positional();
  if (args.Has("help") || pos.empty()) {
    std::cout << kHelp;
    return args.Has("help") ? 0 : 2;
  }
  const std::string& sub = pos[0];
  if (sub == "check") {
    int bad = 0;
    for (size_t i = 1; i < pos.size(); ++i) {
      Dictionaries d;
      DictKind kind;
      std::string error;
      if (!LoadAny(pos[i], &d, &kind, &error)) {
        std::cerr << "dyad dict: " << error << "\n";
        ++bad;
        continue;
      }
      std::cout << pos[i] << ": " << KindName(kind) << " ok\n";
      Counts(d);
    }
    return bad ? 1 : 0;
  }
  if (sub == "convert" && pos.size() == 2) {
    Dictionaries d;
    DictKind kind;
    std::string error;
    bool foreign = false;
    if (!LoadAny(pos[1], &d, &kind, &error, &foreign)) {
      std::cerr << "dyad dict: " << error << "\n";
      return 1;
    }
    std::cout << WriteDyadDictionary(d, kind, foreign);
    if (args.Has("verbose") || d.unmapped_patterns) {
      std::cerr << "dyad dict: " << d.unmapped_patterns << " pattern(s) not mapped exactly to dependency patterns\n";
      if (args.Has("verbose"))
        for (const auto& e : d.unmapped_examples) std::cerr << "  " << e << "\n";
    }
    return 0;
  }
  if (sub == "builtin") {
    Dictionaries d;
    std::string error;
    std::string data = args.GetOr("data", FindDataDir());
    if (!LoadBuiltInDictionaries(data, &d, &error)) {
      std::cerr << "dyad dict: " << error << "\n";
      return 1;
    }
    std::cout << data << "/dict:\n";
    Counts(d);
    return 0;
  }
  std::cerr << kHelp;
  return 2;
}

}  // namespace dyad::cli
