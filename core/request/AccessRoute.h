#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pm {

// How a proposer gets beam time at a large-scale facility (D5.2 4.4, D5.5 2.5.3):
// a standard proposal to a call (more than 6 months to beam), rapid access, paid
// industrial (proprietary) access, or long-term / HUB / block-allocation access
// (the Battery Pilot HUB at ESRF, CEA's multi-instrument long-term proposal at ILL).
enum class AccessRoute { Standard, Rapid, Industrial, LongTerm };

QString accessRouteKey(AccessRoute r);   // "standard", "rapid", "industrial", "long-term"
QString accessRouteTitle(AccessRoute r); // "standard proposal", "rapid access", ...
QStringList accessRouteKeys();
std::optional<AccessRoute> accessRouteFromKey(const QString &text); // tolerates case, "_" and spaces; "hub" is long-term

} // namespace pm
