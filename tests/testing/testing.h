// Helpers shared by the tests: where the reference data and the repository's
// own data live, and a skip for tests that need ../shared.
#ifndef DYAD_TESTS_TESTING_H_
#define DYAD_TESTS_TESTING_H_

#include <string>

#include <gtest/gtest.h>

namespace dyad::testing {

// ../shared/data beside the checkout, or "" when it is absent.
std::string SharedDir();
// The repository's data/ folder.
std::string DataDir();
// tests/ in the source tree (for table files kept beside the tests).
std::string TestDataDir();
// The built dyad command.
std::string DyadBinary();
// Whole file as a string; fails the test when unreadable.
std::string ReadFileOrDie(const std::string& path);

}  // namespace dyad::testing

// Skips the current test with a clear message when ../shared/data is absent.
#define DYAD_REQUIRE_SHARED()                                                \
  do {                                                                       \
    if (::dyad::testing::SharedDir().empty())                                \
      GTEST_SKIP() << "../shared/data is absent: reference data not found; " \
                      "skipping (see README)";                               \
  } while (0)


namespace dyad::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};
// Runs a shell command, capturing stdout and stderr.
CommandResult RunCommand(const std::string& command);

}  // namespace dyad::testing

#endif  // DYAD_TESTS_TESTING_H_
