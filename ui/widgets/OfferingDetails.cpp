#include "OfferingDetails.h"

#include "model/CellText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pm::ui {

namespace {
// lupdate files Strings::tr() under this context, the one looked up at run time.
struct Strings { Q_DECLARE_TR_FUNCTIONS(pm::ui::OfferingDetails) };

QString esc(const QString &s) { return s.toHtmlEscaped(); }

struct Section {
    QString html;
    void row(const QString &label, const QString &valueHtml)
    {
        html += QStringLiteral("<tr><th width='42%' align='left' valign='top' style='padding-right:12px; font-weight:normal'>%1</th>"
                               "<td valign='top'>%2</td></tr>")
                    .arg(esc(label), valueHtml.isEmpty() ? QStringLiteral("<i>%1</i>").arg(esc(Strings::tr("unknown"))) : valueHtml);
    }
};

// A cell's value, with the raw text beside it when parsing was partial or the partner
// left the range of allowed values.
QString cellHtml(const Offering &o, Column c)
{
    const QString shown = esc(cellDisplayText(o, c));
    switch (o.cellState(c)) {
    case CellState::Partial:
        return QStringLiteral("%1 <br><small><i>%2</i> <code>%3</code></small>")
            .arg(shown, esc(Strings::tr("read in part; as written:")), esc(o.cell(c)));
    case CellState::NotFilled:
        return QStringLiteral("<i>%1</i> <small>(<code>%2</code>)</small>").arg(esc(Strings::tr("not filled in by the partner")), esc(o.cell(c)));
    default:
        return shown;
    }
}

QString sectionHtml(const QString &title, const Section &s)
{
    return QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3><table width='100%' cellspacing='0' cellpadding='1'>%2</table>").arg(esc(title), s.html);
}

QString levelText(const OrdinalRange &r) { return r.known() ? scale::rangeText(Scale::Level, r) : QStringLiteral("–"); }

QString observableTable(const Offering &o)
{
    if (o.observables.isEmpty())
        return {};
    QString html = QStringLiteral("<table width='100%' cellspacing='0' cellpadding='2' border='0'><tr><th align='left'>%1</th>"
                                  "<th align='center'>%2</th><th align='center'>%3</th><th align='center'>%4</th></tr>")
                       .arg(esc(Strings::tr("Observable")), esc(Strings::tr("Resolution")), esc(Strings::tr("CRL acq.")), esc(Strings::tr("CRL anal.")));
    for (int i = 0; i < o.observables.size(); ++i) {
        html += QStringLiteral("<tr><td>%1</td><td align='center'>%2</td><td align='center'>%3</td><td align='center'>%4</td></tr>")
                    .arg(esc(o.observables[i]), esc(levelText(o.perObservable(o.observableResolution, i))),
                         esc(levelText(o.perObservable(o.crlAcquisition, i))), esc(levelText(o.perObservable(o.crlAnalysis, i))));
    }
    return html + QStringLiteral("</table>");
}

// A partner's website as a link only when it is a plain web address: the text comes from the
// partner table, and a javascript:, file: or data: URL must never become clickable.
QUrl websiteUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return {};
    return url;
}

QString link(const QUrl &url, const QString &text)
{
    if (!url.isValid() || url.isEmpty())
        return esc(text);
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(url.toString()), esc(text));
}
} // namespace

QUrl panetUrl(const QString &identifier)
{
    static const QRegularExpression re(QStringLiteral("^PaNET\\d+$"));
    const QString id = identifier.trimmed();
    if (!re.match(id).hasMatch())
        return {};
    return QUrl(QStringLiteral("http://purl.org/pan-science/PaNET/") + id);
}

QUrl chameoUrl(const QString &identifier)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    const QString id = identifier.trimmed();
    if (!re.match(id).hasMatch())
        return {};
    return QUrl(QStringLiteral("https://w3id.org/emmo/domain/characterisation-methodology/chameo#") + id);
}

