// Issue 15, finding 4: TLS by default. A postgresql:// URL to another machine asks libpq for
// verify-full unless it names an sslmode; once connected, the database reports whether the
// connection is encrypted and the server verified, and what to do when it is not. On the
// test server (scripts/pg-test-server.sh: TLS with a throw-away CA), verify-full with that
// CA connects; with another CA, or with none, it is refused with a message saying what to
// install.
#include "BackendFixture.h"

#include "store/ConnectionSecurity.h"
#include "store/Database.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace pm;
using namespace pm::test;

namespace {
// The test server's URL with `host` and extra query items.
QString serverUrl(const QString &host, const QList<QPair<QString, QString>> &items)
{
    QUrl url(qEnvironmentVariable("PROBEMATRIX_TEST_PG_URL"));
    url.setHost(host);
    QUrlQuery query(url);
    for (const auto &[k, v] : items)
        query.addQueryItem(k, v);
    url.setQuery(query);
    return url.toString();
}

// The test server's TLS files, or why the TLS rows cannot run (under CI: a failure).
#define PM_REQUIRE_TLS(variable)                                                                          \
    const QString variable##Path = qEnvironmentVariable(#variable);                                      \
    do {                                                                                                  \
        if (variable##Path.isEmpty()) {                                                                   \
            if (pm::test::runningInCi())                                                                  \
                QFAIL("the test server has no TLS under CI (scripts/pg-test-server.sh needs openssl)");   \
            QSKIP("the test server has no TLS (openssl missing)");                                        \
        }                                                                                                 \
    } while (false)

bool hasOption(const QStringList &options, const QString &option)
{
    return options.contains(option);
}
} // namespace

class TestConnectionTls : public QObject {
    Q_OBJECT

private slots:
    void remoteHostsVerifyByDefault()
    {
        QCOMPARE(effectiveSslMode(QUrl(QStringLiteral("postgresql://alice@db.consortium.eu/pm"))), QStringLiteral("verify-full"));
        QCOMPARE(effectiveSslMode(QUrl(QStringLiteral("postgresql://alice@10.0.0.7:5433/pm"))), QStringLiteral("verify-full"));
        QVERIFY(hasOption(postgresConnectOptions(QUrl(QStringLiteral("postgresql://alice@db.consortium.eu/pm"))), QStringLiteral("sslmode=verify-full")));
        // This machine: libpq's default, so that a local server without TLS still works.
        for (const char *local : {"postgresql://me@localhost/pm", "postgresql://me@127.0.0.1:5432/pm", "postgresql://me@[::1]/pm", "postgresql:///pm",
                                  "postgresql:///pm?host=/run/postgresql"})
            QCOMPARE(effectiveSslMode(QUrl(QString::fromLatin1(local))), QStringLiteral("prefer"));
        // An explicit sslmode is kept as given, once.
        const QStringList given = postgresConnectOptions(QUrl(QStringLiteral("postgresql://alice@db.consortium.eu/pm?sslmode=require")));
        QVERIFY(hasOption(given, QStringLiteral("sslmode=require")));
        QCOMPARE(given.filter(QStringLiteral("sslmode=")).size(), 1);
        QVERIFY(!isLocalHost(QStringLiteral("127.0.0.1.evil.org")));
        QVERIFY(!isLocalHost(QStringLiteral("localhost.example.org")));
    }

    void warningsSayWhatIsMissing()
    {
        ConnectionSecurity plain;
        plain.server = true;
        plain.sslmode = QStringLiteral("disable");
        QVERIFY(plain.warning(QStringLiteral("db.consortium.eu")).contains(QStringLiteral("not encrypted")));
        QVERIFY(plain.warning(QStringLiteral("localhost")).isEmpty()); // nothing leaves the machine
        ConnectionSecurity unverified = plain;
        unverified.encrypted = true;
        unverified.sslmode = QStringLiteral("require");
        QVERIFY(unverified.warning(QStringLiteral("db.consortium.eu")).contains(QStringLiteral("not verified")));
        QVERIFY(unverified.summary().contains(QStringLiteral("sslmode=require")));
        ConnectionSecurity verified = unverified;
        verified.verified = true;
        verified.sslmode = QStringLiteral("verify-full");
        QVERIFY(verified.warning(QStringLiteral("db.consortium.eu")).isEmpty());
        QVERIFY(explainConnectionError(QStringLiteral("root certificate file \"/home/a/.postgresql/root.crt\" does not exist"))
                    .contains(QStringLiteral("sslrootcert")));
    }

