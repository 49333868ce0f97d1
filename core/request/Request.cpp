#include "Request.h"

#include <algorithm>

namespace pm {

QString requestModeKey(RequestMode m)
{
    switch (m) {
    case RequestMode::Operando:
        return QStringLiteral("operando");
    case RequestMode::InSitu:
        return QStringLiteral("in-situ");
    case RequestMode::ExSitu:
        return QStringLiteral("ex-situ");
    case RequestMode::Any:
        break;
    }
    return QStringLiteral("any");
}

QString roiKey(RegionOfInterest r)
{
    switch (r) {
    case RegionOfInterest::Random:
        return QStringLiteral("random");
    case RegionOfInterest::Specific:
        return QStringLiteral("specific");
    case RegionOfInterest::Average:
        break;
    }
    return QStringLiteral("average");
}

QString RequestedObservable::label() const
{
    return elements.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, elements.join(QStringLiteral(", ")));
}

int Request::indexOf(const QString &observable) const
{
    for (int i = 0; i < observables.size(); ++i)
        if (observables[i].name == observable)
            return i;
    return -1;
}

Request Request::withoutCovered() const
{
    if (covered.isEmpty())
        return *this;
    auto isCovered = [&](const QString &name) {
        return std::any_of(covered.begin(), covered.end(), [&](const CoveredObservable &c) { return c.observable == name; });
    };
    Request r = *this;
    r.covered.clear();
    r.observables.erase(std::remove_if(r.observables.begin(), r.observables.end(), [&](const RequestedObservable &o) { return isCovered(o.name); }),
                        r.observables.end());
    // A correlation keeps the observables still to measure; one left alone correlates nothing.
    QList<Correlation> kept;
    for (Correlation c : std::as_const(r.correlations)) {
        c.observables.erase(std::remove_if(c.observables.begin(), c.observables.end(), isCovered), c.observables.end());
        if (c.observables.size() >= 2)
            kept.append(c);
    }
    r.correlations = kept;
    r.pinned.erase(std::remove_if(r.pinned.begin(), r.pinned.end(), [&](const Pin &p) { return isCovered(p.observable); }), r.pinned.end());
    return r;
}

QList<const Correlation *> Request::correlationsOf(const QString &observable, int type) const
{
    QList<const Correlation *> out;
    for (const Correlation &c : correlations)
        if (c.type == type && c.observables.contains(observable))
            out.append(&c);
    return out;
}

QString CyclingHistory::text() const
{
    if (!isSet())
        return QStringLiteral("as prepared");
    // C/2 reads better than 0.5C below 1C; 2C above.
    const QString rate = cRate < 1 ? QStringLiteral("C/%1").arg(QString::number(1.0 / cRate, 'g', 3)) : QStringLiteral("%1C").arg(QString::number(cRate, 'g', 3));
    return QStringLiteral("%1 cycle%2 at %3").arg(cycles).arg(cycles == 1 ? QString() : QStringLiteral("s"), rate);
}

} // namespace pm
