#pragma once

#include "matrix/Matrix.h"

#include <QString>
#include <QUrl>

namespace pm::ui {

// The details pane's content for one offering, as HTML: the characteristics grouped
// (what it measures; technical reach; logistics and cost; readiness), a per-observable
// table, the raw text of cells read only in part, the contact as a mailto: link, the
// PaNET/CHAMEO identifiers as links, and the partner with site and country.
QString offeringDetailsHtml(const Offering &offering, const Partner *partner);

// Resolvable addresses of the ontology identifiers (empty URL when there is none).
QUrl panetUrl(const QString &identifier);  // PaNET01216 -> http://purl.org/pan-science/PaNET/PaNET01216
QUrl chameoUrl(const QString &identifier); // XrayDiffraction -> https://w3id.org/emmo/domain/characterisation-methodology/chameo#XrayDiffraction
// The first e-mail address in a contact cell, as a mailto: URL.
QUrl contactUrl(const QString &contact);

} // namespace pm::ui
