#include "ReportHtml.h"
#include "NodeStyle.h"
#include "Timeline.h"

#include "matrix/Matrix.h"
#include "matrix/Scale.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace pm::report {

namespace {

// lupdate files Strings::tr() under this context, the one looked up at run time.
struct Strings { Q_DECLARE_TR_FUNCTIONS(pm::report::ReportHtml) };

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString levelName(int level)
{
    return level < 0 ? Strings::tr("unknown") : scale::name(Scale::Level, level).toLower();
}

QString row(const QStringList &cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString out = QStringLiteral("<tr>");
    for (const QString &c : cells)
        out += QStringLiteral("<%1>%2</%1>").arg(tag, c);
    return out + QStringLiteral("</tr>");
}

QString table(const QStringList &header, const QStringList &rows)
{
    return QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">") + row(header, true)
        + rows.join(QString()) + QStringLiteral("</table>");
}

QString stepWhat(const Step &s)
{
    if (s.kind == StepKind::Measure)
        return QStringLiteral("<b>%1</b> at <b>%2</b><br/>%3").arg(esc(s.technique), esc(stepLocation(s)), esc(s.observables.join(QStringLiteral(", "))));
    return esc(s.note);
}

QString statusText(const PlanReportInput &input, const QString &stepId)
{
    switch (input.statuses.value(stepId, StepStatus::Proposed)) {
    case StepStatus::Accepted:
        return Strings::tr("accepted");
    case StepStatus::Refused:
        return QStringLiteral("<span class=\"bad\">%1</span>").arg(Strings::tr("refused"));
    case StepStatus::Changed: // accepted before, changed by a re-plan: to ask again
        return QStringLiteral("<span class=\"bad\">%1</span>").arg(Strings::tr("changed since accepted"));
    case StepStatus::Proposed:
        break;
    }
    return Strings::tr("proposed");
}

QString levelText(int level)
{
    switch (level) {
    case 0:
        return Strings::tr("low");
    case 1:
        return Strings::tr("medium");
    default:
        return Strings::tr("high");
    }
}

} // namespace

QString reportStyleSheet()
{
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #222; }"
        "h1 { font-size: 18pt; color: #1f3b5c; margin-bottom: 4pt; }"
        "h2 { font-size: 13pt; color: #1f3b5c; margin-top: 14pt; margin-bottom: 4pt; }"
        "h3 { font-size: 10.5pt; margin-top: 8pt; margin-bottom: 2pt; }"
        "table.grid { border-collapse: collapse; border: 1px solid #999; }"
        "table.grid th { background: #e4ebf3; text-align: left; border: 1px solid #999; }"
        "table.grid td { border: 1px solid #bbb; vertical-align: top; }"
        ".muted { color: #666; } .bad { color: #b03a2e; font-weight: bold; } .warn { color: #a35400; }");
}

