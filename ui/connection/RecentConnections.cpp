#include "RecentConnections.h"

#include <QSettings>
#include <QUrl>

namespace pm::ui {

namespace {
const QString kKey = QStringLiteral("connections/recent");
}

QString RecentConnections::withoutPassword(const QString &url)
{
    QUrl u(url);
    if (!u.isValid() || u.scheme().isEmpty())
        return url;
    u.setPassword({});
    return u.toString();
}

QStringList RecentConnections::load()
{
    QStringList out;
    // Clean on the way out too, in case an older version or a hand edit left one in.
    for (const QString &url : QSettings().value(kKey).toStringList())
        if (!url.isEmpty() && !out.contains(withoutPassword(url)))
            out.append(withoutPassword(url));
    return out;
}

QStringList RecentConnections::remember(const QString &url)
{
    const QString clean = withoutPassword(url);
    QStringList list = load();
    list.removeAll(clean);
    list.prepend(clean);
    while (list.size() > kMax)
        list.removeLast();
    QSettings().setValue(kKey, list);
    return list;
}

void RecentConnections::forget(const QString &url)
{
    QStringList list = load();
    list.removeAll(withoutPassword(url));
    QSettings().setValue(kKey, list);
}

} // namespace pm::ui