QUrl contactUrl(const QString &contact)
{
    static const QRegularExpression re(QStringLiteral(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})"));
    const auto m = re.match(contact);
    if (!m.hasMatch())
        return {};
    return QUrl(QStringLiteral("mailto:") + m.captured(0));
}

QString offeringDetailsHtml(const Offering &o, const Partner *partner)
{
    QString html;
    html += QStringLiteral("<h2 style='margin-bottom:0'>%1</h2>").arg(esc(o.techniqueLabel()));
    QString where = esc(o.partner);
    if (partner) {
        QStringList place;
        for (const QString &s : {partner->site, partner->city, partner->country})
            if (!s.isEmpty() && !place.contains(s))
                place.append(s);
        if (!partner->fullName.isEmpty())
            where = QStringLiteral("%1 (%2)").arg(esc(partner->fullName), esc(partner->shortName));
        if (!place.isEmpty())
            where += QStringLiteral(" · ") + esc(place.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("<p style='margin-top:2px'>%1 · %2</p>").arg(esc(o.cluster), where);
    if (o.estimate)
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(Strings::tr("Curated estimate.")),
                         esc(Strings::tr("These values were put together from public information, not reported by the partner; "
                                         "ask the contact before relying on them.")));

    Section measures;
    for (Column c : {Column::Contrast, Column::DetectionLimit, Column::DetectionLimitResolution, Column::Modes, Column::TimeScale})
        measures.row(columnTitle(c), cellHtml(o, c));
    html += sectionHtml(Strings::tr("What it measures"), measures);
    // Per observable, full width: resolution and readiness differ between observables.
    html += observableTable(o);

    Section reach;
    for (Column c : {Column::ProbedArea, Column::ProbedAreaResolution, Column::PenetrationDepth, Column::PenetrationDepthResolution,
                     Column::BeamSource, Column::Instrument, Column::SamplePreparation, Column::CellAvailability, Column::Maturity,
                     Column::SampleDamage, Column::SampleReuse})
        reach.row(columnTitle(c), cellHtml(o, c));
    html += sectionHtml(Strings::tr("Technical reach"), reach);

    Section logistics;
    for (Column c : {Column::Resources, Column::PlanningTime, Column::PostProcessingTime, Column::Availability,
                     Column::PreparationComplexity, Column::SamplesSubmitted, Column::Software})
        logistics.row(columnTitle(c), cellHtml(o, c));
    html += sectionHtml(Strings::tr("Logistics and cost"), logistics);

    Section readiness;
    for (Column c : {Column::Fidelity, Column::InstrumentQuality, Column::CrlAcquisition, Column::CrlAnalysis, Column::UsedInBigmap})
        readiness.row(columnTitle(c), cellHtml(o, c));
    html += sectionHtml(Strings::tr("Readiness"), readiness);

    Section contact;
    const QString contactText = cellInnerText(o, Column::Contact);
    contact.row(columnTitle(Column::Contact), link(contactUrl(contactText), contactText));
    if (partner) {
        contact.row(Strings::tr("Partner type"), esc(partnerKindText(partner->kind)));
        if (!partner->website.isEmpty())
            contact.row(Strings::tr("Website"), link(websiteUrl(partner->website), partner->website));
    }
    const QString panet = cellInnerText(o, Column::Panet);
    const QString chameo = cellInnerText(o, Column::Chameo);
    contact.row(columnTitle(Column::Panet), link(panetUrl(panet), panet));
    contact.row(columnTitle(Column::Chameo), link(chameoUrl(chameo), chameo));
    contact.row(columnTitle(Column::Source), esc(cellInnerText(o, Column::Source)));
    contact.row(columnTitle(Column::Curation), esc(o.estimate ? Strings::tr("curated estimate") : Strings::tr("reported by the partner")));
    html += sectionHtml(Strings::tr("Contact and identifiers"), contact);
    return html;
}

} // namespace pm::ui
