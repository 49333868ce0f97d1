// The bad-input table of docs/BAD_INPUT.md, end to end through probematrix-cli: every kind of
// hostile or broken input gets exit code 2, a message that names the problem and where it
// is, and leaves the database file exactly as it was (same rows, integrity ok).
#include "BadInputFiles.h"
#include "DatabaseSnapshot.h"
#include "SeededDatabase.h"
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <optional>

using namespace pm;
using namespace pm::test;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(cliPath(), args);
    if (!p.waitForFinished(300000))
        qFatal("probematrix-cli did not finish");
    if (p.exitStatus() != QProcess::NormalExit)
        return Run{-1, QString(), QStringLiteral("crashed: ") + QString::fromUtf8(p.readAllStandardError())};
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestBadInput : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<SeededDatabase> m_seed; // the bundled matrix, copied afresh for each case

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString write(const QString &name, const QByteArray &data) const
    {
        writeFile(path(name), data);
        return path(name);
    }
    QString freshDatabase(const QString &name) const { return m_seed->freshCopy(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_seed.emplace(m_dir.path());
        const auto snapshot = DatabaseSnapshot::of(m_seed->path());
        QCOMPARE(snapshot.integrityCheck, QStringLiteral("ok"));
        QVERIFY(snapshot.rowCount > 157);
    }

    // Matrix files that `import` must refuse.
    void importRefuses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("messageParts"); // each must appear on stderr
        for (const BadInputCase &c : badMatrixFiles(m_dir.path()))
            QTest::newRow(qPrintable(c.row)) << c.file << c.messageParts;
    }

    void importRefuses()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, messageParts);
        const QString db = freshDatabase(QStringLiteral("import.sqlite"));
        const auto before = DatabaseSnapshot::of(db);

        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), file});
        QCOMPARE(r.code, 2);
        for (const QString &part : messageParts)
            QVERIFY2(r.err.contains(part), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, r.err)));
        QVERIFY2(r.err.size() < 2000, "the message must be short, not the whole file");

        const auto after = DatabaseSnapshot::of(db);
        QCOMPARE(after.integrityCheck, QStringLiteral("ok"));
        QCOMPARE(after.rowCount, before.rowCount);
        QVERIFY(after.rows == before.rows);
    }

    // Cell-level problems are not refusals: the row is kept raw and the report names line and
    // column (D5.2 sheets are full of them; refusing would block a partner's whole file).
    void importReportsCellProblems()
    {
        const QString db = freshDatabase(QStringLiteral("cells.sqlite"));
        const QString file = write(QStringLiteral("cells.tsv"),
                                   "Partner\ttechnique\tobservables\tDegree of fidelity\n"
                                   "[Nowhere Lab]\t[X-ray fluorescence, XRF]\t[pixie dust content]\t[High\n");
        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), file});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Nowhere Lab")), qPrintable(r.out));       // an unknown partner is reported as new
        QVERIFY2(r.out.contains(QStringLiteral("pixie dust content")), qPrintable(r.out)); // an unknown observable is reported
        QVERIFY2(r.out.contains(QStringLiteral("unbalanced brackets")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("2")), qPrintable(r.out));
        QCOMPARE(DatabaseSnapshot::of(db).integrityCheck, QStringLiteral("ok"));
    }

    // Requests that `plan` must refuse, before anything is planned or stored.
    void planRefuses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("messageParts");
        for (const BadInputCase &c : badRequestFiles(m_dir.path()))
            QTest::newRow(qPrintable(c.row)) << c.file << c.messageParts;
    }

    void planRefuses()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, messageParts);
        const QString db = freshDatabase(QStringLiteral("plan.sqlite"));
        const auto before = DatabaseSnapshot::of(db);
        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("plan"), file});
        QCOMPARE(r.code, 2);
        for (const QString &part : messageParts)
            QVERIFY2(r.err.contains(part), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, r.err)));
        const auto after = DatabaseSnapshot::of(db);
        QCOMPARE(after.integrityCheck, QStringLiteral("ok"));
        QVERIFY(after.rows == before.rows);
    }

    // The access and amount flags of `plan` are checked as the file's fields are, the message
    // names the flag, and nothing is stored (issue 13).
    void planRefusesBadAccessFlags_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QStringList>("messageParts");
        QTest::newRow("route") << QStringList{QStringLiteral("--access-routes"), QStringLiteral("rapid,warp")}
                               << QStringList{QStringLiteral("--access-routes"), QStringLiteral("unknown access route \"warp\"")};
        QTest::newRow("negative") << QStringList{QStringLiteral("--available-amount"), QStringLiteral("-5 cm2")}
                                  << QStringList{QStringLiteral("--available-amount"), QStringLiteral("more than zero")};
        QTest::newRow("unit") << QStringList{QStringLiteral("--available-amount"), QStringLiteral("5 kg")}
                              << QStringList{QStringLiteral("--available-amount"), QStringLiteral("unknown unit \"kg\"")};
        QTest::newRow("preparation") << QStringList{QStringLiteral("--sample-preparation"), QStringLiteral("homemade")}
                                     << QStringList{QStringLiteral("--sample-preparation"), QStringLiteral("modified")};
    }

    void planRefusesBadAccessFlags()
    {
        QFETCH(QStringList, flags);
        QFETCH(QStringList, messageParts);
        const QString request = write(QStringLiteral("good.json"), R"({"sample": {"shape": "powder"}, "observables": [{"name": "crystal structure"}]})");
        const QString db = freshDatabase(QStringLiteral("flags.sqlite"));
        const auto before = DatabaseSnapshot::of(db);
        const Run r = cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("plan"), request} + flags);
        QCOMPARE(r.code, 2);
        for (const QString &part : messageParts)
            QVERIFY2(r.err.contains(part), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, r.err)));
        const auto after = DatabaseSnapshot::of(db);
        QVERIFY(after.rows == before.rows);
    }

    // Database files that must be refused without being touched.
    void databaseRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("messageParts");
        for (const BadInputCase &c : badDatabaseFiles(m_dir.path(), m_seed->path()))
            QTest::newRow(qPrintable(c.row)) << c.file << c.messageParts;
    }

    void databaseRefused()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, messageParts);
        const QByteArray before = fileBytes(file);
        for (const QStringList &command : {QStringList{QStringLiteral("list")},
                                           QStringList{QStringLiteral("import"), dataPath(QStringLiteral("d52-figure1.tsv"))}}) {
            const Run r = cli(QStringList{QStringLiteral("--db"), file} + command);
            QCOMPARE(r.code, 2);
            for (const QString &part : messageParts)
                QVERIFY2(r.err.contains(part), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(part, r.err)));
        }
        // Regression: refusing another program's SQLite file once switched it to WAL mode.
        QVERIFY2(fileBytes(file) == before, "a refused database file must not be modified");
        QVERIFY(!QFile::exists(file + QStringLiteral(".v99.bak")));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "test_bad_input.moc"
