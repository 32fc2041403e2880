#include "dyad/event.h"

namespace dyad {

const char* DatePrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
    case DatePrecision::kContext: return "context";
    case DatePrecision::kStory: return "story";
  }
  return "story";
}

}  // namespace dyad
