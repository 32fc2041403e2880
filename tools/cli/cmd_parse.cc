// TEMPORARY until the syntax stage lands.
#include <iostream>
#include "cli.h"
namespace dyad::cli {
int RunParse(int, char**) { std::cerr << "dyad: this command is not built yet\n"; return 2; }
int RunTrain(int, char**) { std::cerr << "dyad: this command is not built yet\n"; return 2; }
int RunEvalParse(int, char**) { std::cerr << "dyad: this command is not built yet\n"; return 2; }
}  // namespace dyad::cli
