#include "Limits.h"
#include "RawTable.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <functional>
#include <map>

namespace pm {

// .xlsx is a zip of XML parts (ECMA-376). We read the first worksheet with QuaZip and
// QXmlStreamReader: shared strings, inline strings, numbers and booleans. Formulas are read
// through their cached values; styles and dates are not interpreted (matrix cells are text).
namespace {

Result<QByteArray> readPart(QuaZip &zip, const QString &name, const QString &source, bool required = true)
{
    if (!zip.setCurrentFile(name)) {
        if (required)
            return makeError(QStringLiteral("this .xlsx file has no %1 part; is it really an Excel workbook?").arg(name), source);
        return QByteArray();
    }
    QuaZipFileInfo64 info;
    if (zip.getCurrentFileInfo(&info) && qint64(info.uncompressedSize) > limits::kMaxXlsxUncompressedBytes)
        return makeError(QStringLiteral("the part %1 unpacks to more than %2 MiB, the limit").arg(name).arg(limits::kMaxXlsxUncompressedBytes / (1024 * 1024)), source);
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("cannot unpack %1 (error %2)").arg(name).arg(file.getZipError()), source);
    // Read in chunks: read(limit + 1) would allocate the whole 256 MiB limit up front for
    // every part (found by fuzz_xlsx: three parts, a quarter second per file under ASan), and
    // the size in the zip directory may lie, so the limit is checked on what really unpacks.
    QByteArray data;
    char chunk[64 * 1024];
    for (;;) {
        const qint64 n = file.read(chunk, sizeof chunk);
        if (n < 0)
            return makeError(QStringLiteral("cannot unpack %1: the archive is damaged (error %2)").arg(name).arg(file.getZipError()), source);
        if (n == 0)
            break;
        if (data.size() + n > limits::kMaxXlsxUncompressedBytes)
            return makeError(QStringLiteral("the part %1 unpacks to more than %2 MiB, the limit").arg(name).arg(limits::kMaxXlsxUncompressedBytes / (1024 * 1024)), source);
        data.append(chunk, qsizetype(n));
    }
    return data;
}

// A part read as it unpacks, never past the limit: the XML reader pulls from it, so a part
// is never held in memory whole (a 255 MiB sheet of blanks took 1.3 GB, issue 15).
class BoundedPart : public QIODevice {
public:
    explicit BoundedPart(QuaZip &zip)
        : m_file(&zip)
    {
    }
    ~BoundedPart() override { m_file.close(); }
    bool openPart() { return m_file.open(QIODevice::ReadOnly) && open(QIODevice::ReadOnly); }
    int zipError() const { return m_file.getZipError(); }
    bool exceeded() const { return m_exceeded; }
    bool damaged() const { return m_damaged; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_exceeded || m_damaged)
            return -1;
        const qint64 n = m_file.read(data, std::min(maxSize, limits::kMaxXlsxUncompressedBytes - m_total + 1));
        if (n < 0) {
            m_damaged = true;
            return -1;
        }
        m_total += n;
        if (m_total > limits::kMaxXlsxUncompressedBytes) {
            m_exceeded = true;
            return -1;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QuaZipFile m_file;
    qint64 m_total = 0;
    bool m_exceeded = false;
    bool m_damaged = false;
};

Error partTooLarge(const QString &name, const QString &source)
{
    return makeError(QStringLiteral("the part %1 unpacks to more than %2 MiB, the limit").arg(name).arg(limits::kMaxXlsxUncompressedBytes / (1024 * 1024)), source);
}

// Streams the part `name` through `parse`. A missing part is an error when required, else
// nothing is parsed. `what` names the part in messages ("the worksheet").
Result<void> parsePart(QuaZip &zip, const QString &name, const QString &what, const QString &source, bool required,
                       const std::function<Result<void>(QXmlStreamReader &)> &parse)
{
    if (!zip.setCurrentFile(name)) {
        if (required)
            return makeError(QStringLiteral("this .xlsx file has no %1 part; is it really an Excel workbook?").arg(name), source);
        return {};
    }
    QuaZipFileInfo64 info;
    if (zip.getCurrentFileInfo(&info) && qint64(info.uncompressedSize) > limits::kMaxXlsxUncompressedBytes)
        return partTooLarge(name, source);
    BoundedPart part(zip);
    if (!part.openPart())
        return makeError(QStringLiteral("cannot unpack %1 (error %2)").arg(name).arg(part.zipError()), source);
    QXmlStreamReader xml(&part);
    const Result<void> parsed = parse(xml);
    // The part's own problems first: what the XML reader saw was only their consequence.
    if (part.exceeded())
        return partTooLarge(name, source);
    if (part.damaged())
        return makeError(QStringLiteral("cannot unpack %1: the archive is damaged (error %2)").arg(name).arg(part.zipError()), source);
    if (!parsed)
        return parsed;
    if (xml.hasError())
        return makeError(QStringLiteral("%1 is damaged: %2 (line %3)").arg(what, xml.errorString()).arg(xml.lineNumber()), source);
    return {};
}

QString readTextRuns(QXmlStreamReader &xml, const QString &endElement)
{
    QString out;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"t")
            out += xml.readElementText();
        else if (xml.isEndElement() && xml.name() == endElement)
            break;
    }
    return out;
}

