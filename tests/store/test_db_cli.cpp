// probematrix-cli db init / info / grant on both backends.
#include "BackendFixture.h"

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

QString line(const QString &out, const QString &label)
{
    for (const QString &l : out.split(QLatin1Char('\n')))
        if (l.startsWith(label + QLatin1Char(':')))
            return l.mid(label.size() + 1).trimmed();
    return {};
}
} // namespace

class TestDbCli : public QObject {
    Q_OBJECT

private slots:
    void initSeedsAndInfoShowsRights_data() { addBackendRows(); }
    void initSeedsAndInfoShowsRights()
    {
        PM_FETCH_BACKEND(b);
        BackendDatabase t(b);
        const bool server = t.isPostgres();
        const QString location = t.location();
        t.store.reset();
        t.db.reset();

        const Run init = cli({QStringLiteral("--db"), location, QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--seed")});
        QVERIFY2(init.code == 0, qPrintable(init.err));
        QVERIFY2(init.out.contains(QStringLiteral("schema version %1").arg(Database::kSchemaVersion)), qPrintable(init.out));
        QVERIFY2(init.out.contains(QStringLiteral("seeded")), qPrintable(init.out));
        const Run again = cli({QStringLiteral("--db"), location, QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--seed")});
        QVERIFY2(again.out.contains(QStringLiteral("not seeded")), qPrintable(again.out)); // never twice

        const Run roles = cli({QStringLiteral("--db"), location, QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--roles")});
        if (!server) {
            QCOMPARE(roles.code, 1);
            QVERIFY2(roles.err.contains(QStringLiteral("only on a PostgreSQL server")), qPrintable(roles.err));
        } else {
            QVERIFY2(roles.code == 0, qPrintable(roles.err));
            QVERIFY(roles.out.contains(QStringLiteral("probematrix_viewer")));
        }

        const Run info = cli({QStringLiteral("--db"), location, QStringLiteral("db"), QStringLiteral("info")});
        QVERIFY2(info.code == 0, qPrintable(info.err));
        QCOMPARE(line(info.out, QStringLiteral("backend")), server ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"));
        QCOMPARE(line(info.out, QStringLiteral("schema version")), QString::number(Database::kSchemaVersion));
        QCOMPARE(line(info.out, QStringLiteral("may edit")), QStringLiteral("yes"));
        QVERIFY(line(info.out, QStringLiteral("offerings")).toInt() >= 136);
        QVERIFY(!info.out.contains(QStringLiteral("password")));
        if (!server)
            return;

        // A viewer: reads, may not edit, and is told why.
        const QString viewer = t.createLoginForCli(QStringLiteral("cliviewer"));
        const Run grant = cli({QStringLiteral("--db"), location, QStringLiteral("db"), QStringLiteral("grant"), viewer, QStringLiteral("viewer")});
        QVERIFY2(grant.code == 0, qPrintable(grant.err));
        const Run viewerInfo = cli({QStringLiteral("--db"), t.locationAs(viewer), QStringLiteral("db"), QStringLiteral("info")});
        QVERIFY2(viewerInfo.code == 0, qPrintable(viewerInfo.err));
        QCOMPARE(line(viewerInfo.out, QStringLiteral("user")), viewer);
        QCOMPARE(line(viewerInfo.out, QStringLiteral("role")), QStringLiteral("viewer"));
        QCOMPARE(line(viewerInfo.out, QStringLiteral("may read")), QStringLiteral("yes"));
        QCOMPARE(line(viewerInfo.out, QStringLiteral("may edit")), QStringLiteral("no"));
        QVERIFY(line(viewerInfo.out, QStringLiteral("note")).contains(QStringLiteral("editor role")));
        const Run badRole = cli({QStringLiteral("--db"), location, QStringLiteral("db"), QStringLiteral("grant"), viewer, QStringLiteral("owner")});
        QCOMPARE(badRole.code, 2);
        QVERIFY(badRole.err.contains(QStringLiteral("use viewer, editor or admin")));
    }

    void unknownSubcommandIsRefused()
    {
        QTemporaryDir dir;
        const Run r = cli({QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite")), QStringLiteral("db"), QStringLiteral("drop")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("use init, info or grant")));
    }
};

QTEST_GUILESS_MAIN(TestDbCli)
#include "test_db_cli.moc"
