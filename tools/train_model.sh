#!/bin/sh
# Rebuilds the shipped syntax model data/model/syntax-en-ewt.bin from UD
# English EWT (../shared/data/ud/EWT beside the checkout, or $EWT_DIR).
# Training is deterministic: the same data give a byte-identical model.
# With the code of this commit it reproduces data/model/syntax-en-ewt.bin
# (model file format 2) byte for byte; about 3-5 minutes on one core (10
# tagger epochs, 4 jackknife folds, 24 parser epochs; dev LAS picks the
# parser epoch). Pruning weights below 100 (tagger) and 400 (parser) of 32000
# keeps the file near 11 MB and the tables near 37 MB in memory.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
ewt=${EWT_DIR:-$here/../shared/data/ud/EWT}
dyad=${DYAD:-$here/build/dyad}
out=${1:-$here/data/model/syntax-en-ewt.bin}
"$dyad" train --lexicon "$here/data/syntax/tagger-lexicon.tsv" --train "$ewt/en_ewt-ud-train.conllu" --dev "$ewt/en_ewt-ud-dev.conllu" --out "$out" \
  --tagger-epochs 10 --parser-epochs 24 --folds 4 --tagger-prune 100 --parser-prune 400
"$dyad" eval-parse "$ewt/en_ewt-ud-test.conllu" --model "$out"
