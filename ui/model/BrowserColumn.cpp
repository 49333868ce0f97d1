#include "BrowserColumn.h"

#include <QCoreApplication>

namespace pm::ui {

QString browserColumnTitle(int c)
{
    if (const auto column = matrixColumn(c))
        return columnTitle(*column);
    switch (BrowserColumn(c)) {
    case BrowserColumn::Country:
        return QCoreApplication::translate("pm::ui::BrowserColumn", "Country");
    case BrowserColumn::PartnerKind:
        return QCoreApplication::translate("pm::ui::BrowserColumn", "Partner type");
    }
    return {};
}

} // namespace pm::ui
