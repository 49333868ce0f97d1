#include "PlanExport.h"

#include <QJsonArray>
#include <QTextStream>

namespace pm {

namespace {

double rounded(double v, double quantum = 0.1)
{
    return std::round(v / quantum) * quantum;
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    return u'"' + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QString dotText(const QString &s)
{
    return QString(s).replace(QStringLiteral("\\"), QStringLiteral("\\\\")).replace(QStringLiteral("\""), QStringLiteral("\\\""));
}

} // namespace

QJsonObject rejectionToJson(const Rejection &r)
{
    return {{QStringLiteral("offering_id"), double(r.offeringId)}, {QStringLiteral("partner"), r.partner},
            {QStringLiteral("technique"), r.technique},           {QStringLiteral("observable"), r.observable},
            {QStringLiteral("reason_code"), r.reasonCode},        {QStringLiteral("reason"), r.reason}};
}

QJsonObject planToJson(const Plan &plan)
{
    QJsonArray samples;
    for (const PlanSample &s : plan.samples) {
        QJsonObject o{{QStringLiteral("id"), s.id}, {QStringLiteral("kind"), s.kind}, {QStringLiteral("prepared_at"), s.preparedAt},
                      {QStringLiteral("steps"), QJsonArray::fromStringList(s.steps)}};
        if (!s.cell.isEmpty())
            o.insert(QStringLiteral("cell"), s.cell);
        samples.append(o);
    }
    QJsonArray steps;
    for (const Step &s : plan.steps) {
        QJsonObject o{{QStringLiteral("id"), s.id},
                      {QStringLiteral("kind"), stepKindKey(s.kind)},
                      {QStringLiteral("partner"), s.partner},
                      {QStringLiteral("sample"), s.sample},
                      {QStringLiteral("destructive"), s.destructive},
                      {QStringLiteral("start_day"), rounded(s.startDay)},
                      {QStringLiteral("duration_days"), rounded(s.durationDays)},
                      {QStringLiteral("note"), s.note}};
        if (s.kind == StepKind::Measure) {
            o.insert(QStringLiteral("offering_id"), double(s.offeringId));
            o.insert(QStringLiteral("technique"), s.technique);
            o.insert(QStringLiteral("instrument"), s.instrument);
            o.insert(QStringLiteral("observables"), QJsonArray::fromStringList(s.observables));
            o.insert(QStringLiteral("mode"), s.mode);
            o.insert(QStringLiteral("damage"), s.damage == 2 ? QStringLiteral("destructive") : s.damage == 1 ? QStringLiteral("damaging") : QStringLiteral("none"));
            o.insert(QStringLiteral("post_processing_days"), rounded(s.postProcessingDays));
        } else {
            o.insert(QStringLiteral("offering_id"), QJsonValue());
            o.insert(QStringLiteral("observables"), QJsonArray());
        }
        if (!s.cell.isEmpty())
            o.insert(QStringLiteral("cell"), s.cell);
        if (!s.holder.isEmpty())
            o.insert(QStringLiteral("holder"), s.holder);
        if (!s.site.isEmpty())
            o.insert(QStringLiteral("site"), s.site);
        if (!s.contact.isEmpty())
            o.insert(QStringLiteral("contact"), s.contact);
        if (s.kind == StepKind::Ship) {
            o.insert(QStringLiteral("to"), s.to);
            o.insert(QStringLiteral("distance"), s.distance);
            o.insert(QStringLiteral("to_site"), s.toSite);
            o.insert(QStringLiteral("transfer_days"), rounded(s.durationDays));
            o.insert(QStringLiteral("air_exposure"), s.airExposure);
        }
        if (!s.warnings.isEmpty())
            o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(s.warnings));
        steps.append(o);
    }
    QJsonArray edges;
    for (const Edge &e : plan.edges)
        edges.append(QJsonObject{{QStringLiteral("from"), e.from}, {QStringLiteral("to"), e.to}, {QStringLiteral("kind"), e.kind}});
    QJsonObject assignment;
    for (auto it = plan.assignment.cbegin(); it != plan.assignment.cend(); ++it)
        assignment.insert(it.key(), double(it.value()));
    return {{QStringLiteral("rank"), plan.rank},
            {QStringLiteral("fidelity"), plan.fidelity},
            {QStringLiteral("cost"), plan.cost},
            {QStringLiteral("duration_days"), plan.durationDays},
            {QStringLiteral("class"), planClassKey(plan.tableClass)},
            {QStringLiteral("class_title"), planClassTitle(plan.tableClass)},
            {QStringLiteral("assignment"), assignment},
            {QStringLiteral("samples"), samples},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("edges"), edges},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)}};
}

