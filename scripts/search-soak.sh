#!/usr/bin/env bash
# Soak test for the plan search's exactness: the random-request comparison against brute
# force (test_search_synthetic) over many seeds and more requests than the suite's 60.
# Run it after changing a bound in core/planning/Search.cpp.
#   scripts/search-soak.sh [BUILD_DIR] [SEEDS] [REQUESTS_PER_SEED]
set -euo pipefail
build=${1:-build}
seeds=${2:-20}
requests=${3:-200}
test="$build/tests/test_search_synthetic"
[[ -x "$test" ]] || { echo "no $test: build the tests first" >&2; exit 2; }
failed=0
for seed in $(seq 1 "$seeds"); do
    if PROBEMATRIX_SEARCH_SEED=$seed PROBEMATRIX_SEARCH_REQUESTS=$requests QT_QPA_PLATFORM=offscreen \
        "$test" randomRequestsFrontEqualsBruteForce > "/tmp/search-soak-$seed.log" 2>&1; then
        echo "seed $seed: ok"
    else
        echo "seed $seed: FAILED (see /tmp/search-soak-$seed.log)"
        failed=1
    fi
done
exit $failed
