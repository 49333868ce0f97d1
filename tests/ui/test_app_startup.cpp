// The desktop application's own start-up (app/gui/main.cpp), run as the real binary: a
// database given with --db that cannot be opened is named with its problem, the process
// ends with status 2, and the file is left as it was; a fresh location is created and
// seeded. The same bad files as the "Open database" dialog test (tests/hardening).
#include "BadInputFiles.h"
#include "SeededDatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pm::test;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Run {
    int exitCode = -1;
    QString errors;
};

// The app with --quit-after-start (it quits once the window is shown, or after reporting
// a database it cannot open), headless as every test.
Run startApp(const QString &database)
{
    QProcess app;
    app.start(QStringLiteral(PROBEMATRIX_APP), {QStringLiteral("--quit-after-start"), QStringLiteral("--db"), database});
    if (!app.waitForFinished(120000)) {
        app.kill();
        app.waitForFinished();
        return {};
    }
    return {app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1, QString::fromUtf8(app.readAllStandardError())};
}

} // namespace

class TestAppStartup : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        const SeededDatabase seeded(m_files.path());
        m_seeded = seeded.path();
    }

    void badDatabaseIsNamedAndLeftAlone_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("messageParts");
        for (const BadInputCase &c : badDatabaseFiles(m_files.path(), m_seeded))
            QTest::newRow(qPrintable(c.row)) << c.file << c.messageParts;
    }
    void badDatabaseIsNamedAndLeftAlone()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, messageParts);
        const QByteArray before = fileBytes(file);
        const Run run = startApp(file);
        QCOMPARE(run.exitCode, 2);
        for (const QString &part : messageParts)
            QVERIFY2(run.errors.contains(part), qPrintable(QStringLiteral("'%1' not in: %2").arg(part, run.errors)));
        QVERIFY2(fileBytes(file) == before, "a refused database file must not be modified");
        QVERIFY(!QFile::exists(file + QStringLiteral(".v99.bak")));
    }

    // The control: the same start with a location that does not exist yet succeeds, and
    // leaves a database with the bundled matrix there.
    void freshLocationIsCreated()
    {
        const QString fresh = m_files.filePath(QStringLiteral("fresh.sqlite"));
        const Run run = startApp(fresh);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QVERIFY(QFile::exists(fresh));
        QVERIFY(QFileInfo(fresh).size() > 0);
    }

private:
    QTemporaryDir m_files;
    QString m_seeded;
};

QTEST_GUILESS_MAIN(TestAppStartup)
#include "test_app_startup.moc"
