// Where dyad's data folder is: $DYAD_DATA_DIR, else <dir of the running
// executable>/../data when it exists, else the source tree's data/ folder
// (DYAD_SOURCE_DATA_DIR, set at compile time).
#ifndef DYAD_SYNTAX_DATA_DIR_H_
#define DYAD_SYNTAX_DATA_DIR_H_

#include <string>

namespace dyad::syntax {

std::string FindDataDir();

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_DATA_DIR_H_
