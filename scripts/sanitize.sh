#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer (clang, build-san) and
# runs the whole CTest suite there. Any sanitizer report fails the test it happens in
# (-fno-sanitize-recover=all, halt_on_error), so a green run means a clean run.
#
#   scripts/sanitize.sh               configure, build, run every test
#   scripts/sanitize.sh -R import     extra arguments go to ctest
#
# The same tree holds the libFuzzer targets (-DPROBEMATRIX_FUZZ=ON): scripts/test.sh then runs
# scripts/fuzz.sh on it instead of building the core a third time. clang, not gcc: the same
# sanitized file compiles 2-3x faster (PlanStore.cpp, ASan+UBSan: gcc -O2 -g 32 s, clang -O1
# 11 s), which is most of CI's time. -O1 -gline-tables-only: sanitizer stacks keep file and
# line, without full debug info. Warnings are not errors here; the gcc build enforces them
# (the warning flags are tuned for gcc).
#
# Suppressions live in scripts/sanitizers/, each with a comment saying why.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PROBEMATRIX_ASAN_BUILD_DIR:-$here/build-san}"
jobs="${PROBEMATRIX_JOBS:-2}"

command -v clang++ >/dev/null || { echo "sanitize.sh: clang++ is missing (scripts/setup.sh installs it)" >&2; exit 1; }
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
  -DPROBEMATRIX_ASAN=ON -DPROBEMATRIX_UBSAN=ON -DPROBEMATRIX_FUZZ=ON -DPROBEMATRIX_WERROR=OFF \
  -DPROBEMATRIX_BENCHMARKS=OFF >/dev/null
cmake --build "$build" --parallel "$jobs"

supp="$here/scripts/sanitizers"
# detect_leaks: leaks fail the run too. strict_init_order / check_initialization_order: static
# initialisation order bugs. halt_on_error / abort_on_error: the first report ends the test.
export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:strict_init_order=1:halt_on_error=1:abort_on_error=1:detect_stack_use_after_return=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export QT_QPA_PLATFORM=offscreen

started_pg=0
if [ -x "$here/scripts/pg-test-server.sh" ] && [ -z "${PROBEMATRIX_TEST_PG_URL:-}" ]; then
  # shellcheck source=/dev/null
  source "$here/scripts/pg-test-server.sh"
  pg_test_server_start
  started_pg=1
fi
trap 'if [ "$started_pg" = 1 ]; then pg_test_server_stop; fi' EXIT

# Sanitized tests run 2-5x slower: a longer per-test timeout than the normal run.
ctest --test-dir "$build" --output-on-failure --parallel "$jobs" --timeout 1200 "$@"
