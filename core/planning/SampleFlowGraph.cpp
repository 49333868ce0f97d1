#include "SampleFlowGraph.h"

#include "common/TextMatch.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/exception.hpp>
#include <boost/graph/topological_sort.hpp>

#include <algorithm>
#include <iterator>
#include <vector>

namespace pm::planning {

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;

// Nodes on a cycle, for the error message: repeatedly drop nodes without predecessors or
// successors; what remains lies on (or between) cycles.
QStringList nodesOnCycles(const QVector<FlowNode> &nodes, const QVector<std::pair<int, int>> &edges)
{
    QVector<bool> alive(nodes.size(), true);
    bool changed = true;
    while (changed) {
        changed = false;
        for (int v = 0; v < nodes.size(); ++v) {
            if (!alive[v])
                continue;
            bool in = false;
            bool out = false;
            for (const auto &[a, b] : edges) {
                if (!alive[a] || !alive[b])
                    continue;
                in = in || b == v;
                out = out || a == v;
            }
            if (!in || !out) {
                alive[v] = false;
                changed = true;
            }
        }
    }
    QStringList labels;
    for (int v = 0; v < nodes.size(); ++v)
        if (alive[v])
            labels.append(nodes[v].label);
    return labels;
}

} // namespace

Result<FlowSchedule> scheduleFlow(const QVector<FlowNode> &nodes, const QVector<std::pair<int, int>> &edges)
{
    Graph g(size_t(nodes.size()));
    for (const auto &[a, b] : edges)
        boost::add_edge(size_t(a), size_t(b), g);
    std::vector<Graph::vertex_descriptor> order;
    order.reserve(size_t(nodes.size()));
    try {
        boost::topological_sort(g, std::back_inserter(order));
    } catch (const boost::not_a_dag &) {
        return makeError(QStringLiteral("the sample flow has a cycle through %1: a sample cannot wait for its own measurement")
                             .arg(text::humanList(nodesOnCycles(nodes, edges), QStringLiteral("and"))),
                         QStringLiteral("sequencing"));
    }
    FlowSchedule s;
    s.start.fill(0, nodes.size());
    s.finish.fill(0, nodes.size());
    // topological_sort writes the reverse order.
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const int v = int(*it);
        double ready = nodes[v].release;
        for (auto [e, end] = boost::in_edges(*it, g); e != end; ++e)
            ready = std::max(ready, s.finish[int(boost::source(*e, g))]);
        s.start[v] = ready;
        s.finish[v] = ready + nodes[v].duration;
        s.total = std::max(s.total, s.finish[v] + nodes[v].tail);
    }
    return s;
}

} // namespace pm::planning
