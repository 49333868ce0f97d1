#!/bin/sh
# Runs a test in a D-Bus session of its own with an unlocked GNOME Keyring: the Secret Service
# that qtkeychain uses on Linux. The keychain path is then tested for real, and the keyring
# (under the test's XDG_DATA_HOME) is never the user's own. gnome-keyring comes from
# scripts/setup.sh; without it the test fails, it does not skip.
set -eu
if ! command -v gnome-keyring-daemon >/dev/null 2>&1 || ! command -v dbus-run-session >/dev/null 2>&1; then
    echo "with-keyring.sh: gnome-keyring and dbus-daemon are needed (scripts/setup.sh installs them)" >&2
    exit 1
fi
# The keyring daemon puts its control socket in the runtime folder and its keyrings in the
# data folder: both must exist (CTest gives each test a fresh home).
runtime="$(mktemp -d)"
trap 'rm -rf "$runtime"' EXIT
export XDG_RUNTIME_DIR="$runtime"
mkdir -p "${XDG_DATA_HOME:-$HOME/.local/share}" "${XDG_CACHE_HOME:-$HOME/.cache}"
dbus-run-session -- sh -c '
    printf %s probematrix-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    exec "$@"' with-keyring "$@"
