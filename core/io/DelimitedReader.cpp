#include "Limits.h"
#include "RawTable.h"
#include "SpreadsheetSafety.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace pm {

namespace {
Result<QString> decodeUtf8(const QByteArray &data, const QString &source)
{
    if (data.contains('\0'))
        return makeError(QStringLiteral("this is a binary file, not a text table (it contains NUL bytes)"), source);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data);
    if (decoder.hasError()) {
        // Find the line with the first bad byte for the message, one line at a time.
        int line = 1;
        for (const QByteArray &l : data.split('\n')) {
            QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decodedLine = probe.decode(l);
            if (probe.hasError())
                break;
            ++line;
        }
        return makeError(QStringLiteral("the file is not valid UTF-8 text (first bad byte on line %1); save it as UTF-8 and try again").arg(line),
                         source);
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
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

Result<RawTable> readDelimited(const QByteArray &data, QChar delimiter, const QString &source)
{
    if (data.size() > limits::kMaxFileBytes)
        return makeError(QStringLiteral("the file is %1 MiB; the limit is %2 MiB").arg(data.size() / (1024 * 1024)).arg(limits::kMaxFileBytes / (1024 * 1024)), source);
    auto decoded = decodeUtf8(data, source);
    if (!decoded)
        return decoded.error();
    const QString &text = *decoded;
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

Result<RawTable> readTableFile(const QString &path)
{
    auto format = tableFormatForPath(path);
    if (!format)
        return format.error();
    QFile f(path);
    if (!f.exists())
        return makeError(QStringLiteral("no such file"), path);
    if (f.size() > limits::kMaxFileBytes)
        return makeError(QStringLiteral("the file is %1 MiB; the limit is %2 MiB").arg(f.size() / (1024 * 1024)).arg(limits::kMaxFileBytes / (1024 * 1024)), path);
    if (*format == TableFormat::Xlsx)
        return readXlsx(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("cannot read the file: %1").arg(f.errorString()), path);
    const QByteArray data = f.readAll();
    const QString name = QFileInfo(path).fileName();
    switch (*format) {
    case TableFormat::Tsv:
        return readDelimited(data, QLatin1Char('\t'), name);
    case TableFormat::Csv:
        return readDelimited(data, QLatin1Char(','), name);
    case TableFormat::Json:
        return readJsonTable(data, name);
    case TableFormat::Xlsx:
        break;
    }
    return makeError(QStringLiteral("unsupported format"), path);
}

} // namespace pm
