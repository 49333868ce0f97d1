#pragma once

#include "Offering.h"
#include "Partner.h"
#include "SampleHolder.h"
#include "Site.h"

#include <QHash>
#include <QList>

namespace pm {

// Everything the matrix knows at one moment: offerings and the things beside them.
struct Matrix {
    QList<Offering> offerings;
    QList<Partner> partners;
    QList<SampleHolder> holders;
    QList<OperandoCell> cells;
    // Where offerings are measured (bundled reference data, not stored per database); empty:
    // every offering is at its partner's own site (partners.json geography).
    SiteRegistry sites;

    const Partner *partner(const QString &nameOrAlias) const;
    const Offering *offering(qint64 id) const;
    QStringList partnerNames() const;
    // Whom to ask about an offering, publicly: the user office or web page of the site where
    // it is measured (sites.json), else the partner's web site; never the personal Contact
    // cell. Empty when neither is known.
    QString contactPoint(const Offering &offering) const;
    // Where a request's origin starts its samples: a partner's home site, or one site of the
    // registry by its key ("cnrs-bordeaux", any case). nullptr: neither, or a partner the
    // registry does not place.
    const Site *originSite(const QString &origin) const;
    // Distinct values seen in the data, for filters, facets and suggestions.
    QStringList clusters() const;
    QStringList countries() const;
};

} // namespace pm
