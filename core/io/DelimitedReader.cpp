#include "Limits.h"
#include "RawTable.h"
#include "SpreadsheetSafety.h"
#include "TextDecoding.h"

#include <QFile>
#include <QFileInfo>

#include <functional>

namespace pm {

namespace {
constexpr qsizetype kChunkBytes = 1024 * 1024;

Error fileTooLarge(qint64 bytes, const QString &source)
{
    return makeError(QStringLiteral("the file is %1 MiB; the limit is %2 MiB").arg(bytes / (1024 * 1024)).arg(limits::kMaxFileBytes / (1024 * 1024)),
                     source);
}

Result<void> checkCell(const QString &cell, int line, const QString &source)
{
    if (cell.size() > limits::kMaxCellChars)
        // Checked while the cell grows, so the true length is unknown: say "longer than".
        return makeError(QStringLiteral("a cell on line %1 is longer than %2 characters; the limit is %2 characters")
                             .arg(line)
                             .arg(limits::kMaxCellChars),
                         source + QLatin1Char(':') + QString::number(line));
    return {};
}
} // namespace

Result<TableFormat> tableFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"tsv" || suffix == u"txt" || suffix == u"tab")
        return TableFormat::Tsv;
    if (suffix == u"csv")
        return TableFormat::Csv;
    if (suffix == u"json")
        return TableFormat::Json;
    if (suffix == u"xlsx")
        return TableFormat::Xlsx;
    return makeError(QStringLiteral("unknown file type \".%1\": ProbeMatrix reads .tsv, .txt, .csv, .json and .xlsx").arg(suffix), path);
}

namespace {
Result<RawTable> parseDelimited(const QString &text, QChar delimiter, const QString &source)
{
    if (text.trimmed().isEmpty())
        return makeError(QStringLiteral("the file is empty"), source);

    RawTable table;
    table.source = source;
    const bool quoted = delimiter == QLatin1Char(','); // CSV quoting (RFC 4180); TSV cells are plain
    QStringList row;
    QString cell;
    int line = 1;
    int rowLine = 1;
    bool inQuotes = false;
    bool first = true;
    qint64 cellCount = 0; // all rows so far: bounded before the row is kept (limits::kMaxCells)

    auto finishRow = [&]() -> Result<void> {
        row.append(spreadsheet::unneutralised(cell));
        cell.clear();
        if (auto ok = checkCell(row.last(), rowLine, source); !ok)
            return ok;
        const bool blank = std::all_of(row.cbegin(), row.cend(), [](const QString &c) { return c.trimmed().isEmpty(); });
        if (!blank) {
            if (row.size() > limits::kMaxColumns)
                return makeError(QStringLiteral("line %1 has %2 cells; the limit is %3").arg(rowLine).arg(row.size()).arg(limits::kMaxColumns), source);
            if (first) {
                table.header = row;
                table.headerLine = rowLine;
                first = false;
            } else {
                if (table.rows.size() >= limits::kMaxRows)
                    return makeError(QStringLiteral("the file has more than %1 rows, the limit").arg(limits::kMaxRows), source);
                cellCount += row.size();
                if (cellCount > limits::kMaxCells)
                    return limits::tooManyCells(rowLine, source);
                table.rows.append(RawRow{rowLine, row});
            }
        }
        row.clear();
        return {};
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted && inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    cell.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell.append(c);
                if (cell.size() > limits::kMaxCellChars)
                    return checkCell(cell, rowLine, source).error();
            }
            continue;
        }
        if (quoted && c == QLatin1Char('"') && cell.trimmed().isEmpty()) {
            inQuotes = true;
            cell.clear();
        } else if (c == delimiter) {
            if (auto ok = checkCell(cell, rowLine, source); !ok)
                return ok.error();
            // Our exports put "'" before a cell that starts like a formula: read it back as it was.
            row.append(spreadsheet::unneutralised(cell));
            cell.clear();
            // Counted as the cells come, not when the line ends: a line of 60 million tabs
            // would otherwise hold 60 million empty strings (over 1 GiB) before the check.
            if (row.size() > limits::kMaxColumns)
                return makeError(QStringLiteral("line %1 has more than %2 cells; the limit is %2").arg(rowLine).arg(limits::kMaxColumns), source);
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            if (auto ok = finishRow(); !ok)
                return ok.error();
            ++line;
            rowLine = line;
        } else {
            cell.append(c);
            if (cell.size() > limits::kMaxCellChars)
                return checkCell(cell, rowLine, source).error();
        }
    }
    if (inQuotes)
        return makeError(QStringLiteral("a quoted cell that starts on line %1 is never closed").arg(rowLine), source);
    if (!cell.isEmpty() || !row.isEmpty())
        if (auto ok = finishRow(); !ok)
            return ok.error();
    if (table.header.isEmpty())
        return makeError(QStringLiteral("the file has no header line"), source);
    return table;
}
} // namespace

