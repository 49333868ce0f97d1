#!/usr/bin/env bash
# Installs what ProbeMatrix needs on Debian 12 (only what is missing) and configures and
# builds it. Used by scripts/run.sh and scripts/test.sh; safe to run again.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PROBEMATRIX_BUILD_DIR:-$here/build}"

packages=(
  build-essential cmake ninja-build pkg-config ccache
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
  qt6-charts-dev libqt6opengl6-dev libqt6svg6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libboost-graph-dev libgraphviz-dev libquazip1-qt6-dev qtkeychain-qt6-dev
  xvfb xauth poppler-utils postgresql openssl dpkg-dev file clang libclang-rt-14-dev
  gnome-keyring libsecret-1-0 dbus-daemon
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "== installing: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake_args=(-G Ninja -DCMAKE_BUILD_TYPE="${PROBEMATRIX_BUILD_TYPE:-RelWithDebInfo}")
[ -n "${CI:-}" ] && cmake_args+=(-DPROBEMATRIX_WERROR=ON)
cmake -S "$here" -B "$build" "${cmake_args[@]}" ${PROBEMATRIX_CMAKE_ARGS:-} >/dev/null
cmake --build "$build" --parallel "$(nproc)"
