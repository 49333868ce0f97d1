#include "ConnectionSecurity.h"

#include <QUrlQuery>

namespace pm {

QString ConnectionSecurity::summary() const
{
    if (!server)
        return QStringLiteral("local file");
    if (!encrypted)
        return QStringLiteral("not encrypted");
    const QString tls = protocol.isEmpty() ? QStringLiteral("encrypted") : QStringLiteral("encrypted (%1)").arg(protocol);
    return verified ? QStringLiteral("%1, server certificate verified").arg(tls)
                    : QStringLiteral("%1, server certificate not verified (sslmode=%2)").arg(tls, sslmode);
}

QString ConnectionSecurity::warning(const QString &host) const
{
    if (!server || isLocalHost(host))
        return {};
    if (!encrypted)
        return QStringLiteral("the connection to %1 is not encrypted: passwords and data cross the network in clear. "
                              "Ask the server's administrator to enable TLS, and connect with sslmode=verify-full.")
            .arg(host);
    if (!verified)
        return QStringLiteral("the connection to %1 is encrypted, but the server's certificate was not verified "
                              "(sslmode=%2): another machine could pose as the server. Install the consortium's CA "
                              "certificate (docs/SERVER.md, \"TLS\") and connect with sslmode=verify-full.")
            .arg(host, sslmode);
    return {};
}

bool isLocalHost(const QString &host)
{
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')) || host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    // Loopback addresses, without QtNetwork (the core links QtCore and QtSql only).
    QString h = host;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h == u"::1" || h == u"0:0:0:0:0:0:0:1")
        return true;
    const QStringList parts = h.split(QLatin1Char('.'));
    if (parts.size() != 4 || parts.first() != u"127")
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const int v = part.toInt(&ok);
        if (!ok || v < 0 || v > 255)
            return false;
    }
    return true;
}

bool sslModeVerifies(const QString &sslmode)
{
    return sslmode == u"verify-full" || sslmode == u"verify-ca";
}

QString effectiveSslMode(const QUrl &url)
{
    const QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("sslmode")))
        return query.queryItemValue(QStringLiteral("sslmode"), QUrl::FullyDecoded);
    // A host given as ?host=... (a socket folder, or a list) counts as well.
    QString host = url.host();
    if (host.isEmpty() && query.hasQueryItem(QStringLiteral("host")))
        host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    return isLocalHost(host) ? QStringLiteral("prefer") : QStringLiteral("verify-full");
}

QStringList postgresConnectOptions(const QUrl &url)
{
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[k, v] : query.queryItems(QUrl::FullyDecoded))
        options.append(k + QLatin1Char('=') + v);
    if (!query.hasQueryItem(QStringLiteral("sslmode")))
        options.append(QStringLiteral("sslmode=") + effectiveSslMode(url));
    if (!query.hasQueryItem(QStringLiteral("connect_timeout")))
        options.append(QStringLiteral("connect_timeout=5"));
    // So that an administrator sees in pg_stat_activity which sessions are desktops.
    if (!query.hasQueryItem(QStringLiteral("application_name")))
        options.append(QStringLiteral("application_name=ProbeMatrix"));
    return options;
}

QString explainConnectionError(const QString &libpqMessage)
{
    const QString m = libpqMessage.trimmed();
    if (m.contains(u"root certificate file") || m.contains(u"certificate verify failed"))
        return m + QStringLiteral(" (the server's certificate could not be verified: install the consortium's CA certificate "
                                  "as ~/.postgresql/root.crt, or add sslrootcert=PATH to the URL; docs/SERVER.md, \"TLS\")");
    if (m.contains(u"does not match host name") || m.contains(u"server certificate for"))
        return m + QStringLiteral(" (the certificate names another host: connect with the name the certificate was issued for)");
    if (m.contains(u"server does not support SSL"))
        return m + QStringLiteral(" (the server has TLS switched off: ask its administrator to enable it; "
                                  "docs/SERVER.md, \"TLS\")");
    return m;
}

} // namespace pm
