#pragma once

#include <QString>

#include <array>

namespace pm::ui {

// The facets of the browser's side panel, each a set of values with checkboxes.
enum class Facet : int {
    Cluster,
    Partner, // grouped by country
    Observable,
    Mode,
    BeamSource, // source category: synchrotron, neutron, x-ray tube, ...
    Fidelity,
    Resources,
    PlanningTime,
    SampleReuse,
    CellAvailability,
    UsedInBigmap,
};

inline constexpr int kFacetCount = int(Facet::UsedInBigmap) + 1;

inline constexpr std::array<Facet, kFacetCount> allFacets()
{
    return {Facet::Cluster,  Facet::Partner,      Facet::Observable,  Facet::Mode,
            Facet::BeamSource, Facet::Fidelity,   Facet::Resources,   Facet::PlanningTime,
            Facet::SampleReuse, Facet::CellAvailability, Facet::UsedInBigmap};
}

// Translated facet title ("Beam source").
QString facetTitle(Facet facet);
// Stable key for settings and tests ("beam_source").
QString facetKey(Facet facet);

} // namespace pm::ui