// "B7" -> 1. Any reference past the column limit gives kMaxColumns, so that a hostile
// "ZZZZZZZZZZZZ1" is refused by the limit check instead of overflowing (found by fuzz_xlsx).
int columnIndex(QStringView ref)
{
    int col = 0;
    for (const QChar c : ref) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        col = col * 26 + (u - u'A' + 1);
        if (col > limits::kMaxColumns)
            return limits::kMaxColumns;
    }
    return col - 1;
}

QString firstSheetPath(QuaZip &zip, const QString &source)
{
    auto workbook = readPart(zip, QStringLiteral("xl/workbook.xml"), source, false);
    auto rels = readPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), source, false);
    if (!workbook || !rels || workbook->isEmpty() || rels->isEmpty())
        return QStringLiteral("xl/worksheets/sheet1.xml");
    QString rid;
    QXmlStreamReader wb(*workbook);
    while (!wb.atEnd() && rid.isEmpty()) {
        wb.readNext();
        if (wb.isStartElement() && wb.name() == u"sheet") {
            for (const QXmlStreamAttribute &a : wb.attributes())
                if (a.name() == u"id")
                    rid = a.value().toString();
        }
    }
    QXmlStreamReader rr(*rels);
    while (!rr.atEnd()) {
        rr.readNext();
        if (rr.isStartElement() && rr.name() == u"Relationship" && rr.attributes().value(QLatin1String("Id")) == rid) {
            QString target = rr.attributes().value(QLatin1String("Target")).toString();
            if (target.startsWith(QLatin1Char('/')))
                return target.mid(1);
            return QStringLiteral("xl/") + target;
        }
    }
    return QStringLiteral("xl/worksheets/sheet1.xml");
}

