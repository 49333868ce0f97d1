// From filtered candidates to the numeric problem the search works on.
#include "PlanningProblem.h"

#include "common/TextMatch.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <functional>

namespace pm::planning {

namespace {

QString siteKey(const Matrix &m, const QString &partnerName)
{
    const Partner *p = m.partner(partnerName);
    if (p && !p->site.trimmed().isEmpty())
        return text::normalized(p->site);
    return text::normalized(partnerName);
}

Distance distanceBetween(const Partner *a, const Partner *b, bool sameSite)
{
    if (sameSite)
        return Distance::SameSite;
    if (!a || !b)
        return Distance::Abroad;
    if (!a->city.isEmpty() && text::normalized(a->city) == text::normalized(b->city)
        && text::normalized(a->countryCode) == text::normalized(b->countryCode))
        return Distance::SameCity;
    if (!a->countryCode.isEmpty() && text::normalized(a->countryCode) == text::normalized(b->countryCode))
        return Distance::SameCountry;
    return Distance::Abroad;
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

} // namespace

Objectives quantized(double fidelity, double cost, double duration)
{
    return {std::round(fidelity * 1e4) / 1e4, std::round(cost * 10) / 10, std::round(duration * 10) / 10};
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
    QStringList siteKeys;
    QList<const Partner *> sitePartners;
    auto siteOf = [&](const QString &partnerName) {
        const QString key = siteKey(matrix, partnerName);
        int i = int(siteKeys.indexOf(key));
        if (i < 0) {
            i = int(siteKeys.size());
            siteKeys.append(key);
            p.siteNames.append(partnerName);
            sitePartners.append(matrix.partner(partnerName));
        }
        return i;
    };
    if (!request.origin.isEmpty()) {
        if (!matrix.partner(request.origin))
            return makeError(QStringLiteral("unknown partner \"%1\"; did you mean %2?")
                                 .arg(request.origin, text::humanList(text::closest(request.origin, matrix.partnerNames()))),
                             QStringLiteral("origin"));
        p.originSite = siteOf(matrix.partner(request.origin)->shortName);
    }

    QStringList measurable;
    for (int k = 0; k < candidates.observables.size(); ++k)
        if (!candidates.candidates[k].isEmpty())
            measurable.append(candidates.observables[k]);
    p.observableCount = int(measurable.size());

    QHash<QPair<int, int>, int> stepIndex; // (offering, mode) -> step
    for (const QStringList &observables : type1Units(request, measurable)) {
        Unit unit;
        unit.observables = observables;
        for (const Candidate &c : candidates.of(observables.first())) {
            const Offering &o = matrix.offerings[c.offeringIndex];
            const QPair<int, int> key{c.offeringIndex, int(c.mode)};
            if (!stepIndex.contains(key)) {
                StepOption s;
                s.offering = c.offeringIndex;
                s.mode = c.mode;
                s.inCell = c.mode != Mode::ExSitu;
                s.site = siteOf(o.partner);
                s.damage = damageClass(o);
                s.release = leadDays(o);
                s.measure = measureDays(o, s.inCell);
                s.post = postProcessingDays(o);
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
                }
                for (const QString &h : c.holders)
                    if (const int bit = int(p.holderLabels.indexOf(h)); bit >= 0)
                        s.holders |= quint64(1) << bit;
                stepIndex.insert(key, int(p.steps.size()));
                p.steps.append(s);
            }
            const int step = stepIndex.value(key);
            double fidelity = 0;
            for (const QString &obs : observables)
                fidelity += observableFidelity(o, obs) * p.steps[step].cellFactor;
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

    const int n = int(siteKeys.size());
    p.distance.fill(QVector<Distance>(n, Distance::Abroad), n);
    for (int a = 0; a < n; ++a)
        for (int b = 0; b < n; ++b)
            p.distance[a][b] = distanceBetween(sitePartners[a], sitePartners[b], a == b);
    return p;
}

} // namespace pm::planning
