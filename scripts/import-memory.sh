#!/usr/bin/env bash
# Peak memory of `probematrix-cli import --dry-run` on hostile matrix files (issue 15, finding 5).
# Builds each file (python3, standard library only) in a temporary folder, runs the CLI under
# /usr/bin/time -v on a fresh database and prints, per file: size, exit code, peak RSS (MB),
# seconds and the first line of the CLI's message. Fails (exit 1) when a file takes 300 MB or
# more, or when the CLI crashes or runs past 60 s (status 124 from timeout).
#
#   scripts/import-memory.sh                    uses build/app/probematrix-cli
#   PROBEMATRIX_CLI=/path/to/cli scripts/import-memory.sh
#   PROBEMATRIX_RSS_LIMIT_MB=300 (default)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="${PROBEMATRIX_CLI:-$here/build/app/probematrix-cli}"
limit_mb="${PROBEMATRIX_RSS_LIMIT_MB:-300}"
[[ -x "$cli" ]] || { echo "import-memory.sh: no CLI at $cli (build probematrix-cli first)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "import-memory.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import os, sys, zipfile, json
out = sys.argv[1]
def xlsx(name, sheet_rows, shared=None):
    """sheet_rows: iterable of XML fragments for <sheetData>; shared: bytes of sharedStrings.xml"""
    with zipfile.ZipFile(os.path.join(out, name), 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types/>')
        z.writestr('xl/worksheets/sheet1.xml', '<worksheet><sheetData>' + ''.join(sheet_rows) + '</sheetData></worksheet>')
        if shared is not None:
            z.writestr('xl/sharedStrings.xml', shared)
def inline(ref, text):
    return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, text)
header = '<row r="1">' + inline('A1', 'Partner') + inline('B1', 'Technique') + '</row>'
# The issue's table, row 1: 200k rows with one cell in column IV.
xlsx('wide-rows.xlsx', [header] + ['<row r="%d">%s</row>' % (r, inline('IV%d' % r, 'x')) for r in range(2, 200002)])
# Row 3: 10 million empty shared strings.
xlsx('shared-strings.xlsx', [header], '<sst>' + '<si/>' * 10_000_000 + '</sst>')
# Row 2: JSON, 200k near-empty offerings after one wide one.
# (200 names besides the 40 known columns a JSON table always has: within the column limit)
wide = {'cells': {'Partner': 'KIT', 'Technique': 'XRD', **{'extra %d' % i: '' for i in range(200)}}}
with open(os.path.join(out, 'wide-then-empty.json'), 'w') as f:
    json.dump([wide] + [{'cells': {'Partner': 'KIT'}}] * 200_000, f)
# More of the same kind: every limit at once, just under the file size limit.
with open(os.path.join(out, 'many-cells.tsv'), 'w') as f:   # 60 MiB of one-letter cells
    line = '\t'.join(['a'] * 256) + '\n'
    f.write('\t'.join(['Partner', 'Technique'] + ['c%d' % i for i in range(254)]) + '\n')
    f.write(line * (60 * 1024 * 1024 // len(line)))
with open(os.path.join(out, 'empty-objects.json'), 'w') as f:  # 60 MiB of {} offerings
    f.write('[' + ','.join(['{}'] * (60 * 1024 * 1024 // 3)) + ']')
with open(os.path.join(out, 'many-strings.json'), 'w') as f:  # 60 MiB of short strings, few objects
    cells = ','.join('"c%d":"x"' % i for i in range(200))
    item = '{"cells":{%s}}' % cells
    f.write('[' + ','.join([item] * (60 * 1024 * 1024 // (len(item) + 1))) + ']')
with open(os.path.join(out, 'utf16-excel.txt'), 'wb') as f:  # Excel "Unicode text"
    f.write('\ufeffPartner\tTechnique\nKIT\tXRD\n'.encode('utf-16-le'))
# Zip bombs: 255 MiB of blanks in the worksheet (over the part limit), and 63 MiB (just under).
for name, mib in (('zip-bomb.xlsx', 255), ('zip-bomb-63.xlsx', 63)):
    with zipfile.ZipFile(os.path.join(out, name), 'w', zipfile.ZIP_DEFLATED) as z:
        with z.open('xl/worksheets/sheet1.xml', 'w', force_zip64=True) as part:
            part.write(b'<worksheet><sheetData>')
            blank = b' ' * (1024 * 1024)
            for _ in range(mib):
                part.write(blank)
            part.write(b'</sheetData></worksheet>')
os.symlink('/dev/zero', os.path.join(out, 'dev-zero.tsv'))
PY

# A database holding the bundled matrix, copied afresh for each file.
"$cli" --db "$work/seed.sqlite" import "$here/resources/matrix/bigmap-matrix.tsv" >/dev/null
printf '%-22s %10s %5s %8s %7s  %s\n' FILE SIZE EXIT PEAK_MB SECONDS MESSAGE
failed=0
for f in wide-rows.xlsx wide-then-empty.json shared-strings.xlsx dev-zero.tsv many-cells.tsv empty-objects.json many-strings.json \
         zip-bomb.xlsx zip-bomb-63.xlsx utf16-excel.txt; do
  cp "$work/seed.sqlite" "$work/db.sqlite"
  size=$(stat -c %s "$work/$f" 2>/dev/null || echo 0)
  [[ -L "$work/$f" ]] && size=link
  set +e
  timeout 60 /usr/bin/time -v -o "$work/time.txt" "$cli" --db "$work/db.sqlite" import --dry-run "$work/$f" >"$work/out.txt" 2>"$work/err.txt"
  code=$?
  set -e
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt" 2>/dev/null || echo 0)
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt" 2>/dev/null || echo '?')
  message=$(grep -v '^\s*Command' "$work/err.txt" | head -1 | cut -c1-110 || true)
  [[ -n "$message" ]] || message="$(head -1 "$work/out.txt" | cut -c1-110 || true)"
  peak_mb=$(( ${rss_kb:-0} / 1024 ))
  printf '%-22s %10s %5s %8s %7s  %s\n' "$f" "$size" "$code" "$peak_mb" "$secs" "${message//$work\//}"
  if (( peak_mb >= limit_mb )) || (( code == 124 )) || (( code > 2 )); then
    failed=1
  fi
done
if (( failed )); then
  echo "import-memory.sh: a file took ${limit_mb} MB or more, crashed or ran past 60 s" >&2
  exit 1
fi
echo "import-memory.sh: every file under ${limit_mb} MB"
