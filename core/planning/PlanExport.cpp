#include "PlanExport.h"

#include "io/SpreadsheetSafety.h"

#include <QJsonArray>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace pm {

namespace {

double rounded(double v, double quantum = 0.1)
{
    return std::round(v / quantum) * quantum;
}

// One CSV field (RFC 4180). Text from a stored plan may come from another user of a shared
// server: unless raw, a field that starts like a formula is neutralised (SpreadsheetSafety.h).
QString csvField(const QString &text, bool raw)
{
    const QString s = raw ? text : spreadsheet::neutralised(text);
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    return u'"' + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QString dotText(const QString &s)
{
    return QString(s).replace(QStringLiteral("\\"), QStringLiteral("\\\\")).replace(QStringLiteral("\""), QStringLiteral("\\\""));
}

// A difference of two fidelities on the 1e-4 grid, without the subtraction's noise.
double onGrid(double fidelity)
{
    return std::round(fidelity * 1e4) / 1e4;
}

} // namespace

QString airHandling(const Step &s, bool airSensitive)
{
    if (s.kind == StepKind::Ship)
        return s.airExposure;
    if (!airSensitive)
        return QStringLiteral("none needed");
    if (!s.holder.isEmpty())
        return QStringLiteral("inert gas throughout, in the %1").arg(s.holder);
    return QStringLiteral("inert gas throughout; no air-tight holder listed: glovebox transfer");
}

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
        // Material (issue 13): pooled preparations and the amounts behind them.
        if (s.batches > 1)
            o.insert(QStringLiteral("batches"), s.batches);
        if (!s.amountNeeded.isEmpty())
            o.insert(QStringLiteral("amount_needed"), s.amountNeeded);
        if (!s.amountAvailable.isEmpty())
            o.insert(QStringLiteral("amount_available"), s.amountAvailable);
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
            o.insert(QStringLiteral("damage"), s.damageClass.isEmpty() ? QStringLiteral("none") : s.damageClass);
            o.insert(QStringLiteral("damage_reason"), s.damageReason);
            o.insert(QStringLiteral("ends_sample"), s.endsSample);
            if (s.holdDays > 0)
                o.insert(QStringLiteral("hold_days"), rounded(s.holdDays));
            if (!s.toConfirm.isEmpty())
                o.insert(QStringLiteral("to_confirm"), s.toConfirm);
            o.insert(QStringLiteral("post_processing_days"), rounded(s.postProcessingDays));
            // Requirements and practical details (issue 13).
            QJsonObject req{{QStringLiteral("lead_days"), rounded(s.leadDays)}};
            const std::pair<const char *, const QString *> texts[] = {
                {"amount", &s.amount},           {"sample_form", &s.sampleForm}, {"access_route", &s.accessRoute},
                {"user_office", &s.userOffice}, {"next_call", &s.nextCall}};
            for (const auto &[key, value] : texts)
                if (!value->isEmpty())
                    req.insert(QLatin1String(key), *value);
            o.insert(QStringLiteral("requirements"), req);
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
        if (!s.location.isEmpty())
            o.insert(QStringLiteral("location"), s.location);
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
    QJsonObject out{{QStringLiteral("rank"), plan.rank},
            {QStringLiteral("fidelity"), plan.fidelity},
            {QStringLiteral("cost"), plan.cost},
            {QStringLiteral("duration_days"), plan.durationDays},
            {QStringLiteral("class"), planClassKey(plan.tableClass)},
            {QStringLiteral("class_title"), planClassTitle(plan.tableClass)},
            {QStringLiteral("assignment"), assignment},
            {QStringLiteral("samples"), samples},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("edges"), edges},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)},
            {QStringLiteral("bound"), std::max(plan.fidelityBound, plan.fidelity)},
            {QStringLiteral("gap"), onGrid(plan.gap())}};
    if (plan.startDate.isValid()) // day 0, once fixed (stored plans, re-plans)
        out.insert(QStringLiteral("start_date"), plan.startDate.toString(Qt::ISODate));
    return out;
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
            {QStringLiteral("covered_by_existing_data"), coveredToJson(result.covered)},
            {QStringLiteral("front_size"), result.frontSize},
            {QStringLiteral("complete"), result.complete},
            {QStringLiteral("bound"), std::max(result.fidelityBound, result.bestFidelity)},
            {QStringLiteral("gap"), onGrid(result.gap())},
            {QStringLiteral("nodes"), double(result.nodes)},
            {QStringLiteral("elapsed_ms"), double(result.elapsedMs)}};
}

