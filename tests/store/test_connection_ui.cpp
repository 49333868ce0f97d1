// The connection dialog, the recent-connection list (never a password) and the
// lost-connection banner that reconnects with backoff.
#include "BackendFixture.h"

#include "ConnectionBanner.h"
#include "ConnectionDialog.h"
#include "ReadOnlyNote.h"
#include "RemoteFetcher.h"
#include "SecurityIndicator.h"
#include "RecentConnections.h"

#include "store/Permissions.h"
#include "store/Roles.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>
#include <QDir>

using namespace pm;
using namespace pm::test;
using namespace pm::ui;

namespace {
void terminateBackendOf(Database &victim, Database &killer)
{
    QSqlQuery pid = victim.prepare(QStringLiteral("SELECT pg_backend_pid()"));
    QVERIFY(pid.exec() && pid.next());
    QSqlQuery kill = killer.prepare(QStringLiteral("SELECT pg_terminate_backend(:pid)"));
    kill.bindValue(QStringLiteral(":pid"), pid.value(0).toInt());
    QVERIFY(kill.exec());
    QTest::qWait(100); // the backend ends asynchronously
}

QString databaseNameOf(const QString &url)
{
    return QUrl(url).path().mid(1);
}
} // namespace

class TestConnectionUi : public QObject {
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void recentConnectionsNeverKeepPasswords()
    {
        RecentConnections::remember(QStringLiteral("postgresql://alice:s3cret@matrix.example.org:5432/probematrix?sslmode=verify-full"));
        RecentConnections::remember(QStringLiteral("postgresql://bob@other.example.org/probematrix"));
        RecentConnections::remember(QStringLiteral("postgresql://alice:changed@matrix.example.org:5432/probematrix?sslmode=verify-full"));
        const QStringList recent = RecentConnections::load();
        QCOMPARE(recent, (QStringList{QStringLiteral("postgresql://alice@matrix.example.org:5432/probematrix?sslmode=verify-full"),
                                      QStringLiteral("postgresql://bob@other.example.org/probematrix")}));
        QSettings().sync();
        const QByteArray onDisk = readFile(QSettings().fileName());
        QVERIFY(!onDisk.contains("s3cret"));
        QVERIFY(!onDisk.contains("changed"));
        for (int i = 0; i < 20; ++i)
            RecentConnections::remember(QStringLiteral("postgresql://u@h%1/db").arg(i));
        QCOMPARE(RecentConnections::load().size(), RecentConnections::kMax);
        QCOMPARE(RecentConnections::load().first(), QStringLiteral("postgresql://u@h19/db"));
    }

