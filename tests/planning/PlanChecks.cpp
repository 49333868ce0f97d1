#include "PlanChecks.h"

#include <cmath>

#include <QHash>
#include <QSet>

namespace pm::test {

const Step *measuring(const Plan &plan, const QString &observable)
{
    for (const Step &s : plan.steps)
        if (s.kind == StepKind::Measure && s.observables.contains(observable))
            return &s;
    return nullptr;
}

QString checkCoverage(const Plan &plan, const QStringList &measurable)
{
    for (const QString &o : measurable) {
        if (!measuring(plan, o))
            return QStringLiteral("no step measures %1").arg(o);
        if (!plan.assignment.contains(o) || plan.assignment.value(o) != measuring(plan, o)->offeringId)
            return QStringLiteral("assignment of %1 disagrees with the steps").arg(o);
    }
    return {};
}

QString checkCorrelations(const Plan &plan, const Request &request)
{
    for (const Correlation &c : request.correlations) {
        QSet<QString> steps;
        QSet<QString> samples;
        for (const QString &o : c.observables)
            if (const Step *s = measuring(plan, o)) {
                steps.insert(s->id);
                samples.insert(s->sample);
            }
        if (c.type == 1 && steps.size() > 1)
            return QStringLiteral("Type 1 group %1 measured by %2 steps").arg(c.observables.join(u'+')).arg(steps.size());
        if (c.type == 2 && samples.size() > 1)
            return QStringLiteral("Type 2 group %1 spread over %2 samples").arg(c.observables.join(u'+')).arg(samples.size());
    }
    return {};
}

QString checkDestructiveLast(const Plan &plan)
{
    for (const PlanSample &sample : plan.samples) {
        bool destroyed = false;
        QString by;
        for (const QString &id : sample.steps) {
            const Step *s = plan.step(id);
            if (!s)
                return QStringLiteral("sample %1 lists unknown step %2").arg(sample.id, id);
            if (destroyed && s->kind == StepKind::Measure)
                return QStringLiteral("%1 measures sample %2 after %3 destroyed it").arg(s->id, sample.id, by);
            // Destroyed, or not reusable (sample reuse "No", e.g. lab XRD at DTU): nothing follows.
            if (s->kind == StepKind::Measure && (s->destructive || s->endsSample)) {
                destroyed = true;
                by = s->id;
            }
        }
    }
    // And along the edges: nothing measured downstream of a destructive step.
    for (const Step &s : plan.steps) {
        if (!s.destructive && !s.endsSample)
            continue;
        QList<QString> frontier{s.id};
        QSet<QString> seen;
        while (!frontier.isEmpty()) {
            const QString at = frontier.takeFirst();
            for (const Edge &e : plan.edges)
                if (e.from == at && !seen.contains(e.to)) {
                    seen.insert(e.to);
                    frontier.append(e.to);
                    if (const Step *t = plan.step(e.to); t && t->kind == StepKind::Measure)
                        return QStringLiteral("%1 follows destructive %2").arg(e.to, s.id);
                }
        }
    }
    return {};
}

QString checkAcyclic(const Plan &plan)
{
    QHash<QString, int> indegree;
    for (const Step &s : plan.steps)
        indegree.insert(s.id, 0);
    for (const Edge &e : plan.edges) {
        if (!indegree.contains(e.from) || !indegree.contains(e.to))
            return QStringLiteral("edge %1 -> %2 names an unknown step").arg(e.from, e.to);
        ++indegree[e.to];
    }
    QList<QString> ready;
    for (auto it = indegree.cbegin(); it != indegree.cend(); ++it)
        if (it.value() == 0)
            ready.append(it.key());
    int visited = 0;
    while (!ready.isEmpty()) {
        const QString v = ready.takeFirst();
        ++visited;
        for (const Edge &e : plan.edges)
            if (e.from == v && --indegree[e.to] == 0)
                ready.append(e.to);
    }
    if (visited != plan.steps.size())
        return QStringLiteral("the sample-flow graph has a cycle");
    return {};
}

QString checkLogistics(const Plan &plan, const Request &request, const Matrix &matrix)
{
    // The origin's site as the plan names sites (their labels); a partner the registry does
    // not place is its own site, named after it.
    QString originSite;
    if (!request.origin.isEmpty()) {
        const Partner *partner = matrix.partner(request.origin);
        const Site *site = matrix.originSite(request.origin);
        originSite = site ? site->name : partner ? partner->shortName : QString();
        if (originSite.isEmpty())
            return QStringLiteral("the origin %1 is neither a partner nor a site").arg(request.origin);
    }
    QHash<QString, const Step *> byId;
    for (const Step &s : plan.steps)
        byId.insert(s.id, &s);
    for (const PlanSample &sample : plan.samples) {
        QString where;
        for (int i = 0; i < sample.steps.size(); ++i) {
            const Step *s = byId.value(sample.steps[i]);
            if (!s)
                return QStringLiteral("%1 lists an unknown step %2").arg(sample.id, sample.steps[i]);
            if (s->site.isEmpty())
                return QStringLiteral("%1 names no site").arg(s->id);
            if (i == 0) {
                if (s->kind != StepKind::Prepare)
                    return QStringLiteral("%1 does not start with its preparation").arg(sample.id);
                if (!originSite.isEmpty() && s->site != originSite)
                    return QStringLiteral("%1 starts at %2, not at the origin %3 (%4)").arg(sample.id, s->site, request.origin, originSite);
                where = s->site;
                continue;
            }
            if (s->site != where)
                return QStringLiteral("%1 happens at %2 but %3 is at %4").arg(s->id, s->site, sample.id, where);
            if (s->kind == StepKind::Ship) {
                if (s->toSite.isEmpty() || s->toSite == where || s->to.isEmpty())
                    return QStringLiteral("%1 names no other site to ship to").arg(s->id);
                if (s->distance.isEmpty() || s->airExposure.isEmpty())
                    return QStringLiteral("%1 shows no distance class or air exposure").arg(s->id);
                where = s->toSite;
            }
        }
    }
    return {};
}

QString checkPreparationReasons(const Plan &plan)
{
    for (const Step &s : plan.steps) {
        if (s.kind != StepKind::Prepare)
            continue;
        const QString days = s.durationDays == 1 ? QStringLiteral("1 day: ")
                                                 : QStringLiteral("%1 days: ").arg(QString::number(std::round(s.durationDays * 10) / 10, 'g', 6));
        if (!s.note.contains(QStringLiteral(" — ") + days))
            return QStringLiteral("%1 lasts %2 days but its note does not say why: \"%3\"").arg(s.id).arg(s.durationDays).arg(s.note);
    }
    return {};
}

QString checkAll(const Plan &plan, const Request &request, const QStringList &measurable, const Matrix &matrix)
{
    for (const QString &problem :
         {checkCoverage(plan, measurable), checkCorrelations(plan, request), checkDestructiveLast(plan), checkAcyclic(plan), checkLogistics(plan, request, matrix),
          checkPreparationReasons(plan)})
        if (!problem.isEmpty())
            return problem;
    return {};
}

} // namespace pm::test
