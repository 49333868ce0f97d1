// Finding 5 of issue 15 (import limits that did not bound memory) and the UTF-16 item of
// finding 9. Each hostile file of the review is refused by the reader itself, before the
// rows are padded to the header's width; a name that points to a device is refused without
// reading it; Excel's "Unicode text" (UTF-16 with a byte-order mark) is imported.
// Peak memory on the full-size files: scripts/import-memory.sh.
#include "TestSupport.h"

#include "io/Limits.h"
#include "io/RawTable.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace pm;
using namespace pm::test;

namespace {
QByteArray zipOf(const QList<std::pair<QString, QByteArray>> &parts)
{
    QByteArray zipped;
    QBuffer buffer(&zipped);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create the zip");
    for (const auto &[name, data] : parts) {
        QuaZipFile part(&zip);
        if (!part.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            qFatal("cannot add a part");
        part.write(data);
        part.close();
    }
    zip.close();
    return zipped;
}

QByteArray inlineCell(const QByteArray &ref, const QByteArray &text)
{
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

const QByteArray kHeaderRow = "<row r=\"1\">" + inlineCell("A1", "Partner") + inlineCell("B1", "Technique") + "</row>";

QByteArray sheet(const QByteArray &rows)
{
    return "<worksheet><sheetData>" + kHeaderRow + rows + "</sheetData></worksheet>";
}

QString errorOf(const Result<RawTable> &r)
{
    return r ? QStringLiteral("<accepted>") : r.error().text();
}
} // namespace

class TestHostileFiles : public QObject {
    Q_OBJECT

private slots:
    // Issue table, row 1: rows with one cell in column IV. Before, each was padded to 256
    // cells (1.7 GB for 200 000 rows) and only the decoder refused the width.
    void xlsxCellRightOfTheHeader()
    {
        QByteArray rows;
        for (int r = 2; r < 2002; ++r)
            rows += "<row r=\"" + QByteArray::number(r) + "\">" + inlineCell("IV" + QByteArray::number(r), "x") + "</row>";
        const auto r = readXlsxData(zipOf({{QStringLiteral("xl/worksheets/sheet1.xml"), sheet(rows)}}), QStringLiteral("wide.xlsx"));
        QVERIFY(!r);
        QVERIFY2(r.error().text().contains(QStringLiteral("line 2 has a cell in column 256 but the header has 2 columns")), qPrintable(errorOf(r)));

        // Blanks right of the header are not cells: the row is read at the header's width.
        const QByteArray blanks = "<row r=\"2\">" + inlineCell("A2", "KIT") + inlineCell("B2", "XRD") + inlineCell("IV2", " ") + "</row>";
        const auto ok = readXlsxData(zipOf({{QStringLiteral("xl/worksheets/sheet1.xml"), sheet(blanks)}}), QStringLiteral("blanks.xlsx"));
        QVERIFY2(ok, qPrintable(errorOf(ok)));
        QCOMPARE(ok->rows.size(), 1);
        QCOMPARE(ok->rows[0].cells, (QStringList{QStringLiteral("KIT"), QStringLiteral("XRD")}));
    }

    // Issue table, row 3: 10 million empty shared strings took 418 MB. Capped at kMaxCells.
    void xlsxSharedStringsCapped()
    {
        QByteArray sst = "<sst>";
        sst.reserve(6 * (limits::kMaxCells + 2));
        for (qint64 i = 0; i <= limits::kMaxCells; ++i)
            sst += "<si/>";
        sst += "</sst>";
        const QByteArray data = zipOf({{QStringLiteral("xl/worksheets/sheet1.xml"), sheet({})}, {QStringLiteral("xl/sharedStrings.xml"), sst}});
        const auto r = readXlsxData(data, QStringLiteral("sst.xlsx"));
        QVERIFY(!r);
        QVERIFY2(r.error().text().contains(QStringLiteral("more than %1 shared strings, the limit").arg(limits::kMaxCells)), qPrintable(errorOf(r)));

        sst.chop(QByteArray("<si/></sst>").size());
        sst += "</sst>"; // exactly at the limit: read
        const auto ok = readXlsxData(zipOf({{QStringLiteral("xl/worksheets/sheet1.xml"), sheet({})}, {QStringLiteral("xl/sharedStrings.xml"), sst}}),
                                     QStringLiteral("sst.xlsx"));
        QVERIFY2(ok, qPrintable(errorOf(ok)));
    }

    // Issue table, row 2: one offering with 256 cell names, then near-empty ones, each padded to
    // 256 cells (1.68 GB). Refused on rows x columns before a row is built.
    void jsonWideThenEmpty()
    {
        // 200 names besides the known columns (which the JSON header always has): within the
        // 256-column limit, so only the cell bound can refuse it.
        QByteArray json = "[{\"cells\":{\"Partner\":\"KIT\",\"Technique\":\"XRD\"";
        for (int i = 0; i < 200; ++i)
            json += ",\"extra " + QByteArray::number(i) + "\":\"\"";
        json += "}}";
        const qint64 rowsPastTheLimit = limits::kMaxCells / 200 + 1;
        for (qint64 i = 0; i < rowsPastTheLimit; ++i)
            json += ",{\"cells\":{\"Partner\":\"KIT\"}}";
        json += "]";
        const auto r = readJsonTable(json, QStringLiteral("wide.json"));
        QVERIFY(!r);
        QVERIFY2(r.error().text().contains(QStringLiteral("make more than %1 cells, the limit").arg(limits::kMaxCells)), qPrintable(errorOf(r)));
    }

    // JSON costs memory per value once parsed (60 MiB of "{}," took 400 MB, of short members
    // 970 MB): counted on the bytes before parsing.
    void jsonValuesCounted()
    {
        QByteArray json = "[";
        json.reserve(3 * limits::kMaxCells + 8);
        for (qint64 i = 0; i < limits::kMaxCells; ++i)
            json += "{},";
        json += "{}]";
        const auto r = readJsonTable(json, QStringLiteral("objects.json"));
        QVERIFY(!r);
        QVERIFY2(r.error().text().contains(QStringLiteral("more than %1 JSON values").arg(limits::kMaxCells)), qPrintable(errorOf(r)));
    }

    // The same bound for TSV/CSV, counted as rows are kept.
    void delimitedCellsCapped()
    {
        QStringList names{QStringLiteral("Partner"), QStringLiteral("Technique")};
        for (int i = 2; i < limits::kMaxColumns; ++i)
            names.append(QStringLiteral("c%1").arg(i));
        QByteArray tsv = names.join(u'\t').toUtf8() + '\n';
        QByteArray line = QByteArray("a\t").repeated(limits::kMaxColumns);
        line.chop(1);
        line += '\n';
        const qint64 rows = limits::kMaxCells / limits::kMaxColumns;
        tsv += line.repeated(rows); // exactly at the limit or just under
        QVERIFY2(readDelimited(tsv, u'\t', QStringLiteral("cells.tsv")), "just under the cell limit must read");
        tsv += line;
        const auto r = readDelimited(tsv, u'\t', QStringLiteral("cells.tsv"));
        QVERIFY(!r);
        QVERIFY2(r.error().text().contains(QStringLiteral("more than %1 cells").arg(limits::kMaxCells)), qPrintable(errorOf(r)));
    }

    // A .tsv name that points to /dev/zero: before, size() said 0, readAll() never ended
    // (std::bad_alloc). Refused by what the name points to, without reading; the CLI too.
    void deviceBehindATableName()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath(QStringLiteral("matrix.tsv"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), link));
        QElapsedTimer clock;
        clock.start();
        const auto r = readTableFile(link);
        QVERIFY(!r);
        QVERIFY2(r.error().text().contains(QStringLiteral("not a regular file")), qPrintable(errorOf(r)));
        QVERIFY(clock.elapsed() < 1000);
        const QString folder = dir.filePath(QStringLiteral("folder.csv"));
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(readTableFile(folder).error().text().contains(QStringLiteral("it is a folder")));

        TempDatabase fixture;
        fixture.store.reset();
        fixture.db.reset();
        const CliRun cli = runCli({QStringLiteral("--db"), fixture.path, QStringLiteral("import"), QStringLiteral("--dry-run"), link});
        QCOMPARE(cli.code, 2);
        QVERIFY2(cli.err.contains(QStringLiteral("matrix.tsv: this is not a regular file")), qPrintable(cli.err));
    }

