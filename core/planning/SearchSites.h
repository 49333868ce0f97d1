#pragma once

// The sites of a problem as the search's logistics bound sees them: the D5.5 distance
// classes (same city < same country < abroad) form a hierarchy (an ultrametric), in which
// the cheapest way to connect a set of sites, with any intermediate stops, is known from
// how many cities and countries the set spans (docs/PLANNER.md, "Logistics bound").
#include "PlanningProblem.h"

#include <vector>

namespace pm::planning {

class SiteHierarchy {
public:
    // Hops weighted by shipment cost or, with `days`, by shipment days.
    explicit SiteHierarchy(const Problem &problem, bool days = false);
    // The same clusters as `shape` (computed once per problem), empty, with hops by cost or days.
    SiteHierarchy(const SiteHierarchy &shape, const Problem &problem, bool days);

    // False when the distances do not nest (a city in two countries); the bound is then off.
    bool valid() const { return m_valid; }

    // A multiset of sites (added and removed as the search branches). Inline, as is
    // connectionCostWith(): the search calls them millions of times.
    void add(int site)
    {
        if (m_siteCount[site]++ == 0)
            ++m_sites;
        if (m_cityCount[m_cityOf[site]]++ == 0)
            ++m_cities;
        if (m_countryCount[m_countryOf[site]]++ == 0)
            ++m_countries;
    }
    void remove(int site)
    {
        if (--m_siteCount[site] == 0)
            --m_sites;
        if (--m_cityCount[m_cityOf[site]] == 0)
            --m_cities;
        if (--m_countryCount[m_countryOf[site]] == 0)
            --m_countries;
    }
    // The cheapest shipments (cost or days) that connect every site of the set: a lower bound
    // on the shipments of samples that together visit them all (with the origin in the set:
    // samples that start there), and on the shipment days of one sample that visits them all.
    double connectionCost() const;
    int connectionEdges() const { return m_sites > 0 ? m_sites - 1 : 0; }
    // The same once `site` is added, without adding it (the search's hot loop).
    double connectionCostWith(int site) const
    {
        // The counts add() would leave, put through the same formula as connectionCost().
        const int sites = m_sites + (m_siteCount[site] == 0 ? 1 : 0);
        const int cities = m_cities + (m_cityCount[m_cityOf[site]] == 0 ? 1 : 0);
        const int countries = m_countries + (m_countryCount[m_countryOf[site]] == 0 ? 1 : 0);
        return treeCost(sites, cities, countries);
    }
    int connectionEdgesWith(int site) const { return m_siteCount[site] > 0 ? connectionEdges() : m_sites; }

private:
    void setHops(const Problem &problem, bool days);

    // The minimum spanning tree of an ultrametric: one hop per extra site within a city,
    // per extra city within a country, per extra country. No tree through other sites
    // (a Steiner tree) is cheaper, since every cut between clusters must still be crossed.
    double treeCost(int sites, int cities, int countries) const
    {
        if (sites == 0)
            return 0;
        return (sites - cities) * m_cityHop + (cities - countries) * m_countryHop + (countries - 1) * m_abroadHop;
    }

    bool m_nested = true; // the distances form an ultrametric
    bool m_valid = true;  // nested, and hops that grow with distance
    std::vector<int> m_cityOf;
    std::vector<int> m_countryOf;
    std::vector<int> m_siteCount;
    std::vector<int> m_cityCount;
    std::vector<int> m_countryCount;
    int m_sites = 0;
    int m_cities = 0;
    int m_countries = 0;
    double m_cityHop = 0;
    double m_countryHop = 0;
    double m_abroadHop = 0;
};

} // namespace pm::planning
