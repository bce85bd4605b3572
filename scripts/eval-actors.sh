#!/usr/bin/env bash
# Actor recall on a suite's gold events, exactly as issue 5 measures it:
#
#   scripts/eval-actors.sh [GOLD.jsonl] [MODE] [-- extra dyad actors flags]
#
# GOLD defaults to ../shared/data/suites/petr2-gsr/gold.jsonl and MODE to
# "suite" (score_actors.py's modes: suite, plover). Runs
#   dyad actors --input jsonl GOLD > build/eval/actors/m.jsonl
#   python3 ../shared/eval/score_actors.py MODE GOLD m.jsonl
# with dyad's own dictionaries unless extra flags say otherwise, and with
# --show-missed lists the gold codes no mention matched, per record.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
gold="${1:-$root/../shared/data/suites/petr2-gsr/gold.jsonl}"
mode="${2:-suite}"
shift $(( $# > 2 ? 2 : $# )) || true
[[ "${1:-}" == "--" ]] && shift
show_missed=0
extra=()
for a in "$@"; do
  if [[ "$a" == "--show-missed" ]]; then show_missed=1; else extra+=("$a"); fi
done
out="$root/build/eval/actors"
mkdir -p "$out"
# Exit 1 means some records (or dictionary lines) were reported and skipped:
# the rest is still scored.
rc=0
"$root/build/dyad" actors --input jsonl "${extra[@]}" "$gold" > "$out/m.jsonl" || rc=$?
if (( rc > 1 )); then exit "$rc"; fi
python3 "$root/../shared/eval/score_actors.py" "$mode" "$gold" "$out/m.jsonl"
if [[ $show_missed == 1 && "$mode" == suite ]]; then
  python3 - "$gold" "$out/m.jsonl" <<'PY'
import json, sys
from collections import defaultdict
ALIAS = {"ROM": "ROU", "TMP": "TLS", "MTN": "MNE", "PAL": "PSE", "ZAR": "COD", "BRM": "MMR"}
fold = lambda c: ALIAS.get(c[:3].upper(), c[:3].upper())
pred = defaultdict(list)
for line in open(sys.argv[2]):
    m = json.loads(line)
    pred[str(m["article_id"])].append(m)
for line in open(sys.argv[1]):
    r = json.loads(line)
    if any(r.get(k) for k in ("options", "expect")):
        continue
    ms = pred[str(r["id"])]
    codes = {c for e in r.get("gold", []) for c in (e.get("source", ""), e.get("target", "")) if c and c != "---"}
    for c in sorted(codes):
        if not any(fold(m["code"]) == fold(c) and (len(c) < 6 or m["code"][3:6] == c[3:6]) for m in ms):
            got = ", ".join(f'{m["text"]}={m["code"]}' for m in ms)
            print(f'MISSED {r["id"]} {c}: {r["text"][:140]}\n    got: {got}')
PY
fi
