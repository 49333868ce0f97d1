#!/usr/bin/env bash
# Saves the browser screenshots used by the README into docs/images/ (offscreen, with a
# private HOME so that the user's settings and database are not touched).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PROBEMATRIX_BUILD_DIR:-$here/build}"
cmake --build "$build" --target browser_screenshots
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" \
  "$build/tests/browser_screenshots" "$here/docs/images"
