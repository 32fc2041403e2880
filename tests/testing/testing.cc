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

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>

namespace dyad::testing {

CommandResult RunCommand(const std::string& command) {
  CommandResult r;
  // Per process: ctest runs tests in parallel processes.
  std::string err_file = ::testing::TempDir() + "/dyad_cmd_stderr_" + std::to_string(getpid()) + ".txt";
  FILE* p = popen((command + " 2>" + err_file).c_str(), "r");
  if (!p) return r;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream e(err_file);
  std::stringstream ss;
  ss << e.rdbuf();
  r.err = ss.str();
  return r;
}

}  // namespace dyad::testing