    // Finding 9: Excel's "Unicode text" is UTF-16 (little-endian, with a byte-order mark) and
    // tab-separated. Before, its NUL bytes made it "a binary file".
    void utf16TextIsImported_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("UTF-16LE (Excel)") << QStringLiteral("le");
        QTest::newRow("UTF-16BE") << QStringLiteral("be");
    }
    void utf16TextIsImported()
    {
        QFETCH(QString, encoding);
        const QString text = QStringLiteral("Partner\tTechnique\tInstrument\r\nKIT\tXRD\tBruker D8 – Cu Kα\r\nCNRS\tRaman\t\r\n");
        QByteArray bytes = encoding == u"le" ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
        for (const QChar c : text) {
            const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
            bytes.append(encoding == u"le" ? lo : hi);
            bytes.append(encoding == u"le" ? hi : lo);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("unicode.txt"));
        writeFile(path, bytes);
        const auto r = readTableFile(path);
        QVERIFY2(r, qPrintable(errorOf(r)));
        QCOMPARE(r->header, (QStringList{QStringLiteral("Partner"), QStringLiteral("Technique"), QStringLiteral("Instrument")}));
        QCOMPARE(r->rows.size(), 2);
        QCOMPARE(r->rows[0].cells[2], QStringLiteral("Bruker D8 – Cu Kα"));
        QCOMPARE(r->rows[1].line, 3);

        // Damaged UTF-16 (an odd byte at the end) and a UTF-16 NUL character are refused.
        const auto odd = readDelimited(bytes + 'x', u'\t', QStringLiteral("odd.txt"));
        QVERIFY(!odd);
        QVERIFY2(odd.error().text().contains(QStringLiteral("UTF-16")), qPrintable(errorOf(odd)));
        const auto nul = readDelimited(bytes + QByteArray(2, '\0'), u'\t', QStringLiteral("nul.txt"));
        QVERIFY(!nul);
        QVERIFY2(nul.error().text().contains(QStringLiteral("binary")), qPrintable(errorOf(nul)));
    }

    // Decoding in chunks keeps a character cut by a chunk boundary, and still names the line
    // of a bad byte far into the file.
    void chunkBoundaries()
    {
        QByteArray tsv = "Partner\tTechnique\n";
        const QByteArray row = QStringLiteral("KIT\tXRD – α\n").toUtf8(); // multi-byte characters
        while (tsv.size() < 3 * 1024 * 1024)
            tsv += row;
        const auto ok = readDelimited(tsv, u'\t', QStringLiteral("long.tsv"));
        QVERIFY2(ok, qPrintable(errorOf(ok)));
        for (const RawRow &r : ok->rows)
            QCOMPARE(r.cells[1], QStringLiteral("XRD – α"));
        const int lines = int(tsv.count('\n'));
        const auto bad = readDelimited(tsv + "KIT\t\xE9t\xE9\n", u'\t', QStringLiteral("latin1.tsv"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().text().contains(QStringLiteral("first bad byte on line %1").arg(lines + 1)), qPrintable(errorOf(bad)));
        const auto cut = readDelimited(tsv + "KIT\tXRD \xCE", u'\t', QStringLiteral("cut.tsv")); // α cut in half at the end
        QVERIFY(!cut);
        QVERIFY2(cut.error().text().contains(QStringLiteral("not valid UTF-8")), qPrintable(errorOf(cut)));
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "test_hostile_files.moc"
