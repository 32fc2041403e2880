#!/bin/sh
# Rebuilds the shipped syntax models from UD English EWT (../shared/data/ud/EWT
# beside the checkout, or $EWT_DIR) and data/syntax/tagger-lexicon.tsv:
#   data/model/syntax-en-ewt.bin       greedy parser (the default: fast)
#   data/model/syntax-en-ewt-beam.bin  parser trained and run with a beam of 8
#                                      (more accurate, about 4 times slower)
# Both carry a tree relabeler (labels chosen again once the tree is built,
# mixed with the arc-time labeler's scores).
# Training is deterministic: the same data give byte-identical models. With
# the code of this commit it reproduces both files (model file format 5) byte
# for byte; about 4 + 8 minutes on a quiet core (10 tagger epochs, 4 jackknife
# folds; 24 greedy or 14 beam parser epochs, dev LAS picks the epoch; 8
# relabeler epochs, dev LAS picks the epoch and the mix).
# Pruning weights below 100 (tagger) and 400 (greedy parser; 250 beam) of 32000
# keeps the files near 17 and 28 MB (stored uncompressed since format 5).
#   tools/train_model.sh [GREEDY_OUT [BEAM_OUT]]   (BEAM_OUT "-" skips it)
# NEWS_WEIGHT=K adds dyad's news treebank (data/treebank/news-*.conllu, the
# files NEWS_PARTS names; never news-e, which is held out) K times to the EWT
# training sentences.
# The default, 3, reproduces the shipped greedy model (since session 26);
# NEWS_WEIGHT=0 trains it on EWT alone (the greedy model shipped before).
# The beam model is trained on EWT alone (BEAM_NEWS=1 adds the news trees).
# GREEDY_OPTS adds options to the greedy training, e.g. the non-monotonic
# parser measured in the README (not shipped):
#   GREEDY_OPTS=--non-monotonic tools/train_model.sh /tmp/nm.bin -
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
ewt=${EWT_DIR:-$here/../shared/data/ud/EWT}
dyad=${DYAD:-$here/build/dyad}
out=${1:-$here/data/model/syntax-en-ewt.bin}
beam_out=${2:-$here/data/model/syntax-en-ewt-beam.bin}
train=$ewt/en_ewt-ud-train.conllu
news_weight=${NEWS_WEIGHT:-3}
# NEWS_PARTS: which news treebank files (news-X.conllu) are added; the
# default, all nine training files, reproduces the shipped model (since
# session 27; "a b c" gives the model of session 26).
news_parts=${NEWS_PARTS:-a b c d f g h i n}
if [ "$news_weight" -gt 0 ]; then
  train=$(mktemp /tmp/dyad-train-XXXXXX.conllu)
  trap 'rm -f "$train"' EXIT
  cat "$ewt/en_ewt-ud-train.conllu" > "$train"
  i=0
  while [ "$i" -lt "$news_weight" ]; do
    for part in $news_parts; do cat "$here/data/treebank/news-$part.conllu" >> "$train"; done
    i=$((i + 1))
  done
fi
common="--lexicon $here/data/syntax/tagger-lexicon.tsv
  --dev $ewt/en_ewt-ud-dev.conllu --tagger-epochs 10 --folds 4 --tagger-prune 100 --relabel-epochs 8"
# shellcheck disable=SC2086
"$dyad" train $common --train "$train" --out "$out" --parser-epochs 24 --parser-prune 400 ${GREEDY_OPTS:-}
"$dyad" eval-parse "$ewt/en_ewt-ud-test.conllu" --model "$out"
if [ "$beam_out" != "-" ]; then
  # (The beam model: EWT alone, as shipped; BEAM_NEWS=1 adds the news trees too.)
  beam_train=$ewt/en_ewt-ud-train.conllu
  [ "${BEAM_NEWS:-0}" = 1 ] && beam_train=$train
  # shellcheck disable=SC2086
  "$dyad" train $common --train "$beam_train" --out "$beam_out" --parser-epochs 14 --beam 8 --parser-prune 250
  "$dyad" eval-parse "$ewt/en_ewt-ud-test.conllu" --model "$beam_out"
fi
