// Gazetteer::Open and OpenDefault: which gazetteer dyad uses.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "dyad/where.h"
#include "where/gazetteer_image.h"

namespace dyad {

std::unique_ptr<Gazetteer> Gazetteer::Open(const std::string& path, std::string* error) {
  return where::GazetteerImage::Map(path, error);
}

std::unique_ptr<Gazetteer> Gazetteer::OpenDefault(const std::string& data_dir) {
  std::string error;
  if (const char* env = std::getenv("DYAD_GAZETTEER"); env != nullptr && *env != '\0') {
    if (auto g = Open(env, &error)) return g;
    std::fprintf(stderr, "dyad: DYAD_GAZETTEER: %s; using the built-in gazetteer\n", error.c_str());
    return BuiltIn();
  }
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::vector<std::filesystem::path> candidates;
  if (!ec) candidates.push_back(exe.parent_path() / "gazetteer.bin");
  if (!data_dir.empty()) candidates.push_back(std::filesystem::path(data_dir) / "gazetteer.bin");
  for (const auto& path : candidates) {
    if (!std::filesystem::is_regular_file(path, ec)) continue;
    if (auto g = Open(path.string(), &error)) return g;
    std::fprintf(stderr, "dyad: %s; using the built-in gazetteer\n", error.c_str());
    break;
  }
  return BuiltIn();
}

}  // namespace dyad
