#!/usr/bin/env bash
# Rebuilds dyad's trained models from their committed recipes.
#
#   bash scripts/train-models.sh            # after `make` (needs build/dyad)
#
# Each model has a parameters file beside it (models/NAME.params) and is
# trained from the data release that file names. The training data lives in
# ../shared (override with DYAD_SHARED); it is never copied into the repo.
set -euo pipefail

cd "$(dirname "$0")/.."
DYAD=${DYAD:-build/dyad}
SHARED=${DYAD_SHARED:-../shared}
UD="$SHARED/data/ud"

if [[ ! -x "$DYAD" ]]; then
  echo "train-models.sh: $DYAD not found; build dyad first (make)" >&2
  exit 2
fi

# Sentence boundaries: UD English EWT v2.15.
# shellcheck source=/dev/null
source models/sentence_boundary.params
"$DYAD" train sentences \
  --train "$UD/en_ewt-ud-train.conllu" \
  --dev "$UD/en_ewt-ud-dev.conllu" \
  --out models/sentence_boundary.model \
  --epochs "$EPOCHS" --seed "$SEED" --table-bits "$TABLE_BITS" --min-weight "$MIN_WEIGHT"

# Tagger and lemmatizer: UD English EWT v2.15, plus the WordNet 3.0
# exception lists (Debian wordnet-base; read here only, stored in the model).
# shellcheck source=/dev/null
source models/tagger.params
"$DYAD" train tagger \
  --train "$UD/en_ewt-ud-train.conllu" \
  --dev "$UD/en_ewt-ud-dev.conllu" \
  --out models/tagger.model \
  --epochs "$EPOCHS" --seed "$SEED" --min-weight "$MIN_WEIGHT" --threads "$THREADS" \
  --feats-epochs "$FEATS_EPOCHS" \
  --lemma-exceptions "$WORDNET/noun.exc" "$WORDNET/verb.exc" "$WORDNET/adj.exc" \
  "$WORDNET/adv.exc"
# Dependency parser: UD English EWT v2.15 with predicted tags and lemmas, so
# that it learns from tags as wrong as the ones it sees in use: the training
# file's are jackknifed (FOLDS taggers, each trained on the other folds with
# the tagger's own settings but JK_EPOCHS epochs, tag the fold they did not
# see); the dev file's (which choose the epoch) come from models/tagger.model.
# shellcheck source=/dev/null
source models/parser.params
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 scripts/jackknife-tags.py "$UD/en_ewt-ud-train.conllu" "$UD/en_ewt-ud-dev.conllu" \
  "$tmp/train.conllu" --folds "$FOLDS" --dyad "$DYAD" -- \
  --epochs "$JK_EPOCHS" --seed 1 --min-weight 0.05 --threads "$THREADS" --feats-epochs 0 \
  --lemma-exceptions "$WORDNET/noun.exc" "$WORDNET/verb.exc" "$WORDNET/adj.exc" \
  "$WORDNET/adv.exc"
python3 scripts/jackknife-tags.py "$UD/en_ewt-ud-dev.conllu" - "$tmp/dev.conllu" \
  --tagger-model models/tagger.model --dyad "$DYAD"
"$DYAD" train parser \
  --train "$tmp/train.conllu" \
  --dev "$tmp/dev.conllu" \
  --out models/parser.model \
  --epochs "$EPOCHS" --seed "$SEED" --threads "$THREADS" \
  --explore-after "$EXPLORE_AFTER" --explore-probability "$EXPLORE_PROBABILITY" \
  --min-weight "$MIN_WEIGHT" --min-feature-count "$MIN_FEATURE_COUNT"
