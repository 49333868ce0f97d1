#include "SearchSites.h"

#include <numeric>

namespace pm::planning {

namespace {

// Clusters of sites whose pairwise distance is at most `level` (union-find).
std::vector<int> clusters(const QVector<QVector<Distance>> &distance, Distance level)
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
    std::vector<int> out(n);
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
    for (int a = 0; a < n && m_nested; ++a)
        for (int b = 0; b < n && m_nested; ++b) {
            const Distance expected = a == b                            ? Distance::SameSite
                : m_cityOf[a] == m_cityOf[b]                              ? Distance::SameCity
                : m_countryOf[a] == m_countryOf[b]                        ? Distance::SameCountry
                                                                          : Distance::Abroad;
            m_nested = d[a][b] == expected;
        }
    m_siteCount.assign(n, 0);
    m_cityCount.assign(n, 0);
    m_countryCount.assign(n, 0);
    setHops(problem, days);
}

SiteHierarchy::SiteHierarchy(const SiteHierarchy &shape, const Problem &problem, bool days)
    : m_nested(shape.m_nested), m_cityOf(shape.m_cityOf), m_countryOf(shape.m_countryOf)
{
    const size_t n = m_cityOf.size();
    m_siteCount.assign(n, 0);
    m_cityCount.assign(n, 0);
    m_countryCount.assign(n, 0);
    setHops(problem, days);
}

void SiteHierarchy::setHops(const Problem &problem, bool days)
{
    auto hop = [&](Distance level) { return days ? shipDays(level) : shipCost(level, problem.airSensitive); };
    m_cityHop = hop(Distance::SameCity);
    m_countryHop = hop(Distance::SameCountry);
    m_abroadHop = hop(Distance::Abroad);
    // The tree formula needs hops that grow with distance.
    m_valid = m_nested && m_cityHop <= m_countryHop && m_countryHop <= m_abroadHop;
}

double SiteHierarchy::connectionCost() const
{
    return treeCost(m_sites, m_cities, m_countries);
}

} // namespace pm::planning
