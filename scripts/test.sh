#!/usr/bin/env bash
# Quick start, part 2: set up, build and run every test (CTest), including the PostgreSQL
# store tests against a throw-away server on 127.0.0.1 that this script starts and stops.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup.sh"
build="${PROBEMATRIX_BUILD_DIR:-$here/build}"

if [ -x "$here/scripts/pg-test-server.sh" ]; then
  # shellcheck source=/dev/null
  source "$here/scripts/pg-test-server.sh"
  pg_test_server_start
  trap pg_test_server_stop EXIT
fi

export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
