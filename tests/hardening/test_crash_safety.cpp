// Crash safety: `probematrix-cli import` killed with SIGKILL at several points of a large
// import leaves the database exactly as it was before (PRAGMA integrity_check ok, the same
// rows in every table), and the next open works normally.
//
// The kill points are placed on the import's own timeline, measured once by a complete
// calibration run: while the file is still being read and parsed, at the moment the write
// transaction starts (another connection can no longer take the write lock), and at several
// fractions of the transaction's duration. A kill that still finds the write lock held is
// by construction before the commit, and must leave the database as before.
#include "DatabaseSnapshot.h"
#include "SeededDatabase.h"
#include "TestSupport.h"
#include "WriteLockProbe.h"

#include "store/BundledMatrix.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <optional>

#include <csignal>
#include <sys/types.h>

using namespace pm;
using namespace pm::test;

namespace {

struct Timeline {
    qint64 transactionStartMs = -1; // since process start; -1 when never seen
    qint64 endMs = 0;
};

enum class Point { WhileParsing, TransactionStart, Fraction };

struct Outcome {
    bool killed = false;
    bool killedInsideTransaction = false; // the write lock was still held right before SIGKILL
    qint64 atMs = 0;
};

// Runs the import on `db` and, unless `killAtMs` < 0, kills it with SIGKILL once the
// timeline reaches that point (ms since process start, or since the transaction started
// when `fromTransaction`).
Outcome runImport(const QString &db, const QString &file, qint64 killAtMs, bool fromTransaction, Timeline *timeline)
{
    WriteLockProbe probe(db);
    QProcess p;
    QElapsedTimer clock;
    p.start(cliPath(), {QStringLiteral("--db"), db, QStringLiteral("import"), file});
    if (!p.waitForStarted(30000))
        qFatal("probematrix-cli did not start");
    clock.start();
    Outcome outcome;
    qint64 transactionStart = -1;
    while (p.state() != QProcess::NotRunning) {
        const bool writing = probe.writerActive();
        const qint64 now = clock.elapsed();
        if (writing && transactionStart < 0)
            transactionStart = now;
        if (killAtMs >= 0) {
            const bool due = fromTransaction ? (transactionStart >= 0 && now - transactionStart >= killAtMs) : now >= killAtMs;
            if (due) {
                outcome.killedInsideTransaction = probe.writerActive();
                // Our own child, by its id.
                ::kill(pid_t(p.processId()), SIGKILL);
                p.waitForFinished(30000);
                outcome.killed = p.exitStatus() == QProcess::CrashExit;
                outcome.atMs = now;
                break;
            }
        }
        p.waitForFinished(1);
    }
    p.waitForFinished(30000);
    if (timeline) {
        timeline->transactionStartMs = transactionStart;
        timeline->endMs = clock.elapsed();
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qFatal("the calibration import failed: %s", p.readAllStandardError().constData());
    }
    return outcome;
}

// The bundled matrix many times over, each copy a new technique name, so that the import
// adds thousands of offerings in one transaction.
QByteArray largeMatrixFile(int copies)
{
    const QList<QByteArray> lines = bundled::matrixTsv().split('\n');
    QByteArray out = lines.first() + '\n';
    for (int k = 0; k < copies; ++k) {
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QList<QByteArray> cells = lines[i].split('\t');
            if (cells.size() < 3)
                continue;
            // Partner, technique: "[X-ray diffraction, XRD]" -> "[X-ray diffraction k7, XRD]"
            QByteArray &technique = cells[2];
            const qsizetype comma = technique.indexOf(',');
            const QByteArray tag = " k" + QByteArray::number(k);
            if (comma > 0)
                technique.insert(comma, tag);
            else
                technique.insert(technique.endsWith(']') ? technique.size() - 1 : technique.size(), tag);
            out += cells.join('\t') + '\n';
        }
    }
    return out;
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<SeededDatabase> m_seed; // the bundled matrix, copied afresh for each case
    QString m_file;
    DatabaseSnapshot m_before;
    Timeline m_timeline;