QJsonObject planResultToJson(const PlanResult &result)
{
    QJsonArray plans;
    for (const Plan &p : result.plans)
        plans.append(planToJson(p));
    QJsonArray rejected;
    for (const Rejection &r : result.rejected)
        rejected.append(rejectionToJson(r));
    return {{QStringLiteral("plans"), plans},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("unmeasurable"), QJsonArray::fromStringList(result.unmeasurable)},
            {QStringLiteral("front_size"), result.frontSize},
            {QStringLiteral("complete"), result.complete}};
}

QByteArray planToCsv(const Plan &plan)
{
    QString out;
    QTextStream s(&out);
    s << "plan_rank,step,kind,sample,partner,technique,instrument,observables,mode,destructive,start_day,duration_days,cell,holder,note\n";
    for (const Step &st : plan.steps)
        s << plan.rank << ',' << st.id << ',' << stepKindKey(st.kind) << ',' << st.sample << ',' << csvField(st.partner) << ','
          << csvField(st.technique) << ',' << csvField(st.instrument) << ',' << csvField(st.observables.join(QStringLiteral("; "))) << ','
          << st.mode << ',' << (st.destructive ? "yes" : "no") << ',' << rounded(st.startDay) << ',' << rounded(st.durationDays) << ','
          << csvField(st.cell) << ',' << csvField(st.holder) << ',' << csvField(st.note) << '\n';
    s.flush();
    return out.toUtf8();
}

QByteArray planToDot(const Plan &plan, const QString &title)
{
    QString out;
    QTextStream s(&out);
    s << "digraph plan {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n";
    if (!title.isEmpty())
        s << "  label=\"" << dotText(title) << "\";\n";
    for (const PlanSample &sample : plan.samples) {
        s << "  subgraph \"cluster_" << sample.id << "\" {\n    label=\"" << dotText(sample.id + QStringLiteral(" (") + sample.kind + u')')
          << "\";\n";
        for (const QString &id : sample.steps) {
            const Step *st = plan.step(id);
            if (!st)
                continue;
            QString label = st->id + QStringLiteral("\\n");
            if (st->kind == StepKind::Measure)
                label += dotText(st->technique + QStringLiteral(" at ") + st->partner) + QStringLiteral("\\n") + dotText(st->observables.join(QStringLiteral(", ")));
            else
                label += dotText(st->note);
            const char *shape = st->kind == StepKind::Measure ? (st->destructive ? "octagon" : "box") : st->kind == StepKind::Ship ? "cds" : "ellipse";
            s << "    \"" << st->id << "\" [label=\"" << label << "\", shape=" << shape << "];\n";
        }
        s << "  }\n";
    }
    for (const Edge &e : plan.edges)
        s << "  \"" << e.from << "\" -> \"" << e.to << "\";\n";
    s << "}\n";
    s.flush();
    return out.toUtf8();
}

QString planResultToText(const PlanResult &result)
{
    QString out;
    QTextStream s(&out);
    if (result.plans.isEmpty())
        s << "No plan: nothing requested can be measured as asked.\n";
    for (const Plan &p : result.plans) {
        s << "Plan " << p.rank << ": fidelity " << QString::number(p.fidelity, 'f', 3) << ", cost " << p.cost << ", "
          << p.durationDays << " days — " << planClassTitle(p.tableClass) << '\n';
        for (const Step &st : p.steps) {
            s << "  day " << QString::number(st.startDay, 'f', 1).rightJustified(6) << "  " << st.id.leftJustified(12) << ' ';
            if (st.kind == StepKind::Measure)
                s << st.technique << " at " << st.partner << " (" << st.mode << (st.destructive ? ", destructive" : "") << "): "
                  << st.observables.join(QStringLiteral(", "));
            else
                s << st.note;
            s << "  [" << st.sample << "]\n";
            for (const QString &w : st.warnings)
                s << "      warning: " << w << '\n';
        }
    }
    if (!result.unmeasurable.isEmpty())
        s << "Unmeasurable: " << result.unmeasurable.join(QStringLiteral(", ")) << '\n';
    if (!result.rejected.isEmpty())
        s << result.rejected.size() << " offerings rejected (--format json lists them with reasons).\n";
    s.flush();
    return out;
}

} // namespace pm
