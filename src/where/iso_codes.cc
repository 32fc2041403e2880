#include "where/iso_codes.h"

#include <fstream>
#include <sstream>
#include <unordered_map>

#include "where/json.h"

namespace dyad::where {
namespace {

bool ReadList(const std::string& path, const char* key, JsonValue* doc, const JsonValue** list,
              std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot read " + path;
    return false;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  if (!ParseJson(ss.str(), doc, error)) {
    *error = path + ": " + *error;
    return false;
  }
  *list = doc->Find(key);
  if (*list == nullptr || (*list)->type != JsonValue::Type::kArray) {
    *error = path + ": no \"" + key + "\" list";
    return false;
  }
  return true;
}

// "Isle of Anglesey [Sir Ynys Môn GB-YNM]" -> "Isle of Anglesey".
std::string StripNote(std::string_view name) {
  size_t bracket = name.find(" [");
  std::string out(name.substr(0, bracket));
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

bool LoadIsoCountries(const std::string& dir, std::vector<IsoCountry>* out, std::string* error) {
  JsonValue doc;
  const JsonValue* list;
  if (!ReadList(dir + "/iso_3166-1.json", "3166-1", &doc, &list, error)) return false;
  for (const JsonValue& e : list->array) {
    IsoCountry c;
    c.alpha2 = e.StringOr("alpha_2");
    c.alpha3 = e.StringOr("alpha_3");
    c.name = e.StringOr("name");
    if (c.alpha2.size() != 2 || c.alpha3.size() != 3 || c.name.empty()) continue;
    c.common_name = e.StringOr("common_name");
    for (const char* key : {"common_name", "official_name"}) {
      std::string_view alias = e.StringOr(key);
      if (!alias.empty() && alias != c.name) c.aliases.emplace_back(alias);
    }
    out->push_back(std::move(c));
  }
  return true;
}

bool LoadIsoSubdivisions(const std::string& dir, std::vector<IsoSubdivision>* out,
                         std::string* error) {
  JsonValue doc;
  const JsonValue* list;
  if (!ReadList(dir + "/iso_3166-2.json", "3166-2", &doc, &list, error)) return false;
  std::unordered_map<std::string, std::string> type_of;
  size_t first = out->size();
  for (const JsonValue& e : list->array) {
    IsoSubdivision s;
    s.code = e.StringOr("code");
    s.name = StripNote(e.StringOr("name"));
    s.type = e.StringOr("type");
    size_t dash = s.code.find('-');
    if (dash != 2 || s.name.empty()) continue;
    std::string_view parent = e.StringOr("parent");
    // Parents are given either as "NU" or as "ID-NU".
    if (!parent.empty())
      s.parent = parent.find('-') == std::string_view::npos ? s.code.substr(0, 3) + std::string(parent)
                                                            : std::string(parent);
    type_of[s.code] = s.type;
    out->push_back(std::move(s));
  }
  for (size_t i = first; i < out->size(); ++i) {
    IsoSubdivision& s = (*out)[i];
    if (s.parent.empty()) continue;
    const std::string& t = type_of[s.parent];
    s.top_level = t == "Geographical region" || t == "Geographical unit" ||
                  t == "Chain (of islands)" || t == "Development region" || t.empty();
  }
  return true;
}

}  // namespace dyad::where
