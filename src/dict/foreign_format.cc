// Placeholder replaced below in this session (TABARI / PETRARCH import).
#include "dict/dictionary.h"
namespace dyad {
bool LoadForeignDictionary(const std::string& path, Dictionaries*, DictKind*, std::string* error) {
  *error = path + ": TABARI/PETRARCH import is not available yet";
  return false;
}
}  // namespace dyad
