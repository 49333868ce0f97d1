#!/usr/bin/env bash
# Renders the PNG sizes, the Windows .ico and the macOS .icns from the application icon,
# resources/icons/probematrix.svg: the same file the app shows as its window icon, so the
# desktop, the taskbar and the window agree. The results are committed, so building ProbeMatrix never needs an SVG renderer; run this
# again (needs rsvg-convert from librsvg2-bin, and python3) after changing the SVG.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
svg="$here/../../resources/icons/probematrix.svg"
sizes=(16 22 24 32 48 64 128 256 512)
mkdir -p "$here/png"
for s in "${sizes[@]}"; do
  rsvg-convert --width "$s" --height "$s" "$svg" --output "$here/png/probematrix-$s.png"
done
rsvg-convert --width 1024 --height 1024 "$svg" --output "$here/png/.probematrix-1024.png"

# .ico and .icns both accept PNG-compressed images, so they are plain containers around
# the PNGs above (Windows Vista and later; macOS 10.7 and later).
python3 - "$here" <<'PY'
import struct, sys, pathlib
here = pathlib.Path(sys.argv[1])
png = lambda s: (here / "png" / (f"probematrix-{s}.png" if s != 1024 else ".probematrix-1024.png")).read_bytes()

ico_sizes = [16, 24, 32, 48, 64, 128, 256]
images = [png(s) for s in ico_sizes]
header = struct.pack("<HHH", 0, 1, len(images))
offset = 6 + 16 * len(images)
entries, blobs = b"", b""
for s, data in zip(ico_sizes, images):
    entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
    blobs += data
(here / "probematrix.ico").write_bytes(header + entries + blobs)

icns_types = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)]
body = b"".join(t + struct.pack(">I", 8 + len(png(s))) + png(s) for t, s in icns_types)
(here / "probematrix.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
rm -f "$here/png/.probematrix-1024.png"
echo "icons written to $here"
