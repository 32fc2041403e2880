#include "code/pattern_words.h"

#include <string>
#include <unordered_map>

namespace dyad::code {
namespace {

const std::vector<std::string>& ListOf(const VerbPattern& p, PatternWords::List list) {
  switch (list) {
    case PatternWords::kObj: return p.obj;
    case PatternWords::kXcomp: return p.xcomp;
    case PatternWords::kXobj: return p.xobj;
    case PatternWords::kPpNoun: return p.pp_noun;
    case PatternWords::kSubj: return p.subj;
    case PatternWords::kLists: break;
  }
  return p.obj;
}

}  // namespace

// At most half full, so that a probe for a word not listed (the usual
// question) ends after a slot or two.
std::vector<PatternWords::Entry> PatternWords::Table(size_t entries) {
  size_t size = 16;
  while (size < 2 * entries) size *= 2;
  return std::vector<Entry>(size);
}

PatternWords::PatternWords(const std::vector<VerbPattern>& patterns) {
  // Equal lists get one id: the first pattern's list stands for them all.
  ids_.assign(patterns.size() * kLists, -1);
  std::unordered_map<std::string, int> id_of;
  std::vector<const std::vector<std::string>*> lists;
  std::vector<List> kinds;
  for (size_t pid = 0; pid < patterns.size(); ++pid)
    for (int l = 0; l < kLists; ++l) {
      const std::vector<std::string>& list = ListOf(patterns[pid], static_cast<List>(l));
      if (list.empty()) continue;
      std::string joined(1, static_cast<char>('0' + l));  // lists of different kinds stay apart
      for (const std::string& v : list) joined.append(v).push_back('\n');
      auto [it, added] = id_of.emplace(std::move(joined), static_cast<int>(lists.size()));
      if (added) {
        lists.push_back(&list);
        kinds.push_back(static_cast<List>(l));
      }
      ids_[pid * kLists + l] = it->second;
    }

  lists_ = lists.size();
  foreign_.reserve(patterns.size());
  for (const VerbPattern& p : patterns) foreign_.push_back(p.foreign ? 1 : 0);

  size_t values = 0, ends = 0, starts = 0;
  for (size_t id = 0; id < lists.size(); ++id)
    for (const std::string& v : *lists[id]) {
      ++values;
      ends += kinds[id] != kSubj && v.find('_') != std::string::npos;
      const size_t first_cut = v.find('_');
      starts += kinds[id] == kObj && first_cut != std::string::npos && first_cut > 0;
    }
  values_ = Table(values);
  if (ends) ends_ = Table(ends);
  if (starts) starts_ = Table(starts);
  by_word_ = Table(values);
  // The lists of each whole obj= value, in id order (ids increase below).
  std::vector<std::vector<int>> lists_of;
  for (int id = 0; id < static_cast<int>(lists.size()); ++id)
    for (const std::string& v : *lists[id]) {
      const uint64_t h = WordHash(v);
      size_t slot = Find(values_, id, v, h);
      if (values_[slot].list >= 0) continue;  // listed twice
      values_[slot] = {h, id, v, v};
      if (kinds[id] != kObj) {
        // A pp= noun of several words ("total_boycott") is found by its last
        // word. (A subj= value is only ever matched whole.)
        if (size_t cut = v.rfind('_'); cut != std::string::npos && kinds[id] != kSubj) {
          std::string_view last = std::string_view(v).substr(cut + 1);
          const uint64_t lh = WordHash(last);
          size_t e = Slot(0, lh) & (ends_.size() - 1);
          while (ends_[e].list >= 0) e = (e + 1) & (ends_.size() - 1);
          ends_[e] = {lh, id, last, v};
        }
        continue;
      }
      size_t w = Find(by_word_, 0, v, h);
      if (by_word_[w].list < 0) {
        by_word_[w] = {h, 0, v, v, static_cast<uint32_t>(lists_of.size()), 0};
        lists_of.emplace_back();
      }
      lists_of[by_word_[w].begin].push_back(id);
      if (size_t first_cut = v.find('_'); first_cut != std::string::npos && first_cut > 0) {
        std::string_view first = std::string_view(v).substr(0, first_cut);
        const uint64_t fh = WordHash(first);
        size_t e = Slot(0, fh) & (starts_.size() - 1);
        while (starts_[e].list >= 0) e = (e + 1) & (starts_.size() - 1);
        starts_[e] = {fh, id, first, v};
        start_bits_[StartBit(fh) >> 6] |= uint64_t{1} << (StartBit(fh) & 63);
        const size_t shape = ShapeBit(first.size(), static_cast<unsigned char>(first.front()),
                                      static_cast<unsigned char>(first.back()));
        start_shapes_[shape >> 6] |= uint64_t{1} << (shape & 63);
      }
      size_t cut = v.rfind('_');
      if (cut == std::string::npos) continue;
      std::string_view last = std::string_view(v).substr(cut + 1);
      const uint64_t lh = WordHash(last);
      size_t e = Slot(0, lh) & (ends_.size() - 1);
      while (ends_[e].list >= 0) e = (e + 1) & (ends_.size() - 1);
      ends_[e] = {lh, id, last, v};
    }
  for (Entry& e : by_word_) {
    if (e.list < 0) continue;
    const std::vector<int>& ids = lists_of[e.begin];
    e.begin = static_cast<uint32_t>(word_lists_.size());
    e.count = static_cast<uint32_t>(ids.size());
    word_lists_.insert(word_lists_.end(), ids.begin(), ids.end());
  }
}

std::span<const int> PatternWords::ObjListsWith(std::string_view word, uint64_t hash) const {
  if (by_word_.empty()) return {};
  const Entry& e = by_word_[Find(by_word_, 0, word, hash)];
  if (e.list < 0) return {};
  return {word_lists_.data() + e.begin, e.count};
}

}  // namespace dyad::code
