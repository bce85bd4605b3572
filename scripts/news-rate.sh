#!/usr/bin/env bash
# Events per 1,000 sentences on a JSONL news file (issue 7, news reading):
#
#   scripts/news-rate.sh FILE.jsonl [extra dyad code flags...]
#
# Prints: file, articles, sentences, events, events per 1,000 sentences.
# Sentences are counted with dyad's own splitter (the '# sent_id' comments
# of `dyad parse`); events with the default `dyad code --input jsonl FILE`.
# The binary is $DYAD (default build/dyad); the dictionaries are those of
# $DYAD_HOME (default this checkout).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dyad="${DYAD:-$root/build/dyad}"
export DYAD_HOME="${DYAD_HOME:-$root}"
file="${1:?usage: scripts/news-rate.sh FILE.jsonl [dyad code flags]}"
shift
articles=$(grep -c . "$file" || true)
sentences=$("$dyad" parse --input jsonl "$file" | grep -c '^# sent_id' || true)
events=$("$dyad" code --input jsonl "$@" "$file" | grep -c . || true)
awk -v f="$(basename "$file")" -v a="$articles" -v s="$sentences" -v e="$events" 'BEGIN {
  printf "file=%s articles=%d sentences=%d events=%d per_1000_sentences=%.1f\n",
         f, a, s, e, (s > 0 ? 1000 * e / s : 0) }'
