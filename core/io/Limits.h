#pragma once

#include "common/Result.h"

#include <QtGlobal>

namespace pm::limits {

// Bounds on what an import reads, so that a hostile or broken file cannot exhaust memory.
// Each refusal names the limit in its message.
inline constexpr qint64 kMaxFileBytes = 64LL * 1024 * 1024; // 64 MiB
inline constexpr int kMaxRows = 500'000;
inline constexpr int kMaxColumns = 256;
inline constexpr int kMaxCellChars = 64 * 1024; // 64 KiB per cell
// An .xlsx part, unpacked. The worksheet is streamed, but text between two tags (a run of
// blanks) is held whole, twice its size as UTF-16: 256 MiB of blanks took 1.3 GB (issue 15).
// 64 MiB of sheet XML is a table of some 15 MiB as TSV, a hundred times the bundled matrix.
inline constexpr qint64 kMaxXlsxUncompressedBytes = 64LL * 1024 * 1024;
// Cells of all rows together (every row counted at its full width, empty cells included),
// checked before a row is kept or padded: rows and columns alone allow 500 000 x 256 = 128
// million cells, 3 GiB of empty strings (issue 15, finding 5: 200 000 rows with one cell in
// column IV took 1.7 GB). A million one-letter cells take some 60 MB. The 500 000-row limit
// is reached by two-column tables only; a JSON export has some 40 columns, so 25 000 offerings. The bundled matrix has 157 rows of about 40 columns (6 000 cells).
// Also the cap on an .xlsx file's shared strings.
inline constexpr qint64 kMaxCells = 1'000'000;

inline Error tooManyCells(int line, const QString &source)
{
    return makeError(QStringLiteral("the table has more than %1 cells by line %2 (rows times the header's columns), the limit; "
                                    "is there a stray cell far right of the table?")
                         .arg(kMaxCells)
                         .arg(line),
                     source);
}

} // namespace pm::limits
