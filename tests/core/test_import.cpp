// Importing the native D5.2 format, CSV, JSON and .xlsx; the round trip; refused files.
#include "TestSupport.h"

#include "io/Export.h"
#include "io/MatrixDecoder.h"
#include "io/RawTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace pm;
using namespace pm::test;

class TestImport : public QObject {
    Q_OBJECT

    static QList<QStringList> rawCells(const QList<Offering> &offerings)
    {
        QList<QStringList> out;
        for (const Offering &o : offerings) {
            QStringList row;
            for (int i = 0; i < kColumnCount; ++i)
                row.append(o.raw[size_t(i)]);
            out.append(row);
        }
        std::sort(out.begin(), out.end());
        return out;
    }

private slots:
    void figure1ImportsAsPrinted()
    {
        TempDatabase t;
        auto report = t.store->importFile(dataPath(QStringLiteral("d52-figure1.tsv")), {});
        QVERIFY2(report, qPrintable(report ? QString() : report.error().text()));
        QCOMPARE(report->rowsRead, 8);
        QCOMPARE(report->added, 8);
        QCOMPARE(report->legendLinesSkipped, 1);
        auto matrix = t.store->load();
        QVERIFY(matrix);
        QCOMPARE(matrix->offerings.size(), 8);

        const Offering &dtu = matrix->offerings[0];
        QCOMPARE(dtu.partner, QStringLiteral("DTU"));
        QCOMPARE(dtu.cluster, QStringLiteral("Diffraction")); // unbracketed cell
        QCOMPARE(dtu.cellState(Column::Fidelity), CellState::NotFilled); // [Low/medium/high/best]
        QCOMPARE(dtu.cellState(Column::CellAvailability), CellState::NotFilled); // [Yes/no]
        QCOMPARE(dtu.cellState(Column::Modes), CellState::NotFilled); // [Ex-situ/m-situ/Operando]
        QCOMPARE(dtu.cellState(Column::ProbedAreaResolution), CellState::Unknown); // [Null]

        const Offering &esrf = matrix->offerings[1];
        QCOMPARE(esrf.instruments, (QStringList{QStringLiteral("ID22"), QStringLiteral("ID31")}));
        QCOMPARE(esrf.fidelity, (OrdinalRange{3, 3}));
        QCOMPARE(esrf.cellState(Column::CellAvailability), CellState::Unknown); // empty
        QCOMPARE(esrf.cellState(Column::CrlAcquisition), CellState::Unknown);

        const Offering &cea = matrix->offerings[2];
        QCOMPARE(cea.technique, QStringLiteral("Neutron Diffraction"));
        QCOMPARE(cea.abbreviation, QStringLiteral("ND"));
        QCOMPARE(cea.observableResolution.size(), 4);
        QCOMPARE(*cea.probedAreaResolutionM, 5e-3);
        QCOMPARE(cea.usedInBigmap, std::optional<bool>(true)); // [yes]

        const Offering &ill = matrix->offerings[3];
        QCOMPARE(ill.fidelity, (OrdinalRange{2, 3})); // [High/best]
        QCOMPARE(ill.planningTime, (OrdinalRange{3, 3}));
        QCOMPARE(ill.postProcessingTime, (OrdinalRange{0, 1}));

        const Offering &tudLab = matrix->offerings[5];
        QCOMPARE(*tudLab.timeResolutionS, 300.0); // 5 < Δt < 30 mins
        QCOMPARE(tudLab.sources, (QStringList{QStringLiteral("Cu"), QStringLiteral("Co"), QStringLiteral("Mo"), QStringLiteral("Ag")}));
        QCOMPARE(*tudLab.penetrationDepthM, 1e-3);

        const Offering &dtuLab = matrix->offerings[7];
        QCOMPARE(dtuLab.sampleReuse, std::optional<bool>(false));
    }

    void roundTripThroughEveryExportFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("tsv") << int(ExportFormat::Tsv) << QStringLiteral("tsv");
        QTest::newRow("csv") << int(ExportFormat::Csv) << QStringLiteral("csv");
        QTest::newRow("json") << int(ExportFormat::Json) << QStringLiteral("json");
    }

    void roundTripThroughEveryExportFormat()
    {
        QFETCH(int, format);
        QFETCH(QString, suffix);
        TempDatabase first;
        QVERIFY(first.store->importFile(dataPath(QStringLiteral("d52-figure1.tsv")), {}));
        auto before = first.store->load();
        QVERIFY(before);
        // A cell with a comma, a quote and a tab survives CSV quoting.
        auto edited = first.store->updateCell(before->offerings[0].id, Column::DetectionLimit, QStringLiteral("[crystallinity, \"5 nm\"]"),
                                                  before->offerings[0].version);
        QVERIFY2(edited, qPrintable(edited ? QString() : edited.error().text()));
        before = first.store->load();
        const QString path = first.dir.filePath(QStringLiteral("export.") + suffix);
        QVERIFY(writeFileAtomically(path, exportOfferings(before->offerings, *before, ExportOptions{ExportFormat(format), true})));

        TempDatabase second;
        auto report = second.store->importFile(path, {});
        QVERIFY2(report, qPrintable(report ? QString() : report.error().text()));
        QCOMPARE(report->added, 8);
        auto after = second.store->load();
        QCOMPARE(rawCells(after->offerings), rawCells(before->offerings));
        // Importing the same file again changes nothing.
        auto again = second.store->importFile(path, {});
        QCOMPARE(again->unchanged, 8);
        QCOMPARE(again->added, 0);
    }

    void noContactsLeavesOutPersonalData()
    {
        TempDatabase t;
        QVERIFY(t.store->importFile(dataPath(QStringLiteral("d52-figure1.tsv")), {}));
        auto m = t.store->load();
        QVERIFY(t.store->updateCell(m->offerings[0].id, Column::Contact, QStringLiteral("Jane Doe <jane@example.org>"), m->offerings[0].version));
        m = t.store->load();
        const QByteArray with = exportOfferings(m->offerings, *m, {ExportFormat::Tsv, true});
        const QByteArray without = exportOfferings(m->offerings, *m, {ExportFormat::Tsv, false});
        const QByteArray json = exportOfferings(m->offerings, *m, {ExportFormat::Json, false});
        QVERIFY(with.contains("jane@example.org"));
        QVERIFY(!without.contains("jane@example.org"));
        const QList<QByteArray> header = without.left(without.indexOf('\n')).split('\t');
        QVERIFY(!header.contains("Contact"));
        QVERIFY(!json.contains("jane@example.org"));
    }

    // Issue 13: every row says whom to ask publicly (the site's user office or web page, from
    // sites.json), whether or not personal contacts are exported; re-importing the file does
    // not report that column as unknown.
    void exportGivesEachRowItsPublicContactPoint()
    {
        TempDatabase t;
        QVERIFY(t.store->importFile(dataPath(QStringLiteral("d52-figure1.tsv")), {}));
        auto m = t.store->load();
        QVERIFY(m);
        const QByteArray tsv = exportOfferings(m->offerings, *m, {ExportFormat::Tsv, false});
        const QList<QByteArray> lines = tsv.trimmed().split('\n');
        const QList<QByteArray> header = lines.first().split('\t');
        QCOMPARE(header.last(), QByteArray("Contact point"));
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray point = lines[i].split('\t').last();
            QVERIFY2(point.startsWith("DTU") || point.contains("https://"), lines[i].constData());
            QVERIFY(!point.contains('@')); // a web page or office, never a personal address
        }
        const auto dtu = std::find_if(m->offerings.begin(), m->offerings.end(), [](const Offering &o) { return o.partner == QLatin1String("DTU"); });
        QVERIFY(dtu != m->offerings.end() && m->partner(QStringLiteral("DTU")));
        // DTU's synchrotron XRD is measured at MAX IV (a placement of sites.json): its user office.
        QCOMPARE(m->contactPoint(*dtu), m->sites.siteOf(*m->partner(QStringLiteral("DTU")), *dtu)->contactPoint());
        const QJsonArray json = QJsonDocument::fromJson(exportOfferings(m->offerings, *m, {ExportFormat::Json, false})).array();
        QCOMPARE(json.size(), m->offerings.size());
        QVERIFY(json.first().toObject().value(QStringLiteral("contact_point")).toString().contains(QStringLiteral("https://")));

        const QString path = t.dir.filePath(QStringLiteral("with-contact-point.tsv"));
        QVERIFY(writeFileAtomically(path, tsv));
        TempDatabase second;
        auto report = second.store->importFile(path, {});
        QVERIFY2(report, qPrintable(report ? QString() : report.error().text()));
        QVERIFY2(report->ignoredColumns.isEmpty(), qPrintable(report->ignoredColumns.join(QStringLiteral(", "))));
    }

    void xlsxImport()
    {
        const auto table = readDelimited(readFile(dataPath(QStringLiteral("d52-figure1.tsv"))), QLatin1Char('\t'), QStringLiteral("fig1"));
        QVERIFY(table);
        QList<QStringList> rows{table->header};
        for (const RawRow &r : table->rows)
            rows.append(r.cells);
        TempDatabase t;
        const QString path = t.dir.filePath(QStringLiteral("matrix.xlsx"));
        writeFile(path, makeXlsx(rows));
        auto report = t.store->importFile(path, {});
        QVERIFY2(report, qPrintable(report ? QString() : report.error().text()));
        QCOMPARE(report->added, 8);
        auto fromXlsx = t.store->load();

        TempDatabase reference;
        QVERIFY(reference.store->importFile(dataPath(QStringLiteral("d52-figure1.tsv")), {}));
        QCOMPARE(rawCells(fromXlsx->offerings), rawCells(reference.store->load()->offerings));
    }

    void brokenRowRefusesTheWholeImport()
    {
        TempDatabase t;
        QVERIFY(t.store->importFile(dataPath(QStringLiteral("d52-figure1.tsv")), {}));
        const auto before = t.store->load()->offerings;
        QByteArray data = readFile(dataPath(QStringLiteral("d52-figure1.tsv")));
        data.replace("[Neutron]\t", "[Neutron]\t[Changed]\t"); // two rows now differ... and have 29 cells
        data.replace("[DTU]", "[DTU2]");                       // and there would be new rows
        const QString path = t.dir.filePath(QStringLiteral("broken.tsv"));
        writeFile(path, data);
        auto report = t.store->importFile(path, {});
        QVERIFY(!report);
        QVERIFY2(report.error().text().contains(QStringLiteral("line 5 has 29 cells but the header has 28")), qPrintable(report.error().text()));
        QVERIFY(report.error().text().contains(QStringLiteral("broken.tsv:5")));
        QCOMPARE(rawCells(t.store->load()->offerings), rawCells(before));
    }

    void failureHalfwayLeavesTheDatabaseUnchanged()
    {
        // A row without a technique is only found after others were parsed: still nothing changes.
        TempDatabase t;
        QByteArray data = readFile(dataPath(QStringLiteral("d52-figure1.tsv")));
        data.replace("[Laboratory X-ray Diffraction, lab XRD]\t[1 to 50 mm2]\t[Null]\t[101 μm with Cu (8 keV)]", "[Null]\t[1 to 50 mm2]\t[Null]\t[101 μm with Cu (8 keV)]");
        const QString path = t.dir.filePath(QStringLiteral("notechnique.tsv"));
        writeFile(path, data);
        auto report = t.store->importFile(path, {});
        QVERIFY(!report);
        QVERIFY2(report.error().text().contains(QStringLiteral("no technique")), qPrintable(report.error().text()));
        QCOMPARE(t.store->offeringCount(), 0);
    }

    void dryRunWritesNothing()
    {
        TempDatabase t;
        auto report = t.store->importFile(dataPath(QStringLiteral("d52-figure1.tsv")), ImportOptions{true, false});
        QVERIFY(report);
        QVERIFY(report->dryRun);
        QCOMPARE(report->added, 8);
        QCOMPARE(t.store->offeringCount(), 0);
        QVERIFY(report->toText().contains(QStringLiteral("dry run")));
    }

    void reimportUpdatesAndReplaceRemoves()
    {
        TempDatabase t;
        QVERIFY(t.store->importFile(dataPath(QStringLiteral("d52-figure1.tsv")), {}));
        QByteArray data = readFile(dataPath(QStringLiteral("d52-figure1.tsv")));
        // Change one row's resources, drop another row.
        QList<QByteArray> lines = data.split('\n');
        lines[2].replace("[Expensive]", "[Medium]"); // DTU XRD
        lines.removeAt(9);                           // DTU lab XRD
        const QString path = t.dir.filePath(QStringLiteral("changed.tsv"));
        writeFile(path, lines.join('\n'));
        auto report = t.store->importFile(path, {});
        QVERIFY(report);
        QCOMPARE(report->updated, 1);
        QCOMPARE(report->unchanged, 6);
        QCOMPARE(t.store->offeringCount(), 8);
        auto replaced = t.store->importFile(path, ImportOptions{false, true});
        QVERIFY(replaced);
        QCOMPARE(replaced->removed, 1);
        QCOMPARE(t.store->offeringCount(), 7);
        // The update is in the history, with who and what.
        const auto m = t.store->load();
        const auto history = t.store->history(m->offerings[0].id);
        QVERIFY(history);
        QVERIFY(std::any_of(history->cbegin(), history->cend(), [](const HistoryEntry &h) {
            return h.action == u"update" && h.column == u"resources" && h.oldValue == u"[Expensive]" && h.newValue == u"[Medium]";
        }));
    }

    void issuesNameLineColumnAndRawText()
    {
        TempDatabase t;
        QByteArray data = readFile(dataPath(QStringLiteral("d52-figure1.tsv")));
        data.replace("[Cheap]\t[Hours]\t[Hours/Days]\t[High, High, Medium, High]", "[Cheapish]\t[Hours]\t[Hours/Days]\t[High, High, Medium, High]");
        const QString path = t.dir.filePath(QStringLiteral("issues.tsv"));
        writeFile(path, data);
        auto report = t.store->importFile(path, {});
        QVERIFY(report);
        const auto it = std::find_if(report->issues.cbegin(), report->issues.cend(), [](const ImportIssue &i) { return i.raw == u"[Cheapish]"; });
        QVERIFY(it != report->issues.cend());
        QCOMPARE(it->line, 9);
        QCOMPARE(it->column, QStringLiteral("Resources"));
    }

    void unknownPartnerIsAddedAndReported()
    {
        TempDatabase t;
        QByteArray data = readFile(dataPath(QStringLiteral("d52-figure1.tsv")));
        data.replace("[TUD]\t[Neutron Diffraction, ND]", "[Atlantis Lab]\t[Neutron Diffraction, ND]");
        const QString path = t.dir.filePath(QStringLiteral("partner.tsv"));
        writeFile(path, data);
        auto report = t.store->importFile(path, {});
        QVERIFY(report);
        QVERIFY(report->newPartners.contains(QStringLiteral("Atlantis Lab")));
        QVERIFY(report->toText().contains(QStringLiteral("Atlantis Lab")));
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QStringLiteral("empty.tsv") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("binary") << QStringLiteral("binary.tsv") << QByteArray("\x00\x01\x02garbage", 10) << QStringLiteral("binary");
        QTest::newRow("invalid utf-8") << QStringLiteral("latin1.tsv") << QByteArray("Cluster\tPartner\ttechnique\nDiffraction\t[DTU]\t[Diffraction \xe9]\n")
                                       << QStringLiteral("not valid UTF-8 text (first bad byte on line 2)");
        QTest::newRow("no header") << QStringLiteral("noheader.tsv") << QByteArray("a\tb\tc\n1\t2\t3\n") << QStringLiteral("no \"Partner\" column");
        QTest::newRow("unterminated quote") << QStringLiteral("quote.csv") << QByteArray("Partner,technique\n\"DTU,XRD\n") << QStringLiteral("never closed");
        QTest::newRow("json wrong type") << QStringLiteral("wrong.json") << QByteArray("{\"offerings\": 3}") << QStringLiteral("expected a JSON array");
        QTest::newRow("json broken") << QStringLiteral("broken.json") << QByteArray("[{\"cells\": ") << QStringLiteral("not valid JSON");
        QTest::newRow("xlsx not zip") << QStringLiteral("fake.xlsx") << QByteArray("this is not a zip") << QStringLiteral("not a valid .xlsx");
        QTest::newRow("huge cell") << QStringLiteral("huge.tsv") << (QByteArray("Partner\ttechnique\n[DTU]\t") + QByteArray(5 * 1024 * 1024, 'x') + "\n")
                                   << QStringLiteral("the limit is 65536");
        QTest::newRow("unknown suffix") << QStringLiteral("matrix.pdf") << QByteArray("%PDF") << QStringLiteral("unknown file type");
    }

    void badFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        TempDatabase t;
        const QString path = t.dir.filePath(name);
        writeFile(path, content);
        auto report = t.store->importFile(path, {});
        QVERIFY(!report);
        QVERIFY2(report.error().text().contains(message), qPrintable(report.error().text()));
        QVERIFY2(report.error().text().contains(name), qPrintable(report.error().text()));
        QCOMPARE(t.store->offeringCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "test_import.moc"
