#!/usr/bin/env bash
# Installs the Debian 12 packages dyad needs to build and test.
# As root it runs apt-get; otherwise it prints the exact command to run and stops.
set -euo pipefail

PACKAGES=(
  g++ cmake make pkg-config python3
  libcli11-dev          # command line
  nlohmann-json3-dev    # JSON Lines input and output
  libgumbo-dev          # HTML5 parsing
  libxml2-dev           # RSS and Atom feeds
  libicu-dev            # Unicode normalisation and character classes
  libabsl-dev           # Abseil flat_hash_map for the per-token lookups
  zlib1g-dev libzstd-dev  # .gz and .zst inputs
  libsqlite3-dev        # the event store (dyad ingest)
  libpq-dev             # the event store on a PostgreSQL server (libpq)
  libcpp-httplib-dev    # dyad serve's HTTP server (cpp-httplib 0.11)
  wrk                   # dyad serve's load test (bench/serve_load.sh)
  libgtest-dev libgmock-dev libbenchmark-dev
  wordnet-base          # lemma exception lists, read only when training the tagger
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
# The dashboard's libraries come from npm at build time (scripts/vendor-web.sh).
# Debian's nodejs and npm, unless a node and npm are already there (another
# build of node ships its own npm, which Debian's npm package would conflict with).
if ! command -v npm > /dev/null 2>&1; then
  command -v node > /dev/null 2>&1 || missing+=(nodejs)
  missing+=(npm)
fi
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "dyad needs these Debian packages: ${missing[*]}" >&2
  echo "Install them with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 2
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
