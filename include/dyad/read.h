// Readers: article records from news text, JSONL, plain text and PETRARCH XML.
// Bad records are reported through the error callback and never stop the batch.
#ifndef DYAD_READ_H_
#define DYAD_READ_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "dyad/article.h"

namespace dyad {

enum class InputFormat { kAuto, kNewsText, kJsonl, kPlain, kPetrarchXml };

// "news" | "jsonl" | "plain" | "petrarch" (and "auto").
std::optional<InputFormat> ParseInputFormat(std::string_view name);
const char* InputFormatName(InputFormat f);

// Guesses the format from the first bytes of the input.
InputFormat DetectInputFormat(std::string_view data);

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  std::optional<Date> date;  // required for plain text (--date)
  std::string id;            // plain text record id (--id)
  bool sentences = false;    // --sentences: every record is one sentence context
};

struct ReadError {
  std::string file;
  size_t line = 0;   // 1-based, 0 when unknown
  std::string id;    // record id when known
  std::string reason;
  std::string ToString() const;  // "file:line: record id: reason"
};

using ArticleSink = std::function<void(Article&&)>;
using ErrorSink = std::function<void(const ReadError&)>;

// Reads every record in `data` (the whole content of `file_name`).
// Returns the number of records delivered to `on_article`.
size_t ReadArticles(std::string_view data, std::string_view file_name, const ReadOptions& options,
                    const ArticleSink& on_article, const ErrorSink& on_error);

}  // namespace dyad

#endif  // DYAD_READ_H_