QString coverHtml(const PlanReportInput &input)
{
    const Request &r = input.request;
    QString h;
    h += QStringLiteral("<h1>%1</h1>").arg(esc(r.title.isEmpty() ? Strings::tr("Characterisation plan") : r.title));
    h += QStringLiteral("<p class=\"muted\">%1</p>")
             .arg(Strings::tr("Measurement plan proposed by ProbeMatrix from the BIG-MAP global experimental matrix, %1.")
                      .arg(QLocale().toString(input.generated, QLocale::LongFormat)));
    h += QStringLiteral("<h2>%1</h2>").arg(Strings::tr("Request"));
    QStringList rows;
    rows << row({Strings::tr("Sample"), esc(QStringLiteral("%1, %2").arg(sampleShapeKey(r.sample.shape), r.sample.material.isEmpty() ? Strings::tr("material not given") : r.sample.material))});
    rows << row({Strings::tr("Air sensitive"), r.sample.airSensitive ? Strings::tr("yes: handled and shipped under inert gas") : Strings::tr("no")});
    // An origin naming one site by its key ("cnrs-bordeaux") is shown by the site's name.
    const Site *originSite = input.matrix && !input.matrix->partner(r.origin) ? input.matrix->originSite(r.origin) : nullptr;
    rows << row({Strings::tr("Prepared at"), r.origin.isEmpty() ? Strings::tr("where first measured") : esc(originSite ? originSite->name : r.origin)});
    rows << row({Strings::tr("Fidelity wanted / cost accepted"), QStringLiteral("%1 / %2").arg(levelText(r.fidelity), levelText(r.cost))});
    if (!r.excludePartners.isEmpty())
        rows << row({Strings::tr("Partners excluded"), esc(r.excludePartners.join(QStringLiteral(", ")))});
    // Issue 17: observables not planned because data exist, with the DOI to cite.
    QStringList covered;
    for (const CoveredObservable &c : r.covered)
        covered << QStringLiteral("%1: <a href=\"https://doi.org/%2\">doi:%2</a>").arg(esc(c.observable), esc(c.doi));
    if (!covered.isEmpty())
        rows << row({Strings::tr("Covered by existing data (not planned)"), covered.join(QStringLiteral("<br>"))});
    if (r.deadline.isValid())
        rows << row({Strings::tr("Results wanted by"), QLocale().toString(r.deadline, QLocale::LongFormat)});
    QStringList routes;
    for (AccessRoute a : r.accessRoutes)
        routes << accessRouteTitle(a);
    rows << row({Strings::tr("Access routes held"), esc(routes.isEmpty() ? accessRouteTitle(AccessRoute::Standard) : routes.join(QStringLiteral(", ")))});
    rows << row({Strings::tr("Material per prepared sample"),
                 esc(formatSampleAmount(r.availablePerSample()) + (r.availableAmount ? QString() : Strings::tr(" (default for the shape)")))
                     + (r.modifiedSample ? QStringLiteral("; ") + Strings::tr("modified sample") : QString())});
    h += QStringLiteral("<table width=\"100%\" cellpadding=\"2\">") + rows.join(QString()) + QStringLiteral("</table>");
    if (const Plan *p = input.plan(); p && r.deadline.isValid()) {
        const Timeline t = buildTimeline(*p, input.matrix, input.startDate);
        if (const QDate end = t.dateOf(t.totalDays); end > r.deadline)
            h += QStringLiteral("<p class=\"bad\">⚠ %1</p>")
                     .arg(esc(Strings::tr("Starting %1, plan %2 ends about %3, after the wished-for deadline of %4.")
                                  .arg(QLocale().toString(t.startDate, QLocale::LongFormat))
                                  .arg(p->rank)
                                  .arg(QLocale().toString(end, QLocale::LongFormat), QLocale().toString(r.deadline, QLocale::LongFormat))));
    }

    QStringList obs;
    for (const RequestedObservable &o : r.observables) {
        QString when = requestModeKey(o.mode);
        if (o.timeResolutionS)
            when += Strings::tr(", one point every %1 s").arg(*o.timeResolutionS);
        obs << row({esc(o.name), esc(when), esc(o.roiNote.isEmpty() ? roiKey(o.roi) : QStringLiteral("%1: %2").arg(roiKey(o.roi), o.roiNote))});
    }
    h += QStringLiteral("<h3>%1</h3>").arg(Strings::tr("Observables"));
    h += table({Strings::tr("Observable"), Strings::tr("Mode"), Strings::tr("Region of interest")}, obs);
    if (!r.correlations.isEmpty()) {
        QStringList cor;
        for (const Correlation &c : r.correlations)
            cor << row({Strings::tr("Type %1").arg(c.type), esc(c.observables.join(QStringLiteral(", ")))});
        h += QStringLiteral("<h3>%1</h3>").arg(Strings::tr("Correlations"));
        h += table({Strings::tr("Type"), Strings::tr("Observables")}, cor);
    }

    h += QStringLiteral("<h2>%1</h2>").arg(Strings::tr("Plans proposed"));
    // An incomplete search states what it proved: a fidelity bound per plan (no plan costing
    // no more and lasting no longer can do better) and for the whole front.
    const bool incomplete = !input.result.complete;
    QStringList plans;
    for (int i = 0; i < input.result.plans.size(); ++i) {
        const Plan &p = input.result.plans[i];
        const QString rank = i == input.planIndex ? QStringLiteral("<b>%1 ◀</b>").arg(p.rank) : QString::number(p.rank);
        QStringList cells{rank, QString::number(p.fidelity, 'f', 2), QString::number(p.cost, 'f', 1), durationText(p.durationDays),
                          esc(planClassTitle(p.tableClass))};
        if (incomplete)
            cells.insert(2, QString::number(std::max(p.fidelityBound, p.fidelity), 'f', 3));
        plans << row(cells);
    }
    QStringList heads{Strings::tr("Rank"), Strings::tr("Fidelity"), Strings::tr("Cost"), Strings::tr("Duration"), Strings::tr("D5.5 Table 3 class")};
    if (incomplete)
        heads.insert(2, Strings::tr("At most (same cost and duration)"));
    h += table(heads, plans);
    if (incomplete)
        h += QStringLiteral("<p class=\"warn\">%1</p>")
                 .arg(esc(Strings::tr("The search stopped before the front was proven complete. No plan can have a fidelity above %1; "
                                      "the best found has %2 (gap %3). The column \"At most\" gives, for each plan, the highest fidelity "
                                      "any plan costing no more and lasting no longer could have.")
                              .arg(QString::number(std::max(input.result.fidelityBound, input.result.bestFidelity), 'f', 3),
                                   QString::number(input.result.bestFidelity, 'f', 3), QString::number(input.result.gap(), 'f', 3))));
    if (const Plan *p = input.plan())
        h += QStringLiteral("<p>%1</p>").arg(Strings::tr("This report details plan %1: %2 steps on %3 samples.").arg(p->rank).arg(p->steps.size()).arg(p->samples.size()));
    if (!input.result.unmeasurable.isEmpty())
        h += QStringLiteral("<p class=\"bad\">%1</p>").arg(esc(Strings::tr("Cannot be measured as asked: %1").arg(input.result.unmeasurable.join(QStringLiteral(", ")))));
    return h;
}

