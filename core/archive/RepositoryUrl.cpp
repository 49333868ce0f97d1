#include "RepositoryUrl.h"


namespace pm::archive {

bool isLoopbackHost(const QString &host)
{
    const QString h = host.toLower();
    return h == QLatin1String("localhost") || h == QLatin1String("127.0.0.1") || h == QLatin1String("::1") || h == QLatin1String("[::1]");
}

Result<QUrl> repositoryBase(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{QStringLiteral("no repository address given; for example https://zenodo.org"), QStringLiteral("url")};
    if (trimmed.size() > 500)
        return Error{QStringLiteral("the repository address is longer than 500 characters"), QStringLiteral("url")};
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Error{QStringLiteral("\"%1\" is not a web address; write it as https://host").arg(trimmed), QStringLiteral("url")};
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return Error{QStringLiteral("\"%1\" is not encrypted: repositories are reached over https:// (plain http only on this machine)").arg(trimmed),
                     QStringLiteral("url")};
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return Error{QStringLiteral("\"%1\": only https:// addresses are repositories").arg(trimmed), QStringLiteral("url")};
    if (!url.userInfo().isEmpty())
        return Error{QStringLiteral("the address carries a user name or password; give a token in the preferences instead"), QStringLiteral("url")};
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // A user may paste the API address itself: its records endpoint is added again below.
    if (path.endsWith(QLatin1String("/api/records")))
        path.chop(int(QStringLiteral("/api/records").size()));
    else if (path.endsWith(QLatin1String("/api")))
        path.chop(4);
    url.setPath(path);
    url.setScheme(scheme);
    return url;
}

QUrl recordsSearchUrl(const QUrl &base, const QString &query, int size, int page)
{
    QUrl url = base;
    url.setPath(base.path() + QStringLiteral("/api/records"));
    // Built by hand: every character of the query that is not unreserved is percent-encoded,
    // so "+", "&" and "#" in a technique name reach the server as typed.
    // (Concatenated, not .arg(): the encoded query holds "%2B" and the like, which arg()
    // would take for its own markers.)
    const QString encoded = QStringLiteral("q=") + QString::fromLatin1(QUrl::toPercentEncoding(query.left(1000))) + QStringLiteral("&size=")
        + QString::number(qBound(1, size, 100)) + QStringLiteral("&page=") + QString::number(qBound(1, page, 1000)) + QStringLiteral("&sort=bestmatch");
    url.setQuery(encoded, QUrl::StrictMode);
    return url;
}

} // namespace pm::archive