    QString freshDatabase(const QString &name) const { return m_seed->freshCopy(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_seed.emplace(m_dir.path());
        m_before = DatabaseSnapshot::of(m_seed->path());
        QCOMPARE(m_before.integrityCheck, QStringLiteral("ok"));

        m_file = m_dir.filePath(QStringLiteral("large.tsv"));
        writeFile(m_file, largeMatrixFile(40)); // ~6000 new offerings in one transaction

        // Calibration: the whole import, once, to place the kill points on its timeline.
        const QString db = freshDatabase(QStringLiteral("calibration.sqlite"));
        runImport(db, m_file, -1, false, &m_timeline);
        qInfo("import timeline: write transaction from %lld ms, process end at %lld ms",
              m_timeline.transactionStartMs, m_timeline.endMs);
        QVERIFY2(m_timeline.transactionStartMs >= 0, "the import's write transaction was never observed");
        const auto after = DatabaseSnapshot::of(db);
        QCOMPARE(after.integrityCheck, QStringLiteral("ok"));
        QVERIFY2(after.rowCount > m_before.rowCount + 5000, "the calibration import must really add the offerings");
    }

    void killedImportLeavesDatabaseAsBefore_data()
    {
        QTest::addColumn<qint64>("killAtMs");
        QTest::addColumn<bool>("fromTransaction");
        QTest::addColumn<bool>("mustBeInsideTransaction");
        const qint64 parse = m_timeline.transactionStartMs;
        const qint64 transaction = std::max<qint64>(1, m_timeline.endMs - m_timeline.transactionStartMs);
        QTest::newRow("while reading the file") << parse / 3 << false << false;
        QTest::newRow("as the transaction starts") << qint64(0) << true << true;
        QTest::newRow("10% into the transaction") << transaction / 10 << true << true;
        QTest::newRow("30% into the transaction") << transaction * 3 / 10 << true << true;
        // Later points are placed from the calibration run, and a loaded machine (sanitizer
        // builds, parallel ctest) shifts the timeline: they may find the commit already done,
        // and then the import must be complete instead. The points above always fall inside.
        QTest::newRow("60% into the transaction") << transaction * 6 / 10 << true << false;
        QTest::newRow("90% into the transaction") << transaction * 9 / 10 << true << false;
    }

    void killedImportLeavesDatabaseAsBefore()
    {
        QFETCH(qint64, killAtMs);
        QFETCH(bool, fromTransaction);
        QFETCH(bool, mustBeInsideTransaction);
        const QString db = freshDatabase(QStringLiteral("killed.sqlite"));
        const Outcome outcome = runImport(db, m_file, killAtMs, fromTransaction, nullptr);
        if (mustBeInsideTransaction) {
            QVERIFY2(outcome.killed, "the import finished before it could be killed: the file is too small for this machine");
            QVERIFY2(outcome.killedInsideTransaction, "the kill came after the commit; the kill points are wrong");
        }

        const auto after = DatabaseSnapshot::of(db);
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        QCOMPARE(after.integrityCheck, QStringLiteral("ok"));
        if (outcome.killedInsideTransaction) {
            QCOMPARE(after.rowCount, m_before.rowCount);
            QVERIFY2(after.rows == m_before.rows, "rows changed although the import was killed before its commit");
        } else if (after.rowCount != m_before.rowCount) {
            // Killed after the commit (or finished first): then all of it, never a part.
            QVERIFY2(after.rowCount > m_before.rowCount + 5000, "a partial import survived the kill");
        }

        // The application opens the file again normally and can import into it.
        const Run ok = [&] {
            QProcess p;
            p.start(cliPath(), {QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--where"), QStringLiteral("partner=KIT")});
            p.waitForFinished(120000);
            return Run{p.exitCode(), p.readAllStandardError()};
        }();
        QVERIFY2(ok.code == 0, ok.err.constData());
    }

private:
    struct Run {
        int code;
        QByteArray err;
    };
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "test_crash_safety.moc"