QString stepsHtml(const PlanReportInput &input)
{
    const Plan *p = input.plan();
    if (!p)
        return QStringLiteral("<p>%1</p>").arg(Strings::tr("No plan: nothing requested can be measured as asked."));
    const Timeline t = buildTimeline(*p, input.matrix, input.startDate);
    QStringList rows;
    int n = 0;
    for (const Step &s : p->steps) {
        QString what = stepWhat(s);
        if (s.destructive)
            what += QStringLiteral(" <span class=\"bad\">%1</span>").arg(Strings::tr("(destructive)"));
        if (!s.toConfirm.isEmpty())
            what += QStringLiteral("<br/><span class=\"warn\">%1</span>").arg(esc(Strings::tr("To confirm with the partner: %1").arg(s.toConfirm)));
        for (const QString &w : s.warnings)
            what += QStringLiteral("<br/><span class=\"warn\">⚠ %1</span>").arg(esc(w));
        rows << row({QString::number(++n), esc(s.id), what, esc(s.sample),
                     QStringLiteral("%1 – %2").arg(QLocale().toString(t.dateOf(s.startDay), QLocale::ShortFormat),
                                                   QLocale().toString(t.dateOf(s.startDay + s.durationDays), QLocale::ShortFormat)),
                     statusText(input, s.id)});
    }
    QString h = QStringLiteral("<h2>%1</h2>").arg(Strings::tr("Ordered steps"));
    h += table({Strings::tr("#"), Strings::tr("Step"), Strings::tr("What"), Strings::tr("Sample"), Strings::tr("When"), Strings::tr("Status")}, rows);
    if (!p->warnings.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(Strings::tr("Warnings"));
        for (const QString &w : p->warnings)
            h += QStringLiteral("<li class=\"warn\">%1</li>").arg(esc(w));
        h += QStringLiteral("</ul>");
    }
    return h;
}

QString airHandlingText(const Step &step, bool airSensitive)
{
    if (!airSensitive)
        return Strings::tr("none needed");
    return step.holder.isEmpty() ? Strings::tr("inert gas throughout; no air-tight holder listed: glovebox transfer")
                                 : Strings::tr("inert gas throughout, in the %1").arg(step.holder);
}

