#!/usr/bin/env bash
# Runs dyad on the sample articles in examples/ and shows what it found:
# each article's id, metadata and sentences, then one sentence in full CoNLL-U.
set -euo pipefail
DYAD=${1:-build/dyad}
cd "$(dirname "$0")/.."

for f in examples/*; do
  echo "=== $f"
  # Keep the article header and the sentence texts; the token lines follow below.
  { "$DYAD" parse "$f" || echo "(dyad parse exited $?)" >&2; } | awk '
    /^# newdoc id = / { sub(/^# newdoc id = /, ""); print "article " $0; n = 0; next }
    /^# (title|date|url|source|dateline) = / { sub(/^# /, "  "); print; next }
    /^# text = / { sub(/^# text = /, ""); printf "  [%d] %s\n", ++n, $0 }'
  echo
done

echo "=== One sentence in full (dyad parse examples/reuters-style.txt):"
"$DYAD" parse examples/reuters-style.txt | awk 'BEGIN { RS = ""; ORS = "\n\n" } NR == 1 { print }'  # Reads to the end: an early exit would break dyad's pipe under pipefail.

echo "=== Events, each with where it happened (dyad code examples/wire.jsonl; docs/geo.md):"
"$DYAD" code examples/wire.jsonl

echo "=== The same articles in a store (dyad ingest --db dyad.db examples/; docs/store.md):"
"$DYAD" ingest --db dyad.db examples/
echo
echo "=== Open the dashboard and the API on this store (docs/serve.md):"
echo "  $DYAD serve --db dyad.db"
echo "  then http://127.0.0.1:8080/ in a browser, or:"
echo "  curl 'http://127.0.0.1:8080/api/series?dyad=USA~CHN&by=month'"