    void verifyFullWithTheCaConnects()
    {
        PM_REQUIRE_SERVER();
        PM_REQUIRE_TLS(PROBEMATRIX_TEST_PG_CA);
        const QString ca = PROBEMATRIX_TEST_PG_CAPath;
        auto db = Database::openRaw(serverUrl(QStringLiteral("localhost"), {{QStringLiteral("sslmode"), QStringLiteral("verify-full")},
                                                                             {QStringLiteral("sslrootcert"), ca}}));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().text()));
        const ConnectionSecurity &s = (*db)->security();
        QVERIFY(s.server);
        QVERIFY(s.encrypted);
        QVERIFY(s.verified);
        QVERIFY2(s.protocol.startsWith(QStringLiteral("TLS")), qPrintable(s.protocol));
        QVERIFY2(s.summary().contains(QStringLiteral("verified")), qPrintable(s.summary()));
    }

    void anotherCaOrNoneIsRefused()
    {
        PM_REQUIRE_SERVER();
        PM_REQUIRE_TLS(PROBEMATRIX_TEST_PG_OTHER_CA);
        const QString other = PROBEMATRIX_TEST_PG_OTHER_CAPath;
        auto wrong = Database::openRaw(serverUrl(QStringLiteral("localhost"), {{QStringLiteral("sslmode"), QStringLiteral("verify-full")},
                                                                                {QStringLiteral("sslrootcert"), other}}));
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().text().contains(QStringLiteral("could not be verified")), qPrintable(wrong.error().text()));
        auto none = Database::openRaw(serverUrl(QStringLiteral("localhost"), {{QStringLiteral("sslmode"), QStringLiteral("verify-full")},
                                                                               {QStringLiteral("sslrootcert"), QStringLiteral("/nonexistent/root.crt")}}));
        QVERIFY(!none.ok());
        QVERIFY2(none.error().text().contains(QStringLiteral("install the consortium's CA")), qPrintable(none.error().text()));
        // The certificate names localhost and 127.0.0.1, not another name for this machine.
        auto misnamed = Database::openRaw(serverUrl(QStringLiteral("127.0.0.2"), {{QStringLiteral("sslmode"), QStringLiteral("verify-full")},
                                                                                  {QStringLiteral("sslrootcert"), qEnvironmentVariable("PROBEMATRIX_TEST_PG_CA")}}));
        QVERIFY(!misnamed.ok());
    }

    void unencryptedAndUnverifiedAreReported()
    {
        PM_REQUIRE_SERVER();
        auto plain = Database::openRaw(serverUrl(QStringLiteral("127.0.0.1"), {{QStringLiteral("sslmode"), QStringLiteral("disable")}}));
        QVERIFY2(plain.ok(), plain.ok() ? "" : qPrintable(plain.error().text()));
        QVERIFY((*plain)->security().server);
        QVERIFY(!(*plain)->security().encrypted);
        QCOMPARE((*plain)->security().summary(), QStringLiteral("not encrypted"));
        PM_REQUIRE_TLS(PROBEMATRIX_TEST_PG_CA);
        auto required = Database::openRaw(serverUrl(QStringLiteral("127.0.0.1"), {{QStringLiteral("sslmode"), QStringLiteral("require")}}));
        QVERIFY2(required.ok(), required.ok() ? "" : qPrintable(required.error().text()));
        QVERIFY((*required)->security().encrypted);
        QVERIFY(!(*required)->security().verified);
        QVERIFY((*required)->security().warning(QStringLiteral("db.consortium.eu")).contains(QStringLiteral("not verified")));
    }
};

QTEST_GUILESS_MAIN(TestConnectionTls)
#include "test_connection_tls.moc"
