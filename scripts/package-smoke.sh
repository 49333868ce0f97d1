#!/usr/bin/env bash
# Package smoke test: builds the .deb with CPack from an already built tree, checks its
# metadata (version, Depends), unpacks it into a scratch root with dpkg-deb -x (no root
# rights needed, the system is left alone), and runs what was installed:
#   probematrix-cli --version, probematrix-cli list (scratch HOME), and an offscreen start
#   of probematrix that quits by itself (--quit-after-start).
# It also checks the desktop integration files (desktop file, AppStream metainfo, MIME
# type, icons, man page) and validates them with the freedesktop tools when installed.
#
# Usage: scripts/package-smoke.sh BUILD_DIR     (CTest runs it as the test package_smoke)
set -euo pipefail
build="$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/probematrix-smoke.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

version="$(sed -n 's/^CMAKE_PROJECT_VERSION:[A-Z]*=//p' "$build/CMakeCache.txt")"
[ -n "$version" ] || fail "no CMAKE_PROJECT_VERSION in $build/CMakeCache.txt"

step "cpack -G DEB (version $version)"
(cd "$build" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) \
  || { cat "$scratch/cpack.log" >&2; fail "cpack could not build the .deb"; }
deb="$(ls "$scratch"/out/probematrix_*.deb 2>/dev/null | head -n1)"
[ -f "$deb" ] || { cat "$scratch/cpack.log" >&2; fail "cpack wrote no .deb into $scratch/out"; }
echo "   $(basename "$deb"), $(du -h "$deb" | cut -f1)"

step "package metadata"
pkg_version="$(dpkg-deb -f "$deb" Version)"
[ "${pkg_version%%-*}" = "$version" ] || fail "package version $pkg_version, project version $version"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "   Depends: $depends"
# The run-time plugins shlibdeps cannot see, and proof that shlibdeps ran (Qt and libc).
for needed in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libqt6core6 libqt6widgets6 libc6; do
  grep -Eq "(^|, )$needed( |,|$)" <<<"$depends" || fail "Depends lacks $needed"
done
# Every dependency must name a real package: all of them are installed on the build machine.
IFS=',' read -ra deps <<<"$depends"
for dep in "${deps[@]}"; do
  for alt in ${dep//|/ }; do
    name="$(sed 's/[[:space:]]*(.*//; s/^[[:space:]]*//; s/[[:space:]]*$//' <<<"$alt")"
    case "$name" in ''|'('*|*')'|'>='|'<='|'='|'>>'|'<<') continue ;; esac
    [[ "$name" =~ ^[a-z0-9][a-z0-9.+-]+$ ]] || continue
    dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok installed" \
      || fail "Depends names $name, which is not an installed package here (typo?)"
  done
done

step "dpkg-deb -x into a scratch root"
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/probematrix usr/bin/probematrix-cli \
         usr/share/applications/eu.probematrix.ProbeMatrix.desktop \
         usr/share/metainfo/eu.probematrix.ProbeMatrix.metainfo.xml \
         usr/share/mime/packages/eu.probematrix.ProbeMatrix.xml \
         usr/share/icons/hicolor/scalable/apps/eu.probematrix.ProbeMatrix.svg \
         usr/share/icons/hicolor/16x16/apps/eu.probematrix.ProbeMatrix.png \
         usr/share/icons/hicolor/512x512/apps/eu.probematrix.ProbeMatrix.png \
         usr/share/man/man1/probematrix-cli.1.gz \
         usr/share/doc/probematrix/USER_GUIDE.md; do
  [ -e "$root/$f" ] || fail "the package does not install /$f"
done
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/eu.probematrix.ProbeMatrix.metainfo.xml" \
  || fail "the metainfo's release is not $version"
gzip -t "$root/usr/share/man/man1/probematrix-cli.1.gz" || fail "the man page is not valid gzip"
zcat "$root/usr/share/man/man1/probematrix-cli.1.gz" | grep -q "ProbeMatrix $version" || fail "the man page does not show version $version"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/usr/share/applications/eu.probematrix.ProbeMatrix.desktop" || fail "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$root/usr/share/metainfo/eu.probematrix.ProbeMatrix.metainfo.xml" >"$scratch/appstream.log" 2>&1 \
    || { cat "$scratch/appstream.log" >&2; fail "appstreamcli validate"; }
fi
if command -v groff >/dev/null; then
  warnings="$(zcat "$root/usr/share/man/man1/probematrix-cli.1.gz" | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z 2>&1)"
  [ -z "$warnings" ] || fail "the man page has groff warnings: $warnings"
fi

# The installed programs run with a scratch HOME, so the default database is created and
# seeded there, as on a user's first start.
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/data" XDG_CONFIG_HOME="$scratch/home/config" XDG_CACHE_HOME="$scratch/home/cache"
mkdir -p "$HOME"
cli="$root/usr/bin/probematrix-cli"

step "probematrix-cli --version"
out="$("$cli" --version)" || fail "probematrix-cli --version exited $?"
echo "   $out"
[ "$out" = "probematrix-cli $version" ] || fail "--version printed \"$out\", expected \"probematrix-cli $version\""

step "probematrix-cli list (first start: creates and seeds the default database)"
"$cli" list --format csv >"$scratch/list.csv" 2>"$scratch/list.err" || { cat "$scratch/list.err" >&2; fail "probematrix-cli list failed"; }
rows=$(($(wc -l <"$scratch/list.csv") - 1))
echo "   $rows offerings"
[ "$rows" -ge 136 ] || fail "list showed $rows offerings, the bundled matrix has at least 136"
[ -n "$(find "$XDG_DATA_HOME" -name '*.sqlite*' -o -name '*.db' | head -n1)" ] || fail "no database was created under the scratch HOME"

step "probematrix --quit-after-start (offscreen)"
set +e
QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/probematrix" --quit-after-start >"$scratch/gui.log" 2>&1
rc=$?
set -e
[ "$rc" -ne 124 ] || { cat "$scratch/gui.log" >&2; fail "probematrix did not quit within 60 s"; }
[ "$rc" -eq 0 ] || { cat "$scratch/gui.log" >&2; fail "probematrix exited $rc on start"; }
QT_QPA_PLATFORM=offscreen "$root/usr/bin/probematrix" --version | grep -q "$version" || fail "probematrix --version does not show $version"

echo "package smoke test passed: $(basename "$deb")"
