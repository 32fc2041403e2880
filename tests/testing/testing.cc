#include "testing/testing.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dyad::testing {

std::string SharedDir() {
  if (const char* env = std::getenv("DYAD_SHARED_DIR"); env && *env)
    return std::filesystem::is_directory(env) ? env : "";
  std::filesystem::path p(DYAD_SHARED_DIR);
  if (std::filesystem::is_directory(p / "petrarch")) return p.lexically_normal().string();
  return "";
}

std::string DataDir() { return DYAD_SOURCE_DATA_DIR; }
std::string TestDataDir() { return DYAD_TEST_DATA_DIR; }
std::string DyadBinary() { return DYAD_BINARY; }

std::string ReadFileOrDie(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot read " << path;
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace dyad::testing
