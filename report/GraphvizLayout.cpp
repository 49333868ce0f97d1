// The one file that talks to Graphviz: builds a cgraph graph from a plan, runs dot and
// reads the geometry back into GraphLayout (points, y downwards).
#include "GraphLayout.h"
#include "NodeStyle.h"

#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <memory>

// The layout and core plugins are linked in rather than discovered at run time: no
// plugin configuration file, no dlopen, the same result on every machine.
extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
lt_symlist_t lt_preloaded_symbols[] = {
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
    {nullptr, nullptr},
};
}

namespace pm::report {

namespace {

QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

// cgraph takes char* everywhere; the strings live as long as the call.
struct CString {
    explicit CString(const QString &s) : bytes(s.toUtf8()) { }
    char *get() { return bytes.data(); }
    QByteArray bytes;
};

void set(void *object, const char *name, const QString &value)
{
    CString n{QString::fromLatin1(name)};
    CString v{value};
    CString empty{QString()};
    agsafeset(object, n.get(), v.get(), empty.get());
}

QString inches(qreal points)
{
    return QString::number(points / 72.0, 'f', 4);
}

struct GraphDeleter {
    void operator()(Agraph_t *g) const { agclose(g); }
};
struct ContextDeleter {
    void operator()(GVC_t *c) const { gvFreeContext(c); }
};

QString edgeLabel(const Step &from)
{
    if (from.kind != StepKind::Ship)
        return {};
    return from.distance.isEmpty() ? durationText(from.durationDays) : QStringLiteral("%1, %2").arg(durationText(from.durationDays), from.distance);
}

} // namespace

Result<GraphLayout> layoutPlan(const Plan &plan, const Matrix *matrix)
{
    QMutexLocker lock(&graphvizMutex());
    std::unique_ptr<GVC_t, ContextDeleter> context(gvContextPlugins(lt_preloaded_symbols, 0));
    if (!context)
        return makeError(QStringLiteral("Graphviz could not be started"), QStringLiteral("sample-flow graph"));

    CString graphName{QStringLiteral("plan")};
    std::unique_ptr<Agraph_t, GraphDeleter> graph(agopen(graphName.get(), Agdirected, nullptr));
    set(graph.get(), "rankdir", QStringLiteral("LR"));
    set(graph.get(), "nodesep", QStringLiteral("0.25"));
    set(graph.get(), "ranksep", QStringLiteral("0.45"));
    set(graph.get(), "fontname", QStringLiteral("DejaVu Sans"));
    set(graph.get(), "fontsize", QString::number(clusterLabelFont().pointSizeF()));

    GraphLayout layout;
    QHash<QString, Agnode_t *> nodes;
    QHash<QString, int> nodeIndex;
    auto addNode = [&](Agraph_t *parent, const Step &step) {
        CString id{step.id};
        Agnode_t *n = agnode(parent, id.get(), 1);
        const NodeText text = nodeText(step);
        const QSizeF size = nodeSize(text);
        set(n, "shape", QStringLiteral("box"));
        set(n, "fixedsize", QStringLiteral("true"));
        set(n, "label", QString());
        set(n, "width", inches(size.width()));
        set(n, "height", inches(size.height()));
        nodes.insert(step.id, n);
        LaidOutNode node;
        node.stepId = step.id;
        node.kind = step.kind;
        node.title = text.title;
        node.lines = text.lines;
        node.fill = nodeFill(step, matrix);
        node.destructive = step.destructive;
        node.warning = !step.warnings.isEmpty();
        node.offeringId = step.offeringId;
        nodeIndex.insert(step.id, int(layout.nodes.size()));
        layout.nodes.append(node);
    };

    // One cluster per sample, so that each sample's path reads as one row.
    QHash<Agraph_t *, QString> clusterSample;
    for (const PlanSample &sample : plan.samples) {
        CString name{QStringLiteral("cluster_") + sample.id};
        Agraph_t *sub = agsubg(graph.get(), name.get(), 1);
        const QString label = sample.kind.isEmpty() ? sample.id : QStringLiteral("%1 (%2)").arg(sample.id, sample.kind);
        set(sub, "label", label);
        set(sub, "labeljust", QStringLiteral("l"));
        set(sub, "fontname", QStringLiteral("DejaVu Sans"));
        set(sub, "fontsize", QString::number(clusterLabelFont().pointSizeF()));
        clusterSample.insert(sub, label);
        for (const QString &id : sample.steps)
            if (const Step *step = plan.step(id); step && !nodes.contains(id))
                addNode(sub, *step);
    }
    for (const Step &step : plan.steps)
        if (!nodes.contains(step.id))
            addNode(graph.get(), step);

    QList<std::pair<Agedge_t *, int>> edges;
    for (const Edge &e : plan.edges) {
        Agnode_t *from = nodes.value(e.from);
        Agnode_t *to = nodes.value(e.to);
        if (!from || !to)
            return makeError(QStringLiteral("the plan has an edge from %1 to %2 but no such step").arg(e.from, e.to),
                             QStringLiteral("sample-flow graph"));
        Agedge_t *edge = agedge(graph.get(), from, to, nullptr, 1);
        LaidOutEdge out;
        out.from = e.from;
        out.to = e.to;
        if (const Step *s = plan.step(e.from))
            out.label = edgeLabel(*s);
        if (!out.label.isEmpty()) {
            set(edge, "label", out.label);
            set(edge, "fontname", QStringLiteral("DejaVu Sans"));
            set(edge, "fontsize", QString::number(edgeLabelFont().pointSizeF()));
        }
        edges.append({edge, int(layout.edges.size())});
        layout.edges.append(out);
    }

    CString engine{QStringLiteral("dot")};
    if (gvLayout(context.get(), graph.get(), engine.get()) != 0)
        return makeError(QStringLiteral("Graphviz (dot) could not lay out the sample-flow graph"), QStringLiteral("sample-flow graph"));

    const boxf bb = GD_bb(graph.get());
    const qreal top = bb.UR.y;
    auto toQt = [&](pointf p) { return QPointF(p.x - bb.LL.x, top - p.y); };
    layout.bounds = QRectF(0, 0, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);

    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
        Agnode_t *n = it.value();
        const QPointF c = toQt(ND_coord(n));
        const qreal w = ND_width(n) * 72.0;
        const qreal h = ND_height(n) * 72.0;
        layout.nodes[nodeIndex.value(it.key())].rect = QRectF(c.x() - w / 2, c.y() - h / 2, w, h);
    }
    for (const auto &[edge, index] : edges) {
        LaidOutEdge &out = layout.edges[index];
        if (const splines *spl = ED_spl(edge)) {
            for (int b = 0; b < spl->size; ++b) {
                const bezier &bz = spl->list[b];
                if (bz.size < 1)
                    continue;
                out.path.moveTo(toQt(bz.list[0]));
                for (int i = 1; i + 2 < bz.size; i += 3)
                    out.path.cubicTo(toQt(bz.list[i]), toQt(bz.list[i + 1]), toQt(bz.list[i + 2]));
                if (bz.eflag) {
                    // dot stops the spline where the arrow head starts and gives its tip.
                    const QPointF tip = toQt(bz.ep);
                    const QPointF base = toQt(bz.list[bz.size - 1]);
                    const QPointF d = tip - base;
                    const QPointF normal(-d.y() * 0.35, d.x() * 0.35);
                    out.arrowHead << tip << base + normal << base - normal;
                }
            }
        }
        if (textlabel_t *label = ED_label(edge); label && label->set)
            out.labelCenter = toQt(label->pos);
    }
    for (Agraph_t *sub = agfstsubg(graph.get()); sub; sub = agnxtsubg(sub)) {
        const boxf cb = GD_bb(sub);
        LaidOutCluster cluster;
        cluster.sampleId = QString::fromUtf8(agnameof(sub)).mid(int(qstrlen("cluster_")));
        cluster.label = clusterSample.value(sub);
        const QPointF topLeft = toQt(pointf{cb.LL.x, cb.UR.y});
        const QPointF bottomRight = toQt(pointf{cb.UR.x, cb.LL.y});
        cluster.rect = QRectF(topLeft, bottomRight);
        if (textlabel_t *label = GD_label(sub); label && label->set)
            cluster.labelCenter = toQt(label->pos);
        else
            cluster.labelCenter = cluster.rect.topLeft() + QPointF(cluster.rect.width() / 2, 8);
        layout.clusters.append(cluster);
    }
    gvFreeLayout(context.get(), graph.get());
    return layout;
}

} // namespace pm::report
