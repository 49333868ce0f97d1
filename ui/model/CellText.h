#pragma once

#include "matrix/Matrix.h"

#include <QString>

namespace pm::ui {

// How the browser writes a cell: parsed values in words ("High–Best", "Yes",
// "ex-situ, operando"), the raw text without brackets for free text, and "" when the
// matrix does not know. The raw text itself stays available for editing and tooltips.
QString cellDisplayText(const Offering &o, Column c);

// Same for a browser column, which may be computed from the partner (country, type).
QString cellDisplayText(const Offering &o, const Partner *partner, int browserColumn);

// Raw cell text without the surrounding brackets ("[Yes/no]" -> "Yes/no").
QString cellInnerText(const Offering &o, Column c);

// Translated partner type ("large-scale facility").
QString partnerKindText(PartnerKind kind);

// Translated cell state for tooltips and the details pane ("not filled in by the partner").
QString cellStateText(CellState state);

} // namespace pm::ui
