#!/usr/bin/env bash
# Runs dyad's Google Benchmarks and saves the results.
#
#   scripts/run-bench.sh BUILD_DIR        (make bench does this)
#
# For each benchmark program NAME_bench (segment, extract, tagger, parser, nlp, actors)
# writes bench/results/NAME-YYYY-MM-DD.json (Google Benchmark JSON: 5 repetitions,
# aggregates only, with the machine's context) and prints the median speeds.
# Speed is measured, never asserted: the exit code only says whether the
# benchmarks ran. Their data is read at run time, beside the source tree:
#   segment   news text, $DYAD_BENCH_CORPUS (default
#             ../shared/data/bench/news-general.jsonl)
#   extract   gzipped web pages, $DYAD_BENCH_HTML (default
#             ../shared/data/news/article-extraction-benchmark/html)
#   tagger    models/tagger.model and the words of $DYAD_BENCH_CONLLU (default
#             ../shared/data/ud/en_ewt-ud-dev.conllu)
#   parser    UD EWT dev with gold tags, $DYAD_BENCH_CONLLU (default
#             ../shared/data/ud/en_ewt-ud-dev.conllu), and models/parser.model
#   nlp       tagger + lemmas + parser (NlpModel, what dyad parse runs) on one
#             and two threads, the same sentences and both models
#   actors    actor recognition over parsed world news, $DYAD_BENCH_CORPUS_WORLD
#             (default ../shared/data/bench/news-world.jsonl), and loading the
#             default and the Phoenix dictionaries (../shared/data/dictionaries/phoenix)
# Without it a benchmark is skipped with a message.
set -euo pipefail

build="${1:?usage: scripts/run-bench.sh BUILD_DIR}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
benches=(segment extract tagger parser nlp actors events)
for name in "${benches[@]}"; do
  if [[ ! -x "$build/bench/${name}_bench" ]]; then
    echo "run-bench: $build/bench/${name}_bench not found; build with -DDYAD_BUILD_BENCH=ON first" >&2
    exit 1
  fi
done

mkdir -p "$root/bench/results"
for name in "${benches[@]}"; do
  out="$root/bench/results/$name-$(date -u +%F).json"
  "$build/bench/${name}_bench" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
    --benchmark_out="$out" --benchmark_out_format=json

  echo
  echo "Saved $out"
  python3 - "$out" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
ctx = data.get("context", {})
print(f"{ctx.get('date', '')}  host {ctx.get('host_name', '?')}  "
      f"{ctx.get('num_cpus', '?')} CPUs @ {ctx.get('mhz_per_cpu', '?')} MHz")
for b in data.get("benchmarks", []):
    if b.get("error_occurred"):
        print(f"{b['name']}: skipped: {b.get('error_message', '')}")
    elif b.get("aggregate_name") == "median" and b.get("items_per_second") and not b.get("bytes_per_second"):
        print(f"{b['run_name']:<26} median {b['items_per_second'] / 1e6:8.2f} M items/s")
    elif b.get("aggregate_name") == "median" and not b.get("bytes_per_second"):
        print(f"{b['run_name']:<26} median {b.get('real_time', 0):8.1f} {b.get('time_unit', '')}")
    elif b.get("aggregate_name") == "median":
        mbs = b.get("bytes_per_second", 0) / 1e6
        print(f"{b['run_name']:<26} median {mbs:8.1f} MB/s  ({1e3 / mbs if mbs else 0:.2f} ns/byte)")
PY
  echo
done
