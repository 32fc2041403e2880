// Finds actor mentions in a sentence: dictionary names (longest match),
// agents combined with countries ("Chinese troops", "police in Kabul"),
// roles before persons ("US President Joe Biden" is one actor).
#ifndef DYAD_CODE_ACTOR_FINDER_H_
#define DYAD_CODE_ACTOR_FINDER_H_

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <span>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "dict/dictionary.h"
#include "dict/fold.h"
#include "dict/word_index.h"
#include "dyad/date.h"
#include "dyad/token.h"

namespace dyad {

// The dictionary entries and notes of a mention ("states.txt:12 China",
// "coreference: ..."), iterated as strings. A dictionary entry's label is
// held by pointer to the finder's own copy (the finder outlives what it
// finds, and labels are many and long: a copy each cost an allocation); a
// note made while coding is held here. The first two are inline.
class EntryList {
 public:
  class const_iterator {
   public:
    using value_type = std::string;
    using difference_type = std::ptrdiff_t;
    using reference = const std::string&;
    using pointer = const std::string*;
    using iterator_category = std::forward_iterator_tag;
    const_iterator() = default;
    const_iterator(const EntryList* list, size_t i) : list_(list), i_(i) {}
    const std::string& operator*() const { return (*list_)[i_]; }
    const std::string* operator->() const { return &(*list_)[i_]; }
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator old = *this;
      ++i_;
      return old;
    }
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }

   private:
    const EntryList* list_ = nullptr;
    size_t i_ = 0;
  };

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const std::string& operator[](size_t i) const {
    const Item& it = item(i);
    return it.label ? *it.label : owned_[it.owned];
  }
  const std::string& front() const { return (*this)[0]; }
  const std::string& back() const { return (*this)[size_ - 1]; }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size_}; }

  // A label that outlives this list (the finder's).
  void push_label(const std::string* label) { push({label, 0}); }
  // A note of its own.
  void push_back(std::string note) {
    owned_.push_back(std::move(note));
    push({nullptr, static_cast<uint32_t>(owned_.size() - 1)});
  }
  // Appends the entries of `other` (a copy of its notes).
  void append(const EntryList& other) {
    for (size_t i = 0; i < other.size_; ++i) {
      const Item& it = other.item(i);
      if (it.label) push_label(it.label);
      else push_back(other.owned_[it.owned]);
    }
  }
  // Replaces these by the first n entries of `other` (a copy of their notes).
  void assign_first(const EntryList& other, size_t n) {
    clear();
    for (size_t i = 0; i < n && i < other.size_; ++i) {
      const Item& it = other.item(i);
      if (it.label) push_label(it.label);
      else push_back(other.owned_[it.owned]);
    }
  }
  // Puts the entries of `other` before these.
  void prepend(const EntryList& other) {
    EntryList joined = other;
    joined.append(*this);
    *this = std::move(joined);
  }
  // Keeps the first n (n <= size()).
  void resize(size_t n) {
    size_ = n;
    if (more_.size() > (n > kInline ? n - kInline : 0)) more_.resize(n > kInline ? n - kInline : 0);
  }
  void clear() {
    size_ = 0;
    more_.clear();
    owned_.clear();
  }

 private:
  struct Item {
    const std::string* label;  // or null: owned_[owned]
    uint32_t owned;
  };
  static constexpr size_t kInline = 2;
  const Item& item(size_t i) const { return i < kInline ? inline_[i] : more_[i - kInline]; }
  void push(Item it) {
    if (size_ < kInline) inline_[size_] = it;
    else more_.push_back(it);
    ++size_;
  }
  Item inline_[kInline] = {};
  size_t size_ = 0;
  std::vector<Item> more_;
  std::vector<std::string> owned_;
};

struct ActorMention {
  int begin = 0, end = 0;      // token span [begin, end)
  std::string code;            // "CHNMIL"; "---MIL" for an agent with no country
  ActorKind kind = ActorKind::kCountry;  // kind of the base name (kAgent when only an agent)
  bool has_agent = false;
  bool seat_as_place = false;  // ActorEntry::seat_as_place of the base name
  bool imported = false;       // ActorEntry::imported of the base name (kind guessed)
  // One person named by the office ("Pakistan's army chief"), set by the
  // coder when it keeps the mention for later sentences' "he" and "she".
  bool office_holder = false;
  EntryList entries;  // "states.txt:12 China", ...

  // Becomes a copy of m with its first entry only (what an article's
  // context keeps of a mention), without copying the others. (A field added
  // above must be copied here too.)
  void AssignWithFirstEntry(const ActorMention& m) {
    begin = m.begin;
    end = m.end;
    code = m.code;
    kind = m.kind;
    has_agent = m.has_agent;
    seat_as_place = m.seat_as_place;
    imported = m.imported;
    office_holder = m.office_holder;
    entries.assign_first(m.entries, 1);
  }
};

// A state's mission abroad ("embassy", "diplomats", "envoy"): one "in" a
// place is another state's ("embassies in Kinshasa").
bool IsMissionWord(std::string_view form);

// An armed group's sector (REB, INS): "the rebels in Doha" are the article's
// rebels where they are, not the place's.
inline bool IsArmedGroupSector(std::string_view sector) { return sector == "REB" || sector == "INS"; }

