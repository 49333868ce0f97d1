#include "Matrix.h"

#include "common/TextMatch.h"

namespace pm {

bool Partner::matches(const QString &name) const
{
    const QString n = text::normalized(name);
    if (n.isEmpty())
        return false;
    if (text::normalized(shortName) == n || text::normalized(fullName) == n)
        return true;
    for (const QString &a : aliases)
        if (text::normalized(a) == n)
            return true;
    return false;
}

QString partnerKindKey(PartnerKind k)
{
    switch (k) {
    case PartnerKind::Laboratory:
        return QStringLiteral("laboratory");
    case PartnerKind::LargeScaleFacility:
        return QStringLiteral("large-scale facility");
    case PartnerKind::Industry:
        return QStringLiteral("industry");
    }
    return {};
}

std::optional<PartnerKind> partnerKindFromKey(const QString &key)
{
    const QString k = text::normalized(key);
    if (k == u"laboratory" || k == u"lab" || k.isEmpty())
        return PartnerKind::Laboratory;
    if (k == u"large-scale facility" || k == u"lsf" || k == u"large scale facility")
        return PartnerKind::LargeScaleFacility;
    if (k == u"industry")
        return PartnerKind::Industry;
    return std::nullopt;
}

const Partner *Matrix::partner(const QString &nameOrAlias) const
{
    // Offerings name their partner by short name as written: no need to normalise for those.
    for (const Partner &p : partners)
        if (p.shortName == nameOrAlias)
            return &p;
    for (const Partner &p : partners)
        if (p.matches(nameOrAlias))
            return &p;
    return nullptr;
}

const Offering *Matrix::offering(qint64 id) const
{
    for (const Offering &o : offerings)
        if (o.id == id)
            return &o;
    return nullptr;
}

QStringList Matrix::partnerNames() const
{
    QStringList out;
    for (const Partner &p : partners)
        out.append(p.shortName);
    for (const Offering &o : offerings)
        if (!out.contains(o.partner, Qt::CaseInsensitive))
            out.append(o.partner);
    return out;
}

QString Matrix::contactPoint(const Offering &offering) const
{
    const Partner *p = partner(offering.partner);
    if (!p)
        return {};
    if (const Site *s = sites.siteOf(*p, offering))
        return s->contactPoint();
    return p->website;
}

const Site *Matrix::originSite(const QString &origin) const
{
    if (const Partner *p = partner(origin))
        return sites.homeOf(*p);
    return sites.site(origin.trimmed().toLower());
}

QStringList Matrix::clusters() const
{
    QStringList out;
    for (const Offering &o : offerings)
        if (!o.cluster.isEmpty() && !out.contains(o.cluster, Qt::CaseInsensitive))
            out.append(o.cluster);
    out.sort(Qt::CaseInsensitive);
    return out;
}

QStringList Matrix::countries() const
{
    QStringList out;
    for (const Partner &p : partners)
        if (!p.country.isEmpty() && !out.contains(p.country))
            out.append(p.country);
    out.sort(Qt::CaseInsensitive);
    return out;
}

} // namespace pm
