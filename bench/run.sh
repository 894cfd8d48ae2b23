#!/usr/bin/env bash
# make bench: every benchmark, one table each. make bench-api (BENCH_ONLY=api): the API
# part alone, in well under 10 minutes (about 2 with the 1M database cached, 4 without).
# Datasette lives in its own venv (bench/.venv-datasette): the benchmark environment only.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
DOCS=${BENCH_DOCS:-10000}
BIG=${BENCH_BIG_DOCS:-50000}
EVENTS=${BENCH_EVENTS:-1000000}
SECONDS_EACH=${BENCH_SECONDS:-5}
WORKERS=${BENCH_WORKERS:-2}
CACHE=${BENCH_CACHE:-$HOME/.cache/diplo-bench}
ONLY=${BENCH_ONLY:-all}
command -v wrk >/dev/null || bash scripts/system-deps.sh
[ -x bench/.venv-datasette/bin/datasette ] || {
    python3 -m venv bench/.venv-datasette && bench/.venv-datasette/bin/pip install -q datasette; }
echo "## machine"; echo "$(nproc) cores, $(grep 'model name' /proc/cpuinfo | head -1 | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$ONLY" = all ]; then
    echo; echo "## extraction alone"; $PY -m bench.extract_speed 2000
    echo; echo "## ingest (SQLite)"; $PY -m bench.ingest "$DOCS" "$BIG" --workers 1 2
fi
echo; echo "## API at $EVENTS events"
LOADED=$(mktemp)
$PY -m bench.load --cache "$CACHE" "$EVENTS" >"$LOADED"
cat "$LOADED"; DB=$(tail -1 "$LOADED"); rm -f "$LOADED"
timeout 480 $PY -m bench.api "$DB" --seconds "$SECONDS_EACH" --workers "$WORKERS" \
    --datasette bench/.venv-datasette/bin/datasette
