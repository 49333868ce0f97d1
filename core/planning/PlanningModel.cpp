#include "PlanningModel.h"

#include "common/TextMatch.h"

#include <algorithm>
#include <cmath>

namespace pm::planning {

namespace {

// Value of one ordinal level, or the mean over a range ("High/best"); `unknown` when not given.
template <size_t N>
double levelValue(const OrdinalRange &r, const double (&values)[N], double unknown)
{
    if (!r.known() || r.lo >= int(N) || r.hi >= int(N))
        return unknown;
    return (values[r.lo] + values[r.hi]) / 2;
}

constexpr double kTechniqueFidelity[] = {0.45, 0.65, 0.85, 1.0}; // Low, Medium, High, Best
constexpr double kResolution[] = {0.80, 0.92, 1.0};             // Low, Medium, High
constexpr double kCrl[] = {0.88, 0.95, 1.0};
constexpr double kQuality[] = {0.85, 0.95, 1.0};
constexpr double kResources[] = {1, 3, 8};          // Cheap, Medium, Expensive (cost units)
constexpr double kLeadDays[] = {0, 3, 14, 60};      // Hours, Days, Weeks, Months
constexpr double kPostDays[] = {0.5, 3, 14, 45};
constexpr double kAvailabilityStretch[] = {1.5, 1.0, 0.75}; // Low, Medium, High

} // namespace

QString distanceKey(Distance d)
{
    switch (d) {
    case Distance::SameSite:
        return QStringLiteral("same lab");
    case Distance::SameCity:
        return QStringLiteral("same campus or city");
    case Distance::SameCountry:
        return QStringLiteral("same country");
    case Distance::Abroad:
        break;
    }
    return QStringLiteral("abroad");
}

double shipDays(Distance d)
{
    constexpr double days[] = {0, 1, 3, 7};
    return days[int(d)];
}

double shipCost(Distance d, bool airSensitive)
{
    constexpr double cost[] = {0, 0.2, 0.5, 1.0};
    return cost[int(d)] + (airSensitive && d != Distance::SameSite ? 0.5 : 0);
}

double shipFidelity(bool airSensitive, bool airTightHolder)
{
    if (airSensitive && !airTightHolder)
        return 0.95;
    return 0.99;
}

double broaderMatchFidelity(const ObservableMatch &match)
{
    if (match.kind != ObservableMatch::Broader || match.full)
        return 1.0;
    return std::pow(kBroaderMatchFidelity, match.hops);
}

double observableFidelity(const Offering &o, const QString &observable)
{
    int index = int(o.observables.indexOf(observable));
    double hierarchy = 1.0;
    if (index < 0) {
        const ObservableMatch match = ObservableVocabulary::bundled().match(o.observables, observable);
        index = int(o.observables.indexOf(match.listed));
        hierarchy = broaderMatchFidelity(match);
    }
    const double technique = levelValue(o.fidelity, kTechniqueFidelity, 0.6);
    const double resolution = levelValue(o.perObservable(o.observableResolution, index), kResolution, 0.92);
    const double crl = (levelValue(o.perObservable(o.crlAcquisition, index), kCrl, 0.95)
                        + levelValue(o.perObservable(o.crlAnalysis, index), kCrl, 0.95)) / 2;
    const double instrument = levelValue(o.instrumentQuality, kQuality, 1.0);
    return technique * resolution * crl * instrument * hierarchy;
}

double cellFidelity(const OperandoCell *cell, const InstrumentRef *ref)
{
    if (!cell || !ref)
        return 0.9; // the partner says a cell exists but the cell list does not describe it
    return levelValue(cell->performance, kQuality, 0.95) * levelValue(ref->dataQuality, kQuality, 0.95);
}

double stepCost(const Offering &o)
{
    const double resources = levelValue(o.resources, kResources, 3);
    const double complexity = o.preparationComplexity.known() ? 0.5 * o.preparationComplexity.typical() : 0;
    return resources + complexity;
}

double leadDays(const Offering &o)
{
    const double lead = levelValue(o.planningTime, kLeadDays, 14);
    return lead * levelValue(o.availability, kAvailabilityStretch, 1.0);
}

double measureDays(const Offering &o, bool inCell)
{
    const bool slow = o.timeResolutionS && *o.timeResolutionS >= 86400;
    return (inCell ? 3 : 1) + (slow ? 2 : 0);
}

double postProcessingDays(const Offering &o)
{
    return levelValue(o.postProcessingTime, kPostDays, 3);
}

int damageClass(const Offering &o)
{
    // Sample reuse "No" destroys the sample unless the damage column says it is only damaged.
    if (o.isDestructive() && !(o.damage.known() && o.damage.hi < 2))
        return 2;
    if (o.damage.known() && o.damage.hi >= 1)
        return 1;
    return 0;
}

bool isLargeScaleFacility(const Matrix &m, const Offering &o)
{
    // A laboratory's experiment on a beamline (CEA at ESRF BM02) still needs beam time.
    const Partner *p = m.partner(o.partner);
    if (p && p->kind == PartnerKind::LargeScaleFacility)
        return true;
    return std::any_of(o.sources.begin(), o.sources.end(), [](const QString &s) {
        return s.contains(u"synchrotron", Qt::CaseInsensitive) || s.contains(u"neutron", Qt::CaseInsensitive);
    });
}

bool refMatches(const InstrumentRef &ref, const Offering &o)
{
    if (text::normalized(ref.partner) != text::normalized(o.partner))
        return false;
    const QString technique = text::normalized(ref.technique);
    if (technique != text::normalized(o.abbreviation) && technique != text::normalized(o.technique))
        return false;
    if (ref.instrument.isEmpty() || o.instruments.isEmpty())
        return true;
    const QString instrument = text::normalized(ref.instrument);
    return std::any_of(o.instruments.begin(), o.instruments.end(),
                       [&](const QString &i) { return text::normalized(i) == instrument; });
}

} // namespace pm::planning
