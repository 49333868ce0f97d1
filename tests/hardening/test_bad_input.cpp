// The bad-input table of docs/BAD_INPUT.md, end to end through probematrix-cli: every kind of
// hostile or broken input gets exit code 2, a message that names the problem and where it
// is, and leaves the database file exactly as it was (same rows, integrity ok).
#include "DatabaseSnapshot.h"
#include "TestSupport.h"

#include "io/Limits.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

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
    QString m_seeded; // a closed database file with the bundled matrix, copied for each row

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString write(const QString &name, const QByteArray &data) const
    {
        writeFile(path(name), data);
        return path(name);
    }
    // A fresh copy of the seeded database for one row.
    QString freshDatabase(const QString &name) const
    {
        const QString p = path(name);
        QFile::remove(p);
        if (!QFile::copy(m_seeded, p))
            qFatal("cannot copy the seeded database");
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        BundledDatabase seeded;
        m_seeded = path(QStringLiteral("seeded.sqlite"));
        // Closing checkpoints the WAL into the main file, so one file holds everything.
        seeded.store.reset();
        seeded.db.reset();
        QVERIFY(QFile::copy(seeded.path, m_seeded));
        const auto snapshot = DatabaseSnapshot::of(m_seeded);
        QCOMPARE(snapshot.integrityCheck, QStringLiteral("ok"));
        QVERIFY(snapshot.rowCount > 157);
    }

    // Matrix files that `import` must refuse.
    void importRefuses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("messageParts"); // each must appear on stderr

        const QByteArray header = "Partner\ttechnique\tobservables\n";
        QTest::newRow("empty file") << write(QStringLiteral("empty.tsv"), QByteArray())
                                    << QStringList{QStringLiteral("empty.tsv"), QStringLiteral("the file is empty")};
        QTest::newRow("only blank lines") << write(QStringLiteral("blank.csv"), "\n \r\n\t\n")
                                          << QStringList{QStringLiteral("blank.csv"), QStringLiteral("the file is empty")};
        QByteArray garbage(4096, '\0');
        QRandomGenerator rng(42); // fixed seed: the same bytes on every run
        for (char &c : garbage)
            c = char(rng.bounded(256));
        garbage[100] = '\0';
        QTest::newRow("binary garbage") << write(QStringLiteral("garbage.tsv"), garbage)
                                        << QStringList{QStringLiteral("garbage.tsv"), QStringLiteral("binary file")};
        QTest::newRow("invalid UTF-8 (Latin-1 export)")
            << write(QStringLiteral("latin1.csv"), "Partner,technique\n[KIT],[XPS]\n[CNRS],[Spectroscopie d'imp\xe9" "dance]\n")
            << QStringList{QStringLiteral("latin1.csv"), QStringLiteral("not valid UTF-8"), QStringLiteral("line 3"),
                           QStringLiteral("save it as UTF-8")};
        QTest::newRow("a 5 MB cell")
            << write(QStringLiteral("bigcell.tsv"), header + "[KIT]\t[XPS]\t[" + QByteArray(5 * 1024 * 1024, 'x') + "]\n")
            << QStringList{QStringLiteral("bigcell.tsv:2"), QStringLiteral("the limit is %1").arg(limits::kMaxCellChars)};
        QTest::newRow("a line of 100000 tabs")
            << write(QStringLiteral("tabs.tsv"), header + "[KIT]" + QByteArray(100000, '\t') + "[XPS]\n")
            << QStringList{QStringLiteral("tabs.tsv"), QStringLiteral("line 2"),
                           QStringLiteral("the limit is %1").arg(limits::kMaxColumns)};
        QTest::newRow("a quoted CSV cell never closed")
            << write(QStringLiteral("open-quote.csv"), "Partner,technique\n[KIT],\"[XPS]\n[DTU],[XRD]\n")
            << QStringList{QStringLiteral("open-quote.csv"), QStringLiteral("line 2"), QStringLiteral("never closed")};
        QTest::newRow("wrong column count")
            << write(QStringLiteral("columns.tsv"), header + "[KIT]\t[XPS]\t[oxidation state]\n[DTU]\t[XRD]\n")
            << QStringList{QStringLiteral("columns.tsv:3"), QStringLiteral("line 3 has 2 cells but the header has 3"),
                           QStringLiteral("nothing was changed")};
        QTest::newRow("not a matrix (no Partner column)")
            << write(QStringLiteral("shopping.csv"), "item,price\nmilk,1\n")
            << QStringList{QStringLiteral("shopping.csv:1"), QStringLiteral("no \"Partner\" column")};
        QTest::newRow("JSON with wrong types")
            << write(QStringLiteral("types.json"), R"([{"cells": {"Partner": "[KIT]", "technique": 42}}])")
            << QStringList{QStringLiteral("types.json"), QStringLiteral("offering 1"), QStringLiteral("\"technique\" must be a string")};
        QTest::newRow("JSON with unbalanced brackets")
            << write(QStringLiteral("unbalanced.json"), R"([{"cells": {"Partner": "[KIT]", "technique": "[XPS]"})")
            << QStringList{QStringLiteral("unbalanced.json"), QStringLiteral("not valid JSON"), QStringLiteral("line 1")};
        QTest::newRow("JSON object instead of a list")
            << write(QStringLiteral("object.json"), R"({"Partner": "KIT"})")
            << QStringList{QStringLiteral("object.json"), QStringLiteral("expected a JSON array")};
        QTest::newRow("xlsx that is not a zip")
            << write(QStringLiteral("fake.xlsx"), "Partner\ttechnique\n")
            << QStringList{QStringLiteral("fake.xlsx"), QStringLiteral("not a valid .xlsx")};
        QTest::newRow("unknown file type")
            << write(QStringLiteral("matrix.pdf"), "%PDF-1.4")
            << QStringList{QStringLiteral("matrix.pdf"), QStringLiteral("unknown file type"), QStringLiteral(".xlsx")};
        {
            // Sparse: 65 MiB on paper, nothing on disk; refused before it is read.
            QFile big(path(QStringLiteral("huge.tsv")));
            if (!big.open(QIODevice::WriteOnly) || !big.resize(limits::kMaxFileBytes + 1024 * 1024))
                qFatal("cannot make the sparse file");
            QTest::newRow("a 65 MiB file") << big.fileName()
                                           << QStringList{QStringLiteral("huge.tsv"), QStringLiteral("the limit is 64 MiB")};
        }
        QTest::newRow("a missing file") << path(QStringLiteral("nowhere.tsv"))
                                        << QStringList{QStringLiteral("nowhere.tsv"), QStringLiteral("no such file")};
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
        QTest::newRow("no observables")
            << write(QStringLiteral("none.json"), R"({"title": "t", "sample": {"shape": "powder"}, "observables": []})")
            << QStringList{QStringLiteral("none.json"), QStringLiteral("observables"), QStringLiteral("non-empty list of observables")};
        QTest::newRow("unknown observable")
            << write(QStringLiteral("unknown-observable.json"), R"({"sample": {"shape": "powder"}, "observables": [{"name": "crystal strcture"}]})")
            << QStringList{QStringLiteral("unknown-observable.json"), QStringLiteral("observables[0]"), QStringLiteral("crystal strcture"),
                           QStringLiteral("crystal structure")};
        QTest::newRow("unknown partner")
            << write(QStringLiteral("unknown-partner.json"), R"({"origin": "Atlantis", "sample": {"shape": "powder"}, "observables": [{"name": "crystal structure"}]})")
            << QStringList{QStringLiteral("origin"), QStringLiteral("unknown partner \"Atlantis\""), QStringLiteral("did you mean")};
        QTest::newRow("wrong types")
            << write(QStringLiteral("types-request.json"), R"({"sample": {"shape": "powder"}, "observables": [{"name": 7}]})")
            << QStringList{QStringLiteral("types-request.json"), QStringLiteral("observables[0].name")};
        QTest::newRow("unbalanced brackets")
            << write(QStringLiteral("brackets.json"), R"({"observables": [{"name": "crystal structure"})")
            << QStringList{QStringLiteral("brackets.json")};
        QTest::newRow("empty file") << write(QStringLiteral("empty.json"), QByteArray()) << QStringList{QStringLiteral("empty.json")};
        QTest::newRow("binary garbage") << write(QStringLiteral("garbage.json"), QByteArray("\x00\xff\xfe{\x01", 5))
                                        << QStringList{QStringLiteral("garbage.json")};
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

    // Database files that must be refused without being touched.
    void databaseRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("messageParts");
        QTest::newRow("a text file") << write(QStringLiteral("notes.sqlite"), "these are my notes, not a database\n")
                                     << QStringList{QStringLiteral("notes.sqlite"), QStringLiteral("not a ProbeMatrix database")};
        QByteArray garbage(8192, '\0');
        QRandomGenerator rng(7);
        for (char &c : garbage)
            c = char(rng.bounded(256));
        QTest::newRow("binary garbage") << write(QStringLiteral("garbage.sqlite"), garbage)
                                        << QStringList{QStringLiteral("garbage.sqlite"), QStringLiteral("not a ProbeMatrix database")};
        {
            // An SQLite file of another program: tables, but no ProbeMatrix schema version.
            const QString p = path(QStringLiteral("other.sqlite"));
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
                db.setDatabaseName(p);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
            QTest::newRow("another program's database") << p << QStringList{QStringLiteral("other.sqlite"), QStringLiteral("another program")};
        }
        {
            const QString p = freshDatabase(QStringLiteral("newer.sqlite"));
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
                db.setDatabaseName(p);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.prepare(QStringLiteral("UPDATE meta SET value = :v WHERE key = 'schema_version'")));
                q.bindValue(QStringLiteral(":v"), QStringLiteral("99"));
                QVERIFY(q.exec());
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("newer"));
            QTest::newRow("a database from a newer version")
                << p << QStringList{QStringLiteral("newer.sqlite"), QStringLiteral("newer ProbeMatrix"), QStringLiteral("schema version 99")};
        }
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
