#include "GraphLayout.h"

namespace pm::report {

const LaidOutNode *GraphLayout::node(const QString &stepId) const
{
    for (const LaidOutNode &n : nodes)
        if (n.stepId == stepId)
            return &n;
    return nullptr;
}

} // namespace pm::report
