#!/usr/bin/env bash
# Vendors the dashboard's libraries: `npm ci` in web/ (the versions pinned in
# web/package-lock.json), then copies only the files the page loads into
# web/vendor/ (git-ignored). Run by `make deps` and `make`; it does nothing when
# web/vendor/ is newer than the lock file. Without npm it says how to get it and
# exits 0: dyad builds without the dashboard, and the page itself then says
# what to run.
#   scripts/vendor-web.sh           vendor if needed
#   scripts/vendor-web.sh --force   vendor again
set -euo pipefail
cd "$(dirname "$0")/../web"

stamp=vendor/.stamp
if [ "${1:-}" != "--force" ] && [ -f "$stamp" ] && [ "$stamp" -nt package-lock.json ] &&
   [ -d node_modules/playwright-core ]; then
  exit 0
fi
if ! command -v npm > /dev/null 2>&1; then
  echo "dyad: npm not found; the dashboard's libraries (web/vendor/) are not vendored." >&2
  echo "      Install nodejs and npm (Debian: apt-get install nodejs npm), then run: make deps" >&2
  exit 0
fi

# playwright-core drives Debian's Chromium in the browser tests: never a download.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -d node_modules ] || [ ! node_modules/.package-lock.json -nt package-lock.json ]; then
  echo "dyad: npm ci in web/ (the dashboard's libraries)"
  if ! npm ci --no-audit --no-fund --loglevel=error; then
    echo "dyad: npm ci failed (is the npm registry reachable?); the dashboard's libraries are not vendored." >&2
    echo "      dyad builds without them; run make deps again to vendor them." >&2
    exit 0
  fi
fi

rm -rf vendor
mkdir -p vendor/uplot vendor/leaflet/images vendor/world-atlas vendor/topojson-client
cp node_modules/uplot/dist/uPlot.iife.min.js node_modules/uplot/dist/uPlot.min.css \
   node_modules/uplot/LICENSE vendor/uplot/
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css \
   node_modules/leaflet/LICENSE vendor/leaflet/
cp node_modules/leaflet/dist/images/*.png vendor/leaflet/images/
cp node_modules/world-atlas/countries-110m.json node_modules/world-atlas/LICENSE vendor/world-atlas/
cp node_modules/topojson-client/dist/topojson-client.min.js node_modules/topojson-client/LICENSE \
   vendor/topojson-client/
touch "$stamp"
echo "dyad: dashboard libraries vendored into web/vendor/"
