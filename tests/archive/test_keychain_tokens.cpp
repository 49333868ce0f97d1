// Tokens in the real system keychain, shared by the desktop and the command line: run in a
// private D-Bus session with an unlocked GNOME Keyring (tests/support/with-keyring.sh). What
// the desktop keeps (KeychainTokenStore, the class its Repositories dialog uses) the CLI sends,
// to that repository only; `archive token` keeps and forgets one headlessly; nothing lands in
// the settings or the database.
#include "FakeRepository.h"
#include "TestSupport.h"

#include "archive/KeychainTokenStore.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace pm;
using namespace pm::archive;
using pm::test::FakeRepository;

namespace {

FakeRepository::Reply page1(const FakeRepository::Request &)
{
    return {200, FakeRepository::fixture(QStringLiteral("inveniordm-page1.json")), {}, FakeRepository::Mode::Body};
}

// Runs the CLI with the event loop turning (the fake repositories live on this thread).
test::CliRun cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(test::cliPath(), args);
    for (int waited = 0; p.state() != QProcess::NotRunning && waited < 60000; waited += 20)
        QTest::qWait(20);
    if (p.state() != QProcess::NotRunning)
        qFatal("probematrix-cli did not finish: %s", qPrintable(args.join(QLatin1Char(' '))));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray authorization(const FakeRepository &server)
{
    return server.received.isEmpty() ? QByteArray("<no request>") : server.received.last().headers.value("authorization");
}

// Every file under `dir` that holds `secret`.
QStringList filesHolding(const QString &dir, const QByteArray &secret)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (test::readFile(path).contains(secret))
            found << path;
    }
    return found;
}

} // namespace

class TestKeychainTokens : public QObject {
    Q_OBJECT
private slots:
    void desktopTokenIsSentByTheCliToItsRepositoryOnly()
    {
        FakeRepository restricted, open;
        QVERIFY(restricted.listen());
        QVERIFY(open.listen());
        restricted.handler = page1;
        open.handler = page1;

        // What the Repositories dialog does on OK.
        KeychainTokenStore store;
        std::optional<Result<void>> written;
        store.write(QUrl(restricted.base()), QStringLiteral("tok-keyring-7"), [&](Result<void> r) { written = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        QVERIFY2(*written, qPrintable(written->error().text()));
        QVERIFY2(store.persistent(), qPrintable(store.missingReason())); // the keyring answered, not the session fallback

        const QStringList search{QStringLiteral("archive"), QStringLiteral("search"), QStringLiteral("operando XRD"), QStringLiteral("--url"),
                                 restricted.base(), QStringLiteral("--url"), open.base(), QStringLiteral("--format"), QStringLiteral("json")};
        test::CliRun run = cli(search);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(authorization(restricted), QByteArray("Bearer tok-keyring-7"));
        QVERIFY(!open.received.last().headers.contains("authorization"));
        QVERIFY(!run.out.contains(QStringLiteral("tok-keyring-7")) && !run.err.contains(QStringLiteral("tok-keyring-7")));

        // plan --archive sends it too.
        run = cli({QStringLiteral("plan"), test::dataPath(QStringLiteral("scenarios/cnrs-pau-bordeaux-shipment/request.json")), QStringLiteral("--no-store"),
                   QStringLiteral("--archive"), restricted.base()});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(authorization(restricted), QByteArray("Bearer tok-keyring-7"));

        // --no-keychain: a public search.
        run = cli(QStringList(search) << QStringLiteral("--no-keychain"));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(!restricted.received.last().headers.contains("authorization"));

        // The token is in the keyring, never in the settings or the database (this test's home).
        const QString home = QDir::homePath();
        QVERIFY(home.contains(QStringLiteral("test_keychain_tokens"))); // never the user's real home
        const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
        const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QCOMPARE(filesHolding(config, "tok-keyring-7"), QStringList());
        for (const QString &f : filesHolding(data, "tok-keyring-7"))
            QVERIFY2(f.contains(QStringLiteral("/keyrings/")), qPrintable(f)); // the keyring's own (encrypted) file at most
    }

    void archiveTokenKeepsAndForgetsOneHeadlessly()
    {
        FakeRepository server;
        QVERIFY(server.listen());
        server.handler = page1;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PM_TEST_TOKEN"), QStringLiteral("tok-cli-kept-3"));

        test::CliRun run = cli({QStringLiteral("archive"), QStringLiteral("token"), QStringLiteral("--url"), server.base(), QStringLiteral("--from-env"),
                                QStringLiteral("PM_TEST_TOKEN")},
                               env);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("a token is kept for %1 in the system keychain").arg(server.base()));

        // The desktop reads the same entry.
        KeychainTokenStore store;
        std::optional<Result<QString>> read;
        store.read(QUrl(server.base()), [&](Result<QString> r) { read = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QVERIFY(*read);
        QCOMPARE(**read, QStringLiteral("tok-cli-kept-3"));

        run = cli({QStringLiteral("archive"), QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--url"), server.base(), QStringLiteral("--no-cache")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(authorization(server), QByteArray("Bearer tok-cli-kept-3"));

        run = cli({QStringLiteral("archive"), QStringLiteral("token"), QStringLiteral("--url"), server.base(), QStringLiteral("--remove")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), QStringLiteral("no token is kept for %1 in the system keychain").arg(server.base()));
        run = cli({QStringLiteral("archive"), QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--url"), server.base(), QStringLiteral("--no-cache")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(!server.received.last().headers.contains("authorization"));

        // Bad input names its option.
        run = cli({QStringLiteral("archive"), QStringLiteral("token"), QStringLiteral("--url"), server.base(), QStringLiteral("--from-env"),
                   QStringLiteral("PM_NOT_SET_ANYWHERE")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--from-env: the environment variable PM_NOT_SET_ANYWHERE is not set or empty")), qPrintable(run.err));
        run = cli({QStringLiteral("archive"), QStringLiteral("token"), QStringLiteral("--url"), QStringLiteral("http://zenodo.org"), QStringLiteral("--remove")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--url: \"http://zenodo.org\" is not encrypted")), qPrintable(run.err));
    }

    // Without a Secret Service (another bus, as on a server), `archive token` refuses to
    // pretend: it cannot keep a token, and says what to use instead.
    void noKeychainRefusesToKeep()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/probematrix-test-bus"));
        env.insert(QStringLiteral("PM_TEST_TOKEN"), QStringLiteral("tok-nowhere"));
        const test::CliRun run = cli({QStringLiteral("archive"), QStringLiteral("token"), QStringLiteral("--url"), QStringLiteral("https://data.example.org"),
                                      QStringLiteral("--from-env"), QStringLiteral("PM_TEST_TOKEN")},
                                     env);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("no system keychain")) && run.err.contains(QStringLiteral("--token-env")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("tok-nowhere")));
    }
};

QTEST_GUILESS_MAIN(TestKeychainTokens)
#include "test_keychain_tokens.moc"
