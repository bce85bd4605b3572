#!/usr/bin/env bash
# Load test of `dyad serve` (issue 10's acceptance): a store of a million
# synthetic events (bench/make_bench_store.cc; built once and cached), the
# server on loopback, wrk on /api/series (one dyad by month) and on
# /api/events pages, and the server's RSS sampled every second.
#
#   bash bench/serve_load.sh [BUILD_DIR]            # default build/
#   RUNS=3 DURATION=30s bash bench/serve_load.sh    # repeated runs; medians
#
# Environment: DYAD_SERVE_BENCH_STORE (default /tmp/dyad-serve-bench.db),
# EVENTS (1000000), PORT (18080), THREADS/CONNECTIONS of wrk (2/16),
# DURATION of each wrk run (30s), SOAK seconds of the RSS run (60), RUNS (3).
# Loopback only: wrk is pointed at 127.0.0.1 and nowhere else.
set -euo pipefail
BUILD=${1:-build}
cd "$(dirname "$0")/.."
STORE=${DYAD_SERVE_BENCH_STORE:-/tmp/dyad-serve-bench.db}
EVENTS=${EVENTS:-1000000}
PORT=${PORT:-18080}
WRK_THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-30s}
SOAK=${SOAK:-60}
RUNS=${RUNS:-3}
BASE="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "serve_load: wrk is missing (apt-get install wrk)" >&2; exit 2; }
[ -x "$BUILD/bench/make_bench_store" ] || { echo "serve_load: build $BUILD/bench/make_bench_store first (make)" >&2; exit 2; }

if [ ! -f "$STORE" ]; then
  echo "Building $STORE ($EVENTS events; a few minutes, once)..."
  /usr/bin/time -f "built in %e s" "$BUILD/bench/make_bench_store" "$STORE" "$EVENTS"
fi

"$BUILD/dyad" serve --db "$STORE" --listen "127.0.0.1:$PORT" --quiet &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -fsS "$BASE/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fsS "$BASE/healthz"; echo

# wrk prints "Requests/sec:" and, with --latency, the 50/75/90/99% lines.
run_wrk() {  # URL -> "rps p50 p99" (latencies in ms)
  wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec:/ { rps = $2 }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /Non-2xx/ { bad = $NF }
    END { printf "%.0f %.2f %.2f %s\n", rps, p50, p99, (bad == "" ? 0 : bad) }'
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# A cursor deep into the events of a dyad, for the second page.
CURSOR=$(curl -fsS "$BASE/api/events?dyad=IND~PAK&limit=50" | python3 -c 'import json,sys; print(json.load(sys.stdin)["next_cursor"])')

declare -A URLS=(
  [series_month]="$BASE/api/series?dyad=IND~PAK&by=month"
  [series_week_code]="$BASE/api/series?dyad=USA~CHN&by=week&code=19&from=2020&to=2022"
  [events_page]="$BASE/api/events?dyad=IND~PAK&limit=50"
  [events_page2]="$BASE/api/events?dyad=IND~PAK&limit=50&cursor=$CURSOR"
)
for name in series_month series_week_code events_page events_page2; do
  rps=(); p50=(); p99=()
  for run in $(seq "$RUNS"); do
    read -r r a b bad < <(run_wrk "${URLS[$name]}")
    echo "  $name run $run: $r req/s, p50 $a ms, p99 $b ms, non-2xx $bad"
    rps+=("$r"); p50+=("$a"); p99+=("$b")
  done
  printf '%-18s median of %d: %s req/s, p50 %s ms, p99 %s ms\n' "$name" "$RUNS" \
    "$(printf '%s\n' "${rps[@]}" | median)" "$(printf '%s\n' "${p50[@]}" | median)" \
    "$(printf '%s\n' "${p99[@]}" | median)"
done

# Uncached work: series of a different dyad each request (the cache cannot
# help), to show what a cold query costs.
cat > /tmp/dyad-serve-cold.lua <<'LUA'
local codes = {"USA","CHN","RUS","UKR","IND","PAK","ISR","IRN","GBR","FRA","DEU","PSE","JPN","KOR","PRK","TUR"}
local n = 0
request = function()
  n = n + 1
  local a = codes[(n % #codes) + 1]
  local b = codes[((n * 7 + math.floor(n / 16)) % #codes) + 1]
  local by = ({"day", "week", "month", "year"})[(math.floor(n / 256) % 4) + 1]
  return wrk.format("GET", "/api/series?dyad=" .. a .. "~" .. b .. "&by=" .. by .. "&from=" .. (2015 + n % 10))
end
LUA
echo "cold series (distinct queries, mostly uncached):"
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s /tmp/dyad-serve-cold.lua "$BASE" |
  grep -E "Requests/sec|^ +(50|99)%|Non-2xx" || true

# Uncached event pages: 16 dyads x 120 months of `to`, each page once or
# so, so nearly every request queries the store.
cat > /tmp/dyad-serve-cold-events.lua <<'LUA'
local codes = {"USA","CHN","RUS","UKR","IND","PAK","ISR","IRN","GBR","FRA","DEU","PSE","JPN","KOR","PRK","TUR"}
local n = 0
request = function()
  n = n + 1
  local a = codes[(n % #codes) + 1]
  local b = codes[((n * 7 + math.floor(n / 16)) % #codes) + 1]
  if a == b then b = "PAK" end
  local y = 2015 + (n % 10)
  local m = 1 + (math.floor(n / 10) % 12)
  return wrk.format("GET", string.format("/api/events?dyad=%s~%s&limit=50&to=%d-%02d", a, b, y, m))
end
LUA
echo "cold event pages (distinct queries, mostly uncached):"
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s /tmp/dyad-serve-cold-events.lua "$BASE" |
  grep -E "Requests/sec|^ +(50|99)%|Non-2xx" || true

# Memory over a soak run: RSS every second while wrk mixes series and events.
cat > /tmp/dyad-serve-mix.lua <<LUA
local n = 0
request = function()
  n = n + 1
  if n % 2 == 0 then return wrk.format("GET", "/api/series?dyad=IND~PAK&by=month") end
  return wrk.format("GET", "/api/events?dyad=IND~PAK&limit=50&from=" .. (2015 + n % 10))
end
LUA
echo "RSS of the server (KB), every second for ${SOAK}s under load:"
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${SOAK}s" -s /tmp/dyad-serve-mix.lua "$BASE" > /tmp/dyad-serve-soak.txt &
WRK=$!
samples=()
for _ in $(seq "$SOAK"); do
  samples+=("$(awk '/VmRSS/ { print $2 }' /proc/$SERVER/status)")
  sleep 1
done
wait $WRK || true
echo "  ${samples[*]}"
printf 'RSS: first %s KB, after 10 s %s KB, last %s KB, max %s KB\n' "${samples[0]}" "${samples[9]}" \
  "${samples[-1]}" "$(printf '%s\n' "${samples[@]}" | sort -n | tail -1)"
grep -E "Requests/sec" /tmp/dyad-serve-soak.txt