QString requirementsHtml(const PlanReportInput &input)
{
    const Plan *p = input.plan();
    if (!p)
        return {};
    const Request &r = input.request;
    QHash<QString, const PlanSample *> samples;
    for (const PlanSample &sample : p->samples)
        samples.insert(sample.id, &sample);
    QStringList rows;
    for (const Step &s : p->steps) {
        if (s.kind != StepKind::Measure)
            continue;
        // Amount (issue 13): what the step takes, and the pooled preparations behind its sample.
        QString amount = s.amount.isEmpty() ? Strings::tr("to confirm with the partner") : esc(s.amount);
        if (const PlanSample *sample = samples.value(s.sample); sample && sample->batches > 1)
            amount += QStringLiteral("<br/><span class=\"warn\">%1</span>")
                          .arg(esc(Strings::tr("%1 samples pooled: %2 needed, %3 per sample")
                                       .arg(sample->batches)
                                       .arg(sample->amountNeeded, sample->amountAvailable)));
        QStringList form;
        form << esc(QStringLiteral("%1, %2").arg(sampleShapeKey(r.sample.shape), r.sample.material));
        const QString preparation = s.sampleForm.isEmpty() && input.matrix && input.matrix->offering(s.offeringId)
            ? input.matrix->offering(s.offeringId)->samplePreparation.join(QStringLiteral("; "))
            : s.sampleForm;
        if (!preparation.isEmpty())
            form << esc(Strings::tr("preparation: %1").arg(preparation));
        const QString air = esc(airHandlingText(s, r.sample.airSensitive));
        rows << row({QStringLiteral("<b>%1</b> @ %2<br/>%3").arg(esc(s.technique), esc(stepLocation(s)), esc(s.mode)), amount,
                     form.join(QStringLiteral("<br/>")), s.cell.isEmpty() ? QStringLiteral("–") : esc(s.cell),
                     s.holder.isEmpty() ? QStringLiteral("–") : esc(s.holder), air});
    }
    QString h = QStringLiteral("<h2>%1</h2>").arg(Strings::tr("Requirements per step"));
    h += table({Strings::tr("Measurement"), Strings::tr("Amount"), Strings::tr("Sample form"), Strings::tr("Cell"), Strings::tr("Holder"),
                Strings::tr("Air handling")},
               rows);
    return h;
}

QString practicalHtml(const PlanReportInput &input)
{
    const Plan *p = input.plan();
    if (!p)
        return {};
    const Timeline t = buildTimeline(*p, input.matrix, input.startDate);
    QStringList rows;
    for (const Step &s : p->steps) {
        if (s.kind != StepKind::Measure)
            continue;
        const Offering *o = input.matrix ? input.matrix->offering(s.offeringId) : nullptr;
        const Partner *partner = input.matrix ? input.matrix->partner(s.partner) : nullptr;
        QString who = QStringLiteral("<b>%1</b>").arg(esc(stepLocation(s)));
        if (partner && !partner->fullName.isEmpty())
            who += QStringLiteral("<br/>%1").arg(esc(partner->fullName));
        // Where the measurement happens (issue 13): the site, as the shipments name it, not
        // the partner's home city (DTU's synchrotron XRD is at MAX IV in Lund, not Lyngby).
        if (!s.site.isEmpty())
            who += QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(esc(s.site));
        else if (partner && !partner->city.isEmpty())
            who += QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(esc(QStringList{partner->city, partner->country}.join(QStringLiteral(", "))));
        QString contact = o && !o->contact.isEmpty() ? esc(o->contact)
            : !s.contact.isEmpty()                  ? esc(s.contact)
                                                    : Strings::tr("not listed in the matrix");
        // Beam time is applied for at the facility's user office (issue 13): where to apply.
        if (!s.userOffice.isEmpty())
            contact += QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(esc(s.userOffice));
        QStringList crl;
        if (o)
            for (const QString &obs : s.observables) {
                const int i = int(o->observables.indexOf(obs));
                if (i < 0)
                    continue;
                crl << esc(Strings::tr("%1: acquisition %2, analysis %3")
                               .arg(obs, levelName(o->perObservable(o->crlAcquisition, i).typical()),
                                    levelName(o->perObservable(o->crlAnalysis, i).typical())));
            }
        const QString when = Strings::tr("%1 to %2, results by %3")
                                 .arg(QLocale().toString(t.dateOf(s.startDay), QLocale::ShortFormat),
                                      QLocale().toString(t.dateOf(s.startDay + s.durationDays), QLocale::ShortFormat),
                                      QLocale().toString(t.dateOf(s.startDay + s.durationDays + s.postProcessingDays), QLocale::ShortFormat));
        // Access route and lead time (issue 13): how the slot is obtained and how long it takes.
        QString access = s.accessRoute.isEmpty() ? Strings::tr("laboratory booking") : esc(s.accessRoute);
        if (!s.nextCall.isEmpty())
            access += QStringLiteral("<br/>") + esc(Strings::tr("next call: %1").arg(QLocale().toString(QDate::fromString(s.nextCall, Qt::ISODate), QLocale::ShortFormat)));
        access += QStringLiteral("<br/>") + esc(Strings::tr("lead time: %1").arg(durationText(s.leadDays)));
        rows << row({QStringLiteral("<b>%1</b>").arg(esc(s.technique)), who, contact, s.instrument.isEmpty() ? QStringLiteral("–") : esc(s.instrument), access, when,
                     crl.isEmpty() ? Strings::tr("unknown") : crl.join(QStringLiteral("<br/>"))});
    }
    return QStringLiteral("<h2>%1</h2>").arg(Strings::tr("Practical details and contacts"))
        + table({Strings::tr("Technique"), Strings::tr("Partner"), Strings::tr("Contact"), Strings::tr("Instruments"), Strings::tr("Access route"),
                 Strings::tr("Time frame"), Strings::tr("CRL")},
                rows);
}