// Whether a code starts with a country: not IGO, NGO, NGM, MNC, INT, UNO,
// IMG nor "---". (Inline, as CountryPrefixOf: the coder asks them
// thousands of times per article.)
inline bool IsCountryPrefix(std::string_view code) {
  if (code.size() < 3) return false;
  // By first letter: most codes start with one that starts none of those,
  // and "USA", "IRN", "MEX" need one or two byte compares, not eight.
  const char b = code[1], c = code[2];
  switch (code[0]) {
    case 'I':
      return !((b == 'G' && c == 'O') || (b == 'N' && c == 'T') || (b == 'M' && c == 'G'));
    case 'N':
      return !(b == 'G' && (c == 'O' || c == 'M'));
    case 'M':
      return !(b == 'N' && c == 'C');
    case 'U':
      return !(b == 'N' && c == 'O');
    case '-':
      return !(b == '-' && c == '-');
    default:
      return true;
  }
}
// Country part of a code: "CHN" for "CHNGOV"; "" for IGO/NGO/... and "---".
std::string CountryOfCode(const std::string& code);
// The same as a view into `code` (no copy): "" for none.
inline std::string_view CountryPrefixOf(std::string_view code) {
  return IsCountryPrefix(code) ? code.substr(0, 3) : std::string_view();
}
// Sector parts: "CHNGOVMIL" -> {"GOV", "MIL"}; "IGOUNO" -> {"IGO", "UNO"}.
std::vector<std::string> SectorsOfCode(const std::string& code);
// The same as views into `code` (no copies), for tests of a code's sectors:
// for (std::string_view sector : SectorViews(code)) ...
class SectorViews {
 public:
  explicit SectorViews(std::string_view code)
      : code_(code), first_(!CountryPrefixOf(code).empty() || code.compare(0, 3, "---") == 0 ? 3 : 0) {}
  class iterator {
   public:
    using value_type = std::string_view;
    using difference_type = std::ptrdiff_t;
    using reference = std::string_view;
    using pointer = void;
    using iterator_category = std::input_iterator_tag;
    iterator(std::string_view code, size_t at) : code_(code), at_(at) {}
    std::string_view operator*() const { return code_.substr(at_, 3); }
    iterator& operator++() {
      at_ += 3;
      return *this;
    }
    bool operator==(const iterator& o) const { return at_ == o.at_; }

   private:
    std::string_view code_;
    size_t at_;
  };
  iterator begin() const { return {code_, first_}; }
  iterator end() const { return {code_, first_ + (code_.size() - first_) / 3 * 3}; }
  bool empty() const { return code_.size() - first_ < 3; }

 private:
  std::string_view code_;
  size_t first_;
};

// Whether a code has the sector `sector` ("SDNREBRSF" has "REB").
inline bool HasSector(std::string_view code, std::string_view sector) {
  for (std::string_view x : SectorViews(code))
    if (x == sector) return true;
  return false;
}
// Whether a code is a non-state armed group's: rebels, insurgents,
// unidentified armed forces ("SDNREBRSF", "---INS").
inline bool IsArmedGroupCode(std::string_view code) {
  return HasSector(code, "REB") || HasSector(code, "INS") || HasSector(code, "UAF");
}

class ActorFinder {
 public:
  explicit ActorFinder(const Dictionaries& dicts);
  // Mentions in token order, non-overlapping. `date` picks dated codes.
  std::vector<ActorMention> Find(const Sentence& sentence, const Date& date) const;
  // The same with the sentence's words already folded by FoldWords.
  std::vector<ActorMention> Find(const Sentence& sentence, const Date& date, const FoldedSpan& folded) const;
  // The same into *found (cleared first; a caller that keeps one vector
  // for sentence after sentence allocates nothing once it has grown).
  void Find(const Sentence& sentence, const Date& date, const FoldedSpan& folded,
            std::vector<ActorMention>* found) const;
  // Appends the folded words of the tokens to *out (FoldSentenceWords), each
  // with its ids in the actor, agent and discard tries: one lookup for all;
  // punctuation between them as FoldedWord says.
  void FoldWords(const std::vector<Token>& tokens, FoldedWords* out) const;

 private:
  // Appends "states.txt:12 China", the entry as explanations name it.
  void AddLabel(const ActorEntry& e, EntryList* entries) const;
  // "an Islamic State target southwest of Baghdad" = IRQMUS: the sector an
  // agent adjective gives the noun a place hangs on (actor_finder.cc).
  void SectorOfPlaceByModifier(const Sentence& s, const Date& date,
                               std::span<const std::pair<int, int>> adjective_agents,
                               std::vector<ActorMention>* mentions) const;

  const Dictionaries& dicts_;
  WordIndex word_index_;  // the words of dicts_'s actor, agent and discard tries
  // Labels made once, per entry of dicts_.actors and dicts_.agents.
  std::vector<std::string> actor_labels_, agent_labels_;
  // ActorEntry::open_names as actor-trie word ids, with their entry.
  struct OpenName {
    std::vector<int> words;
    std::vector<int> ids;  // the entry, as the trie's value lists are
  };
  std::vector<OpenName> open_names_;  // sorted by first word id
  // The open names a word starts, by actor-trie word id: open_names_
  // [open_from_[id], open_from_[id + 1]) (empty when no open names).
  std::vector<uint32_t> open_from_;
};

}  // namespace dyad

#endif  // DYAD_CODE_ACTOR_FINDER_H_
