#include "syntax/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace dyad::syntax {

std::string FindDataDir() {
  if (const char* env = std::getenv("DYAD_DATA_DIR"); env && *env) return env;
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    std::filesystem::path data = exe.parent_path() / ".." / "data";
    if (std::filesystem::is_directory(data, ec)) return data.lexically_normal().string();
  }
#ifdef DYAD_SOURCE_DATA_DIR
  return DYAD_SOURCE_DATA_DIR;
#else
  return "data";
#endif
}

}  // namespace dyad::syntax