Result<RawTable> readDelimited(const QByteArray &data, QChar delimiter, const QString &source)
{
    if (data.size() > limits::kMaxFileBytes)
        return fileTooLarge(data.size(), source);
    TextDecoding decoding(source);
    for (qsizetype at = 0; at < data.size(); at += kChunkBytes)
        if (auto ok = decoding.feed(QByteArrayView(data).sliced(at, std::min(kChunkBytes, data.size() - at))); !ok)
            return ok.error();
    auto text = decoding.finish();
    if (!text)
        return text.error();
    return parseDelimited(*text, delimiter, source);
}

namespace {
// Reads at most the size limit, in chunks, whatever size() says: a device (a symlink to
// /dev/zero) has no size, and a growing file may pass a size check and then grow.
Result<void> readBounded(QFile &f, const QString &source, const std::function<Result<void>(QByteArrayView)> &sink)
{
    QByteArray chunk(kChunkBytes, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 n = f.read(chunk.data(), chunk.size());
        if (n < 0)
            return makeError(QStringLiteral("cannot read the file: %1").arg(f.errorString()), source);
        if (n == 0)
            return {};
        total += n;
        if (total > limits::kMaxFileBytes)
            return fileTooLarge(total, source);
        if (auto ok = sink(QByteArrayView(chunk.constData(), n)); !ok)
            return ok;
    }
}
} // namespace

Result<RawTable> readTableFile(const QString &path)
{
    auto format = tableFormatForPath(path);
    if (!format)
        return format.error();
    const QFileInfo info(path); // follows symbolic links: the target is what is read
    if (!info.exists())
        return makeError(QStringLiteral("no such file"), path);
    // Checked by what the name points to, before opening: reading a device (/dev/zero behind a
    // .tsv link), a pipe or a folder could block or never end.
    if (!info.isFile())
        return makeError(QStringLiteral("this is not a regular file (%1); import a saved table file")
                             .arg(info.isDir() ? QStringLiteral("it is a folder") : QStringLiteral("it is a device, a pipe or a socket")),
                         path);
    if (info.size() > limits::kMaxFileBytes)
        return fileTooLarge(info.size(), path);
    if (*format == TableFormat::Xlsx)
        return readXlsx(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("cannot read the file: %1").arg(f.errorString()), path);
    const QString name = info.fileName();
    if (*format == TableFormat::Json) {
        QByteArray data;
        if (auto ok = readBounded(f, path, [&](QByteArrayView chunk) { data.append(chunk); return Result<void>(); }); !ok)
            return ok.error();
        return readJsonTable(data, name);
    }
    // TSV and CSV: decoded chunk by chunk, so the file is never in memory twice.
    TextDecoding decoding(name);
    if (auto ok = readBounded(f, path, [&](QByteArrayView chunk) { return decoding.feed(chunk); }); !ok)
        return ok.error();
    auto text = decoding.finish();
    if (!text)
        return text.error();
    return parseDelimited(*text, *format == TableFormat::Csv ? QLatin1Char(',') : QLatin1Char('\t'), name);
}

} // namespace pm
