#!/usr/bin/env bash
# Install the system packages the test suite uses, when they are missing.
# (Nothing yet beyond Python; PostgreSQL and Chromium are added by their issues.)
set -euo pipefail
exit 0
