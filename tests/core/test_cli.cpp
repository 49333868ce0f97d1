// probematrix-cli end to end: a real process, real files, exit codes and messages.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace pm;
using namespace pm::test;

namespace {
using Run = CliRun;

Run cli(const QStringList &args)
{
    return runCli(args);
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString db(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void versionAndHelp()
    {
        const Run v = cli({QStringLiteral("--version")});
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.contains(QStringLiteral(PROBEMATRIX_VERSION)));
        const Run h = cli({QStringLiteral("--help")});
        QCOMPARE(h.code, 0);
        for (const char *command : {"import", "export", "list"})
            QVERIFY(h.out.contains(QLatin1String(command)));
    }

    void badUsageExitsTwo()
    {
        QCOMPARE(cli({}).code, 2);
        const Run unknown = cli({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("unknown command \"frobnicate\"")));
        const Run where = cli({QStringLiteral("--db"), db(QStringLiteral("w.sqlite")), QStringLiteral("list"), QStringLiteral("--where"), QStringLiteral("colour=red")});
        QCOMPARE(where.code, 2);
        QVERIFY(where.err.contains(QStringLiteral("valid fields")));
        QCOMPARE(cli({QStringLiteral("--db")}).code, 2);
    }

    void defaultDatabaseIsSeeded()
    {
        // ctest points XDG_DATA_HOME at a scratch folder: the default database is created there.
        const Run r = cli({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(rows.size() >= 136);
    }

    void importListExportRoundTrip()
    {
        const QString database = db(QStringLiteral("cli.sqlite"));
        const Run dry = cli({QStringLiteral("--db"), database, QStringLiteral("import"), dataPath(QStringLiteral("d52-figure1.tsv")), QStringLiteral("--dry-run")});
        QCOMPARE(dry.code, 0);
        QVERIFY(dry.out.contains(QStringLiteral("8 added")));
        QVERIFY(cli({QStringLiteral("--db"), database, QStringLiteral("list")}).out.contains(QStringLiteral("0 offering(s)")));

        const Run imp = cli({QStringLiteral("--db"), database, QStringLiteral("import"), dataPath(QStringLiteral("d52-figure1.tsv"))});
        QCOMPARE(imp.code, 0);
        QVERIFY(imp.out.contains(QStringLiteral("8 rows read, 8 added")));

        const Run json = cli({QStringLiteral("--db"), database, QStringLiteral("list"), QStringLiteral("--where"), QStringLiteral("partner=ILL|TUD"),
                              QStringLiteral("--where"), QStringLiteral("technique=ND"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        const QJsonObject ill = rows[0].toObject();
        for (const char *key : {"id", "cluster", "partner", "country", "technique", "abbreviation", "observables", "modes", "sources", "instruments",
                                "sample_preparation", "fidelity", "resources", "planning_time", "post_processing_time", "time_resolution_s",
                                "sample_reuse", "cell_available", "used_in_bigmap", "panet", "chameo", "contact"})
            QVERIFY2(ill.contains(QLatin1String(key)), key);
        QCOMPARE(ill.value(QStringLiteral("partner")).toString(), QStringLiteral("ILL"));
        QCOMPARE(ill.value(QStringLiteral("abbreviation")).toString(), QStringLiteral("ND"));
        QCOMPARE(ill.value(QStringLiteral("fidelity")).toString(), QStringLiteral("high/best"));
        QCOMPARE(ill.value(QStringLiteral("planning_time")).toString(), QStringLiteral("months"));
        QCOMPARE(ill.value(QStringLiteral("time_resolution_s")).toDouble(), 0.001);
        QCOMPARE(ill.value(QStringLiteral("modes")).toArray().size(), 2);
        QCOMPARE(ill.value(QStringLiteral("used_in_bigmap")).toBool(), true);
        QVERIFY(ill.value(QStringLiteral("sample_preparation")).isArray());

        const Run ordinal = cli({QStringLiteral("--db"), database, QStringLiteral("list"), QStringLiteral("--where"), QStringLiteral("resources<=cheap"),
                                 QStringLiteral("--where"), QStringLiteral("time_resolution<=10min"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(ordinal.code, 0);
        QCOMPARE(QJsonDocument::fromJson(ordinal.out.toUtf8()).array().size(), 3); // the three lab XRDs reach 5 min

        const QString exported = m_dir.filePath(QStringLiteral("out.tsv"));
        const Run exp = cli({QStringLiteral("--db"), database, QStringLiteral("export"), exported, QStringLiteral("--no-contacts")});
        QCOMPARE(exp.code, 0);
        const QByteArray exportedText = readFile(exported);
        QVERIFY(!exportedText.left(exportedText.indexOf('\n')).split('\t').contains("Contact")); // only the public "Contact point"
        const QString second = db(QStringLiteral("second.sqlite"));
        const Run reimport = cli({QStringLiteral("--db"), second, QStringLiteral("import"), exported});
        QCOMPARE(reimport.code, 0);
        QVERIFY(reimport.out.contains(QStringLiteral("8 added")));
        const Run noContacts = cli({QStringLiteral("--db"), second, QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--no-contacts")});
        QVERIFY(!QJsonDocument::fromJson(noContacts.out.toUtf8()).array().first().toObject().contains(QStringLiteral("contact")));
    }

    void badInputExitsTwoAndChangesNothing()
    {
        const QString database = db(QStringLiteral("bad.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), database, QStringLiteral("import"), dataPath(QStringLiteral("d52-figure1.tsv"))}).code, 0);
        const QString broken = m_dir.filePath(QStringLiteral("broken.tsv"));
        QByteArray data = readFile(dataPath(QStringLiteral("d52-figure1.tsv")));
        data.append("Diffraction\t[NEW]\t[Something]\n");
        writeFile(broken, data);
        const Run r = cli({QStringLiteral("--db"), database, QStringLiteral("import"), broken});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("broken.tsv:11")), qPrintable(r.err));
        QVERIFY(cli({QStringLiteral("--db"), database, QStringLiteral("list")}).out.contains(QStringLiteral("8 offering(s)")));
        const Run missing = cli({QStringLiteral("--db"), database, QStringLiteral("import"), m_dir.filePath(QStringLiteral("nope.tsv"))});
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(QStringLiteral("no such file")));
        const QString notDb = m_dir.filePath(QStringLiteral("notes.txt"));
        writeFile(notDb, "hello");
        const Run wrongDb = cli({QStringLiteral("--db"), notDb, QStringLiteral("list")});
        QCOMPARE(wrongDb.code, 2);
        QVERIFY(wrongDb.err.contains(QStringLiteral("not a ProbeMatrix database")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
