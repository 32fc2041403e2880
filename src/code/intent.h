// CAMEO practice for intentions and refusals: "plans to visit", "pledged to provide aid",
// "wants to attack" are not the acts themselves but the intent to do them
// (03x for cooperation, 13x for conflict).
#ifndef DYAD_CODE_INTENT_H_
#define DYAD_CODE_INTENT_H_

#include <string>
#include <string_view>

namespace dyad::code {

// The CAMEO code of the intent (or threat) to do `act`: "042" -> "036",
// "0712" -> "0331"... "190" -> "1384". Empty when CAMEO has none (a
// statement, an appeal, an investigation).
std::string IntentCode(std::string_view act);

// The CAMEO code of refusing to do `act` ("will not meet" -> 125, "refused
// to release" -> 1243); empty when CAMEO has none.
std::string RefusalCode(std::string_view act);

}  // namespace dyad::code

#endif  // DYAD_CODE_INTENT_H_
