#pragma once

// The sites of a problem as the search's logistics bound sees them: the D5.5 distance
// classes (same city < same country < abroad) form a hierarchy (an ultrametric), in which
// the cheapest way to connect a set of sites, with any intermediate stops, is known from
// how many cities and countries the set spans (docs/PLANNER.md, "Logistics bound").
#include "PlanningProblem.h"

namespace pm::planning {

class SiteHierarchy {
public:
    // Hops weighted by shipment cost or, with `days`, by shipment days.
    explicit SiteHierarchy(const Problem &problem, bool days = false);

    // False when the distances do not nest (a city in two countries); the bound is then off.
    bool valid() const { return m_valid; }

    // A multiset of sites (added and removed as the search branches).
    void add(int site);
    void remove(int site);
    // The cheapest shipments (cost or days) that connect every site of the set: a lower bound
    // on the shipments of samples that together visit them all (with the origin in the set:
    // samples that start there), and on the shipment days of one sample that visits them all.
    double connectionCost() const;
    int connectionEdges() const { return m_sites > 0 ? m_sites - 1 : 0; }
    // The same once `site` is added, without adding it (the search's hot loop).
    double connectionCostWith(int site) const;
    int connectionEdgesWith(int site) const { return m_siteCount[site] > 0 ? connectionEdges() : m_sites; }

private:
    bool m_valid = true;
    QVector<int> m_cityOf;
    QVector<int> m_countryOf;
    QVector<int> m_siteCount;
    QVector<int> m_cityCount;
    QVector<int> m_countryCount;
    int m_sites = 0;
    int m_cities = 0;
    int m_countries = 0;
    double m_cityHop = 0;
    double m_countryHop = 0;
    double m_abroadHop = 0;
};

} // namespace pm::planning
