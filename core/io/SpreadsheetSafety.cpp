#include "SpreadsheetSafety.h"

namespace pm::spreadsheet {

bool startsLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString neutralised(const QString &cell)
{
    return startsLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
}

QString unneutralised(const QString &cell)
{
    if (cell.size() >= 2 && cell.front() == QLatin1Char('\'') && startsLikeFormula(cell.mid(1, 1)))
        return cell.mid(1);
    return cell;
}

} // namespace pm::spreadsheet
