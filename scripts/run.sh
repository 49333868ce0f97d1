#!/usr/bin/env bash
# Quick start, part 1: set up, build and start ProbeMatrix on the bundled matrix.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/setup.sh"
build="${PROBEMATRIX_BUILD_DIR:-$here/build}"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting ProbeMatrix inside a virtual X server (xvfb-run)."
  exec xvfb-run -a "$build/app/probematrix" "$@"
fi
exec "$build/app/probematrix" "$@"
