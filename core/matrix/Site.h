#pragma once

// The site registry (resources/matrix/sites.json): where the partners' laboratories are and
// which offerings are measured away from their partner's home, at a large-scale facility or
// at another laboratory of the partner. Logistics (D5.5 2.5.3: delivery time by same lab,
// same city, same country, abroad) is computed between sites, not partners.

#include <QList>
#include <QString>

#include <optional>

namespace pm {

struct Offering;
struct Partner;

struct Site {
    QString key;     // "ill", "cnrs-pau"
    QString partner; // the partner (or facility) the site belongs to: "ILL", "CNRS", "MAX IV"
    QString name;    // "ILL (EPN campus, Grenoble)"
    QString campus;  // sites on one campus are one distance class apart, like one city
    QString city;
    QString country;
    QString countryCode;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString contactLabel; // a public user office or web page, never a personal address
    QString contactUrl;
    QString source;

    // "ESRF User Office (user guide and proposals): https://www.esrf.fr/UsersAndScience"
    QString contactPoint() const;
};

// An offering measured at `site` rather than at its partner's home: the partner matches and
// `instrument` occurs in one of its instruments, or `beamSource` is one of its beam sources.
struct SitePlacement {
    QString partner;
    QString instrument;
    QString beamSource;
    QString site;
    QString reason;
    QString source;
};

struct SiteRegistry {
    QList<Site> sites;
    QList<SitePlacement> placements;

    bool isEmpty() const { return sites.isEmpty(); }
    const Site *site(const QString &key) const;
    // The partner's home: its first site (the request's origin names it).
    const Site *homeOf(const Partner &partner) const;
    // Where the offering is measured, and the placement that says so (nullptr: at home).
    const Site *siteOf(const Partner &partner, const Offering &offering, const SitePlacement **placement = nullptr) const;
};

} // namespace pm