QString rejectionsHtml(const PlanReportInput &input)
{
    QString h = QStringLiteral("<h2>%1</h2>").arg(Strings::tr("Offerings not used, and why"));
    if (!input.result.unmeasurable.isEmpty())
        h += QStringLiteral("<p><b>%1</b> %2</p>").arg(Strings::tr("Unmeasurable as asked:"), esc(input.result.unmeasurable.join(QStringLiteral(", "))));
    if (input.result.rejected.isEmpty())
        return h + QStringLiteral("<p>%1</p>").arg(Strings::tr("No offering was rejected."));
    QStringList rows;
    for (const Rejection &r : input.result.rejected)
        rows << row({esc(r.observable), esc(r.technique), esc(r.partner), esc(r.reason)});
    return h + table({Strings::tr("Observable"), Strings::tr("Technique"), Strings::tr("Partner"), Strings::tr("Reason")}, rows);
}

QString existingDataHtml(const PlanReportInput &input)
{
    const Plan *p = input.plan();
    if (!p || input.existingData.isEmpty())
        return {};
    QStringList rows;
    bool anyCached = false;
    for (const Step &s : p->steps) {
        if (s.kind != StepKind::Measure)
            continue;
        QStringList found;
        for (const ExistingDataItem &d : input.existingData)
            if (d.technique == s.technique) {
                const QString link = d.doi.isEmpty() ? d.url : QStringLiteral("https://doi.org/") + d.doi;
                found << QStringLiteral("%1%2 <a href=\"%3\">%4</a>%5")
                             .arg(esc(d.title), d.date.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(esc(d.date)), esc(link),
                                  esc(d.doi.isEmpty() ? link : QStringLiteral("doi:") + d.doi),
                                  d.fetched.isValid()
                                      ? QStringLiteral(" <i>%1</i>").arg(Strings::tr("(cached, fetched on %1)").arg(d.fetched.toLocalTime().date().toString(Qt::ISODate)))
                                      : QString());
                anyCached = anyCached || d.fetched.isValid();
            }
        rows << row({esc(s.id), QStringLiteral("<b>%1</b><br/>%2").arg(esc(s.technique), esc(s.observables.join(QStringLiteral(", ")))),
                     found.isEmpty() ? Strings::tr("none found") : found.join(QStringLiteral("<br/>"))});
    }
    QString intro = Strings::tr("Datasets and publications found in the repositories for each step's technique and the sample's material "
                                "(D5.2 4.2): check them before measuring again.");
    if (anyCached)
        intro += QLatin1Char(' ')
            + Strings::tr("Some repositories could not be reached when this report was made: results marked cached are what they answered on "
                          "the date shown, and newer data may exist.");
    return QStringLiteral("<h2>%1</h2><p class=\"muted\">%2</p>").arg(Strings::tr("Existing data"), intro)
        + table({Strings::tr("Step"), Strings::tr("Measurement"), Strings::tr("Found")}, rows);
}

} // namespace pm::report
