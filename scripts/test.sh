#!/usr/bin/env bash
# Quick start, part 2: set up, build and run every test (CTest), including the PostgreSQL
# store tests against a throw-away server on 127.0.0.1 that this script starts and stops.
# Then, as CI does, the whole suite again under ASan + UBSan (scripts/sanitize.sh, build-asan)
# and every fuzz target for 60 s (scripts/fuzz.sh, build-fuzz); each fails loudly.
#
# Local use: PROBEMATRIX_QUICK=1 scripts/test.sh runs only the normal ctest. The rest adds a
# second, sanitized build of everything and its test run (sanitized tests are 2-5x slower),
# a clang build of the core and 6 x 60 s of fuzzing.
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

if [ "${PROBEMATRIX_QUICK:-0}" != 1 ]; then
  # The PostgreSQL server started above is reused (PROBEMATRIX_TEST_PG_URL is exported).
  echo "== the whole suite under AddressSanitizer + UndefinedBehaviorSanitizer (scripts/sanitize.sh)"
  "$here/scripts/sanitize.sh" "$@"
  echo "== fuzzing, 60 s per target (scripts/fuzz.sh)"
  PROBEMATRIX_FUZZ_SECONDS="${PROBEMATRIX_FUZZ_SECONDS:-60}" "$here/scripts/fuzz.sh"
fi
