// Event writers: JSONL (default), CSV, TSV and GDELT-like columns.
#ifndef DYAD_WRITE_H_
#define DYAD_WRITE_H_

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/event.h"

namespace dyad {

enum class OutputFormat { kJsonl, kCsv, kTsv, kGdelt };
std::optional<OutputFormat> ParseOutputFormat(std::string_view name);

// The flattened column order of CSV/TSV (documented in docs/event-record.md).
const std::vector<std::string>& FlatColumns();

class EventWriter {
 public:
  EventWriter(std::ostream& out, OutputFormat format);
  void Write(const Event& event);  // writes the header first for csv/tsv/gdelt
 private:
  std::ostream& out_;
  OutputFormat format_;
  bool header_written_ = false;
};

// One event as a JSON object (no newline).
std::string EventToJson(const Event& event);
// JSON string escaping valid for any input bytes (invalid UTF-8 → U+FFFD).
std::string JsonEscape(std::string_view s);

}  // namespace dyad

#endif  // DYAD_WRITE_H_
