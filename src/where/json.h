// A small JSON reader for the set-up data (Debian iso-codes). Not for hot paths.
#ifndef DYAD_WHERE_JSON_H_
#define DYAD_WHERE_JSON_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::where {

struct JsonValue {
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };
  Type type = Type::kNull;
  bool boolean = false;
  double number = 0;
  std::string string;
  std::vector<JsonValue> array;
  std::map<std::string, JsonValue, std::less<>> object;

  // The member `key` of an object, or null when absent or not an object.
  const JsonValue* Find(std::string_view key) const;
  // The string member `key`, or "" when absent or not a string.
  std::string_view StringOr(std::string_view key) const;
};

// Parses a whole document; false + *error on malformed input (never throws).
bool ParseJson(std::string_view text, JsonValue* out, std::string* error);

}  // namespace dyad::where

#endif  // DYAD_WHERE_JSON_H_
