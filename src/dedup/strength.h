// Which mention of a happening carries the strongest coding, and how the
// kept record is put together from a group of mentions.
#ifndef DYAD_DEDUP_STRENGTH_H_
#define DYAD_DEDUP_STRENGTH_H_

#include <string_view>
#include <vector>

#include "dyad/event.h"

namespace dyad::dedup {

struct Mention {
  const Event* event;
  bool title;  // from the article's title
};

// The CAMEO root: Event::root, else the code's first two digits.
std::string_view RootOf(const Event& e);

// The kept record of a group (members in input order, at least one):
//  - coding (codes, actors, evidence, location, sentence, id) from the member
//    with the longest (most specific) CAMEO code, then a body sentence over
//    the title, then one with a location, then the first mentioned;
//  - date, precision and date expression from the member with the finest
//    date precision (day > month > year > story), then body over title,
//    then the first mentioned;
//  - location from the first member that has one if the coding member has none.
Event Combine(const std::vector<Mention>& members);

}  // namespace dyad::dedup

#endif  // DYAD_DEDUP_STRENGTH_H_
