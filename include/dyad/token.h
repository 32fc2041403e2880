// Sentences and tokens: the data the segmenter produces and the tagger and
// parser fill in. Offsets are byte offsets into the cleaned document text.
#ifndef DYAD_TOKEN_H_
#define DYAD_TOKEN_H_

#include <cstdint>
#include <string>
#include <vector>

namespace dyad {

struct Token {
  std::string form;      // as in the text (UD word: "n't", "'s", "U.S.")
  uint32_t begin = 0;    // byte offsets of the form in the document text
  uint32_t end = 0;
  bool space_after = true;

  // Filled by the tagger / lemmatizer / parser (empty or -1 before).
  std::string upos;      // UD UPOS: "VERB", "PROPN", ...
  std::string xpos;      // Penn tag: "VBD", "NNP", ...
  std::string lemma;     // lower-case for common words, as UD EWT
  std::string feats;     // UD features or "_"
  int head = -1;         // 0-based index of the head token in the sentence, -1 for the root
  std::string deprel;    // UD relation: "nsubj", "obl:tmod", "root", ...
};

struct Sentence {
  uint32_t begin = 0;    // byte span in the document text
  uint32_t end = 0;
  std::string text;      // the sentence as written
  std::vector<Token> tokens;
  bool is_title = false; // came from the title / headline
};

// A cleaned article split into sentences.
struct Document {
  std::string text;                 // cleaned text: title + "\n\n" + body
  std::vector<Sentence> sentences;
};

}  // namespace dyad

#endif  // DYAD_TOKEN_H_
