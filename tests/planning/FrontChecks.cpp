#include "FrontChecks.h"

namespace pm::test {

QSet<QString> objectiveSet(const planning::Front &front)
{
    QSet<QString> out;
    for (const auto &o : front.objectives)
        out.insert(QStringLiteral("%1/%2/%3").arg(o.fidelity, 0, 'f', 4).arg(o.cost, 0, 'f', 1).arg(o.duration, 0, 'f', 1));
    return out;
}

double assignmentSpace(const planning::Problem &problem)
{
    double space = 1;
    for (const auto &u : problem.units)
        space *= double(u.options.size());
    return space;
}

} // namespace pm::test
