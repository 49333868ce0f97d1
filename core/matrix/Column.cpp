#include "Column.h"

#include "common/TextMatch.h"

#include <QCoreApplication>
#include <QHash>

namespace pm {

namespace {
using K = ValueKind;
// clang-format off
const std::array<ColumnInfo, kColumnCount> kColumns = {{
    {Column::Cluster, "cluster", "Cluster", QT_TRANSLATE_NOOP("Column", "Cluster"), K::Text, {}},
    {Column::Partner, "partner", "Partner", QT_TRANSLATE_NOOP("Column", "Partner"), K::Partner, {}},
    {Column::Technique, "technique", "technique", QT_TRANSLATE_NOOP("Column", "Technique"), K::Technique, {}},
    {Column::ProbedArea, "probed_area", "probed area", QT_TRANSLATE_NOOP("Column", "Probed area"), K::Text, {}},
    {Column::ProbedAreaResolution, "probed_area_resolution", "probed area resolution", QT_TRANSLATE_NOOP("Column", "Probed-area resolution"), K::Length, {}},
    {Column::PenetrationDepth, "penetration_depth", "penetration depth", QT_TRANSLATE_NOOP("Column", "Penetration depth"), K::Text, {}},
    {Column::PenetrationDepthResolution, "penetration_depth_resolution", "permenetration depth resolution", QT_TRANSLATE_NOOP("Column", "Penetration-depth resolution"), K::Length, {"penetration depth resolution"}},
    {Column::DetectionLimit, "detection_limit", "detection limit", QT_TRANSLATE_NOOP("Column", "Detection limit"), K::Text, {}},
    {Column::DetectionLimitResolution, "detection_limit_resolution", "detection limit Resolutio", QT_TRANSLATE_NOOP("Column", "Detection-limit resolution"), K::Text, {"detection limit resolution"}},
    {Column::Contrast, "contrast", "contrast", QT_TRANSLATE_NOOP("Column", "Contrast"), K::Text, {}},
    {Column::Observables, "observables", "observables", QT_TRANSLATE_NOOP("Column", "Observables"), K::Observables, {}},
    {Column::ObservablesResolution, "observables_resolution", "Observables resolution", QT_TRANSLATE_NOOP("Column", "Observables resolution"), K::PerObservable, {"observable resolution"}},
    {Column::Modes, "mode", "characterization mode", QT_TRANSLATE_NOOP("Column", "Mode"), K::Modes, {"characterisation mode", "modes"}},
    {Column::TimeScale, "time_scale", "time scale", QT_TRANSLATE_NOOP("Column", "Time scale"), K::TimeScale, {"time resolution"}},
    {Column::SamplePreparation, "sample_preparation", "Sample preparation", QT_TRANSLATE_NOOP("Column", "Sample preparation"), K::List, {}},
    {Column::Instrument, "instrument", "Instrument", QT_TRANSLATE_NOOP("Column", "Instrument"), K::List, {"instruments"}},
    {Column::BeamSource, "source", "Beam source", QT_TRANSLATE_NOOP("Column", "Beam source"), K::List, {"source of probe"}},
    {Column::CellAvailability, "cell_available", "Cell Availability", QT_TRANSLATE_NOOP("Column", "Cell available"), K::YesNo, {"cell available"}},
    {Column::Fidelity, "fidelity", "Degree of fidelity", QT_TRANSLATE_NOOP("Column", "Fidelity"), K::Fidelity, {"fidelity"}},
    {Column::Maturity, "maturity", "Maturity", QT_TRANSLATE_NOOP("Column", "Maturity"), K::Maturity, {}},
    {Column::Resources, "resources", "Resources", QT_TRANSLATE_NOOP("Column", "Resources"), K::Cost, {"cost"}},
    {Column::PlanningTime, "planning_time", "Planning time", QT_TRANSLATE_NOOP("Column", "Planning time"), K::Duration, {}},
    {Column::PostProcessingTime, "post_processing_time", "Post-processing time", QT_TRANSLATE_NOOP("Column", "Post-processing time"), K::Duration, {"post processing time"}},
    {Column::CrlAcquisition, "crl_acquisition", "CRL by observable Acquisition", QT_TRANSLATE_NOOP("Column", "CRL acquisition"), K::PerObservable, {"crl acquisition"}},
    {Column::CrlAnalysis, "crl_analysis", "CRL by observable analysis", QT_TRANSLATE_NOOP("Column", "CRL analysis"), K::PerObservable, {"crl analysis"}},
    {Column::UsedInBigmap, "used_in_bigmap", "used in BIG-map", QT_TRANSLATE_NOOP("Column", "Used in BIG-MAP"), K::YesNo, {}},
    {Column::SampleReuse, "sample_reuse", "Sample reuse", QT_TRANSLATE_NOOP("Column", "Sample reuse"), K::YesNo, {}},
    {Column::Software, "software", "Data analysis Software", QT_TRANSLATE_NOOP("Column", "Data-analysis software"), K::List, {"data analysis software"}},
    {Column::Contact, "contact", "Contact", QT_TRANSLATE_NOOP("Column", "Contact"), K::Text, {"point of contact", "contact point"}},
    {Column::SampleDamage, "damage", "Sample damage", QT_TRANSLATE_NOOP("Column", "Sample damage"), K::Level, {"damage"}},
    {Column::Availability, "availability", "Availability", QT_TRANSLATE_NOOP("Column", "Availability"), K::Level, {"user-defined availability"}},
    {Column::SamplesSubmitted, "samples_submitted", "Samples submitted", QT_TRANSLATE_NOOP("Column", "Samples submitted"), K::Count, {"number of samples submitted"}},
    {Column::InstrumentQuality, "instrument_quality", "Instrument quality", QT_TRANSLATE_NOOP("Column", "Instrument quality"), K::Level, {}},
    {Column::PreparationComplexity, "preparation_complexity", "Sample preparation complexity", QT_TRANSLATE_NOOP("Column", "Preparation complexity"), K::Level, {"preparation complexity"}},
    {Column::Panet, "panet", "PaNET", QT_TRANSLATE_NOOP("Column", "PaNET"), K::Text, {}},
    {Column::Chameo, "chameo", "CHAMEO", QT_TRANSLATE_NOOP("Column", "CHAMEO"), K::Text, {}},
    {Column::Source, "provenance", "Source", QT_TRANSLATE_NOOP("Column", "Provenance"), K::Text, {"provenance"}},
    {Column::Curation, "curation", "Curation", QT_TRANSLATE_NOOP("Column", "Curation"), K::Curation, {}},
}};
// clang-format on

const QHash<QString, Column> &headerIndex()
{
    static const QHash<QString, Column> index = [] {
        QHash<QString, Column> h;
        for (const ColumnInfo &info : kColumns) {
            h.insert(text::normalized(QString::fromUtf8(info.header)), info.column);
            h.insert(text::normalized(QString::fromUtf8(info.key)), info.column);
            for (const char *alias : info.aliases)
                if (alias)
                    h.insert(text::normalized(QString::fromUtf8(alias)), info.column);
        }
        return h;
    }();
    return index;
}
} // namespace

const ColumnInfo &columnInfo(Column c) { return kColumns[size_t(c)]; }
const std::array<ColumnInfo, kColumnCount> &allColumns() { return kColumns; }
QString columnKey(Column c) { return QString::fromLatin1(columnInfo(c).key); }
QString columnHeader(Column c) { return QString::fromUtf8(columnInfo(c).header); }
QString columnTitle(Column c) { return QCoreApplication::translate("Column", columnInfo(c).title); }

std::optional<Column> columnFromHeader(const QString &header)
{
    QString h = text::normalized(header);
    h.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
    const auto it = headerIndex().constFind(h.trimmed());
    if (it == headerIndex().cend())
        return std::nullopt;
    return *it;
}

} // namespace pm
