#include "CellText.h"

#include "BrowserColumn.h"

#include "matrix/OfferingParser.h"

#include <QCoreApplication>

namespace pm::ui {

namespace {
// lupdate files Strings::tr() under this context, the one looked up at run time.
struct Strings { Q_DECLARE_TR_FUNCTIONS(pm::ui::CellText) };

QString yesNo(const std::optional<bool> &v)
{
    if (!v)
        return {};
    return *v ? Strings::tr("Yes") : Strings::tr("No");
}

QString ordinal(Scale s, const OrdinalRange &r) { return r.known() ? scale::rangeText(s, r) : QString(); }

QString perObservable(const Offering &o, Column c)
{
    // Shown as the partner wrote it ("H, H, L, M"): the per-observable layout is in the details pane.
    return o.cellState(c) == CellState::Unknown ? QString() : cellInnerText(o, c);
}
} // namespace

QString cellInnerText(const Offering &o, Column c)
{
    const QString inner = cell::unbracket(o.cell(c));
    return cell::isUnknownText(inner) ? QString() : inner;
}

QString cellDisplayText(const Offering &o, Column c)
{
    if (o.cellState(c) == CellState::Unknown)
        return {};
    switch (c) {
    case Column::Cluster:
        return o.cluster;
    case Column::Partner:
        return o.partner;
    case Column::Technique:
        return o.techniqueLabel();
    case Column::Observables:
        return o.observables.join(QStringLiteral(", "));
    case Column::Modes:
        return modeKeys(o.modes).join(QStringLiteral(", "));
    case Column::CellAvailability:
        return o.cellState(c) == CellState::NotFilled ? cellInnerText(o, c) : yesNo(o.cellAvailable);
    case Column::UsedInBigmap:
        return o.cellState(c) == CellState::NotFilled ? cellInnerText(o, c) : yesNo(o.usedInBigmap);
    case Column::SampleReuse:
        return o.cellState(c) == CellState::NotFilled ? cellInnerText(o, c) : yesNo(o.sampleReuse);
    case Column::Fidelity:
        return o.fidelity.known() ? ordinal(Scale::Fidelity, o.fidelity) : cellInnerText(o, c);
    case Column::Resources:
        return o.resources.known() ? ordinal(Scale::Cost, o.resources) : cellInnerText(o, c);
    case Column::PlanningTime:
        return o.planningTime.known() ? ordinal(Scale::Duration, o.planningTime) : cellInnerText(o, c);
    case Column::PostProcessingTime:
        return o.postProcessingTime.known() ? ordinal(Scale::Duration, o.postProcessingTime) : cellInnerText(o, c);
    case Column::SampleDamage:
        return o.damage.known() ? ordinal(Scale::Level, o.damage) : cellInnerText(o, c);
    case Column::Availability:
        return o.availability.known() ? ordinal(Scale::Level, o.availability) : cellInnerText(o, c);
    case Column::InstrumentQuality:
        return o.instrumentQuality.known() ? ordinal(Scale::Level, o.instrumentQuality) : cellInnerText(o, c);
    case Column::PreparationComplexity:
        return o.preparationComplexity.known() ? ordinal(Scale::Level, o.preparationComplexity) : cellInnerText(o, c);
    case Column::ObservablesResolution:
    case Column::CrlAcquisition:
    case Column::CrlAnalysis:
        return perObservable(o, c);
    case Column::SamplesSubmitted:
        return o.samplesSubmitted ? QString::number(*o.samplesSubmitted) : cellInnerText(o, c);
    case Column::Curation:
        return o.estimate ? Strings::tr("estimate") : Strings::tr("reported");
    default:
        return cellInnerText(o, c);
    }
}

QString cellDisplayText(const Offering &o, const Partner *partner, int column)
{
    if (const auto c = matrixColumn(column))
        return cellDisplayText(o, *c);
    if (!partner)
        return {};
    switch (BrowserColumn(column)) {
    case BrowserColumn::Country:
        return partner->country;
    case BrowserColumn::PartnerKind:
        return partnerKindText(partner->kind);
    }
    return {};
}

QString partnerKindText(PartnerKind kind)
{
    switch (kind) {
    case PartnerKind::Laboratory:
        return Strings::tr("laboratory");
    case PartnerKind::LargeScaleFacility:
        return Strings::tr("large-scale facility");
    case PartnerKind::Industry:
        return Strings::tr("industry");
    }
    return {};
}

QString cellStateText(CellState state)
{
    switch (state) {
    case CellState::Unknown:
        return Strings::tr("unknown");
    case CellState::Value:
        return Strings::tr("read completely");
    case CellState::NotFilled:
        return Strings::tr("not filled in by the partner (the cell lists the allowed values)");
    case CellState::Partial:
        return Strings::tr("read in part; the raw text is kept");
    }
    return {};
}

} // namespace pm::ui
