#!/bin/sh
# Writes data/syntax/tagger-lexicon.tsv: words the tagger may not have seen in
# UD EWT but the project's own data knows, with their word class
#   NAME  a word of a place, state, organization or person name
#         (data/embed/countries.tsv, capitals.tsv, data/dict/actors/*.txt)
#   NAT   a nationality adjective or demonym (the "adj" rows of states.txt)
#   AGENT a common noun naming a kind of actor, singular or plural: the
#         head words of data/dict/agents.txt ("militant", "gunmen")
#   BASE, PAST, PART  base form, past tense, past participle of an irregular
#         verb (data/embed/irregular_verbs.tsv), also with the prefixes
#         re-, out-, over-, under-, mis-, un-, with- ("retook", "overran")
# one lower-cased word a line, classes joined with ",". `dyad train --lexicon`
# compiles it into the model (tagger features for words outside the training
# vocabulary; past forms for the lemmatizer). Deterministic (LC_ALL=C sort).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$here/data/syntax/tagger-lexicon.tsv}
export LC_ALL=C
{
  # Irregular verbs: base, past (|-alternatives), participle.
  awk -F'\t' 'BEGIN { np = split(",re,out,over,under,mis,un,with", pre, ",") }
  !/^#/ && NF >= 3 {
    for (k = 1; k <= np; k++) {
      x = pre[k]; b = x tolower($1)
      print b "\tBASE"
      n = split($2, p, "|"); for (i = 1; i <= n; i++) print x tolower(p[i]) "\tPAST=" b
      n = split($3, p, "|"); for (i = 1; i <= n; i++) print x tolower(p[i]) "\tPART=" b
    }
  }' "$here/data/embed/irregular_verbs.tsv"
  # Names: capitalized words of names (country names and aliases, capitals,
  # subdivisions, actors); nationality adjectives from states.txt "adj" rows.
  {
    awk -F'\t' '!/^#/ { print $3; n = split($4, a, "|"); for (i = 1; i <= n; i++) print a[i] }' "$here/data/embed/countries.tsv"
    awk -F'\t' '!/^#/ { print $3; n = split($9, a, "|"); for (i = 1; i <= n; i++) print a[i] }' "$here/data/embed/capitals.tsv"
    for f in "$here"/data/dict/actors/*.txt; do
      sed 's/#.*//' "$f" | awk '$2 != "adj" && NF >= 3 { $1 = ""; $2 = ""; print }' | tr '|' '\n'
    done
  } | tr ' \t' '\n\n' | grep -E '^[A-Z][A-Za-z.'"'"'-]*$' | awk '{ print tolower($0) "\tNAME" }'
  for f in "$here"/data/dict/actors/states.txt; do
    sed 's/#.*//' "$f" | awk '$2 == "adj" { $1 = ""; $2 = ""; print }' | tr '|' '\n'
  done | tr ' \t' '\n\n' | grep -E '^[A-Z][A-Za-z-]*$' | awk '{ print tolower($0) "\tNAT" }'
  # Agents: the last word of each name, singular and plural.
  sed 's/#.*//' "$here/data/dict/agents.txt" | awk '$2 == "agent" { $1 = ""; $2 = ""; print }' | tr '|' '\n' |
    awk '{ w = $NF } w ~ /^[a-z]+$/ {
      print w "\tAGENT"
      if (w ~ /man$/) p = substr(w, 1, length(w) - 3) "men"
      else if (w ~ /(s|x|ch|sh)$/) p = w "es"
      else if (w ~ /[^aeiou]y$/) p = substr(w, 1, length(w) - 1) "ies"
      else p = w "s"
      print p "\tAGENT"
    }'
} | sort -u | awk -F'\t' '
  $1 == prev { line = line "," $2; next }
  { if (NR > 1) print line; prev = $1; line = $0 }
  END { if (NR > 0) print line }' > "$out.tmp"
{
  echo "# dyad tagger lexicon: written by tools/build_tagger_lexicon.sh from data/embed and"
  echo "# data/dict/actors (GeoNames CC BY 4.0, iso-codes LGPL-2.1 names). Do not edit."
  cat "$out.tmp"
} > "$out"
rm -f "$out.tmp"
