// TEMPORARY until the stage lands: replaced by the real command.
#include <iostream>
#include "cli.h"
namespace dyad::cli {
int RunExplain(int, char**) { std::cerr << "dyad: this command is not built yet\n"; return 2; }
}  // namespace dyad::cli
