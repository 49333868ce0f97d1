#pragma once

// The sample-flow graph as the planner needs it: nodes with release times, durations and
// tails, edges as index pairs. Boost.Graph stays inside SampleFlowGraph.cpp.

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QVector>

namespace pm::planning {

struct FlowNode {
    double release = 0;  // cannot start before this day (booking lead time)
    double duration = 0; // days the sample is busy here
    double tail = 0;     // work after the sample has left (post-processing)
    QString label;       // for errors: "measure-2 (XRD at ESRF)"
};

struct FlowSchedule {
    QVector<double> start;
    QVector<double> finish;
    double total = 0; // max over nodes of finish + tail: the plan's duration
};

// Earliest start schedule along the DAG (longest path). A cycle is an error naming its nodes.
Result<FlowSchedule> scheduleFlow(const QVector<FlowNode> &nodes, const QVector<std::pair<int, int>> &edges);

} // namespace pm::planning
