#include "code/intent.h"

namespace dyad::code {

std::string IntentCode(std::string_view act) {
  if (act.size() < 2) return "";
  std::string_view root = act.substr(0, 2);
  std::string_view three = act.size() >= 3 ? act.substr(0, 3) : root;
  // Consult and meet: intent to meet or negotiate; to mediate, 039.
  if (root == "04") return three == "045" ? "039" : "036";
  // Diplomatic cooperation (praise, recognise, sign): intent to cooperate diplomatically.
  if (root == "05") return "032";
  // Material cooperation: 031x by kind.
  if (root == "06") {
    if (three == "061") return "0311";
    if (three == "062") return "0312";
    if (three == "063") return "0313";
    if (three == "064") return "0314";
    return "031";
  }
  // Aid: 033x by kind.
  if (root == "07") {
    if (three == "071") return "0331";
    if (three == "072") return "0332";
    if (three == "073") return "0333";
    if (three == "074") return "0334";
    return "033";
  }
  // Yield: 035x, and 034 for political reform.
  if (root == "08") {
    if (three == "081") return "0351";
    if (three == "082") return "0352";
    // (Reform by kind: leadership, policy, rights, institutions.)
    if (three == "083") return act.size() == 4 && act[3] >= '1' && act[3] <= '4' ? "034" + std::string(1, act[3]) : "034";
    if (three == "084") return "0353";
    if (three == "085") return "0354";
    if (three == "086") return "0355";
    if (three == "087") return "0356";
    return "035";
  }
  // Conflict intended is a threat.
  if (root == "14") return "133";
  if (root == "16") {
    if (three == "161") return "1313";
    if (three == "162") return "1311";
    if (three == "163") return "1312";
    if (three == "164") return "134";
    if (three == "165") return "135";
    if (three == "166") return "136";
    return "131";
  }
  if (root == "17") return three == "172" ? "132" : "137";
  if (root == "18") return "1383";
  if (root == "19") {
    if (three == "191") return "1381";
    if (three == "192") return "1382";
    return "1384";
  }
  if (root == "20") return "1385";
  return "";
}

std::string RefusalCode(std::string_view act) {
  if (act.size() < 2) return "";
  std::string_view root = act.substr(0, 2);
  std::string_view three = act.size() >= 3 ? act.substr(0, 3) : root;
  if (root == "04") return "125";
  if (root == "05") return three == "057" ? "127" : "120";
  if (root == "06") {
    if (three == "061") return "1211";
    if (three == "062") return "1212";
    if (three == "063") return "1213";
    return "121";
  }
  if (root == "07") {
    if (three == "071") return "1221";
    if (three == "072") return "1222";
    if (three == "073") return "1223";
    if (three == "074") return "1224";
    return "122";
  }
  if (root == "08") {
    if (three == "081") return "1241";
    if (three == "082") return "1242";
    if (three == "083") return "123";
    if (three == "084") return "1243";
    if (three == "085") return "1244";
    if (three == "086") return "1245";
    if (three == "087") return "1246";
    return "124";
  }
  return "";
}

}  // namespace dyad::code
