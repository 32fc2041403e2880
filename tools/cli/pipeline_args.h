// Options shared by the commands that run the pipeline (code, explain, eval, bench).
#ifndef DYAD_TOOLS_CLI_PIPELINE_ARGS_H_
#define DYAD_TOOLS_CLI_PIPELINE_ARGS_H_

#include <memory>
#include <string>
#include <vector>

#include "cli.h"
#include "dyad/pipeline.h"
#include "dyad/read.h"

namespace dyad::cli {

// --dict FILE (repeatable), --model FILE, --gazetteer FILE, --data DIR, --no-dates, --no-places, --no-merge.
PipelineOptions PipelineOptionsFrom(const Args& args);
const std::vector<std::string>& PipelineOptionNames();
const std::vector<std::string>& PipelineFlagNames();

// --input-format, --date, --id, --sentences; false + *error on a bad value.
bool ReadOptionsFrom(const Args& args, ReadOptions* options, std::string* error);
const std::vector<std::string>& ReadOptionNames();

// Builds the pipeline or prints the error and returns null.
std::unique_ptr<Pipeline> MakePipeline(const Args& args);

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_CLI_PIPELINE_ARGS_H_
