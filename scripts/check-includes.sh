#!/usr/bin/env bash
# Checks the layout rules of STYLE.md that the compiler cannot:
#   1. outside its own folder, a stage is included only through its public
#      header (src/text/text.h), never an internal one (src/text/tokenizer.h);
#      base/ is all public; bench/ may time internals, fuzz/ may feed
#      internal parsers and tests/ and *_test.cc may read internal tables and
#      test helpers (STYLE.md: "other headers are included only from their
#      own folder and tests"), so all four are exempt;
#      geo/location_json.h is public too (every writer of events shares it);
#      The store has four public headers, one per concept (STYLE.md: one
#      concept per file): store.h (writing), query.h, export.h and browse.h
#      (its readers, which the CLI and the HTTP server share);
#   2. a stage includes only stages before it in the data flow.
# Prints each violation as FILE:LINE: reason and exits 1 if there is any.
set -euo pipefail
cd "$(dirname "$0")/.."

# Data-flow order; a stage may include those to its left.
ORDER=(base ingest text nlp actors events geo store serve cli)
rank() {
  local i
  for i in "${!ORDER[@]}"; do [[ "${ORDER[$i]}" == "$1" ]] && { echo "$i"; return; }; done
  echo -1
}

# Public headers beyond <stage>/<stage>.h.
EXTRA_PUBLIC=" store/query.h store/export.h store/browse.h geo/location_json.h "

bad=0
while IFS=: read -r file line text; do
  inc=$(sed -E 's/.*#include "([^"]+)".*/\1/' <<<"$text")
  stage=${inc%%/*}
  header=${inc#*/}
  [[ "$inc" == */* ]] || continue
  [[ $(rank "$stage") -ge 0 ]] || continue          # not a stage (fuzz/, tests/ helpers)
  case "$file" in src/*) own=$(cut -d/ -f2 <<<"$file") ;; *) own="" ;; esac
  if [[ "$own" != "$stage" && "$stage" != base && "$header" != "$stage.h" && "$EXTRA_PUBLIC" != *" $inc "* && "$file" != bench/* && "$file" != fuzz/* && "$file" != tests/* && "$file" != *_test.cc ]]; then
    echo "$file:$line: includes $inc, internal to src/$stage/ (use $stage/$stage.h)"
    bad=1
  fi
  if [[ -n "$own" && $(rank "$own") -ge 0 && $(rank "$stage") -gt $(rank "$own") ]]; then
    echo "$file:$line: src/$own/ includes $inc from a later stage"
    bad=1
  fi
done < <(grep -rn --include='*.h' --include='*.cc' '#include "' src tests fuzz bench)
exit $bad
