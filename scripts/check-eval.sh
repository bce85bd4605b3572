#!/usr/bin/env bash
# Checks that `dyad eval` gives the figures of ../shared/eval/score_events.py:
# for each suite, `dyad code` writes predictions that the Python scorer scores,
# `dyad eval` codes and scores the same gold file itself, and the two outputs
# (--by-category lines and the summary line) are compared in each match mode.
#
#   scripts/check-eval.sh [BUILD_DIR]
#
# Suites: udpetr-2.02, tabari-validate and petr-unittest with their own
# dictionaries (the flags of scripts/eval-events.sh), petr2-gsr with dyad's.
# Prints both summary lines for every suite and mode, and a diff for any
# difference; exits 1 if there is one.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
dyad="$build/dyad"
S="$root/../shared/data/suites"
score="$root/../shared/eval/score_events.py"
[[ -f "$score" ]] || { echo "check-eval: $score not found (needs ../shared/)" >&2; exit 2; }
[[ -x "$dyad" ]] || { echo "check-eval: $dyad not built (make)" >&2; exit 2; }
out="$build/eval/check"
mkdir -p "$out"
failed=0
for s in udpetr tabari petr gsr; do
  case "$s" in
    udpetr) gold="$S/udpetr-2.02/gold.jsonl"
      dicts=(--no-default-dict --dict "$S/udpetr-2.02/PETR_Validate_verbs_2_02.txt" --dict "$S/udpetr-2.02/PETR_Validate_actors_2_02.txt"
             --dict "$S/udpetr-2.02/PETR_Validate_agents_2_02.txt" --dict "$S/udpetr-2.02/PETR_Validate_discards_2_02.txt") ;;
    tabari) gold="$S/tabari-validate/gold.jsonl"
      dicts=(--no-default-dict --dict "$S/tabari-validate/TABARI.Demo.actors" --dict "$S/tabari-validate/TABARI.Demo.verbs"
             --dict "$S/tabari-validate/Validate.agents" --dict "$S/tabari-validate/Validate.options") ;;
    petr) gold="$S/petr-unittest/gold.jsonl"
      dicts=(--no-default-dict --dict "$S/petr-unittest/PETR.Validate.verbs.txt" --dict "$S/petr-unittest/PETR.Validate.actors.txt"
             --dict "$S/petr-unittest/PETR.Validate.agents.txt" --dict "$S/petr-unittest/PETR.Validate.discards.txt") ;;
    gsr) gold="$S/petr2-gsr/gold.jsonl"; dicts=() ;;
  esac
  rc=0
  "$dyad" code --input jsonl "${dicts[@]}" "$gold" > "$out/$s.pred.jsonl" 2> "$out/$s.code.log" || rc=$?
  if (( rc > 1 )); then cat "$out/$s.code.log" >&2; exit "$rc"; fi
  for mode in exact country-root plover; do
    python3 "$score" "$gold" "$out/$s.pred.jsonl" --match "$mode" --by-category > "$out/$s.$mode.python"
    rc=0
    "$dyad" eval "${dicts[@]}" --match "$mode" --by-category "$gold" > "$out/$s.$mode.dyad" 2> "$out/$s.$mode.log" || rc=$?
    if (( rc > 1 )); then cat "$out/$s.$mode.log" >&2; exit "$rc"; fi
    printf '%-7s %-13s python: %s\n' "$s" "$mode" "$(tail -n 1 "$out/$s.$mode.python")"
    printf '%-7s %-13s dyad:   %s\n' "$s" "$mode" "$(tail -n 1 "$out/$s.$mode.dyad")"
    if ! diff "$out/$s.$mode.python" "$out/$s.$mode.dyad"; then
      echo "DIFFERENCE: $s --match $mode (above: < python, > dyad eval)"
      failed=1
    fi
  done
done
exit "$failed"
