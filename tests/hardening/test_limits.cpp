// The limits of core/io/Limits.h, one by one and just past each: every reader refuses with a
// message that states the limit, before memory grows with the hostile part of the file.
#include "TestSupport.h"

#include "ask/Interpretation.h"
#include "io/Limits.h"
#include "io/RawTable.h"

#include <QBuffer>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace pm;
using namespace pm::test;

namespace {
// An .xlsx whose worksheet unpacks to `bytes` of XML (mostly blanks, so it packs to ~1/1000).
QByteArray xlsxWithSheetOf(qint64 bytes)
{
    QByteArray zipped;
    QBuffer buffer(&zipped);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create the zip");
    QuaZipFile part(&zip);
    if (!part.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml"))))
        qFatal("cannot add the sheet");
    const QByteArray head = "<worksheet><sheetData>";
    const QByteArray tail = "</sheetData></worksheet>";
    part.write(head);
    const QByteArray blanks(1024 * 1024, ' ');
    for (qint64 written = head.size() + tail.size(); written < bytes; written += blanks.size())
        part.write(blanks.constData(), std::min<qint64>(blanks.size(), bytes - written));
    part.write(tail);
    part.close();
    zip.close();
    return zipped;
}
} // namespace

class TestLimits : public QObject {
    Q_OBJECT

private slots:
    void delimitedRows()
    {
        QByteArray tsv = "Partner\ttechnique\n";
        tsv.reserve(tsv.size() + 6 * (limits::kMaxRows + 1));
        for (int i = 0; i <= limits::kMaxRows; ++i)
            tsv += "a\tb\n";
        const auto r = readDelimited(tsv, QLatin1Char('\t'), QStringLiteral("rows.tsv"));
        QVERIFY(!r);
        QVERIFY2(r.error().text().contains(QStringLiteral("more than %1 rows").arg(limits::kMaxRows)), qPrintable(r.error().text()));

        tsv.chop(4); // exactly at the limit: accepted
        const auto ok = readDelimited(tsv, QLatin1Char('\t'), QStringLiteral("rows.tsv"));
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().text()));
        QCOMPARE(ok->rows.size(), limits::kMaxRows);
    }

    void delimitedFileSize()
    {
        const QByteArray big(limits::kMaxFileBytes + 1, 'a');
        const auto r = readDelimited(big, QLatin1Char(','), QStringLiteral("big.csv"));
        QVERIFY(!r);
        QVERIFY2(r.error().text().contains(QStringLiteral("the limit is 64 MiB")), qPrintable(r.error().text()));
    }

    void jsonOfferings()
    {
        // Items of one byte: 500 001 "{}" items are now refused earlier, by the count of JSON
        // values (test_hostile_files: jsonValuesCounted); the row limit still holds.
        QByteArray json = "[";
        for (int i = 0; i <= limits::kMaxRows; ++i)
            json += "0,";
        json.chop(1);
        json += "]";
        const auto r = readJsonTable(json, QStringLiteral("many.json"));
        QVERIFY(!r);
        QVERIFY2(r.error().text().contains(QStringLiteral("more than %1 offerings").arg(limits::kMaxRows)), qPrintable(r.error().text()));
    }

    void xlsxRows()
    {
        const QByteArray small = makeXlsx({{QStringLiteral("Partner"), QStringLiteral("technique")}});
        QVERIFY(readXlsxData(small, QStringLiteral("ok.xlsx")));

        // A row numbered past the limit is refused without building the rows in between.
        QByteArray sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Partner</t></is></c></row>"
                           "<row r=\"" + QByteArray::number(limits::kMaxRows + 2) + "\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>"
                           "</sheetData></worksheet>";
        QByteArray zipped;
        {
            QBuffer buffer(&zipped);
            QuaZip zip(&buffer);
            QVERIFY(zip.open(QuaZip::mdCreate));
            QuaZipFile part(&zip);
            QVERIFY(part.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml"))));
            part.write(sheet);
            part.close();
            zip.close();
        }
        const auto r = readXlsxData(zipped, QStringLiteral("rows.xlsx"));
        QVERIFY(!r);
        QVERIFY2(r.error().text().contains(QStringLiteral("more than %1 rows").arg(limits::kMaxRows)), qPrintable(r.error().text()));
    }

    // A zip bomb: a few hundred KiB that unpack past the 64 MiB limit. Refused on the bytes
    // that really unpack (the size the archive states is not trusted).
    void xlsxZipBomb()
    {
        const QByteArray bomb = xlsxWithSheetOf(limits::kMaxXlsxUncompressedBytes + 1024 * 1024);
        QVERIFY(bomb.size() < 2 * 1024 * 1024);
        const auto r = readXlsxData(bomb, QStringLiteral("bomb.xlsx"));
        QVERIFY(!r);
        QVERIFY2(r.error().text().contains(QStringLiteral("more than %1 MiB, the limit").arg(limits::kMaxXlsxUncompressedBytes / (1024 * 1024))),
                 qPrintable(r.error().text()));
    }

    // A question longer than 1000 characters is refused before a word is read, in the core
    // (and so in the query bar) and by `probematrix-cli ask` (exit code 2); one of exactly
    // the limit is read.
    void questionLengthLimit()
    {
        BundledDatabase fixture;
        auto vocabulary = ask::AskVocabulary::forMatrix(fixture.matrix);
        QVERIFY(vocabulary);
        QString atLimit;
        while (atLimit.size() < ask::kMaxQuestionLength)
            atLimit += QStringLiteral("gas evolution operando ");
        atLimit.truncate(ask::kMaxQuestionLength);
        const ask::Interpretation read = ask::interpret(atLimit, fixture.matrix, *vocabulary);
        QVERIFY(read.refusal.isEmpty());
        QVERIFY(!read.understoodNothing());

        const QString tooLong = atLimit + u'x';
        const ask::Interpretation refused = ask::interpret(tooLong, fixture.matrix, *vocabulary);
        QVERIFY2(refused.refusal.contains(QStringLiteral("the limit is %1 characters").arg(ask::kMaxQuestionLength)), qPrintable(refused.refusal));
        QVERIFY(refused.refusal.contains(QString::number(tooLong.size())));
        QVERIFY(refused.understoodNothing());
        QVERIFY(refused.rows.isEmpty()); // never the whole matrix

        fixture.store.reset();
        fixture.db.reset();
        const CliRun cli = runCli({QStringLiteral("--db"), fixture.path, QStringLiteral("ask"), tooLong});
        QCOMPARE(cli.code, 2);
        QVERIFY2(cli.err.contains(QStringLiteral("the limit is %1 characters").arg(ask::kMaxQuestionLength)), qPrintable(cli.err));
        QVERIFY2(cli.err.size() < 500, "the message must not repeat the question");
        const CliRun ok = runCli({QStringLiteral("--db"), fixture.path, QStringLiteral("ask"), atLimit});
        QCOMPARE(ok.code, 0);
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "test_limits.moc"
