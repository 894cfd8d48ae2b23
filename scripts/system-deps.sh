#!/usr/bin/env bash
# Install the system packages the test suite uses when they are missing (idempotent, quick when present).
# - Debian's chromium: the /docs and /redoc browser test (tests/test_docs_browser.py).
# - Debian's postgresql (15): the PostgreSQL half of the suite starts a private cluster with it.
set -euo pipefail

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || [ -n "${TEST_DATABASE_URL:-}" ] || need+=(postgresql)
command -v wrk >/dev/null 2>&1 || need+=(wrk)

if [ ${#need[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "installing system packages: ${need[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
