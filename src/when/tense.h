// ClauseTense over an already built parse tree (DateEvent reuses its tree).
#ifndef DYAD_WHEN_TENSE_H_
#define DYAD_WHEN_TENSE_H_

#include "dyad/when.h"
#include "when/tree.h"

namespace dyad::when {

// `depth` bounds the walk up xcomp/conj chains (0 from outside).
Tense TenseOf(const Tree& tree, int verb, int depth = 0);

}  // namespace dyad::when

#endif  // DYAD_WHEN_TENSE_H_