    void dialogBuildsTheUrlAndKeepsThePasswordOutOfIt()
    {
        ConnectionDialog dialog;
        dialog.setLocation(QStringLiteral("postgresql://carol@db.example.org:6543/matrix?sslmode=require"));
        QCOMPARE(dialog.displayLocation(), QStringLiteral("postgresql://carol@db.example.org:6543/matrix?sslmode=require"));
        auto *password = dialog.findChildren<QLineEdit *>().last();
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, QStringLiteral("pw"));
        QCOMPARE(dialog.openLocation(), QStringLiteral("postgresql://carol:pw@db.example.org:6543/matrix?sslmode=require"));
        QVERIFY(!dialog.displayLocation().contains(QStringLiteral("pw@")));
        // Automatic (the default, issue 15) leaves sslmode to the core: verify-full for a
        // remote host. A mode chosen by name, even libpq's default, is written out.
        QCOMPARE(ConnectionDialog::buildUrl(QStringLiteral("h"), 5432, QStringLiteral("d"), {}, QString()), QStringLiteral("postgresql://h:5432/d"));
        QCOMPARE(ConnectionDialog::buildUrl(QStringLiteral("h"), 5432, QStringLiteral("d"), {}, QStringLiteral("prefer")),
                 QStringLiteral("postgresql://h:5432/d?sslmode=prefer"));
        ConnectionDialog fresh;
        const auto *ssl = fresh.findChild<QComboBox *>(QStringLiteral("sslMode"));
        QVERIFY(ssl);
        QVERIFY(ssl->currentData().toString().isEmpty());
        QVERIFY2(ssl->currentText().contains(QStringLiteral("verify-full")), qPrintable(ssl->currentText()));
    }

    void dialogStaysOpenWithTheServersMessageWhenConnectingFails()
    {
        ConnectionDialog dialog;
        // Nothing listens on port 1 of this machine.
        dialog.setLocation(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.takeDatabase());
        bool shown = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            shown = shown || label->text().contains(QStringLiteral("cannot connect"));
        QVERIFY(shown);
        QVERIFY(RecentConnections::load().isEmpty()); // a failed connection is not remembered
    }

    void dialogConnectsAndRemembersWithoutPassword_data() { addBackendRows(); }
    void dialogConnectsAndRemembersWithoutPassword()
    {
        PM_FETCH_BACKEND(b);
        if (b == Backend::Sqlite)
            QSKIP("the dialog connects to servers; files are opened with File > Open");
        BackendDatabase t(b);
        ConnectionDialog dialog;
        dialog.setLocation(t.location());
        QTest::keyClicks(dialog.findChildren<QLineEdit *>().last(), QStringLiteral("typed-password"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto db = dialog.takeDatabase();
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(RecentConnections::load().size(), 1);
        QVERIFY(!RecentConnections::load().first().contains(QStringLiteral("typed-password")));
    }

    // Issue 15, finding 4: the status bar says whether a server connection is encrypted and
    // verified; a file shows nothing; a connection to another machine that is not verified
    // is a warning with what to do in the tooltip.
    void securityIndicatorShowsEncryption()
    {
        PM_REQUIRE_SERVER();
        SecurityIndicator indicator;
        QTemporaryDir home;
        auto file = Database::open(QDir(home.path()).filePath(QStringLiteral("local.probematrix")));
        QVERIFY(file.ok());
        indicator.setDatabase(file->get());
        QVERIFY(indicator.isHidden());

        QUrl url(qEnvironmentVariable("PROBEMATRIX_TEST_PG_URL"));
        QUrlQuery plainQuery;
        plainQuery.addQueryItem(QStringLiteral("sslmode"), QStringLiteral("disable"));
        url.setQuery(plainQuery);
        auto plain = Database::openRaw(url.toString());
        QVERIFY2(plain.ok(), plain.ok() ? "" : qPrintable(plain.error().text()));
        indicator.setDatabase(plain->get());
        QVERIFY(!indicator.isHidden());
        QVERIFY2(indicator.text().contains(QStringLiteral("Not encrypted")), qPrintable(indicator.text()));
        QVERIFY(!indicator.warns()); // 127.0.0.1: nothing leaves the machine

        const QString ca = qEnvironmentVariable("PROBEMATRIX_TEST_PG_CA");
        if (ca.isEmpty()) {
            if (runningInCi())
                QFAIL("the test server has no TLS under CI");
            QSKIP("the test server has no TLS (openssl missing)");
        }
        QUrlQuery verifyQuery;
        verifyQuery.addQueryItem(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
        verifyQuery.addQueryItem(QStringLiteral("sslrootcert"), ca);
        url.setHost(QStringLiteral("localhost"));
        url.setQuery(verifyQuery);
        auto verified = Database::openRaw(url.toString());
        QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().text()));
        indicator.setDatabase(verified->get());
        QVERIFY2(indicator.text().contains(QStringLiteral("verified")) && !indicator.text().contains(QStringLiteral("not verified")),
                 qPrintable(indicator.text()));
        QVERIFY2(indicator.toolTip().contains(QStringLiteral("TLS")), qPrintable(indicator.toolTip()));
    }

    // When the fetcher cannot open its own connection (a server that wanted the password
    // typed in the dialog, say), it says so for offerings and for whole tables alike, so that
    // the window reads them on its own connection instead of dropping the change.
    void fetcherReportsWhatItCouldNotRead()
    {
        RemoteFetcher fetcher(QStringLiteral("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"));
        QSignalSpy failed(&fetcher, &RemoteFetcher::failed);
        QSignalSpy tablesFailed(&fetcher, &RemoteFetcher::tablesFailed);
        QSignalSpy partners(&fetcher, &RemoteFetcher::partnersFetched);
        fetcher.fetch({3, 1, 2});
        fetcher.fetchTable(QStringLiteral("partners"));
        fetcher.fetchTable(QStringLiteral("partners")); // coalesced with the first
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(tablesFailed.size(), 1, 10000);
        QCOMPARE(failed.first().at(0).value<QList<qint64>>(), (QList<qint64>{1, 2, 3}));
        QVERIFY2(failed.first().at(1).toString().contains(QStringLiteral("cannot connect")), qPrintable(failed.first().at(1).toString()));
        QCOMPARE(tablesFailed.first().at(0).toStringList(), QStringList{QStringLiteral("partners")});
        QCOMPARE(partners.size(), 0);
    }

    void viewersSeeWhyEditingIsOff_data() { addBackendRows(); }
    void viewersSeeWhyEditingIsOff()
    {
        PM_FETCH_BACKEND(b);
        BackendDatabase t(b);
        QWidget window;
        auto *note = new ReadOnlyNote(&window);
        window.show();
        note->setPermissions(permissions(*t.db));
        QVERIFY(!note->isVisible()); // the owner of a file, or the server admin, may edit
        if (b == Backend::Sqlite)
            return;
        QVERIFY(roles::createRoles(*t.db));
        const QString viewer = t.createLogin(QStringLiteral("noteviewer"));
        QVERIFY(roles::grantRole(*t.db, viewer, roles::Role::Viewer));
        auto viewerDb = t.openAnother(viewer);
        note->setPermissions(permissions(*viewerDb));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(viewer) && note->text().contains(QStringLiteral("editor role")), qPrintable(note->text()));
    }

    void bannerBacksOffUpToThirtySeconds()
    {
        ConnectionBanner banner;
        QCOMPARE(banner.retryDelayMs(0), 1000);
        QCOMPARE(banner.retryDelayMs(1), 2000);
        QCOMPARE(banner.retryDelayMs(2), 4000);
        QCOMPARE(banner.retryDelayMs(4), 16000);
        QCOMPARE(banner.retryDelayMs(5), 30000);
        QCOMPARE(banner.retryDelayMs(50), 30000);
    }

    void bannerShowsLossRetriesAndHides_data() { addBackendRows(); }
    void bannerShowsLossRetriesAndHides()
    {
        PM_FETCH_BACKEND(b);
        BackendDatabase t(b);
        QWidget window;
        auto *banner = new ConnectionBanner(&window);
        banner->setBaseDelayMs(100);
        banner->setDatabase(t.db.get());
        window.show();
        QSignalSpy reconnected(banner, &ConnectionBanner::reconnected);
        if (b == Backend::Sqlite) {
            QVERIFY(t.db->checkConnection());
            QVERIFY(!banner->isVisible());
            return;
        }
        // A database cannot refuse connections to itself: act from the maintenance database.
        auto opened = Database::openRaw(testServerUrl(QStringLiteral("postgres")));
        QVERIFY(opened);
        auto killer = std::move(*opened);
        const QString name = databaseNameOf(t.location());
        // While the database refuses connections, retries fail and the banner stays.
        auto closed = killer->execStatement(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(name), QStringLiteral("closing"));
        QVERIFY2(closed, qPrintable(closed ? QString() : closed.error().text()));
        terminateBackendOf(*t.db, *killer);
        QVERIFY(!t.db->checkConnection());
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->state(), ConnectionBanner::State::Lost);
        QTRY_VERIFY(banner->attempts() >= 2);
        QCOMPARE(reconnected.count(), 0);
        QVERIFY(banner->isVisible());
        // The server takes connections again: the next retry succeeds.
        QVERIFY(killer->execStatement(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(name), QStringLiteral("opening")));
        QTRY_COMPARE_WITH_TIMEOUT(reconnected.count(), 1, 10000);
        QCOMPARE(banner->state(), ConnectionBanner::State::Connected);
        QVERIFY(!t.db->isConnectionLost());
        QVERIFY(t.store->load());
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
    }
};

QTEST_MAIN(TestConnectionUi)
#include "test_connection_ui.moc"
