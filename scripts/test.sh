#!/usr/bin/env bash
# Quick start, part 2: set up, build and run every test (CTest), including the PostgreSQL
# store tests against a throw-away server on 127.0.0.1 that this script starts and stops.
# Then, as CI does, the whole suite again under ASan + UBSan (scripts/sanitize.sh, clang,
# build-san) and every fuzz target for 30 s in that same tree (scripts/fuzz.sh); each fails
# loudly. Each phase prints how long it took, so CI's log shows where the time goes.
#
# Local use: PROBEMATRIX_QUICK=1 scripts/test.sh runs only the normal ctest. The rest adds a
# second, sanitized build of everything and its test run (sanitized tests are 2-5x slower)
# and 11 x 30 s of fuzzing (PROBEMATRIX_FUZZ_SECONDS changes it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
phase_started=$SECONDS
phase_done() { echo "== $1 took $((SECONDS - phase_started)) s (total $SECONDS s)"; phase_started=$SECONDS; }

"$here/scripts/setup.sh"
phase_done "set-up and build"
build="${PROBEMATRIX_BUILD_DIR:-$here/build}"

if [ -x "$here/scripts/pg-test-server.sh" ]; then
  # shellcheck source=/dev/null
  source "$here/scripts/pg-test-server.sh"
  pg_test_server_start
  trap pg_test_server_stop EXIT
fi

export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
phase_done "the test suite"

if [ "${PROBEMATRIX_QUICK:-0}" != 1 ]; then
  # The PostgreSQL server started above is reused (PROBEMATRIX_TEST_PG_URL is exported).
  echo "== the whole suite under AddressSanitizer + UndefinedBehaviorSanitizer (scripts/sanitize.sh)"
  san_build="${PROBEMATRIX_ASAN_BUILD_DIR:-$here/build-san}"
  PROBEMATRIX_ASAN_BUILD_DIR="$san_build" "$here/scripts/sanitize.sh" "$@"
  phase_done "the sanitized build and suite"
  echo "== fuzzing, ${PROBEMATRIX_FUZZ_SECONDS:-30} s per target (scripts/fuzz.sh)"
  PROBEMATRIX_FUZZ_BUILD_DIR="$san_build" PROBEMATRIX_FUZZ_SECONDS="${PROBEMATRIX_FUZZ_SECONDS:-30}" "$here/scripts/fuzz.sh"
  phase_done "fuzzing"
fi
