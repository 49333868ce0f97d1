// The filter of D5.5 2.2.2, in the report's order: sample shape, ROI, operando cell, time
// resolution, Type 1 correlations, Type 2 correlations on a specific ROI. Every removed
// offering is kept with the observable and the reason.
#include "Candidates.h"

#include "Applicability.h"
#include "PlanningModel.h"
#include "SampleAmounts.h"

#include "common/TextMatch.h"
#include "matrix/Elements.h"
#include "matrix/Quantity.h"

#include <algorithm>

namespace pm {

namespace {

using planning::refMatches;

QString where(const Offering &o)
{
    QString s = o.techniqueLabel() + QStringLiteral(" at ") + o.partner;
    if (!o.instruments.isEmpty())
        s += QStringLiteral(" (") + o.instruments.join(QStringLiteral(", ")) + u')';
    return s;
}

// What the sample-preparation column says the offering takes.
struct Takes {
    bool known = false;
    bool liquid = false;  // a liquid item: "liquid electrolyte", "quartz cell (liquids)", "headspace vial"
    bool solid = false;   // anything else: holders, capillaries, pellets, cells, lamellae
    bool modelOnly = true; // every solid item is a model (thin-film) electrode
    QStringList items;
};

Takes takes(const Offering &o)
{
    Takes t;
    for (const QString &raw : o.samplePreparation) {
        const QString item = raw.toLower();
        t.items.append(raw);
        t.known = true;
        const bool liquid = (item.contains(u"liquid") && !item.contains(u"solid-liquid")) || item.startsWith(u"electrolyte")
            || item.contains(u"headspace");
        if (liquid) {
            t.liquid = true;
            continue;
        }
        t.solid = true;
        if (!item.contains(u"model") && !item.contains(u"thin-film") && !item.contains(u"quartz crystal")
            && !item.contains(u"solid-liquid"))
            t.modelOnly = false;
    }
    if (!t.solid)
        t.modelOnly = false;
    return t;
}

bool listsCellFormat(const Takes &t, SampleShape shape)
{
    QStringList words;
    switch (shape) {
    case SampleShape::CoinCell:
        words = {QStringLiteral("coin")};
        break;
    case SampleShape::PouchCell:
        words = {QStringLiteral("pouch"), QStringLiteral("bag cell")};
        break;
    case SampleShape::CylindricalCell:
        words = {QStringLiteral("cylindrical")};
        break;
    case SampleShape::PrismaticCell:
        words = {QStringLiteral("prismatic")};
        break;
    default:
        return true;
    }
    for (const QString &item : t.items)
        for (const QString &w : std::as_const(words))
            if (item.contains(w, Qt::CaseInsensitive))
                return true;
    return false;
}

// A probe that gets through a steel can: neutrons, or anything that is not a beam at all.
bool penetratesCasing(const Offering &o)
{
    if (o.sources.isEmpty())
        return true;
    for (const QString &s : o.sources) {
        const QString n = s.toLower();
        if (n.contains(u"neutron") || n.contains(u"electrochem") || n.contains(u"ultrason") || n.contains(u"radio")
            || n.contains(u"muon"))
            return true;
    }
    return o.penetrationDepthM && *o.penetrationDepthM >= 5e-3;
}

// Step 1: reject only clear mismatches (domain.md section 4).
QString shapeMismatch(const Request &r, const Offering &o, bool inCell)
{
    const Takes t = takes(o);
    if (!t.known)
        return {};
    const SampleShape shape = r.sample.shape;
    const QString prep = t.items.join(QStringLiteral(", "));
    if (shape == SampleShape::LiquidElectrolyte && !t.liquid)
        return QStringLiteral("takes no liquid samples (sample preparation: %1)").arg(prep);
    if (isSolidShape(shape) && !t.solid)
        return QStringLiteral("takes only liquids (sample preparation: %1), not a %2").arg(prep, sampleShapeKey(shape));
    if ((shape == SampleShape::Electrode || shape == SampleShape::Powder) && t.modelOnly)
        return QStringLiteral("needs a flat model (thin-film) electrode (sample preparation: %1); a %2 cannot be measured")
            .arg(prep, sampleShapeKey(shape));
    if (isCellShape(shape) && inCell) {
        if (!listsCellFormat(t, shape))
            return QStringLiteral("no %1 set-up for operando work (sample preparation: %2)").arg(sampleShapeKey(shape), prep);
        if ((shape == SampleShape::CylindricalCell || shape == SampleShape::PrismaticCell) && !penetratesCasing(o))
            return QStringLiteral("the probe does not get through a %1 casing (penetration depth %2)")
                .arg(sampleShapeKey(shape),
                     o.penetrationDepthM ? quantity::formatLength(*o.penetrationDepthM) : QStringLiteral("unknown"));
    }
    return {};
}

// The operando cell of the cell list that works on this offering, if any.
std::pair<const OperandoCell *, const InstrumentRef *> cellFor(const Matrix &m, const Offering &o)
{
    for (const OperandoCell &c : m.cells)
        for (const InstrumentRef &ref : c.instruments)
            if (refMatches(ref, o))
                return {&c, &ref};
    return {nullptr, nullptr};
}

QStringList airTightHolders(const Matrix &m, const Offering &o)
{
    QStringList out;
    for (const SampleHolder &h : m.holders)
        for (const InstrumentRef &ref : h.instruments)
            if (ref.airTight && refMatches(ref, o) && !out.contains(h.label))
                out.append(h.label);
    return out;
}

struct Verdict {
    QString code;
    QString reason;
    Mode mode = Mode::ExSitu;
};

// Steps 1-4 for one offering and one observable.
Verdict judge(const Request &r, const RequestedObservable &obs, RequestMode mode, const Offering &o, const Matrix &m)
{
    Verdict v;
    const bool knownModes = o.modes != Modes();
    const bool hasCell = cellFor(m, o).first || o.cellAvailable.value_or(true);
    switch (mode) {
    case RequestMode::ExSitu:
        v.mode = Mode::ExSitu;
        break;
    case RequestMode::InSitu:
        v.mode = !knownModes || o.modes.testFlag(Mode::InSitu) ? Mode::InSitu : Mode::Operando;
        break;
    case RequestMode::Operando:
        v.mode = Mode::Operando;
        break;
    case RequestMode::Any:
        if (!knownModes || o.modes.testFlag(Mode::ExSitu))
            v.mode = Mode::ExSitu;
        else if (o.modes.testFlag(Mode::InSitu))
            v.mode = Mode::InSitu;
        else
            v.mode = Mode::Operando;
        break;
    }
    const bool inCell = v.mode != Mode::ExSitu;

    if (const QString shape = shapeMismatch(r, o, inCell); !shape.isEmpty())
        return {QStringLiteral("sample_shape"), shape, v.mode};
    // The applicability table (observable x sample form x technique family) rules out what
    // the physics rules out, whatever the sample-preparation cell says.
    if (const planning::ApplicabilityRule *rule = planning::applicableRule(o, obs.name, r.sample.shape); rule && !rule->applies)
        return {QStringLiteral("applicability"),
                QStringLiteral("rule \"%1\": %2 (%3)").arg(rule->id, rule->reason, rule->source), v.mode};

    if (obs.roi == RegionOfInterest::Specific && o.probedAreaResolutionM) {
        const double size = obs.roiSizeM.value_or(kDefaultRoiSizeM);
        if (*o.probedAreaResolutionM > size)
            return {QStringLiteral("roi"),
                    QStringLiteral("probed-area resolution %1 is coarser than the %2 region of interest")
                        .arg(quantity::formatLength(*o.probedAreaResolutionM), quantity::formatLength(size)),
                    v.mode};
    }

    if (inCell) {
        const bool modeOffered = !knownModes || o.modes.testFlag(Mode::Operando)
            || (v.mode == Mode::InSitu && o.modes.testFlag(Mode::InSitu));
        if (!modeOffered || !hasCell) {
            const QString what = mode == RequestMode::InSitu ? QStringLiteral("in-situ") : QStringLiteral("operando");
            QString reason = QStringLiteral("no %1 cell for %2 at %3").arg(what, o.abbreviation.isEmpty() ? o.technique : o.abbreviation, o.partner);
            if (!modeOffered)
                reason += QStringLiteral(" (measured %1 only)").arg(modeKeys(o.modes).join(QStringLiteral(", ")));
            return {QStringLiteral("no_operando_cell"), reason, v.mode};
        }
        if (obs.timeResolutionS && o.timeResolutionS && *o.timeResolutionS > *obs.timeResolutionS)
            return {QStringLiteral("time_resolution"),
                    QStringLiteral("finest time step %1, request needs %2")
                        .arg(quantity::formatSeconds(*o.timeResolutionS), quantity::formatSeconds(*obs.timeResolutionS)),
                    v.mode};
    } else if (knownModes && !o.modes.testFlag(Mode::ExSitu)) {
        return {QStringLiteral("mode"),
                QStringLiteral("measures only %1, the request asks ex situ").arg(modeKeys(o.modes).join(QStringLiteral(" or "))),
                v.mode};
    }
    return v;
}

const QString kElectrochemistry = QStringLiteral("electrochemical performance");

// Every operando measurement cycles its cell and records the cell's electrochemistry in the
// same set-up (the potentiostat is part of it): an offering that offers operando work
// measures electrochemical performance when it measures in its cell (issue 13, observation 6).
bool cyclesItsCell(const Offering &o, Mode mode)
{
    return mode != Mode::ExSitu && (o.modes == Modes() || o.modes.testFlag(Mode::Operando));
}

bool excludedPartner(const Request &r, const Matrix &m, const Offering &o)
{
    const Partner *p = m.partner(o.partner);
    for (const QString &name : r.excludePartners) {
        if (text::normalized(name) == text::normalized(o.partner))
            return true;
        if (p && p->matches(name))
            return true;
    }
    return false;
}

// Vocabulary: does the offering answer the requested concept, in full or through a broader
// term it lists (ObservableVocabulary::match, docs/PLANNER.md)?
ObservableMatch observableMatch(const Offering &o, const QString &observable)
{
    return ObservableVocabulary::bundled().match(o.observables, observable);
}

// Does the offering measure this observable (through the vocabulary) when it measures in `mode`?
bool measures(const Offering &o, const QString &observable, Mode mode)
{
    return observableMatch(o, observable) || (observable == kElectrochemistry && cyclesItsCell(o, mode));
}

// Elements: an element-specific technique must reach every element the request names or the
// concept implies (oxygen redox: O). The reason names the rule of elements.json.
QString elementMismatch(const RequestedObservable &obs, const Offering &o)
{
    QStringList elements = obs.elements;
    if (const ObservableTerm *t = ObservableVocabulary::bundled().term(obs.name); t && !t->element.isEmpty() && !elements.contains(t->element))
        elements.append(t->element);
    for (const QString &e : std::as_const(elements))
        if (const QString why = ElementTable::bundled().unreachable(o, e); !why.isEmpty())
            return why;
    return {};
}

// Material (issue 13): an ex-situ step whose own amount needs more prepared samples pooled
// than sample-amounts.json's pooling limit allows is refused, not priced (a 2 g neutron
// diffraction from 1.5 cm² coin-cell electrodes would be 112 cells). Before the search, so
// the search stays exact: it only has fewer options. Empty when the step fits.
QString materialShortfall(const Request &r, const Offering &o, Mode mode)
{
    if (mode != Mode::ExSitu || r.sample.shape == SampleShape::LiquidElectrolyte)
        return {};
    const planning::SampleAmountTable &table = planning::SampleAmountTable::bundled();
    const planning::PoolingLimit &limit = table.poolingLimit();
    const planning::AmountRule *rule = table.ruleFor(o);
    if (limit.maxSamples <= 0 || !rule)
        return {};
    const SampleAmount available = r.availablePerSample();
    const int pooled = planning::samplesPooled(activeMassMg(rule->amount), activeMassMg(available));
    if (pooled <= limit.maxSamples)
        return {};
    return QStringLiteral("takes %1 (%2), one prepared sample gives %3: %4 samples would be pooled, more than the %5 "
                          "a laboratory prepares alike for one request (pooling limit: %6; %7)")
        .arg(formatSampleAmount(rule->amount), rule->family, formatSampleAmount(available))
        .arg(pooled)
        .arg(limit.maxSamples)
        .arg(limit.reason, limit.source);
}

Rejection rejection(const Offering &o, const QString &observable, const QString &code, const QString &reason)
{
    return Rejection{o.id, o.partner, o.techniqueLabel(), observable, code, where(o) + QStringLiteral(": ") + reason};
}

} // namespace

const QList<Candidate> &CandidateSet::of(const QString &observable) const
{
    static const QList<Candidate> none;
    const int i = int(observables.indexOf(observable));
    return i < 0 ? none : candidates[i];
}

RequestMode effectiveMode(const Request &request, const QString &observable)
{
    const int index = request.indexOf(observable);
    const RequestMode own = index < 0 ? RequestMode::Any : request.observables[index].mode;
    const auto groups = request.correlationsOf(observable, 1);
    if (groups.isEmpty())
        return own;
    // Type 1 is one set-up at one time: the whole group shares a mode, operando unless
    // every member asks ex situ.
    bool allExSitu = true;
    bool anyInSitu = false;
    bool anyOperando = false;
    for (const Correlation *c : groups)
        for (const QString &name : c->observables) {
            const int i = request.indexOf(name);
            const RequestMode m = i < 0 ? RequestMode::Any : request.observables[i].mode;
            allExSitu = allExSitu && m == RequestMode::ExSitu;
            anyInSitu = anyInSitu || m == RequestMode::InSitu;
            anyOperando = anyOperando || m == RequestMode::Operando;
        }
    if (allExSitu)
        return RequestMode::ExSitu;
    return anyInSitu && !anyOperando ? RequestMode::InSitu : RequestMode::Operando;
}

CandidateSet filterCandidates(const Request &request, const Matrix &matrix)
{
    CandidateSet set;
    for (const RequestedObservable &obs : request.observables) {
        set.observables.append(obs.name);
        QList<Candidate> kept;
        const RequestMode mode = effectiveMode(request, obs.name);
        for (int i = 0; i < matrix.offerings.size(); ++i) {
            const Offering &o = matrix.offerings[i];
            const ObservableMatch match = observableMatch(o, obs.name);
            // Electrochemical performance also comes with every operando offering (see measures()).
            const bool listed = bool(match);
            if (!listed && !(obs.name == kElectrochemistry && cyclesItsCell(o, Mode::Operando)))
                continue;
            if (!listed) {
                // Not listed: a candidate only when it does cycle its cell here; otherwise it
                // is no rejection either (the developments report counts only listed ones).
                const Verdict v = judge(request, obs, mode, o, matrix);
                if (v.mode == Mode::ExSitu || !v.code.isEmpty() || request.excludeOfferings.contains(o.id) || excludedPartner(request, matrix, o))
                    continue;
            }
            if (request.excludeOfferings.contains(o.id) || excludedPartner(request, matrix, o)) {
                set.rejected.append(rejection(o, obs.name, QStringLiteral("excluded"), QStringLiteral("excluded by the request")));
                continue;
            }
            if (const QString why = elementMismatch(obs, o); !why.isEmpty()) {
                set.rejected.append(rejection(o, obs.name, QStringLiteral("element"), why));
                continue;
            }
            const Verdict v = judge(request, obs, mode, o, matrix);
            if (!v.code.isEmpty()) {
                set.rejected.append(rejection(o, obs.name, v.code, v.reason));
                continue;
            }
            if (const QString why = materialShortfall(request, o, v.mode); !why.isEmpty()) {
                set.rejected.append(rejection(o, obs.name, QStringLiteral("material"), why));
                continue;
            }
            Candidate c{o.id, i, obs.name, v.mode, {}, airTightHolders(matrix, o), {}};
            if (match.kind == ObservableMatch::Broader)
                c.listedAs = match.listed;
            if (v.mode != Mode::ExSitu)
                if (const OperandoCell *cell = cellFor(matrix, o).first)
                    c.cell = cell->name;
            // Step 5: a Type 1 group needs one set-up that measures every member.
            QString missing;
            for (const Correlation *g : request.correlationsOf(obs.name, 1))
                for (const QString &other : g->observables)
                    if (!measures(o, other, v.mode) && missing.isEmpty())
                        missing = other;
            if (!missing.isEmpty()) {
                set.rejected.append(rejection(o, obs.name, QStringLiteral("type1_not_combined"),
                                              QStringLiteral("does not measure %1 in the same set-up (Type 1 correlation)").arg(missing)));
                continue;
            }
            kept.append(c);
        }
        set.candidates.append(kept);
    }

    // Step 5, continued: a Type 1 set-up must pass the filter for every member of its group.
    for (int round = 0; round < 2; ++round)
        for (int k = 0; k < set.observables.size(); ++k) {
            const QString &name = set.observables[k];
            QList<Candidate> kept;
            for (const Candidate &c : std::as_const(set.candidates[k])) {
                QString failed;
                for (const Correlation *g : request.correlationsOf(name, 1))
                    for (const QString &other : g->observables) {
                        const auto &list = set.of(other);
                        if (failed.isEmpty() && std::none_of(list.begin(), list.end(), [&](const Candidate &x) { return x.offeringId == c.offeringId; }))
                            failed = other;
                    }
                if (failed.isEmpty()) {
                    kept.append(c);
                    continue;
                }
                set.rejected.append(rejection(matrix.offerings[c.offeringIndex], name, QStringLiteral("type1_not_combined"),
                                              QStringLiteral("cannot measure %1 as requested, so not %2 in the same set-up (Type 1 correlation)")
                                                  .arg(failed, name)));
            }
            set.candidates[k] = kept;
        }

    // Step 6: Type 2 on a specific ROI moves one sample between instruments in an
    // air-tight holder that every one of them takes.
    for (const Correlation &g : request.correlations) {
        if (g.type != 2)
            continue;
        const bool specific = std::any_of(g.observables.begin(), g.observables.end(), [&](const QString &n) {
            const int i = request.indexOf(n);
            return i >= 0 && request.observables[i].roi == RegionOfInterest::Specific;
        });
        if (!specific)
            continue;
        for (const QString &name : g.observables) {
            const int k = int(set.observables.indexOf(name));
            QList<Candidate> kept;
            for (const Candidate &c : std::as_const(set.candidates[k])) {
                if (c.mode != Mode::ExSitu) {
                    kept.append(c);
                    continue;
                }
                QString unshared;
                for (const QString &other : g.observables) {
                    if (other == name || !unshared.isEmpty())
                        continue;
                    const auto &list = set.of(other);
                    const bool ok = std::any_of(list.begin(), list.end(), [&](const Candidate &x) {
                        if (x.offeringId == c.offeringId || x.mode != Mode::ExSitu)
                            return true;
                        return std::any_of(c.holders.begin(), c.holders.end(), [&](const QString &h) { return x.holders.contains(h); });
                    });
                    if (!ok)
                        unshared = other;
                }
                if (unshared.isEmpty()) {
                    kept.append(c);
                    continue;
                }
                set.rejected.append(rejection(matrix.offerings[c.offeringIndex], name, QStringLiteral("type2_no_holder"),
                                              QStringLiteral("no air-tight holder shared with an instrument for %1 (Type 2 correlation on a specific region of interest)")
                                                  .arg(unshared)));
            }
            set.candidates[k] = kept;
        }
    }

    for (int k = 0; k < set.observables.size(); ++k)
        if (set.candidates[k].isEmpty())
            set.unmeasurable.append(set.observables[k]);
    return set;
}

} // namespace pm
