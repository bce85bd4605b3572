#!/usr/bin/env bash
# Main-text extraction from news web pages: token F1 of `dyad extract` against gold article bodies.
#
#   scripts/eval-extraction.sh [--worst N] [BUILD_DIR]      (BUILD_DIR defaults to build)
#
# Three page sets from ../shared/data/news/ (or $DYAD_SHARED/data/news/), all scored by
# ../shared/eval/score_extraction.py (mean over pages of the F1 of lower-cased word multisets):
#   article-extraction-benchmark   181 pages, gold ground-truth.json (the headline figure)
#   readability-testpages          gold: the text of each page's expected.html
#   newspaper-fixtures             gold: text/NAME.txt for html/NAME.html (2 of the 13 .txt files
#                                  are notes on newspaper's failures, not text; left out)
# For each set it turns the pages into JSON Lines {"id","html"} (scripts/score-extraction-dir.py),
# runs BUILD_DIR/dyad extract --input jsonl on them and prints the scorer's summary line. With
# --worst N it also lists the N pages with the lowest F1 (id, P, R, F1).
#
# The JSON Lines inputs go to a temporary folder that is removed at the end; what dyad wrote stays
# in BUILD_DIR/eval/extraction/SET.pred.jsonl (its messages in SET.stderr.log), beside the gold
# built for the last two sets (SET.gold.json), for a look.
set -euo pipefail

usage() {
  echo "usage: scripts/eval-extraction.sh [--worst N] [BUILD_DIR]" >&2
  exit 2
}

worst=0
build=build
while [[ $# -gt 0 ]]; do
  case "$1" in
    --worst)
      [[ $# -ge 2 && "$2" =~ ^[0-9]+$ ]] || usage
      worst=$2
      shift 2
      ;;
    --worst=*)
      worst=${1#--worst=}
      [[ "$worst" =~ ^[0-9]+$ ]] || usage
      shift
      ;;
    -h | --help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    -*) usage ;;
    *) build=$1; shift ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared=${DYAD_SHARED:-$root/../shared}
news="$shared/data/news"
scorer="$shared/eval/score_extraction.py"
helper="$root/scripts/score-extraction-dir.py"
if [[ ! -f "$scorer" || ! -d "$news" ]]; then
  echo "eval-extraction: needs the shared data and scorer, not found at $shared" >&2
  echo "  (expected $scorer and $news/; set DYAD_SHARED to the folder that holds them)" >&2
  exit 2
fi
shared=$(cd "$shared" && pwd)
news="$shared/data/news"
scorer="$shared/eval/score_extraction.py"
[[ "$build" = /* ]] || build="$root/$build"
dyad="$build/dyad"
if [[ ! -x "$dyad" ]]; then
  echo "eval-extraction: $dyad not found; run make first" >&2
  exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
outdir="$build/eval/extraction"
mkdir -p "$outdir"

# run_set NAME PAGES.jsonl GOLD.json: extract, score, print.
run_set() {
  local name=$1 pages=$2 gold=$3
  local pred="$outdir/$name.pred.jsonl" log="$outdir/$name.stderr.log"
  local rc=0
  "$dyad" extract --input jsonl "$pages" > "$pred" 2> "$log" || rc=$?
  if [[ $rc -ge 2 ]]; then
    echo "eval-extraction: dyad extract failed (exit $rc) on $name:" >&2
    cat "$log" >&2
    exit 1
  fi
  local summary
  summary=$(python3 "$scorer" "$gold" "$pred" | tail -n 1)
  printf '%-30s %s\n' "$name" "$summary"
  if [[ $rc -ne 0 ]]; then
    echo "  (dyad rejected some records, exit $rc; see $log)"
  fi
  if [[ $worst -gt 0 ]]; then
    python3 "$helper" worst "$worst" "$gold" "$pred"
  fi
}

set_dir="$news/article-extraction-benchmark"
python3 "$helper" pages benchmark "$set_dir" "$tmp/benchmark.jsonl"
run_set article-extraction-benchmark "$tmp/benchmark.jsonl" "$set_dir/ground-truth.json"

for set in readability:readability-testpages newspaper:newspaper-fixtures; do
  kind=${set%%:*}
  name=${set#*:}
  python3 "$helper" pages "$kind" "$news/$name" "$tmp/$kind.jsonl"
  python3 "$helper" gold "$kind" "$news/$name" "$outdir/$name.gold.json"
  run_set "$name" "$tmp/$kind.jsonl" "$outdir/$name.gold.json"
done

echo
echo "Predictions and dyad's messages: $outdir/"
