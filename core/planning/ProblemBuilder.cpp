// From filtered candidates to the numeric problem the search works on.
#include "PlanningProblem.h"
#include "DamageTable.h"

#include "common/TextMatch.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <functional>

namespace pm::planning {

namespace {

// A site as the problem sees it: from the registry (resources/matrix/sites.json) or, for a
// partner the registry does not know, the partner's own geography (one site per partner).
struct SiteInfo {
    QString key;
    QString partner;
    QString label;
    QString campus;
    QString city;
    QString countryCode;
    QString contact;
};

SiteInfo infoOf(const Site &s)
{
    return {QStringLiteral("site:") + s.key, s.partner, s.name, s.campus, s.city, s.countryCode, s.contactPoint()};
}

SiteInfo partnerSite(const Matrix &m, const QString &partnerName)
{
    const Partner *p = m.partner(partnerName);
    if (p)
        if (const Site *s = m.sites.homeOf(*p))
            return infoOf(*s);
    SiteInfo info;
    info.partner = p ? p->shortName : partnerName;
    info.key = text::normalized(p && !p->site.trimmed().isEmpty() ? p->site : partnerName);
    info.label = info.partner;
    if (p) {
        info.city = p->city;
        info.countryCode = p->countryCode;
        info.contact = p->website;
    }
    return info;
}

SiteInfo offeringSite(const Matrix &m, const Offering &o, QString *reason)
{
    const Partner *p = m.partner(o.partner);
    if (p) {
        const SitePlacement *rule = nullptr;
        if (const Site *s = m.sites.siteOf(*p, o, &rule)) {
            if (rule && reason)
                *reason = rule->reason;
            return infoOf(*s);
        }
    }
    return partnerSite(m, o.partner);
}

// D5.5 2.5.3 rates delivery by same lab, same city, same country or abroad; sites on one
// campus are in one city (sites.json keeps a campus inside one city), so the classes are
// equalities of nested keys: an ultrametric, as SiteHierarchy needs.
Distance distanceBetween(const SiteInfo &a, const SiteInfo &b)
{
    if (a.key == b.key)
        return Distance::SameSite;
    if (a.countryCode.isEmpty() || b.countryCode.isEmpty())
        return Distance::Abroad;
    const bool sameCountry = text::normalized(a.countryCode) == text::normalized(b.countryCode);
    if (sameCountry && !a.city.isEmpty() && text::normalized(a.city) == text::normalized(b.city))
        return Distance::SameCity;
    return sameCountry ? Distance::SameCountry : Distance::Abroad;
}

// Union-find over observables joined by Type 1 correlations: each set is one unit.
QVector<QStringList> type1Units(const Request &r, const QStringList &measurable)
{
    QHash<QString, QString> parent;
    for (const QString &o : measurable)
        parent.insert(o, o);
    std::function<QString(const QString &)> find = [&](const QString &x) {
        QString p = parent.value(x);
        return p == x ? x : find(p);
    };
    for (const Correlation &c : r.correlations) {
        if (c.type != 1)
            continue;
        for (int i = 1; i < c.observables.size(); ++i)
            if (parent.contains(c.observables[0]) && parent.contains(c.observables[i]))
                parent[find(c.observables[i])] = find(c.observables[0]);
    }
    QVector<QStringList> units;
    QHash<QString, int> unitOf;
    for (const QString &o : measurable) {
        const QString root = find(o);
        if (!unitOf.contains(root)) {
            unitOf.insert(root, int(units.size()));
            units.append(QStringList());
        }
        units[unitOf.value(root)].append(o);
    }
    return units;
}

// Every sample starts where the material is (the request's origin). An operando cell the
// origin can make travels assembled: the request's sample is itself a cell (coin, pouch, ...),
// or the cell is the origin's own design. Any other cell (typically a facility's beamline
// cell) is assembled by its owner at the measuring site from material shipped there.
void decideCellHandling(const Request &request, const Matrix &matrix, const Problem &p, const OperandoCell *cell, StepOption &s)
{
    if (p.originSite < 0 || p.originSite == s.site)
        return;
    const QString origin = p.siteNames[p.originSite];
    const Partner *originPartner = matrix.partner(p.siteNames[p.originSite]);
    if (isCellShape(request.sample.shape)) {
        s.cellHandling = QStringLiteral("%1 assembles the %2 and ships it: the request's sample is a cell the origin makes")
                             .arg(origin, sampleShapeKey(request.sample.shape));
        return;
    }
    if (cell && originPartner && originPartner->matches(cell->owner)) {
        s.cellHandling = QStringLiteral("%1 assembles its %2 and ships it: the cell is the origin's own").arg(origin, cell->name);
        return;
    }
    s.materialShipped = true;
    const QString owner = cell ? cell->owner : p.siteNames[s.site];
    s.cellHandling = cell ? QStringLiteral("%1 ships the %2; %3 assembles it in the %4 at %5: the cell is %3's, not the origin's")
                                .arg(origin, sampleShapeKey(request.sample.shape), owner, cell->name, p.siteLabels[s.site])
                          : QStringLiteral("%1 ships the %2; the operando cell is assembled at %3, where it is measured: no cell of the origin is known for this instrument")
                                .arg(origin, sampleShapeKey(request.sample.shape), p.siteLabels[s.site]);
}

} // namespace

Objectives quantized(double fidelity, double cost, double duration)
{
    return {std::round(fidelity * ObjectiveGrid::fidelity) / ObjectiveGrid::fidelity, std::round(cost * ObjectiveGrid::cost) / ObjectiveGrid::cost,
            std::max(0.0, std::ceil(duration * ObjectiveGrid::duration - kDurationSlack)) / ObjectiveGrid::duration};
}

Result<Problem> buildProblem(const Request &request, const Matrix &matrix, const CandidateSet &candidates)
{
    Problem p;
    p.request = &request;
    p.matrix = &matrix;
    p.airSensitive = request.sample.airSensitive;
    for (const SampleHolder &h : matrix.holders)
        if (p.holderLabels.size() < 64)
            p.holderLabels.append(h.label);

    // Sites: one per distinct partner site, with the distance classes between them.
    QList<SiteInfo> sites;
    auto siteOf = [&](const SiteInfo &info) {
        for (int i = 0; i < sites.size(); ++i)
            if (sites[i].key == info.key)
                return i;
        sites.append(info);
        p.siteNames.append(info.partner);
        p.siteLabels.append(info.label);
        p.siteCampus.append(info.campus);
        p.siteContacts.append(info.contact);
        p.siteCities.append(info.city);
        return int(sites.size()) - 1;
    };
    // An exclusion that names no partner would silently exclude nothing (a typo keeps the
    // partner the user meant to leave out): refused, naming the entry, before anything is
    // planned or stored.
    for (int i = 0; i < request.excludePartners.size(); ++i) {
        const QString &name = request.excludePartners[i];
        const bool known = matrix.partner(name) || std::any_of(matrix.offerings.begin(), matrix.offerings.end(), [&](const Offering &o) {
                               return text::normalized(o.partner) == text::normalized(name);
                           });
        if (known)
            continue;
        const QStringList near = text::closest(name, matrix.partnerNames());
        const QString hint = matrix.partners.isEmpty()
            ? QStringLiteral("; the database has no partners yet (import a matrix, or use the bundled one)")
            : near.isEmpty() ? QString() : QStringLiteral("; did you mean %1?").arg(text::humanList(near));
        return makeError(QStringLiteral("unknown partner \"%1\"%2").arg(name, hint), QStringLiteral("exclude_partners[%1]").arg(i));
    }
    if (!request.origin.isEmpty()) {
        // The origin is a partner (its home site) or one site of the registry: CNRS prepares
        // in Amiens, Pau or Bordeaux, and the shipments differ.
        const Partner *partner = matrix.partner(request.origin);
        const Site *site = partner ? nullptr : matrix.originSite(request.origin);
        if (!partner && !site) {
            // An empty matrix has no partner to suggest: say so instead of "did you mean ?".
            QStringList known = matrix.partnerNames();
            for (const Site &s : matrix.sites.sites)
                known.append(s.key);
            const QStringList near = text::closest(request.origin, known);
            const QString hint = matrix.partners.isEmpty()
                ? QStringLiteral("; the database has no partners yet (import a matrix, or use the bundled one)")
                : near.isEmpty() ? QStringLiteral("; give a partner or a site key such as cnrs-pau")
                                 : QStringLiteral("; did you mean %1?").arg(text::humanList(near));
            return makeError(QStringLiteral("unknown partner or site \"%1\"%2").arg(request.origin, hint), QStringLiteral("origin"));
        }
        p.originSite = partner ? siteOf(partnerSite(matrix, partner->shortName)) : siteOf(infoOf(*site));
    }

    QStringList measurable;
    for (int k = 0; k < candidates.observables.size(); ++k)
        if (!candidates.candidates[k].isEmpty())
            measurable.append(candidates.observables[k]);
    p.observableCount = int(measurable.size());

    // (offering, mode, variant) -> step. The variant is the damage rule for some observables
    // that the unit's observables bring in (an XPS depth profile), else 0: such a measurement
    // is a step of its own, with its own damage, not shared with the offering's usual one.
    QHash<QPair<int, int>, int> stepIndex;
    const Result<DamageTable> &damageTable = bundledDamageTable();
    for (const QStringList &observables : type1Units(request, measurable)) {
        Unit unit;
        unit.observables = observables;
        for (const Candidate &c : candidates.of(observables.first())) {
            const Offering &o = matrix.offerings[c.offeringIndex];
            const Damage damage = damageOf(o, damageTable ? &*damageTable : nullptr, observables);
            const int variant = damage.forObservables.isEmpty() ? 0 : damage.ruleIndex + 1;
            const QPair<int, int> key{c.offeringIndex, int(c.mode) * 1024 + variant};
            if (!stepIndex.contains(key)) {
                StepOption s;
                s.offering = c.offeringIndex;
                s.mode = c.mode;
                s.variant = variant;
                s.sampleDamage = damage;
                s.inCell = c.mode != Mode::ExSitu;
                s.site = siteOf(offeringSite(matrix, o, &s.siteReason));
                s.order = sequenceOrder(damage);
                s.damage = searchDamage(s.order);
                s.release = leadDays(o);
                // An activated sample is held after its measurement: the hold delays whatever
                // comes next on the sample, while the data are processed meanwhile. Folding it
                // into the measurement (and out of the post-processing) keeps every bound of
                // the search a bound on the same numbers the sequencer uses.
                s.hold = damage.holdDays;
                // Specimen preparation at the instrument (a TEM lamella) is part of the step.
                double measuring = measureDays(o, s.inCell);
                if (s.inCell && request.sample.history.isSet()) {
                    // Issue 18 section 5: the operando cell goes through the history while it is
                    // measured, where the instrument can hold it that long (a laboratory); a
                    // beamtime of a few days cannot, and the cell is cycled first.
                    if (isLargeScaleFacility(matrix, o)) {
                        s.preCycleDays = request.sample.history.days();
                    } else {
                        s.duringHistory = true;
                        measuring = std::max(measuring, request.sample.history.days());
                    }
                }
                s.measure = measuring + s.hold + damage.specimenDays;
                s.post = std::max(0.0, postProcessingDays(o) - s.hold);
                s.cost = stepCost(o);
                s.cell = c.cell;
                if (s.inCell) {
                    const OperandoCell *cell = nullptr;
                    const InstrumentRef *ref = nullptr;
                    for (const OperandoCell &oc : matrix.cells)
                        for (const InstrumentRef &r : oc.instruments)
                            if (!cell && refMatches(r, o)) {
                                cell = &oc;
                                ref = &r;
                            }
                    s.cellFactor = cellFidelity(cell, ref);
                    decideCellHandling(request, matrix, p, cell, s);
                }
                for (const QString &h : c.holders)
                    if (const int bit = int(p.holderLabels.indexOf(h)); bit >= 0)
                        s.holders |= quint64(1) << bit;
                stepIndex.insert(key, int(p.steps.size()));
                p.steps.append(s);
            }
            const int step = stepIndex.value(key);
            double fidelity = 0;
            const StepOption &chosen = p.steps[step];
            for (const QString &obs : observables)
                fidelity += observableFidelity(o, obs) * chosen.cellFactor
                    * (chosen.sampleDamage.forObservables.contains(obs) ? chosen.sampleDamage.fidelityFactor : 1.0);
            unit.options.append({step, fidelity});
        }
        // Pins: the unit keeps only the pinned offering.
        for (int i = 0; i < request.pinned.size(); ++i) {
            const Pin &pin = request.pinned[i];
            if (!observables.contains(pin.observable))
                continue;
            QVector<UnitOption> kept;
            for (const UnitOption &opt : std::as_const(unit.options))
                if (matrix.offerings[p.steps[opt.step].offering].id == pin.offeringId)
                    kept.append(opt);
            if (kept.isEmpty()) {
                const Offering *o = matrix.offering(pin.offeringId);
                QString why = o ? QStringLiteral("%1 does not list it").arg(o->techniqueLabel()) : QStringLiteral("no such offering");
                for (const Rejection &r : candidates.rejected)
                    if (r.offeringId == pin.offeringId && r.observable == pin.observable)
                        why = r.reason;
                return makeError(QStringLiteral("offering %1 cannot measure %2 as requested: %3").arg(pin.offeringId).arg(pin.observable, why),
                                 QStringLiteral("pinned[%1]").arg(i));
            }
            unit.options = kept;
        }
        p.units.append(unit);
    }
    // Exclusive pins (an accepted step kept as accepted, issue 18): no other unit may share
    // the step, unless that unit has no other option (then the step must change, and the
    // re-plan flags it "changed since accepted").
    for (Unit &unit : p.units) {
        qint64 pinnedHere = 0;
        for (const Pin &pin : request.pinned)
            if (unit.observables.contains(pin.observable))
                pinnedHere = pin.offeringId;
        QVector<UnitOption> kept;
        for (const UnitOption &opt : std::as_const(unit.options)) {
            const qint64 id = matrix.offerings[p.steps[opt.step].offering].id;
            bool reserved = false;
            for (const Pin &pin : request.pinned)
                reserved = reserved || (pin.exclusive && pin.offeringId == id && id != pinnedHere);
            if (!reserved)
                kept.append(opt);
        }
        if (!kept.isEmpty())
            unit.options = kept;
    }
    for (const Pin &pin : request.pinned)
        if (!measurable.contains(pin.observable))
            return makeError(QStringLiteral("%1 cannot be measured by any offering, so it cannot be pinned").arg(pin.observable),
                             QStringLiteral("pinned"));

    // Fail first: units with the fewest options are branched on first.
    std::stable_sort(p.units.begin(), p.units.end(), [](const Unit &a, const Unit &b) { return a.options.size() < b.options.size(); });
    for (Unit &u : p.units)
        std::stable_sort(u.options.begin(), u.options.end(), [&](const UnitOption &a, const UnitOption &b) {
            if (a.fidelitySum != b.fidelitySum)
                return a.fidelitySum > b.fidelitySum;
            return p.steps[a.step].cost < p.steps[b.step].cost;
        });
    for (const Unit &u : std::as_const(p.units))
        for (const UnitOption &opt : u.options)
            ++p.steps[opt.step].listedBy;

    p.unitGroups.resize(p.units.size());
    for (const Correlation &c : request.correlations) {
        if (c.type != 2)
            continue;
        Type2Group g;
        for (const QString &obs : c.observables) {
            for (int u = 0; u < p.units.size(); ++u)
                if (p.units[u].observables.contains(obs) && !g.units.contains(u))
                    g.units.append(u);
            const int i = request.indexOf(obs);
            g.specificRoi = g.specificRoi || (i >= 0 && request.observables[i].roi == RegionOfInterest::Specific);
        }
        if (g.units.size() < 2)
            continue;
        for (int u : std::as_const(g.units))
            p.unitGroups[u].append(int(p.type2.size()));
        p.type2.append(g);
    }

    applyRequestTerms(p); // access routes, D5.5 Table 2 time terms, amounts (StepTerms.cpp)

    const int n = int(sites.size());
    p.distance.fill(QVector<Distance>(n, Distance::Abroad), n);
    for (int a = 0; a < n; ++a)
        for (int b = 0; b < n; ++b)
            p.distance[a][b] = distanceBetween(sites[a], sites[b]);
    return p;
}

} // namespace pm::planning
