// Files are never left half-written: exports go through QSaveFile, so a write that fails
// part-way (here: the file-size limit of the process, as a full disk would) leaves the old
// file byte for byte and no temporary file behind; a migration copies the database first,
// and the copy is a complete, readable database of the old version with the same rows.
#include "DatabaseSnapshot.h"
#include "TestSupport.h"

#include "io/Export.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace pm;
using namespace pm::test;

namespace {
// Lowers this process's file-size limit for the scope: writes beyond it fail with EFBIG
// (SIGXFSZ ignored) in the middle of writing, as on a full disk. Works as root too, unlike
// a read-only folder.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = m_saved;
        lowered.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    void (*m_handler)(int) = nullptr;
    bool m_ok = false;
};

QStringList leftovers(const QString &dir, const QString &keep)
{
    QStringList out = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    out.removeAll(keep);
    return out;
}
} // namespace

class TestAtomicFiles : public QObject {
    Q_OBJECT

private slots:
    void failedWriteKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("matrix.tsv"));
        const QByteArray old = "Partner\ttechnique\n[KIT]\t[XPS]\n";
        QVERIFY(writeFileAtomically(path, old));
        QCOMPARE(readFile(path), old);

        const QByteArray big(4 * 1024 * 1024, 'x'); // beyond the limit below
        Result<void> written;
        {
            FileSizeLimit limit(64 * 1024);
            QVERIFY(limit.ok());
            written = writeFileAtomically(path, big);
        }
        QVERIFY2(!written.ok(), "a write over the file-size limit must fail");
        QVERIFY(written.error().where.contains(QStringLiteral("matrix.tsv")));
        QCOMPARE(readFile(path), old);
        QVERIFY2(leftovers(dir.path(), QStringLiteral("matrix.tsv")).isEmpty(),
                 qPrintable(leftovers(dir.path(), QStringLiteral("matrix.tsv")).join(u' ')));

        // And when it fits, the new content replaces the old one completely.
        QVERIFY(writeFileAtomically(path, big));
        QCOMPARE(readFile(path).size(), big.size());
    }

    void failedCliExportKeepsTheOldFile()
    {
        BundledDatabase seeded;
        seeded.store.reset();
        seeded.db.reset();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.tsv"));
        const QByteArray old = "the previous export\n";
        writeFile(path, old);

        QProcess p;
        // The child only: its file-size limit, set between fork and exec.
        p.setChildProcessModifier([] {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit lowered{};
            getrlimit(RLIMIT_FSIZE, &lowered);
            // Above SQLite's 32 KiB -shm file, below the ~95 KiB export of the bundled matrix.
            lowered.rlim_cur = 64 * 1024;
            setrlimit(RLIMIT_FSIZE, &lowered);
        });
        p.start(cliPath(), {QStringLiteral("--db"), seeded.path, QStringLiteral("export"), path});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() != 0, "the export must report the failed write");
        QVERIFY2(err.contains(QStringLiteral("export.tsv")), qPrintable(err));
        QCOMPARE(readFile(path), old);
        QVERIFY2(leftovers(dir.path(), QStringLiteral("export.tsv")).isEmpty(),
                 qPrintable(leftovers(dir.path(), QStringLiteral("export.tsv")).join(u' ')));
    }

    void migrationBacksUpACompleteCopyFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto raw = Database::openRaw(path);
            QVERIFY(raw);
            QVERIFY((*raw)->migrate(1));
            QSqlQuery ins = (*raw)->prepare(QStringLiteral("INSERT INTO offerings (identity, partner, technique) VALUES (:i, :p, :t)"));
            for (int i = 0; i < 50; ++i) {
                ins.bindValue(QStringLiteral(":i"), QStringLiteral("kit|xps %1|").arg(i));
                ins.bindValue(QStringLiteral(":p"), QStringLiteral("[KIT]"));
                ins.bindValue(QStringLiteral(":t"), QStringLiteral("[XPS %1]").arg(i));
                QVERIFY(ins.exec());
            }
        }
        const auto before = DatabaseSnapshot::of(path);
        QCOMPARE(before.integrityCheck, QStringLiteral("ok"));

        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().text()));
        QCOMPARE((*db)->schemaVersion(), Database::kSchemaVersion);
        const QString backup = (*db)->backupPathFor(1);
        db->reset();

        QVERIFY(QFile::exists(backup));
        const auto saved = DatabaseSnapshot::of(backup);
        QCOMPARE(saved.integrityCheck, QStringLiteral("ok"));
        QCOMPARE(saved.rowCount, before.rowCount);
        QVERIFY2(saved.rows == before.rows, "the backup is not the database as it was before the migration");
        auto reopened = Database::openRaw(backup);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->schemaVersion(), 1);
    }

    // Issue 15, finding 9: rows still in the WAL belong in the backup. A reader holding an old
    // snapshot keeps the checkpoint from copying them into the file, so a file copy lost them.
    void migrationBackupIncludesTheWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        auto writer = Database::openRaw(path);
        QVERIFY(writer);
        QVERIFY((*writer)->migrate(1));
        auto insert = [&](int from, int to) {
            QSqlQuery ins = (*writer)->prepare(QStringLiteral("INSERT INTO offerings (identity, partner, technique) VALUES (:i, :p, :t)"));
            for (int i = from; i < to; ++i) {
                ins.bindValue(QStringLiteral(":i"), QStringLiteral("kit|xps %1|").arg(i));
                ins.bindValue(QStringLiteral(":p"), QStringLiteral("[KIT]"));
                ins.bindValue(QStringLiteral(":t"), QStringLiteral("[XPS %1]").arg(i));
                if (!ins.exec())
                    return false;
            }
            return true;
        };
        QVERIFY(insert(0, 10));
        auto reader = Database::openRaw(path);
        QVERIFY(reader);
        QSqlQuery begin = (*reader)->prepare(QStringLiteral("BEGIN"));
        QVERIFY(begin.exec());
        QSqlQuery snapshot = (*reader)->prepare(QStringLiteral("SELECT COUNT(*) FROM offerings"));
        QVERIFY(snapshot.exec() && snapshot.next());
        QCOMPARE(snapshot.value(0).toInt(), 10);
        QVERIFY(insert(10, 60)); // in the WAL, after the reader's snapshot
        const auto before = DatabaseSnapshot::of(path);

        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().text()));
        const QString backup = (*db)->backupPathFor(1);
        db->reset();
        snapshot.finish();
        QSqlQuery rollback = (*reader)->prepare(QStringLiteral("ROLLBACK"));
        QVERIFY(rollback.exec());
        reader->reset();
        writer->reset();

        const auto saved = DatabaseSnapshot::of(backup);
        QCOMPARE(saved.integrityCheck, QStringLiteral("ok"));
        QCOMPARE(saved.rowCount, before.rowCount);
        QVERIFY2(saved.rows == before.rows, "the backup lacks the rows that were in the WAL");
    }
};

QTEST_GUILESS_MAIN(TestAtomicFiles)
#include "test_atomic_files.moc"
