#include "Request.h"

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

QList<const Correlation *> Request::correlationsOf(const QString &observable, int type) const
{
    QList<const Correlation *> out;
    for (const Correlation &c : correlations)
        if (c.type == type && c.observables.contains(observable))
            out.append(&c);
    return out;
}

} // namespace pm
