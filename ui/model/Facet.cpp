#include "Facet.h"

#include <QCoreApplication>

namespace pm::ui {

QString facetTitle(Facet facet)
{
    const char *title = "";
    switch (facet) {
    case Facet::Cluster: title = QT_TRANSLATE_NOOP("pm::ui::Facet", "Cluster"); break;
    case Facet::Partner: title = QT_TRANSLATE_NOOP("pm::ui::Facet", "Partner"); break;
    case Facet::Observable: title = QT_TRANSLATE_NOOP("pm::ui::Facet", "Observable"); break;
    case Facet::Mode: title = QT_TRANSLATE_NOOP("pm::ui::Facet", "Mode"); break;
    case Facet::BeamSource: title = QT_TRANSLATE_NOOP("pm::ui::Facet", "Beam source"); break;
    case Facet::Fidelity: title = QT_TRANSLATE_NOOP("pm::ui::Facet", "Fidelity"); break;
    case Facet::Resources: title = QT_TRANSLATE_NOOP("pm::ui::Facet", "Resources"); break;
    case Facet::PlanningTime: title = QT_TRANSLATE_NOOP("pm::ui::Facet", "Planning time"); break;
    case Facet::SampleReuse: title = QT_TRANSLATE_NOOP("pm::ui::Facet", "Sample reuse"); break;
    case Facet::CellAvailability: title = QT_TRANSLATE_NOOP("pm::ui::Facet", "Cell available"); break;
    case Facet::UsedInBigmap: title = QT_TRANSLATE_NOOP("pm::ui::Facet", "Used in BIG-MAP"); break;
    }
    return QCoreApplication::translate("pm::ui::Facet", title);
}

QString facetKey(Facet facet)
{
    switch (facet) {
    case Facet::Cluster: return QStringLiteral("cluster");
    case Facet::Partner: return QStringLiteral("partner");
    case Facet::Observable: return QStringLiteral("observable");
    case Facet::Mode: return QStringLiteral("mode");
    case Facet::BeamSource: return QStringLiteral("beam_source");
    case Facet::Fidelity: return QStringLiteral("fidelity");
    case Facet::Resources: return QStringLiteral("resources");
    case Facet::PlanningTime: return QStringLiteral("planning_time");
    case Facet::SampleReuse: return QStringLiteral("sample_reuse");
    case Facet::CellAvailability: return QStringLiteral("cell_available");
    case Facet::UsedInBigmap: return QStringLiteral("used_in_bigmap");
    }
    return {};
}

} // namespace pm::ui
