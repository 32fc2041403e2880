// Countries and subdivisions from Debian's iso-codes JSON (ISO 3166-1/-2).
#ifndef DYAD_WHERE_ISO_CODES_H_
#define DYAD_WHERE_ISO_CODES_H_

#include <string>
#include <vector>

namespace dyad::where {

inline constexpr char kDefaultIsoCodesDir[] = "/usr/share/iso-codes/json";

struct IsoCountry {
  std::string alpha2, alpha3;
  std::string name;                  // "Korea, Republic of"
  std::string common_name;           // "South Korea", may be empty
  std::vector<std::string> aliases;  // common and official names: "South Korea"
};

struct IsoSubdivision {
  std::string code;    // "ID-BA"
  std::string name;    // "Bali" (bracketed notes removed)
  std::string type;    // "Province"
  std::string parent;  // full code of the parent subdivision, "" when none
  // True when the entry is first-level: no parent, or a parent that is only a
  // geographical grouping (Indonesia's provinces under "Nusa Tenggara").
  bool top_level = true;
};

bool LoadIsoCountries(const std::string& dir, std::vector<IsoCountry>* out, std::string* error);
bool LoadIsoSubdivisions(const std::string& dir, std::vector<IsoSubdivision>* out,
                         std::string* error);

}  // namespace dyad::where

#endif  // DYAD_WHERE_ISO_CODES_H_
