#include "AccessRoutes.h"

#include "common/TextMatch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pm::planning {

namespace {

Result<FacilityAccess> facilityFrom(const QJsonObject &o, const QString &where)
{
    FacilityAccess f;
    f.partner = o.value(QStringLiteral("partner")).toString();
    f.userOffice = o.value(QStringLiteral("user_office")).toString();
    if (const QString pattern = o.value(QStringLiteral("instrument_pattern")).toString(); !pattern.isEmpty()) {
        f.instruments = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
        if (!f.instruments.isValid())
            return makeError(QStringLiteral("not a valid regular expression: %1").arg(f.instruments.errorString()), where + QStringLiteral(".instrument_pattern"));
    }
    const QJsonArray routes = o.value(QStringLiteral("routes")).toArray();
    for (int i = 0; i < routes.size(); ++i) {
        const QJsonObject r = routes[i].toObject();
        const QString field = QStringLiteral("%1.routes[%2]").arg(where).arg(i);
        const auto route = accessRouteFromKey(r.value(QStringLiteral("route")).toString());
        if (!route)
            return makeError(QStringLiteral("unknown access route \"%1\"").arg(r.value(QStringLiteral("route")).toString()), field + QStringLiteral(".route"));
        const double lead = r.value(QStringLiteral("lead_days")).toDouble(-1);
        if (lead < 0)
            return makeError(QStringLiteral("lead_days must be a number of days, 0 or more"), field + QStringLiteral(".lead_days"));
        if (r.value(QStringLiteral("source")).toString().trimmed().isEmpty())
            return makeError(QStringLiteral("every route needs its source"), field + QStringLiteral(".source"));
        RouteTerms t{*route, lead, {}, r.value(QStringLiteral("source")).toString()};
        for (const QJsonValue &c : r.value(QStringLiteral("calls")).toArray()) {
            if (!QDate::fromString(QStringLiteral("2000-") + c.toString(), Qt::ISODate).isValid())
                return makeError(QStringLiteral("a call deadline is written \"MM-DD\", not \"%1\"").arg(c.toString()), field + QStringLiteral(".calls"));
            t.calls.append(c.toString());
        }
        f.routes.append(t);
    }
    if (!std::any_of(f.routes.begin(), f.routes.end(), [](const RouteTerms &t) { return t.route == AccessRoute::Standard; }))
        return makeError(QStringLiteral("every facility offers a standard proposal"), where + QStringLiteral(".routes"));
    return f;
}

} // namespace

Result<AccessRouteTable> AccessRouteTable::fromJson(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    AccessRouteTable table;
    auto def = facilityFrom(root.value(QStringLiteral("default")).toObject(), QStringLiteral("default"));
    if (!def)
        return def.error();
    table.m_default = *def;
    const QJsonArray facilities = root.value(QStringLiteral("facilities")).toArray();
    for (int i = 0; i < facilities.size(); ++i) {
        auto f = facilityFrom(facilities[i].toObject(), QStringLiteral("facilities[%1]").arg(i));
        if (!f)
            return f.error();
        table.m_facilities.append(*f);
    }
    return table;
}

const AccessRouteTable &AccessRouteTable::bundled()
{
    static const AccessRouteTable table = [] {
        QFile f(QStringLiteral(":/probematrix/planning/access-routes.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("bundled access-route table missing from resources");
        auto r = fromJson(f.readAll());
        if (!r)
            qFatal("bundled access-route table is broken: %s", qPrintable(r.error().text()));
        return std::move(r).value();
    }();
    return table;
}

const FacilityAccess &AccessRouteTable::facilityFor(const Matrix &m, const Offering &o) const
{
    const Partner *p = m.partner(o.partner);
    const QString own = p ? p->shortName : o.partner;
    for (const FacilityAccess &f : m_facilities)
        if (text::normalized(f.partner) == text::normalized(own))
            return f;
    // A laboratory's experiment on a facility's instrument: "BM02 (D2AM)" is at the ESRF.
    for (const FacilityAccess &f : m_facilities)
        for (const QString &i : o.instruments)
            if (!f.instruments.pattern().isEmpty() && f.instruments.match(i.trimmed()).hasMatch())
                return f;
    return m_default;
}

RouteChoice AccessRouteTable::choose(const Matrix &m, const Offering &o, const QList<AccessRoute> &held) const
{
    const FacilityAccess &f = facilityFor(m, o);
    RouteChoice best;
    bool found = false;
    for (const RouteTerms &t : f.routes)
        if ((t.route == AccessRoute::Standard || held.contains(t.route)) && (!found || t.leadDays < best.terms.leadDays)) {
            best.terms = t;
            found = true;
        }
    best.facility = f.partner;
    best.userOffice = f.userOffice;
    return best;
}

QDate nextCall(const RouteTerms &terms, const QDate &today)
{
    QDate next;
    for (const QString &c : terms.calls)
        for (int year = today.year(); year <= today.year() + 1; ++year) {
            const QDate d = QDate::fromString(QStringLiteral("%1-%2").arg(year).arg(c), Qt::ISODate);
            if (d.isValid() && d >= today && (!next.isValid() || d < next))
                next = d;
        }
    return next;
}

} // namespace pm::planning
