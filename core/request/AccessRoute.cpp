#include "AccessRoute.h"

#include "common/TextMatch.h"

#include <array>

namespace pm {

namespace {
struct RouteName {
    AccessRoute route;
    const char *key;
    const char *title;
};
constexpr std::array kRoutes{
    RouteName{AccessRoute::Standard, "standard", "standard proposal"},
    RouteName{AccessRoute::Rapid, "rapid", "rapid access"},
    RouteName{AccessRoute::Industrial, "industrial", "industrial (paid) access"},
    RouteName{AccessRoute::LongTerm, "long-term", "long-term / HUB / block-allocation access"},
};
} // namespace

QString accessRouteKey(AccessRoute r)
{
    for (const RouteName &n : kRoutes)
        if (n.route == r)
            return QString::fromLatin1(n.key);
    return {};
}

QString accessRouteTitle(AccessRoute r)
{
    for (const RouteName &n : kRoutes)
        if (n.route == r)
            return QString::fromLatin1(n.title);
    return {};
}

QStringList accessRouteKeys()
{
    QStringList keys;
    for (const RouteName &n : kRoutes)
        keys.append(QString::fromLatin1(n.key));
    return keys;
}

std::optional<AccessRoute> accessRouteFromKey(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.replace(u'_', u'-');
    t.replace(u' ', u'-');
    if (t == u"hub" || t == u"block-allocation" || t == u"bag" || t == u"longterm")
        return AccessRoute::LongTerm;
    for (const RouteName &n : kRoutes)
        if (t == QLatin1String(n.key))
            return n.route;
    return std::nullopt;
}

} // namespace pm
