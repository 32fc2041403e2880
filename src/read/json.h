// A small strict JSON reader for JSONL records: one object per line, whose
// scalar members are returned decoded and whose nested values are validated
// and returned as their JSON text (an array of objects can be read in turn).
#ifndef DYAD_READ_JSON_H_
#define DYAD_READ_JSON_H_

#include <string>
#include <string_view>
#include <vector>

namespace dyad::json {

enum class Kind { kString, kNumber, kTrue, kFalse, kNull, kObject, kArray };

struct Member {
  std::string key;
  Kind kind = Kind::kNull;
  std::string value;  // decoded string; the number, object or array as written; empty otherwise
};

// Parses `text` as exactly one JSON object (surrounding whitespace allowed).
// Strings are fully unescaped (\uXXXX with surrogate pairs; a lone surrogate
// becomes U+FFFD). On failure returns false and sets `error` to a message with
// the 1-based column. `members` is cleared first and reused across calls.
bool ParseObject(std::string_view text, std::vector<Member>* members, std::string* error);

// Parses `text` as exactly one JSON array whose elements are all objects
// (a member's value of kind kArray), each into its members.
bool ParseArrayOfObjects(std::string_view text, std::vector<std::vector<Member>>* objects, std::string* error);

}  // namespace dyad::json

#endif  // DYAD_READ_JSON_H_
