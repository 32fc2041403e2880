// Shared by the where tests: the built gazetteer, when there is one.
#ifndef DYAD_TESTS_WHERE_WHERE_TESTING_H_
#define DYAD_TESTS_WHERE_WHERE_TESTING_H_

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "dyad/where.h"
#include "testing/testing.h"

namespace dyad::testing {

// $DYAD_GAZETTEER, else gazetteer.bin beside the built dyad binary; "" when absent.
inline std::string BuiltGazetteerPath() {
  if (const char* env = std::getenv("DYAD_GAZETTEER"); env && *env) return env;
  std::filesystem::path p = std::filesystem::path(DyadBinary()).parent_path() / "gazetteer.bin";
  return std::filesystem::is_regular_file(p) ? p.string() : "";
}

}  // namespace dyad::testing

// Skips the test when tools/build_gazetteer.sh has not been run for this build.
#define DYAD_REQUIRE_GAZETTEER(var)                                                       \
  std::string var##_path = ::dyad::testing::BuiltGazetteerPath();                         \
  if (var##_path.empty())                                                                 \
    GTEST_SKIP() << "gazetteer.bin not built (run tools/build_gazetteer.sh BUILD_DIR)";   \
  std::string var##_error;                                                                \
  std::unique_ptr<::dyad::Gazetteer> var = ::dyad::Gazetteer::Open(var##_path, &var##_error); \
  ASSERT_TRUE(var != nullptr) << var##_error

#endif  // DYAD_TESTS_WHERE_WHERE_TESTING_H_
