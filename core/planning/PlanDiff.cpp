#include "PlanDiff.h"

#include <cmath>

namespace pm {

namespace {

QString name(const Step &s)
{
    return QStringLiteral("%1 @ %2").arg(s.technique, stepLocation(s));
}

QString days(double d)
{
    return QString::number(std::round(d * 10.0) / 10.0, 'g', 6);
}

} // namespace

QStringList PlanDiff::lines() const
{
    QStringList out;
    for (const PlanChange &c : changes)
        out << c.text;
    if (std::round(durationBefore * 10.0) != std::round(durationAfter * 10.0))
        out << QStringLiteral("Duration: %1 → %2 days").arg(days(durationBefore), days(durationAfter));
    return out;
}

PlanDiff diffPlans(const Plan &before, const Plan &after, QDate today)
{
    PlanDiff diff;
    diff.durationBefore = before.durationDays;
    diff.durationAfter = after.durationDays;
    const QList<const Step *> old = before.measureSteps();
    const QList<const Step *> now = after.measureSteps();
    QList<bool> oldMatched(old.size(), false);
    QList<bool> nowMatched(now.size(), false);

    // Kept: the same offering in the same mode, the best observable overlap first.
    for (int i = 0; i < old.size(); ++i) {
        int best = -1, bestShared = -1;
        for (int j = 0; j < now.size(); ++j) {
            if (nowMatched[j] || now[j]->offeringId != old[i]->offeringId || now[j]->mode != old[i]->mode)
                continue;
            int shared = 0;
            for (const QString &o : now[j]->observables)
                shared += old[i]->observables.contains(o) ? 1 : 0;
            if (shared > bestShared) {
                best = j;
                bestShared = shared;
            }
        }
        if (best < 0)
            continue;
        oldMatched[i] = nowMatched[best] = true;
        const QList<ContentChange> changes = contentChanges(decidedContent(before, *old[i], today), decidedContent(after, *now[best], today));
        if (!changes.isEmpty())
            diff.changes.append({PlanChange::Changed, old[i]->id, now[best]->id, QStringLiteral("%1 kept, %2").arg(name(*now[best]), changesText(changes))});
    }
    // Replaced: a removed and an added measurement sharing an observable.
    for (int i = 0; i < old.size(); ++i) {
        if (oldMatched[i])
            continue;
        for (int j = 0; j < now.size(); ++j) {
            if (nowMatched[j])
                continue;
            QStringList shared;
            for (const QString &o : now[j]->observables)
                if (old[i]->observables.contains(o))
                    shared << o;
            if (shared.isEmpty())
                continue;
            oldMatched[i] = nowMatched[j] = true;
            diff.changes.append({PlanChange::Replaced, old[i]->id, now[j]->id,
                                 QStringLiteral("%1 replaced by %2 for %3").arg(name(*old[i]), name(*now[j]), shared.join(QStringLiteral(", ")))});
            break;
        }
    }
    for (int i = 0; i < old.size(); ++i)
        if (!oldMatched[i])
            diff.changes.append({PlanChange::Removed, old[i]->id, {},
                                 QStringLiteral("%1 removed (%2)").arg(name(*old[i]), old[i]->observables.join(QStringLiteral(", ")))});
    for (int j = 0; j < now.size(); ++j)
        if (!nowMatched[j])
            diff.changes.append({PlanChange::Added, {}, now[j]->id,
                                 QStringLiteral("%1 added (%2)").arg(name(*now[j]), now[j]->observables.join(QStringLiteral(", ")))});
    return diff;
}

} // namespace pm
