#include "SearchSites.h"

#include <numeric>

namespace pm::planning {

namespace {

// Clusters of sites whose pairwise distance is at most `level` (union-find).
QVector<int> clusters(const QVector<QVector<Distance>> &distance, Distance level)
{
    const int n = int(distance.size());
    QVector<int> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    for (int a = 0; a < n; ++a)
        for (int b = a + 1; b < n; ++b)
            if (distance[a][b] <= level)
                parent[find(a)] = find(b);
    QVector<int> out(n);
    for (int a = 0; a < n; ++a)
        out[a] = find(a);
    return out;
}

} // namespace

SiteHierarchy::SiteHierarchy(const Problem &problem, bool days)
{
    const auto &d = problem.distance;
    const int n = int(d.size());
    m_cityOf = clusters(d, Distance::SameCity);
    m_countryOf = clusters(d, Distance::SameCountry);
    // The bound holds only if the classes nest: every pair's distance is the level of the
    // smallest cluster holding both (an ultrametric). Check it rather than assume it.
    for (int a = 0; a < n && m_valid; ++a)
        for (int b = 0; b < n && m_valid; ++b) {
            const Distance expected = a == b                            ? Distance::SameSite
                : m_cityOf[a] == m_cityOf[b]                              ? Distance::SameCity
                : m_countryOf[a] == m_countryOf[b]                        ? Distance::SameCountry
                                                                          : Distance::Abroad;
            m_valid = d[a][b] == expected;
        }
    m_siteCount.fill(0, n);
    m_cityCount.fill(0, n);
    m_countryCount.fill(0, n);
    auto hop = [&](Distance level) { return days ? shipDays(level) : shipCost(level, problem.airSensitive); };
    m_cityHop = hop(Distance::SameCity);
    m_countryHop = hop(Distance::SameCountry);
    m_abroadHop = hop(Distance::Abroad);
    // The tree formula needs hops that grow with distance.
    m_valid = m_valid && m_cityHop <= m_countryHop && m_countryHop <= m_abroadHop;
}

void SiteHierarchy::add(int site)
{
    if (m_siteCount[site]++ == 0)
        ++m_sites;
    if (m_cityCount[m_cityOf[site]]++ == 0)
        ++m_cities;
    if (m_countryCount[m_countryOf[site]]++ == 0)
        ++m_countries;
}

void SiteHierarchy::remove(int site)
{
    if (--m_siteCount[site] == 0)
        --m_sites;
    if (--m_cityCount[m_cityOf[site]] == 0)
        --m_cities;
    if (--m_countryCount[m_countryOf[site]] == 0)
        --m_countries;
}

double SiteHierarchy::connectionCost() const
{
    // The minimum spanning tree of an ultrametric: one hop per extra site within a city,
    // per extra city within a country, per extra country. No tree through other sites
    // (a Steiner tree) is cheaper, since every cut between clusters must still be crossed.
    if (m_sites == 0)
        return 0;
    return (m_sites - m_cities) * m_cityHop + (m_cities - m_countries) * m_countryHop + (m_countries - 1) * m_abroadHop;
}

double SiteHierarchy::connectionCostWith(int site) const
{
    // The counts add() would leave, put through the same formula as connectionCost().
    int sites = m_sites;
    int cities = m_cities;
    int countries = m_countries;
    if (m_siteCount[site] == 0)
        ++sites;
    if (m_cityCount[m_cityOf[site]] == 0)
        ++cities;
    if (m_countryCount[m_countryOf[site]] == 0)
        ++countries;
    return (sites - cities) * m_cityHop + (cities - countries) * m_countryHop + (countries - 1) * m_abroadHop;
}

} // namespace pm::planning
