// Scores the sentence splitter and tokenizer against a UD CoNLL-U file, as
// the CoNLL 2018 shared task does: the raw text is rebuilt from "# text ="
// lines (paragraphs joined by a blank line, sentences of a paragraph by a
// space, each "# newdoc" segmented on its own) and tokens, words and
// sentences are matched by their character spans.
#ifndef DYAD_SEGMENT_UD_EVAL_H_
#define DYAD_SEGMENT_UD_EVAL_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

struct SpanScore {
  size_t gold = 0;
  size_t system = 0;
  size_t correct = 0;
  double Precision() const { return system ? 100.0 * correct / system : 0; }
  double Recall() const { return gold ? 100.0 * correct / gold : 0; }
  double F1() const { return gold + system ? 200.0 * correct / (gold + system) : 0; }
};

struct UdSegmentEval {
  SpanScore tokens;     // surface tokens ("don't"), by span
  SpanScore words;      // syntactic words ("do" "n't"), by span and form within a token
  SpanScore sentences;  // by span
  size_t documents = 0;
  size_t bytes = 0;
  size_t misaligned = 0;      // gold forms not found in the rebuilt text
  // Speed, over `timing_passes` passes of all documents (at least 3 and at
  // least one second): SplitSentences, then Tokenize of each sentence.
  size_t timing_passes = 0;
  size_t timed_sentences = 0;
  size_t timed_tokens = 0;
  size_t timed_bytes = 0;
  double split_seconds = 0;
  double tokenize_seconds = 0;
  // Up to `max_examples` differences, for --show: "gold|system" lines.
  std::vector<std::string> sentence_errors;
  std::vector<std::string> token_errors;
};

// Scores `conllu` (a whole file). Returns false with *error when it holds no
// sentence. `max_examples` bounds the error lists kept; `measure_speed`
// adds the timing passes.
bool EvaluateUdSegmentation(std::string_view conllu, UdSegmentEval* eval, std::string* error,
                            size_t max_examples = 0, bool measure_speed = true);

}  // namespace dyad

#endif  // DYAD_SEGMENT_UD_EVAL_H_