Result<RawTable> readZip(QuaZip &zip, const QString &source)
{
    if (!zip.open(QuaZip::mdUnzip))
        return makeError(QStringLiteral("not a valid .xlsx file (it is not a zip archive)"), source);

    QStringList shared;
    auto sharedRead = parsePart(zip, QStringLiteral("xl/sharedStrings.xml"), QStringLiteral("the shared strings"), source, false,
                                [&](QXmlStreamReader &xml) -> Result<void> {
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"si") {
                // Bounded like cells: 10 million empty <si/> took 418 MB (issue 15).
                if (shared.size() >= limits::kMaxCells)
                    return makeError(QStringLiteral("the workbook has more than %1 shared strings, the limit").arg(limits::kMaxCells), source);
                shared.append(readTextRuns(xml, QStringLiteral("si")));
                if (shared.last().size() > limits::kMaxCellChars)
                    return makeError(QStringLiteral("shared string %1 has more than %2 characters, the limit").arg(shared.size() - 1).arg(limits::kMaxCellChars),
                                     source);
            }
        }
        return {};
    });
    if (!sharedRead)
        return sharedRead.error();

    const QString sheetPath = firstSheetPath(zip, source);
    std::map<int, std::map<int, QString>> cells; // row -> column -> text
    int currentRow = 0;
    qint64 cellCount = 0;
    auto sheetRead = parsePart(zip, sheetPath, QStringLiteral("the worksheet"), source, true, [&](QXmlStreamReader &xml) -> Result<void> {
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"row") {
                const auto r = xml.attributes().value(QLatin1String("r"));
                bool numbered = true;
                currentRow = r.isEmpty() ? currentRow + 1 : r.toInt(&numbered);
                if (!numbered || currentRow < 1)
                    return makeError(QStringLiteral("the worksheet names a row \"%1\"; rows are numbered from 1").arg(r.toString()), source);
                if (currentRow > limits::kMaxRows + 1)
                    return makeError(QStringLiteral("the sheet has more than %1 rows, the limit").arg(limits::kMaxRows), source);
            } else if (xml.isStartElement() && xml.name() == u"c") {
                const QString ref = xml.attributes().value(QLatin1String("r")).toString();
                const QString type = xml.attributes().value(QLatin1String("t")).toString();
                const int col = ref.isEmpty() ? int(cells[currentRow].size()) : columnIndex(ref);
                if (col < 0 || col >= limits::kMaxColumns)
                    return makeError(QStringLiteral("cell %1 is beyond the %2-column limit").arg(ref).arg(limits::kMaxColumns), source);
                QString value;
                if (type == u"inlineStr") {
                    value = readTextRuns(xml, QStringLiteral("c"));
                } else {
                    while (!xml.atEnd()) {
                        xml.readNext();
                        if (xml.isStartElement() && xml.name() == u"v")
                            value = xml.readElementText();
                        else if (xml.isEndElement() && xml.name() == u"c")
                            break;
                    }
                    if (type == u"s") {
                        bool ok = false;
                        const int idx = value.toInt(&ok);
                        if (!ok || idx < 0 || idx >= shared.size())
                            return makeError(QStringLiteral("cell %1 points to shared string %2, which does not exist").arg(ref, value), source);
                        value = shared[idx];
                    } else if (type == u"b") {
                        value = value == u"1" ? QStringLiteral("Yes") : QStringLiteral("No");
                    }
                }
                if (value.size() > limits::kMaxCellChars)
                    return makeError(QStringLiteral("cell %1 has more than %2 characters, the limit").arg(ref).arg(limits::kMaxCellChars), source);
                if (++cellCount > limits::kMaxCells)
                    return limits::tooManyCells(currentRow, source);
                cells[currentRow][col] = value;
            }
        }
        return Result<void>();
    });
    if (!sheetRead)
        return sheetRead.error();
    if (cells.empty())
        return makeError(QStringLiteral("the first worksheet is empty"), source);

    RawTable table;
    table.source = source;
    bool headerDone = false;
    int width = 0;
    qint64 kept = 0;
    for (const auto &[rowNumber, row] : cells) {
        // The last cell that is not blank: blanks far right are not padded into the row.
        auto lastNonBlank = row.rbegin();
        while (lastNonBlank != row.rend() && lastNonBlank->second.trimmed().isEmpty())
            ++lastNonBlank;
        const int last = lastNonBlank == row.rend() ? -1 : lastNonBlank->first;
        if (last < 0)
            continue; // a blank row
        // Checked before the row is padded to the header's width: a cell right of the header
        // is refused as a line with too many cells would be, without building 256 cells for it.
        if (headerDone && last >= width)
            return makeError(QStringLiteral("line %1 has a cell in column %2 but the header has %3 columns; the import was refused and nothing was changed")
                                 .arg(rowNumber)
                                 .arg(last + 1)
                                 .arg(width),
                             source + QStringLiteral(":%1").arg(rowNumber));
        const int n = headerDone ? width : last + 1;
        kept += n;
        if (kept > limits::kMaxCells)
            return limits::tooManyCells(rowNumber, source);
        QStringList list;
        list.reserve(n);
        for (int c = 0; c < n; ++c) {
            const auto it = row.find(c);
            list.append(it == row.end() ? QString() : it->second);
        }
        if (std::all_of(list.cbegin(), list.cend(), [](const QString &s) { return s.trimmed().isEmpty(); }))
            continue;
        if (!headerDone) {
            table.header = list;
            table.headerLine = rowNumber;
            width = int(list.size());
            headerDone = true;
        } else {
            table.rows.append(RawRow{rowNumber, list});
        }
    }
    return table;
}
} // namespace

Result<RawTable> readXlsx(const QString &path)
{
    QuaZip zip(path);
    return readZip(zip, QFileInfo(path).fileName());
}

Result<RawTable> readXlsxData(const QByteArray &data, const QString &source)
{
    if (data.size() > limits::kMaxFileBytes)
        return makeError(QStringLiteral("the file is %1 MiB; the limit is %2 MiB").arg(data.size() / (1024 * 1024)).arg(limits::kMaxFileBytes / (1024 * 1024)), source);
    QByteArray copy = data;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    return readZip(zip, source);
}

} // namespace pm