QString gapStatement(const PlanResult &result)
{
    if (result.complete)
        return {};
    return QStringLiteral("The search stopped before the front was proven complete. No plan can have a fidelity above %1; "
                          "the best found has %2 (gap %3).")
        .arg(QString::number(result.fidelityBound, 'f', 3), QString::number(result.bestFidelity, 'f', 3), QString::number(result.gap(), 'f', 3));
}

QString planGapStatement(const Plan &plan)
{
    return QStringLiteral("no plan at this cost or lower and this duration or shorter has a fidelity above %1 (gap %2)")
        .arg(QString::number(std::max(plan.fidelityBound, plan.fidelity), 'f', 3), QString::number(plan.gap(), 'f', 3));
}

QByteArray planToCsv(const Plan &plan, bool raw, bool airSensitive)
{
    const auto f = [raw](const QString &text) { return csvField(text, raw); };
    QString out;
    QTextStream s(&out);
    // The requirements and practical details of each step follow the original columns
    // (issue 13: amount, sample form, holder, cell, air handling, access route, contact and
    // lead time), so that a spreadsheet holds what the report's tables hold.
    s << "plan_rank,step,kind,sample,partner,technique,instrument,observables,mode,destructive,start_day,duration_days,cell,holder,note,"
         "location,site,contact,amount,sample_form,air_handling,access_route,next_call,lead_days\n";
    for (const Step &st : plan.steps) {
        s << plan.rank << ',' << f(st.id) << ',' << stepKindKey(st.kind) << ',' << f(st.sample) << ',' << f(st.partner) << ','
          << f(st.technique) << ',' << f(st.instrument) << ',' << f(st.observables.join(QStringLiteral("; "))) << ',' << f(st.mode)
          << ',' << (st.destructive ? "yes" : "no") << ',' << rounded(st.startDay) << ',' << rounded(st.durationDays) << ','
          << f(st.cell) << ',' << f(st.holder) << ',' << f(st.note) << ',';
        const bool measure = st.kind == StepKind::Measure;
        const QString access = !measure ? QString() : st.accessRoute.isEmpty() ? QStringLiteral("laboratory booking") : st.accessRoute;
        const QString contact = st.userOffice.isEmpty() || st.userOffice == st.contact
            ? st.contact
            : QStringLiteral("%1; apply at %2").arg(st.contact, st.userOffice);
        s << f(measure ? stepLocation(st) : QString()) << ',' << f(st.site) << ',' << f(measure ? contact : QString()) << ','
          << f(st.amount) << ',' << f(st.sampleForm) << ',' << f(st.kind == StepKind::Prepare ? QString() : airHandling(st, airSensitive)) << ',' << f(access) << ',' << f(st.nextCall) << ',';
        if (measure)
            s << rounded(st.leadDays);
        s << '\n';
    }
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
                label += dotText(st->technique + QStringLiteral(" at ") + stepLocation(*st)) + QStringLiteral("\\n") + dotText(st->observables.join(QStringLiteral(", ")));
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
        if (!result.complete)
            s << "  " << planGapStatement(p) << '\n';
        for (const Step &st : p.steps) {
            s << "  day " << QString::number(st.startDay, 'f', 1).rightJustified(6) << "  " << st.id.leftJustified(12) << ' ';
            if (st.kind == StepKind::Measure)
                s << st.technique << " at " << stepLocation(st) << " (" << st.mode << (st.destructive ? ", destructive" : "")
                  << (st.toConfirm.isEmpty() ? "" : ", to confirm with the partner") << "): "
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
    for (const CoveredObservable &c : result.covered)
        s << "Covered by existing data, not planned: " << c.observable << " (https://doi.org/" << c.doi << ")\n";
    if (!result.rejected.isEmpty())
        s << result.rejected.size() << " offerings rejected (--format json lists them with reasons).\n";
    if (!result.complete)
        s << gapStatement(result) << '\n';
    s.flush();
    return out;
}

} // namespace pm
