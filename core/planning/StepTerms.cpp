// The request's own terms on each step (issue 13; docs/PLANNER.md 2): the access route at a
// large-scale facility sets the booking, D5.5 Table 2's availability, queue, cell and holder
// terms add to it, the sample-amount table gives what an ex-situ step takes from its sample,
// and the sample's preparation (industrial or modified) scales every fidelity.
//
// Everything here is a property of one step (its release and amount) or a constant factor on
// every option, so the search's bounds, which read the steps' release and cost, see the same
// values as the sequencer.
#include "AccessRoutes.h"
#include "PlanningProblem.h"
#include "SampleAmounts.h"

namespace pm::planning {

namespace {

// The wait for an operando cell: the listed cell's availability, or the time to make one.
double cellWait(const Matrix &m, const Offering &o)
{
    for (const OperandoCell &cell : m.cells)
        for (const InstrumentRef &r : cell.instruments)
            if (refMatches(r, o))
                return availabilityWaitDays(cell.availability);
    return kUndescribedCellDays;
}

// An air-sensitive sample travels in an air-tight holder where the step takes one: the
// step waits for the most available of them.
double holderWait(const Problem &p, const StepOption &s)
{
    double best = -1;
    for (int bit = 0; bit < p.holderLabels.size(); ++bit)
        if (s.holders & (quint64(1) << bit))
            for (const SampleHolder &h : p.matrix->holders)
                if (h.label == p.holderLabels[bit]) {
                    const double wait = availabilityWaitDays(h.availability);
                    best = best < 0 ? wait : std::min(best, wait);
                }
    return std::max(best, 0.0);
}

} // namespace

void applyRequestTerms(Problem &p)
{
    const Request &r = *p.request;
    const Matrix &m = *p.matrix;
    for (StepOption &s : p.steps) {
        const Offering &o = m.offerings[s.offering];
        std::optional<double> route;
        if (isLargeScaleFacility(m, o))
            route = AccessRouteTable::bundled().choose(m, o, r.accessRoutes).terms.leadDays;
        // Replaces the planning-time booking ProblemBuilder set (leadDays), keeping anything
        // else added to the release.
        s.release += bookingDays(o, s.inCell, route) - leadDays(o);
        if (s.inCell)
            s.release += cellWait(m, o);
        if (p.airSensitive)
            s.release += holderWait(p, s);
        const AmountRule *rule = s.inCell ? nullptr : SampleAmountTable::bundled().ruleFor(o);
        s.amountMg = rule ? activeMassMg(rule->amount) : 0;
    }
    p.availableMg = r.sample.shape == SampleShape::LiquidElectrolyte ? 0 : activeMassMg(r.availablePerSample());
    p.preparationExtraDays = r.modifiedSample ? kModifiedSampleDays : 0;
    p.cyclingDays = r.sample.history.days(); // ex-situ samples are cycled before they are opened
    if (r.modifiedSample)
        for (Unit &u : p.units)
            for (UnitOption &opt : u.options)
                opt.fidelitySum *= kModifiedSampleFidelity;
}

void describeRequirements(const Problem &p, int step, Step &out)
{
    const StepOption &s = p.steps[step];
    const Matrix &m = *p.matrix;
    const Offering &o = m.offerings[s.offering];
    if (s.inCell)
        out.amount = QStringLiteral("1 cell");
    else if (const AmountRule *rule = SampleAmountTable::bundled().ruleFor(o))
        out.amount = formatSampleAmount(rule->amount);
    out.sampleForm = o.samplePreparation.join(QStringLiteral(", "));
    out.leadDays = s.release;
    if (isLargeScaleFacility(m, o)) {
        const RouteChoice c = AccessRouteTable::bundled().choose(m, o, p.request->accessRoutes);
        out.accessRoute = accessRouteTitle(c.terms.route) + (c.facility.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.facility));
        out.userOffice = c.userOffice;
    }
}

void dateNextCalls(Plan &plan, const Request &request, const Matrix &m, const QDate &today)
{
    for (Step &s : plan.steps) {
        const Offering *o = s.kind == StepKind::Measure ? m.offering(s.offeringId) : nullptr;
        if (!o || !isLargeScaleFacility(m, *o))
            continue;
        const RouteChoice c = AccessRouteTable::bundled().choose(m, *o, request.accessRoutes);
        if (c.terms.route == AccessRoute::Standard)
            if (const QDate next = nextCall(c.terms, today); next.isValid())
                s.nextCall = next.toString(Qt::ISODate);
    }
}

} // namespace pm::planning
