#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// How a PostgreSQL connection is protected (issue 15, finding 4): the libpq options a
// postgresql:// URL becomes, with TLS and server verification by default for any host that is
// not this machine, and what the server reports once connected.
namespace pm {

struct ConnectionSecurity {
    bool server = false;    // a PostgreSQL connection (an SQLite file has nothing to protect)
    bool encrypted = false; // TLS, as the server sees it (pg_stat_ssl)
    bool verified = false;  // the server's certificate was checked against a CA (verify-ca/-full)
    QString protocol;       // "TLSv1.3"
    QString sslmode;        // the libpq sslmode in effect

    // "Encrypted (TLSv1.3), server certificate verified", or what is missing.
    QString summary() const;
    // Something the user should act on: an unencrypted or unverified connection to another
    // machine. Empty when there is nothing to say.
    QString warning(const QString &host) const;
};

// localhost, 127.0.0.0/8, ::1, or a Unix socket folder ("/run/postgresql"): the connection
// does not leave the machine.
bool isLocalHost(const QString &host);

// The sslmode a URL asks for, or the default: verify-full for a remote host (libpq then
// needs the consortium's CA, docs/SERVER.md "TLS"), libpq's own default (prefer) for this
// machine.
QString effectiveSslMode(const QUrl &url);

// verify-ca and verify-full check the server's certificate against a CA.
bool sslModeVerifies(const QString &sslmode);

// The URL's query items as libpq options ("key=value"), plus sslmode (above),
// connect_timeout=5 and application_name=ProbeMatrix unless the URL sets them.
QStringList postgresConnectOptions(const QUrl &url);

// A libpq connection error with a hint when it is about TLS (a missing or wrong CA, a server
// without TLS).
QString explainConnectionError(const QString &libpqMessage);

} // namespace pm
