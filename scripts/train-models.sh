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
