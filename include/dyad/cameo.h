// The CAMEO 1.1b3 event ontology: names, Goldstein values, QuadClass and the
// PLOVER type/mode/context of every code. Our own table (data/embed/cameo.tsv,
// compiled into the library; see docs/cameo.md).
#ifndef DYAD_CAMEO_H_
#define DYAD_CAMEO_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/event.h"

namespace dyad {

struct CameoInfo {
  std::string code;   // "0231"
  std::string root;   // "02"
  std::string name;   // "Appeal for economic aid"
  double goldstein = 0;
  int quad_class = 0; // 1..4 from the root
  Plover plover;
};

// Looks a code up; unknown codes (e.g. PETRARCH test codes "901") get a
// CameoInfo with the root's values where the root is known, else nullptr-like
// empty info (code set, name empty, quad_class 0). The reference stays valid
// for the life of the program.
const CameoInfo& LookupCameo(std::string_view code);
// Every code of the table, in table order (roots before their subcodes).
const std::vector<CameoInfo>& AllCameoCodes();
bool IsKnownCameo(std::string_view code);
// QuadClass of a root "01".."20".
int QuadClassOfRoot(std::string_view root);
// Fills root, quad_class, goldstein and plover of an event from its cameo code.
void FillCameoFields(Event& event);

}  // namespace dyad

#endif  // DYAD_CAMEO_H_
