#!/usr/bin/env bash
# make bench: every benchmark, one table each, in well under 10 minutes.
# Datasette lives in its own venv (bench/.venv-datasette): the benchmark environment only.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
DOCS=${BENCH_DOCS:-10000}
BIG=${BENCH_BIG_DOCS:-50000}
EVENTS=${BENCH_EVENTS:-1000000}
SECONDS_EACH=${BENCH_SECONDS:-5}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[ -x bench/.venv-datasette/bin/datasette ] || {
    python3 -m venv bench/.venv-datasette && bench/.venv-datasette/bin/pip install -q datasette; }
echo "## machine"; echo "$(nproc) cores, $(grep 'model name' /proc/cpuinfo | head -1 | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB"
echo; echo "## extraction alone"; $PY -m bench.extract_speed 2000
echo; echo "## ingest (SQLite)"; $PY -m bench.ingest "$DOCS" "$BIG" --workers 1 2
DB=$(mktemp -d)/bench.db
echo; echo "## API at $EVENTS events"; $PY -m bench.load "$DB" "$EVENTS"
$PY -m bench.api "$DB" --seconds "$SECONDS_EACH" --datasette bench/.venv-datasette/bin/datasette
rm -rf "$(dirname "$DB")"
