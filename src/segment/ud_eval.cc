#include "segment/ud_eval.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <tuple>

#include "dyad/segment.h"
#include "segment/multiword.h"

namespace dyad {
namespace {

struct GoldToken {
  std::string form;
  std::vector<std::string> words;
  bool space_after = true;
};

struct GoldSentence {
  std::string text;
  bool has_text = false;
  bool new_paragraph = false;
  std::vector<GoldToken> tokens;
};

using GoldDocument = std::vector<GoldSentence>;

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> f;
  size_t b = 0;
  while (true) {
    size_t t = line.find('\t', b);
    f.push_back(line.substr(b, t == std::string_view::npos ? std::string_view::npos : t - b));
    if (t == std::string_view::npos) break;
    b = t + 1;
  }
  return f;
}

std::vector<GoldDocument> ParseConllu(std::string_view data) {
  std::vector<GoldDocument> docs(1);
  GoldSentence cur;
  bool pending_paragraph = true;
  long mwt_end = 0;
  auto finish = [&] {
    if (cur.tokens.empty()) return;
    cur.new_paragraph = pending_paragraph || docs.back().empty();
    pending_paragraph = false;
    docs.back().push_back(std::move(cur));
    cur = GoldSentence();
    mwt_end = 0;
  };
  while (!data.empty()) {
    size_t nl = data.find('\n');
    std::string_view line = data.substr(0, nl);
    data.remove_prefix(nl == std::string_view::npos ? data.size() : nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      finish();
      continue;
    }
    if (line[0] == '#') {
      if (line.rfind("# newdoc", 0) == 0) {
        finish();
        if (!docs.back().empty()) docs.emplace_back();
        pending_paragraph = true;
      } else if (line.rfind("# newpar", 0) == 0) {
        finish();
        pending_paragraph = true;
      } else if (line.rfind("# text = ", 0) == 0) {
        cur.text = std::string(line.substr(9));
        cur.has_text = true;
      }
      continue;
    }
    auto f = SplitTabs(line);
    if (f.size() < 2) continue;
    std::string id(f[0]);
    bool space_after = !(f.size() >= 10 && f[9].find("SpaceAfter=No") != std::string_view::npos);
    if (id.find('.') != std::string::npos) continue;  // empty node
    if (size_t dash = id.find('-'); dash != std::string::npos) {
      mwt_end = std::strtol(id.c_str() + dash + 1, nullptr, 10);
      cur.tokens.push_back({std::string(f[1]), {}, space_after});
      continue;
    }
    long n = std::strtol(id.c_str(), nullptr, 10);
    if (n <= mwt_end && !cur.tokens.empty()) {
      cur.tokens.back().words.emplace_back(f[1]);
    } else {
      cur.tokens.push_back({std::string(f[1]), {std::string(f[1])}, space_after});
    }
  }
  finish();
  if (docs.back().empty()) docs.pop_back();
  return docs;
}

std::string Fold(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

using SpanKey = std::pair<uint32_t, uint32_t>;
using WordKey = std::tuple<uint32_t, uint32_t, size_t, std::string>;

template <typename T>
size_t CountCommon(std::vector<T>& a, std::vector<T>& b) {
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  std::vector<T> common;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
  return common.size();
}

// The span [b, e) and, for short spans, some text around it, on one line.
std::string Shown(const std::string& text, size_t b, size_t e) {
  std::string out = text.substr(b, e - b);
  if (e - b < 40) {
    size_t cb = b > 30 ? b - 30 : 0, ce = std::min(text.size(), e + 30);
    out += "\t| " + text.substr(cb, b - cb) + "[[" + out + "]]" + text.substr(e, ce - e);
  }
  for (char& c : out)
    if (c == '\n') c = ' ';
  return out;
}

// Differences between two span lists, shown with their text.
void Differences(const std::string& text, std::vector<SpanKey> gold, std::vector<SpanKey> system,
                 size_t max, std::vector<std::string>* out) {
  std::vector<SpanKey> missed, extra;
  std::set_difference(gold.begin(), gold.end(), system.begin(), system.end(), std::back_inserter(missed));
  std::set_difference(system.begin(), system.end(), gold.begin(), gold.end(), std::back_inserter(extra));
  for (const auto& [b, e] : missed) {
    if (out->size() >= max) return;
    out->push_back("gold:   " + Shown(text, b, e));
  }
  for (const auto& [b, e] : extra) {
    if (out->size() >= max) return;
    out->push_back("system: " + Shown(text, b, e));
  }
}

}  // namespace

bool EvaluateUdSegmentation(std::string_view conllu, UdSegmentEval* eval, std::string* error,
                            size_t max_examples, bool measure_speed) {
  *eval = UdSegmentEval();
  std::vector<GoldDocument> docs = ParseConllu(conllu);
  if (docs.empty()) {
    *error = "no sentences in the CoNLL-U input";
    return false;
  }
  using Clock = std::chrono::steady_clock;
  std::vector<std::string> texts;
  texts.reserve(docs.size());
  for (const GoldDocument& doc : docs) {
    // Rebuild the raw text and the gold spans.
    std::string text;
    std::vector<SpanKey> gold_tokens, gold_sentences;
    std::vector<WordKey> gold_words;
    for (const GoldSentence& s : doc) {
      if (!text.empty()) text += s.new_paragraph ? "\n\n" : " ";
      const size_t start = text.size();
      if (s.has_text) {
        text += s.text;
      } else {
        for (const GoldToken& t : s.tokens) text += t.form + (t.space_after ? " " : "");
      }
      size_t cursor = start;
      uint32_t first = 0, last = 0;
      bool any = false;
      for (const GoldToken& t : s.tokens) {
        while (cursor < text.size() && (text[cursor] == ' ' || text[cursor] == '\t' || text[cursor] == '\n')) ++cursor;
        size_t at = text.compare(cursor, t.form.size(), t.form) == 0 ? cursor : text.find(t.form, cursor);
        if (t.form.empty() || at == std::string::npos) {
          ++eval->misaligned;
          continue;
        }
        if (at != cursor) ++eval->misaligned;
        auto b = static_cast<uint32_t>(at), e = static_cast<uint32_t>(at + t.form.size());
        cursor = e;
        gold_tokens.emplace_back(b, e);
        for (size_t k = 0; k < t.words.size(); ++k) gold_words.emplace_back(b, e, k, Fold(t.words[k]));
        if (!any) first = b;
        last = e;
        any = true;
      }
      if (any) gold_sentences.emplace_back(first, last);
    }

    // The system's spans.
    std::vector<Sentence> sentences = SplitSentences(text);
    std::vector<std::vector<Token>> tokenized;
    tokenized.reserve(sentences.size());
    for (const Sentence& s : sentences) tokenized.push_back(Tokenize(s.text, s.begin));

    std::vector<SpanKey> sys_tokens, sys_sentences;
    std::vector<WordKey> sys_words;
    for (size_t i = 0; i < sentences.size(); ++i) {
      sys_sentences.emplace_back(sentences[i].begin, sentences[i].end);
      const auto& words = tokenized[i];
      for (const TokenRange& r : SurfaceTokens(words)) {
        uint32_t b = words[r.first].begin, e = words[r.last].end;
        sys_tokens.emplace_back(b, e);
        for (size_t k = r.first; k <= r.last; ++k) sys_words.emplace_back(b, e, k - r.first, Fold(words[k].form));
      }
    }

    eval->documents++;
    eval->bytes += text.size();
    eval->tokens.gold += gold_tokens.size();
    eval->tokens.system += sys_tokens.size();
    eval->tokens.correct += CountCommon(gold_tokens, sys_tokens);
    eval->words.gold += gold_words.size();
    eval->words.system += sys_words.size();
    eval->words.correct += CountCommon(gold_words, sys_words);
    eval->sentences.gold += gold_sentences.size();
    eval->sentences.system += sys_sentences.size();
    eval->sentences.correct += CountCommon(gold_sentences, sys_sentences);
    if (max_examples > 0) {  // CountCommon sorted the lists
      Differences(text, gold_sentences, sys_sentences, max_examples, &eval->sentence_errors);
      Differences(text, gold_tokens, sys_tokens, max_examples, &eval->token_errors);
    }
    texts.push_back(std::move(text));
  }

  // Speed: whole passes over all documents until a second has gone by (at
  // least 3), timing splitting and tokenizing apart.
  while (measure_speed && (eval->timing_passes < 3 || eval->split_seconds + eval->tokenize_seconds < 1.0)) {
    for (const std::string& text : texts) {
      auto t0 = Clock::now();
      std::vector<Sentence> sentences = SplitSentences(text);
      auto t1 = Clock::now();
      size_t n = 0;
      for (const Sentence& s : sentences) n += Tokenize(s.text, s.begin).size();
      auto t2 = Clock::now();
      eval->split_seconds += std::chrono::duration<double>(t1 - t0).count();
      eval->tokenize_seconds += std::chrono::duration<double>(t2 - t1).count();
      eval->timed_sentences += sentences.size();
      eval->timed_tokens += n;
      eval->timed_bytes += text.size();
    }
    ++eval->timing_passes;
  }
  return true;
}

}  // namespace dyad
