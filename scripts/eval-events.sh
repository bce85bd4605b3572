#!/usr/bin/env bash
# Event-coding figures of issue 6 on the public validation suites, each run
# with the dictionaries it was written for, exactly as the issue gives them:
#
#   scripts/eval-events.sh [SUITE...] [-- score_events.py flags]
#
# SUITE is udpetr, tabari or petr (default: all three). Predictions go to
# build/eval/events/SUITE.jsonl; score_events.py prints the summary line, and
# flags after "--" (e.g. --show-errors 20, --by-category) are passed to it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
S="$root/../shared/data/suites"
suites=()
while [[ $# -gt 0 && "$1" != "--" ]]; do suites+=("$1"); shift; done
[[ "${1:-}" == "--" ]] && shift
(( ${#suites[@]} )) || suites=(udpetr tabari petr)
out="$root/build/eval/events"
mkdir -p "$out"
for s in "${suites[@]}"; do
  case "$s" in
    udpetr) gold="$S/udpetr-2.02/gold.jsonl"
      dicts=(--dict "$S/udpetr-2.02/PETR_Validate_verbs_2_02.txt" --dict "$S/udpetr-2.02/PETR_Validate_actors_2_02.txt"
             --dict "$S/udpetr-2.02/PETR_Validate_agents_2_02.txt" --dict "$S/udpetr-2.02/PETR_Validate_discards_2_02.txt") ;;
    tabari) gold="$S/tabari-validate/gold.jsonl"
      dicts=(--dict "$S/tabari-validate/TABARI.Demo.actors" --dict "$S/tabari-validate/TABARI.Demo.verbs"
             --dict "$S/tabari-validate/Validate.agents" --dict "$S/tabari-validate/Validate.options") ;;
    petr) gold="$S/petr-unittest/gold.jsonl"
      dicts=(--dict "$S/petr-unittest/PETR.Validate.verbs.txt" --dict "$S/petr-unittest/PETR.Validate.actors.txt"
             --dict "$S/petr-unittest/PETR.Validate.agents.txt" --dict "$S/petr-unittest/PETR.Validate.discards.txt") ;;
    *) echo "eval-events: unknown suite '$s' (udpetr, tabari or petr)" >&2; exit 2 ;;
  esac
  rc=0
  "$root/build/dyad" code --input jsonl --no-default-dict "${dicts[@]}" "$gold" \
      > "$out/$s.jsonl" 2> "$out/$s.log" || rc=$?
  if (( rc > 1 )); then cat "$out/$s.log" >&2; exit "$rc"; fi
  echo "== $s"
  python3 "$root/../shared/eval/score_events.py" "$gold" "$out/$s.jsonl" --match exact "$@"
done
