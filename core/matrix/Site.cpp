#include "Site.h"

#include "Offering.h"
#include "Partner.h"

namespace pm {

QString Site::contactPoint() const
{
    if (contactUrl.isEmpty() || contactLabel.isEmpty())
        return contactUrl.isEmpty() ? contactLabel : contactUrl;
    return QStringLiteral("%1: %2").arg(contactLabel, contactUrl);
}

const Site *SiteRegistry::site(const QString &key) const
{
    for (const Site &s : sites)
        if (s.key == key)
            return &s;
    return nullptr;
}

const Site *SiteRegistry::homeOf(const Partner &partner) const
{
    for (const Site &s : sites)
        if (partner.matches(s.partner))
            return &s;
    return nullptr;
}

const Site *SiteRegistry::siteOf(const Partner &partner, const Offering &offering, const SitePlacement **placement) const
{
    for (const SitePlacement &rule : placements) {
        if (!partner.matches(rule.partner))
            continue;
        bool hit = false;
        if (!rule.instrument.isEmpty())
            for (const QString &i : offering.instruments)
                hit = hit || i.contains(rule.instrument, Qt::CaseInsensitive);
        if (!rule.beamSource.isEmpty())
            for (const QString &b : offering.sources)
                hit = hit || b.compare(rule.beamSource, Qt::CaseInsensitive) == 0;
        if (!hit)
            continue;
        if (const Site *s = site(rule.site)) {
            if (placement)
                *placement = &rule;
            return s;
        }
    }
    if (placement)
        *placement = nullptr;
    return homeOf(partner);
}

} // namespace pm
