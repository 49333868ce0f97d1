#pragma once

#include "Offering.h"
#include "Partner.h"
#include "SampleHolder.h"

#include <QHash>
#include <QList>

namespace pm {

// Everything the matrix knows at one moment: offerings and the things beside them.
struct Matrix {
    QList<Offering> offerings;
    QList<Partner> partners;
    QList<SampleHolder> holders;
    QList<OperandoCell> cells;

    const Partner *partner(const QString &nameOrAlias) const;
    const Offering *offering(qint64 id) const;
    QStringList partnerNames() const;
    // Distinct values seen in the data, for filters, facets and suggestions.
    QStringList clusters() const;
    QStringList countries() const;
};

} // namespace pm
