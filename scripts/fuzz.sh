#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, -fsanitize=fuzzer,address,undefined) in build-fuzz and
# runs each for a bounded time, starting from the seed corpora in tests/fuzz/corpus/<target>/.
# Fails (exit 1) on the first crash, hang (>10 s per input), sanitizer report or memory blow-up
# (one input holding more than 256 MiB live, or the process above 512 MiB), and prints where the input that did it was saved; copy that file into
# tests/fuzz/regressions/<target>/ (with a <name>.expect file holding the message the fix
# should give) so that test_fuzz_regressions replays it from then on.
#
#   scripts/fuzz.sh                 every target, 60 s each (build-fuzz: the core only)
#   scripts/fuzz.sh tsv ask         only these targets
#   PROBEMATRIX_FUZZ_SECONDS=600 scripts/fuzz.sh xlsx
#   PROBEMATRIX_FUZZ_BUILD_DIR=build-san scripts/fuzz.sh   reuse scripts/sanitize.sh's tree
#
# Inputs the fuzzer finds interesting go to build-fuzz/fuzz-corpus/<target>/ (kept between
# runs, never committed); the seeds in the repository are not modified.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PROBEMATRIX_FUZZ_BUILD_DIR:-$here/build-fuzz}"
seconds="${PROBEMATRIX_FUZZ_SECONDS:-60}"
all_targets=(tsv csv json xlsx request ask where logbook notify stored_plan archive)
targets=("$@")
((${#targets[@]})) || targets=("${all_targets[@]}")

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is missing (scripts/setup.sh installs it)" >&2; exit 1; }

# Only the core and the fuzz targets: no GUI, no tests, no benchmarks. Warnings are not
# errors here because the project's warning flags are tuned for gcc (-Wshadow=local);
# the gcc builds enforce them.
# A tree that already has the fuzz targets (scripts/sanitize.sh's build-san, as scripts/test.sh
# passes it) is reused as configured.
if ! grep -q '^PROBEMATRIX_FUZZ:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DPROBEMATRIX_FUZZ=ON -DPROBEMATRIX_BUILD_GUI=OFF -DBUILD_TESTING=OFF -DPROBEMATRIX_BENCHMARKS=OFF \
    -DPROBEMATRIX_WERROR=OFF >/dev/null
fi
jobs="${PROBEMATRIX_JOBS:-2}"
cmake --build "$build" --parallel "$jobs" --target $(printf 'fuzz_%s ' "${targets[@]}")

export ASAN_OPTIONS="allocator_release_to_os_interval_ms=100:quarantine_size_mb=16:malloc_context_size=5${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
failed=()
for t in "${targets[@]}"; do
  corpus="$build/fuzz-corpus/$t"
  artifacts="$build/fuzz-artifacts/$t"
  mkdir -p "$corpus" "$artifacts"
  echo "== fuzz_$t for ${seconds}s"
  # -timeout: one input taking longer is a hang. Memory (issue 15), two bounds: each input
  # runs within a 256 MiB live-heap budget (tests/fuzz/HeapBudget.h, counted by the
  # sanitizer's malloc hooks) and -malloc_limit_mb=256 refuses any single larger block; the
  # process stays under -rss_limit_mb=512. For the second, ASan must give freed memory back:
  # with its defaults the resident size only grows (CI saw a healthy target pass 512 MiB
  # with 40 MiB live after 10 000 inputs), so the ASAN_OPTIONS set before the loop return free pages every
  # 100 ms and keep a 16 MiB quarantine (json: 583 -> 232 MiB peak over 60 s).
  # -max_len: inputs may grow to 256 KiB (by default libFuzzer stays near its largest seed,
  # too small to reach a limit); -print_final_stats for the log.
  if ! "$build/tests/fuzz/fuzz_$t" "$corpus" "$here/tests/fuzz/corpus/$t" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=512 -malloc_limit_mb=256 -max_len=262144 -print_final_stats=1 \
      -artifact_prefix="$artifacts/" >"$build/fuzz-$t.log" 2>&1; then
    echo "!! fuzz_$t FAILED; log: $build/fuzz-$t.log; inputs: $artifacts/" >&2
    grep -E "ERROR|SUMMARY|runtime error|==[0-9]+==|Test unit written" "$build/fuzz-$t.log" | head -20 >&2 || true
    failed+=("$t")
  else
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$build/fuzz-$t.log" | tr '\n' ' '
    echo
  fi
done

if ((${#failed[@]})); then
  echo "fuzz.sh: crashes in: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz.sh: ${#targets[@]} target(s), ${seconds}s each, no crash"
