#!/usr/bin/env bash
# Sentence-boundary F1 on UD English EWT, exactly as the acceptance asks.
#   scripts/eval-sentences.sh [test|dev|train] [BUILD_DIR]
# Needs ../shared/ (the treebank and the scorer); writes into a temporary folder.
set -euo pipefail
split=${1:-test}
build=${2:-build}
cd "$(dirname "$0")/.."
shared=${DYAD_SHARED:-../shared}
gold="$shared/data/ud/en_ewt-ud-$split.conllu"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$shared/eval/score_sentences.py" docs "$gold" "$tmp/docs.jsonl"
"$build/dyad" parse --input jsonl "$tmp/docs.jsonl" > "$tmp/pred.conllu"
python3 "$shared/eval/score_sentences.py" score "$gold" "$tmp/pred.conllu"
