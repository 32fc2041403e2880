// The dyad command: one function per subcommand, and a small argument parser
// they share.
#ifndef DYAD_TOOLS_CLI_CLI_H_
#define DYAD_TOOLS_CLI_CLI_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dyad::cli {

// Parses "--name value", "--name=value", boolean "--flag" and positionals.
// `flags` lists the options that take no value.
class Args {
 public:
  Args(int argc, char** argv, const std::vector<std::string>& flags);
  bool Has(const std::string& name) const;
  std::optional<std::string> Get(const std::string& name) const;
  std::string GetOr(const std::string& name, const std::string& fallback) const;
  std::vector<std::string> GetAll(const std::string& name) const;  // repeatable options
  const std::vector<std::string>& positional() const { return positional_; }
  // Options given that are not in `known` (flags and valued); empty when fine.
  std::vector<std::string> Unknown(const std::vector<std::string>& known) const;

 private:
  std::multimap<std::string, std::string> options_;
  std::vector<std::string> positional_;
};

// Reads a whole file ("-" = stdin); false and *error on failure.
bool ReadInput(const std::string& path, std::string* data, std::string* error);

int RunCode(int argc, char** argv);
int RunSegment(int argc, char** argv);
int RunParse(int argc, char** argv);
int RunTrain(int argc, char** argv);
int RunEvalParse(int argc, char** argv);
int RunEval(int argc, char** argv);
int RunBench(int argc, char** argv);
int RunExplain(int argc, char** argv);
int RunDict(int argc, char** argv);

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_CLI_CLI_H_
