#pragma once

// Access routes to large-scale facilities and their lead times
// (resources/planning/access-routes.json; docs/PLANNER.md "Access routes").

#include "common/Result.h"
#include "matrix/Matrix.h"
#include "request/AccessRoute.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace pm::planning {

struct RouteTerms {
    AccessRoute route = AccessRoute::Standard;
    double leadDays = 0;   // from the plan to beam time
    QStringList calls;     // standard-call deadlines, "MM-DD"
    QString source;
};

struct FacilityAccess {
    QString partner; // short name; empty for the default entry
    QRegularExpression instruments; // its instruments' names, for laboratories' beam time there
    QString userOffice;
    QList<RouteTerms> routes;
};

// The route a step uses: the fastest route the proposer holds that the facility offers.
struct RouteChoice {
    RouteTerms terms;
    QString facility; // the facility whose terms apply ("" when the default terms do)
    QString userOffice;
};

class AccessRouteTable {
public:
    // Errors name the entry ("facilities[1].routes[0].route").
    static Result<AccessRouteTable> fromJson(const QByteArray &json);
    static const AccessRouteTable &bundled();

    // The facility whose routes apply to an offering: the offering's partner when it is
    // listed, else the facility whose instrument pattern matches one of its instruments
    // ("BM02" is at the ESRF, "D22" at the ILL), else the default.
    const FacilityAccess &facilityFor(const Matrix &m, const Offering &o) const;
    // The fastest route of the facility among those the proposer holds (standard always).
    RouteChoice choose(const Matrix &m, const Offering &o, const QList<AccessRoute> &held) const;

private:
    FacilityAccess m_default;
    QList<FacilityAccess> m_facilities;
};

// The next standard-call deadline on or after `today`; invalid when no call is known.
QDate nextCall(const RouteTerms &terms, const QDate &today);

} // namespace pm::planning
