#!/bin/sh
# Rebuilds the shipped syntax model data/model/syntax-en-ewt.bin from UD
# English EWT (../shared/data/ud/EWT beside the checkout, or $EWT_DIR).
# Training is deterministic: the same data give a byte-identical model.
# Takes a few minutes on one core.
# With the code of this commit it reproduces data/model/syntax-en-ewt.bin
# (v2) byte for byte; about 4-10 minutes on one core (24 parser epochs; dev
# LAS picks the epoch).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
ewt=${EWT_DIR:-$here/../shared/data/ud/EWT}
dyad=${DYAD:-$here/build/dyad}
out=${1:-$here/data/model/syntax-en-ewt.bin}
"$dyad" train --train "$ewt/en_ewt-ud-train.conllu" --dev "$ewt/en_ewt-ud-dev.conllu" --out "$out" \
  --tagger-epochs 10 --parser-epochs 24 --folds 4 --tagger-prune 100 --parser-prune 400
"$dyad" eval-parse "$ewt/en_ewt-ud-test.conllu" --model "$out"
