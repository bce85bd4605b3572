#!/usr/bin/env bash
# Tagging, lemmas and parsing on UD English EWT with gold tokens, as issue 4 measures them.
#
#   scripts/eval-parse.sh [test|dev] [BUILD_DIR]      (defaults: test, build)
#
# Runs, on ../shared/data/ud/en_ewt-ud-SET.conllu (or $DYAD_SHARED/data/ud/...):
#   BUILD/dyad parse --input conllu GOLD > pred.conllu          (timed: wall seconds, model loading included)
#   python3 ../shared/eval/score_conllu.py GOLD pred.conllu     (UPOS XPOS LEMMA UAS LAS)
#   python3 scripts/check-trees.py pred.conllu                  (one root, every word headed, no cycles)
# Predictions stay in BUILD/eval/parse/SET.pred.conllu.
set -euo pipefail
set_name=${1:-test}
build=${2:-build}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared=${DYAD_SHARED:-$root/../shared}
gold="$shared/data/ud/en_ewt-ud-$set_name.conllu"
if [[ ! -f "$gold" ]]; then
  echo "eval-parse: $gold not found; set DYAD_SHARED to the folder holding data/ud/" >&2
  exit 2
fi
out="$root/$build/eval/parse"
mkdir -p "$out"
pred="$out/$set_name.pred.conllu"
start=$(date +%s.%N)
"$root/$build/dyad" parse --input conllu "$gold" > "$pred" 2> "$out/$set_name.stderr.log"
end=$(date +%s.%N)
python3 - "$start" "$end" <<'PY'
import sys
print(f"wall={float(sys.argv[2]) - float(sys.argv[1]):.2f}s (dyad parse, model loading included)")
PY
python3 "$shared/eval/score_conllu.py" "$gold" "$pred" | tail -1
python3 "$root/scripts/check-trees.py" "$pred" | tail -1
